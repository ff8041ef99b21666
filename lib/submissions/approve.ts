import type { Db } from "@/lib/db-client";
import {
  emptyEditorValues,
  EDITOR_LIMITS,
  type InitiativeEditorValues,
} from "@/lib/initiatives/editor-schema";
import { createDraftInitiative, type Tx } from "@/lib/initiatives/editor-write";
import { normalizeLink } from "@/lib/initiatives/links";
import { isContentLocale } from "@/lib/i18n/locales";
import type { SubmissionData } from "@/lib/submissions/schemas";

/**
 * Turns a submission into a draft initiative, through the editor's own writer
 * (lib/initiatives/editor-write.ts), so the draft is exactly what the editor would have saved.
 * Runs inside the moderation action's transaction; the caller checks who may do it.
 */

type Reader = Pick<Db, "cause" | "orgType" | "country" | "media">;

export interface SubmissionSource {
  locale: string;
  data: SubmissionData;
  atRisk: boolean;
  logoId: string | null;
}

/**
 * The editor's values for a submission. References are resolved against what the database holds
 * now (a cause or type removed since the submission was sent is dropped, not invented), links
 * that no longer normalise are dropped, and the name goes in the submitter's language as a DRAFT
 * translation: editors translate and review it before publishing.
 */
export async function draftValuesFrom(
  reader: Reader,
  source: SubmissionSource,
): Promise<InitiativeEditorValues> {
  const { data } = source;
  // One connection per transaction: the reads run one after another.
  const causes = await reader.cause.findMany({
    where: { slug: { in: data.causes } },
    select: { id: true, slug: true },
  });
  const orgType = data.orgType
    ? await reader.orgType.findUnique({ where: { slug: data.orgType }, select: { id: true } })
    : null;
  const countries = await reader.country.findMany({
    where: { code: { in: data.countries } },
    select: { code: true },
  });
  const logo = source.logoId
    ? await reader.media.findUnique({
        where: { id: source.logoId },
        select: { id: true, kind: true, logoOf: { select: { id: true } } },
      })
    : null;
  // Keep the submitter's order: their first cause is the primary one.
  const causeIds = data.causes.flatMap((slug) => causes.find((c) => c.slug === slug)?.id ?? []);
  const locale = isContentLocale(source.locale) ? source.locale : "en";
  const values = emptyEditorValues();
  values.translations[locale] = {
    name: data.name,
    summary: data.summary,
    description: data.description,
    region: "",
    city: data.city,
    status: "DRAFT",
  };
  values.aliases =
    data.altName && data.altName !== data.name ? [{ value: data.altName, locale: "" }] : [];
  values.countries = countries.map((c) => c.code).sort();
  values.causes = [...causeIds].sort();
  values.primaryCauseId = causeIds[0] ?? "";
  values.orgTypeId = orgType?.id ?? "";
  values.foundedYear = data.foundedYear;
  values.sensitive = source.atRisk;
  values.links = data.links
    .filter((link) => normalizeLink(link.type, link.value).ok)
    .slice(0, EDITOR_LIMITS.links)
    .map((link) => ({ type: link.type, value: link.value, label: "" }));
  values.logo =
    logo && logo.kind === "LOGO" && !logo.logoOf
      ? { id: logo.id, alt: { [locale]: data.name } }
      : null;
  return values;
}

/** Writes the draft; returns its id and slug. */
export async function createDraftFromSubmission(
  tx: Tx,
  source: SubmissionSource,
  authorId: string,
): Promise<{ id: string; slug: string }> {
  const values = await draftValuesFrom(tx, source);
  const { id, slug } = await createDraftInitiative(tx, values, {
    authorId,
    name: source.data.name,
  });
  return { id, slug };
}
