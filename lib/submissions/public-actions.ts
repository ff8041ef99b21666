"use server";

import { redirect } from "next/navigation";
import { requestIp } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueStaffNotice, queueSubmissionEmail } from "@/lib/email";
import { DEFAULT_LOCALE, isUiLocale, type UiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { format } from "@/lib/i18n/format";
import {
  checkFormTiming,
  consumeEditLimit,
  consumeSubmissionLimits,
  honeypotFilled,
  verifyTurnstile,
} from "./anti-abuse";
import {
  STARTED_FIELD,
  TURNSTILE_FIELD,
  type PublicDuplicate,
  type SubmitFormState,
} from "./form-state";
import { createLogoRow, discardLogoFiles, isChosenFile, storeLogoFiles } from "./logo";
import { findDuplicates, matchKeysFor, type DuplicateCandidate } from "./match-keys";
import { EDITABLE_STATUSES, getSubmissionTaxonomyOptions } from "./public-queries";
import {
  errorCode,
  fieldErrorsOf,
  submissionEditSchema,
  submissionFormSchema,
  submissionInputFromFormData,
  taxonomyKeys,
  toSubmissionData,
} from "./schemas";
import { hashStatusToken, isStatusTokenShaped, statusPath, statusTokenFor } from "./status-token";

/**
 * The public side of partner submissions: send a proposal, and edit it through the private status
 * link. Deliberately callable without an account (listed in PUBLIC_ACTIONS); what guards them is
 * anti-abuse (honeypot, fill time, Turnstile, rate limits) and, for edits, the link's token.
 * Neither ever writes to an initiative: staff approval (lib/submissions, moderation) does that.
 */

function localeOf(formData: FormData): UiLocale {
  const value = formData.get("locale");
  return typeof value === "string" && isUiLocale(value) ? value : DEFAULT_LOCALE;
}

function text(locale: UiLocale) {
  return getMessages(locale).submit;
}

/**
 * A public duplicate notice: published initiatives named and linked; anything else anonymous, and
 * anonymous entries of one kind said once.
 */
function publicDuplicates(locale: UiLocale, candidates: DuplicateCandidate[]): PublicDuplicate[] {
  const out: PublicDuplicate[] = [];
  for (const c of candidates) {
    const named = c.published && c.slug !== null;
    const entry: PublicDuplicate = {
      kind: c.kind,
      name: named ? c.name : null,
      href: named ? `/${locale}/initiatives/${c.slug}` : null,
      reasons: c.reasons,
    };
    const same = named ? undefined : out.find((o) => o.kind === c.kind && o.name === null);
    if (same) same.reasons = [...new Set([...same.reasons, ...c.reasons])];
    else out.push(entry);
  }
  return out;
}

export async function createSubmissionAction(
  _previous: SubmitFormState | undefined,
  formData: FormData,
): Promise<SubmitFormState> {
  const locale = localeOf(formData);
  const t = text(locale);
  const input = submissionInputFromFormData(formData);
  const values = { ...input, [STARTED_FIELD]: formData.get(STARTED_FIELD) };
  const refuse = (outcome: SubmitFormState["outcome"], message: string): SubmitFormState => ({
    ok: false,
    outcome,
    message,
    values,
  });

  if (honeypotFilled(formData)) return refuse("refused", t.outcome.refused);
  const timing = checkFormTiming(formData.get(STARTED_FIELD));
  if (timing === "tooFast") return refuse("tooFast", t.outcome.tooFast);
  if (timing !== "ok") return refuse("expired", t.outcome.expired);

  const taxonomy = taxonomyKeys(await getSubmissionTaxonomyOptions(locale));
  const parsed = submissionFormSchema(taxonomy).safeParse(input);
  const logoFile = formData.get("logo");
  const logoChosen = isChosenFile(logoFile);
  if (!parsed.success) {
    return {
      ...refuse(
        "invalid",
        logoChosen ? `${t.outcome.invalid} ${t.outcome.logoAgain}` : t.outcome.invalid,
      ),
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  const form = parsed.data;
  const data = toSubmissionData(form);

  const ip = await requestIp();
  const turnstile = await verifyTurnstile(formData.get(TURNSTILE_FIELD), ip);
  if (turnstile === "failed") return refuse("turnstile", t.outcome.turnstile);
  if (turnstile === "unavailable") return refuse("turnstile", t.outcome.turnstileUnavailable);

  // Counted for every valid proposal (fixing a field error costs nothing), before the duplicate
  // lookup so a flood cannot make the database search either.
  const limit = await consumeSubmissionLimits(db, { ip, email: form.contactEmail });
  if (!limit.allowed) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterSeconds / 60));
    return refuse("rateLimited", format(locale, t.outcome.rateLimited, { minutes }));
  }

  const duplicates = await findDuplicates(db, data);
  const confirmed = formData.get("confirmDuplicate") === "on";
  if (duplicates.length > 0 && !confirmed) {
    return {
      ...refuse(
        "duplicates",
        logoChosen ? `${t.outcome.duplicates} ${t.outcome.logoAgain}` : t.outcome.duplicates,
      ),
      duplicates: publicDuplicates(locale, duplicates),
    };
  }

  const logo = logoChosen ? await storeLogoFiles(logoFile) : null;
  if (logoChosen && !logo) {
    return {
      ...refuse("invalid", t.outcome.invalid),
      fieldErrors: { logo: [errorCode("logo")] },
    };
  }

  const id = crypto.randomUUID();
  try {
    await db.$transaction(async (tx) => {
      if (logo) await createLogoRow(tx, logo);
      await tx.submission.create({
        data: {
          id,
          locale,
          data,
          matchKeys: matchKeysFor(data),
          atRisk: form.atRisk,
          contactName: form.contactName,
          contactEmail: form.contactEmail,
          contactTelegram: form.contactTelegram || null,
          consentAt: new Date(),
          statusTokenHash: hashStatusToken(statusTokenFor(id)),
          duplicates: JSON.parse(JSON.stringify(duplicates)),
          duplicateConfirmed: duplicates.length > 0 && confirmed,
          logoId: logo?.id ?? null,
        },
      });
      // Only outbox rows: a mail server that is down cannot fail the submission.
      await queueSubmissionEmail(tx, id, "received");
      await queueStaffNotice(tx, id);
    });
  } catch (error) {
    if (logo) await discardLogoFiles(logo);
    throw error;
  }
  redirect(`${statusPath(locale, id)}?sent=1`);
}

/**
 * Saves the submitter's changes through the status link, while the submission is NEW or has
 * changes requested. The previous data is kept as a SubmissionVersion (moderators see the diff);
 * a submission waiting for changes goes back to NEW, and duplicates are looked for again.
 */
export async function editSubmissionAction(
  _previous: SubmitFormState | undefined,
  formData: FormData,
): Promise<SubmitFormState> {
  const locale = localeOf(formData);
  const t = text(locale);
  const token = formData.get("token");
  const input = submissionInputFromFormData(formData);
  const note = String(formData.get("note") ?? "").trim();
  const values = { ...input, note };
  const refuse = (outcome: SubmitFormState["outcome"], message: string): SubmitFormState => ({
    ok: false,
    outcome,
    message,
    values,
  });

  if (!isStatusTokenShaped(token)) return refuse("notFound", t.outcome.notFound);
  const submission = await db.submission.findUnique({
    where: { statusTokenHash: hashStatusToken(token) },
    select: { id: true, status: true, locale: true },
  });
  if (!submission) return refuse("notFound", t.outcome.notFound);
  if (!EDITABLE_STATUSES.includes(submission.status)) return refuse("closed", t.outcome.closed);

  const taxonomy = taxonomyKeys(await getSubmissionTaxonomyOptions(locale));
  const parsed = submissionEditSchema(taxonomy).safeParse(input);
  const noteError =
    note.length > 2000
      ? errorCode("tooLong", 2000)
      : /<\s*\/?\s*[a-z!?]|javascript:/i.test(note)
        ? errorCode("markup")
        : null;
  if (!parsed.success || noteError) {
    return {
      ...refuse("invalid", t.outcome.invalid),
      fieldErrors: {
        ...(parsed.success ? {} : fieldErrorsOf(parsed.error)),
        ...(noteError ? { note: [noteError] } : {}),
      },
    };
  }
  if (!(await consumeEditLimit(db, submission.id))) {
    return refuse("rateLimited", format(locale, t.outcome.rateLimited, { minutes: 60 }));
  }

  const data = toSubmissionData(parsed.data);
  const duplicates = await findDuplicates(db, data, { excludeSubmissionId: submission.id });
  const saved = await db.$transaction(async (tx) => {
    // Re-read under a row lock: a moderator deciding at this moment wins, and the edit is refused.
    await tx.$executeRaw`SELECT 1 FROM "Submission" WHERE "id" = ${submission.id}::uuid FOR UPDATE`;
    const current = await tx.submission.findUnique({
      where: { id: submission.id },
      select: { status: true, data: true },
    });
    if (!current || !EDITABLE_STATUSES.includes(current.status)) return false;
    await tx.submissionVersion.create({
      data: { submissionId: submission.id, data: current.data as Prisma.InputJsonValue },
    });
    await tx.submission.update({
      where: { id: submission.id },
      data: {
        data,
        atRisk: parsed.data.atRisk,
        status: "NEW",
        matchKeys: matchKeysFor(data),
        duplicates: JSON.parse(JSON.stringify(duplicates)),
      },
    });
    if (note) {
      await tx.submissionMessage.create({
        data: { submissionId: submission.id, fromStaff: false, kind: "reply", body: note },
      });
    }
    await queueStaffNotice(tx, submission.id, "updated");
    return true;
  });
  if (!saved) return refuse("closed", t.outcome.closed);
  redirect(`/${locale}/submit/status/${token}?saved=1`);
}
