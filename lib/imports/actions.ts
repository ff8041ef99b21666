"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { adminAction, refuse, succeed, type ActionState } from "@/lib/action";
import { msg } from "@/lib/admin-i18n/codes";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import {
  attachCandidate,
  dismissCandidate,
  type Attached,
  type Decision,
} from "@/lib/imports/decisions";
import { draftFromCandidate } from "@/lib/imports/draft";
import { decodeFeedBytes, fetchFeed } from "@/lib/imports/fetch-feed";
import { FeedError, type ParsedFeed } from "@/lib/imports/feed-types";
import { parseFeed } from "@/lib/imports/parse-feed";
import { createRun, processRun } from "@/lib/imports/run";
import {
  AttachSchema,
  CandidateSchema,
  DraftSchema,
  StartImportSchema,
  type NOTICES,
} from "@/lib/imports/schemas";
import { invalidateInitiative } from "@/lib/initiatives/invalidate";

/**
 * The importer's Server Actions. Running an import and dismissing need data.import; attaching
 * and drafting are initiative edits and are checked as the editor checks them (decisions.ts).
 * Messages are admin dictionary codes, put into words by the forms.
 */

/**
 * Reads and parses the feed (a failure is reported next to the field and writes nothing),
 * records the run, and turns the stories into candidates after the response, so the page can
 * show the run's progress at once.
 */
export const startFeedImportAction = adminAction(
  "data.import",
  StartImportSchema,
  async ({ url, file }, { user, ip }): Promise<ActionState> => {
    const field = file ? "file" : "url";
    let feed: ParsedFeed;
    let source: string;
    try {
      if (file) {
        source = file.name || "upload";
        feed = parseFeed(decodeFeedBytes(new Uint8Array(await file.arrayBuffer()), file.type));
      } else {
        source = url;
        feed = parseFeed(await fetchFeed(url));
      }
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      const code = `imports.feedErrors.${error.code}` as const;
      return refuse(code, error.params, {
        fieldErrors: { [field]: [msg(code, error.params)] },
        values: { url },
      });
    }
    const runId = await createRun(db, feed, source, user.id);
    await audit(db, {
      actor: user,
      action: "import.start",
      entityType: "feed_import_run",
      entityId: runId,
      ip,
      details: { source, stories: feed.items.length },
    });
    after(async () => {
      await processRun(db, runId, feed);
    });
    revalidatePath("/admin/imports", "layout");
    redirect(`/admin/imports/candidates?run=${runId}&status=ALL`);
  },
);

/**
 * After a decision made from the list, back to the list (Post/Redirect/Get): the decided
 * candidate leaves it, so the outcome is shown there as a notice rather than by its form.
 */
type Notice = (typeof NOTICES)[number];

function backToList(back: string | undefined, notice: Notice, subject: string) {
  if (!back) return;
  const url = new URL(back, "http://admin.invalid");
  url.searchParams.set("notice", notice);
  url.searchParams.set("subject", subject);
  redirect(`${url.pathname}${url.search}`);
}

function answer<T>(decision: Decision<T>, values: Record<string, unknown>): ActionState<T> {
  if (!decision.ok) {
    return refuse<T>(decision.code, decision.params, {
      fieldErrors: decision.fieldErrors,
      values,
    });
  }
  revalidatePath("/admin/imports", "layout");
  return succeed<T>(decision.code, decision.params, { data: decision.data });
}

export const attachCandidateAction = adminAction(
  "initiative.editDraft",
  AttachSchema,
  async (input, context): Promise<ActionState<Attached>> => {
    const decision = await attachCandidate(db, context, input);
    if (!decision.ok) return answer(decision, input);
    if (decision.data.added && decision.data.public) invalidateInitiative(decision.data.slug);
    const state = answer(decision, input);
    backToList(input.back, decision.data.added ? "attached" : "alreadySource", decision.data.name);
    return state;
  },
);

/** Creates the draft and opens it in the editor. */
export const draftCandidateAction = adminAction(
  "initiative.create",
  DraftSchema,
  async (input, context): Promise<ActionState<{ id: string; slug: string }>> => {
    const decision = await draftFromCandidate(db, context, input);
    if (!decision.ok) return answer(decision, input);
    revalidatePath("/admin/imports", "layout");
    redirect(`/admin/initiatives/${decision.data.id}?created=1`);
  },
);

export const dismissCandidateAction = adminAction(
  "data.import",
  CandidateSchema,
  async ({ candidateId, back }, context): Promise<ActionState<null>> => {
    const decision = await dismissCandidate(db, context, candidateId);
    const state = answer(decision, { candidateId });
    if (decision.ok) backToList(back, "dismissed", String(decision.params.title));
    return state;
  },
);
