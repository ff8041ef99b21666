import "server-only";
import type { ActionContext } from "@/lib/action";
import { audit } from "@/lib/audit";
import type { Db } from "@/lib/db-client";
import {
  clip,
  fail,
  lockCandidate,
  markDecided,
  notDecidable,
  sourceOf,
  TX_OPTIONS,
  type Decision,
} from "@/lib/imports/decisions";
import type { DraftInput } from "@/lib/imports/schemas";
import {
  EDITOR_LIMITS,
  editorFieldErrors,
  emptyEditorValues,
  InitiativeEditorSchema,
} from "@/lib/initiatives/editor-schema";
import {
  checkReferences,
  createDraftInitiative,
  isSlugTaken,
} from "@/lib/initiatives/editor-write";

/**
 * A DRAFT initiative from a candidate, written by the editor's own writer
 * (lib/initiatives/editor-write.ts), so it is exactly what the editor would have saved.
 */

/** Marks drafts written from a feed: the summary is the publisher's text, not ours. */
const IMPORT_NOTE =
  "> Imported from a feed: the summary is the article's own excerpt. Rewrite it in your own words and complete the entry before publishing.";

/** Where the editor's checks name a field the draft form shows under another name. */
function formFieldErrors(errors: Record<string, string[]>, locale: string) {
  const out: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(errors)) {
    const field =
      path === `translations.${locale}.name`
        ? "name"
        : path === "primaryCauseId"
          ? "causes"
          : path === "countries" || path === "causes"
            ? path
            : "form";
    (out[field] ??= []).push(...messages);
  }
  return out;
}

/**
 * A DRAFT initiative from the candidate: the chosen name, countries and causes, the excerpt as
 * a DRAFT summary in the chosen language, and the article as its first source.
 */
export async function draftFromCandidate(
  db: Db,
  { user, ip }: ActionContext,
  input: DraftInput,
): Promise<Decision<{ id: string; slug: string }>> {
  const candidate = await db.importCandidate.findUnique({
    where: { id: input.candidateId },
    select: { excerpt: true },
  });
  if (!candidate) return fail("imports.results.notFound");
  const values = emptyEditorValues();
  values.translations[input.locale] = {
    name: input.name,
    summary: clip(candidate.excerpt, EDITOR_LIMITS.summary),
    description: IMPORT_NOTE,
    region: "",
    city: "",
    status: "DRAFT",
  };
  values.countries = input.countries;
  values.causes = input.causes;
  values.primaryCauseId = input.causes[0] ?? "";
  const parsed = InitiativeEditorSchema.safeParse(values);
  if (!parsed.success) {
    return fail(
      "common.fieldsInvalid",
      undefined,
      formFieldErrors(editorFieldErrors(parsed.error), input.locale),
    );
  }
  const v = parsed.data;
  const problems = await checkReferences(db, v, null);
  if (problems)
    return fail("common.fieldsInvalid", undefined, formFieldErrors(problems, input.locale));
  try {
    return await db.$transaction(async (tx) => {
      const locked = await lockCandidate(tx, input.candidateId);
      const refused = notDecidable(locked);
      if (refused || !locked) return refused ?? fail("imports.results.notFound");
      const withSource = { ...v, sources: [sourceOf(locked)] };
      const row = await createDraftInitiative(tx, withSource, {
        authorId: user.id,
        name: input.name,
      });
      await markDecided(tx, locked.id, "DRAFTED", user.id, row.id);
      await audit(tx, {
        actor: user,
        action: "initiative.create",
        entityType: "initiative",
        entityId: row.id,
        ip,
        details: { slug: row.slug, name: input.name, via: "feed-import", candidateId: locked.id },
      });
      return {
        ok: true as const,
        code: "imports.results.drafted" as const,
        params: { name: input.name },
        data: row,
      };
    }, TX_OPTIONS);
  } catch (error) {
    if (!isSlugTaken(error)) throw error;
    return fail("imports.results.slugTaken");
  }
}
