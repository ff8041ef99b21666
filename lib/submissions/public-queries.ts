import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { pickTranslation } from "@/lib/i18n/fallback";
import type { UiLocale } from "@/lib/i18n/locales";
import { mediaPreview } from "@/lib/media/urls";
import { SubmissionDataSchema, type SubmissionData } from "./schemas";
import { hashStatusToken, isStatusTokenShaped } from "./status-token";

export interface TaxonOption {
  value: string;
  label: string;
}

export interface SubmissionTaxonomyOptions {
  countries: TaxonOption[];
  causes: TaxonOption[];
  orgTypes: TaxonOption[];
}

const nameOf = (translations: { locale: string; name: string }[], locale: UiLocale) =>
  pickTranslation(translations, locale)?.value.name ?? "";

async function readTaxonomyOptions(locale: UiLocale): Promise<SubmissionTaxonomyOptions> {
  const translations = { select: { locale: true, name: true } } as const;
  const [countries, causes, orgTypes] = await Promise.all([
    db.country.findMany({ select: { code: true, translations }, orderBy: { sortOrder: "asc" } }),
    db.cause.findMany({ select: { slug: true, translations }, orderBy: { sortOrder: "asc" } }),
    db.orgType.findMany({ select: { slug: true, translations }, orderBy: { sortOrder: "asc" } }),
  ]);
  const byLabel = (a: TaxonOption, b: TaxonOption) => a.label.localeCompare(b.label, locale);
  return {
    countries: countries.map((c) => ({
      value: c.code,
      label: nameOf(c.translations, locale) || c.code,
    })),
    causes: causes
      .map((c) => ({ value: c.slug, label: nameOf(c.translations, locale) || c.slug }))
      .sort(byLabel),
    orgTypes: orgTypes.map((t) => ({
      value: t.slug,
      label: nameOf(t.translations, locale) || t.slug,
    })),
  };
}

/** Countries, causes and organisation types as the form offers them, named in `locale`. */
export const getSubmissionTaxonomyOptions = unstable_cache(
  readTaxonomyOptions,
  ["submission-taxonomy"],
  { tags: [CacheTags.taxonomy] },
);

export interface SubmissionMessageDto {
  id: string;
  fromStaff: boolean;
  kind: string;
  body: string;
  /** A rejection's preset reason (see REJECT_REASONS); shown even when the text is empty. */
  reason: string | null;
  createdAt: Date;
}

export interface SubmissionStatusDto {
  id: string;
  status: SubmissionStatus;
  editable: boolean;
  data: SubmissionData;
  atRisk: boolean;
  logo: string | null;
  createdAt: Date;
  updatedAt: Date;
  messages: SubmissionMessageDto[];
  /** The published initiative it became, if any. */
  initiativeSlug: string | null;
}

/** Staff-only messages (internal notes) are never shown to the submitter. */
const VISIBLE_KINDS = ["changes_requested", "rejected", "approved", "merged", "reply"];
export const EDITABLE_STATUSES: SubmissionStatus[] = ["NEW", "CHANGES_REQUESTED"];

/**
 * A submission as its status page shows it, looked up by the hash of the link's token; null for
 * any token that does not match (the page then answers 404 and reveals nothing). Contact data is
 * not returned: the page never needs it.
 */
export async function getSubmissionByToken(token: string): Promise<SubmissionStatusDto | null> {
  if (!isStatusTokenShaped(token)) return null;
  const row = await db.submission.findUnique({
    where: { statusTokenHash: hashStatusToken(token) },
    select: {
      id: true,
      status: true,
      data: true,
      atRisk: true,
      logoId: true,
      initiativeId: true,
      createdAt: true,
      updatedAt: true,
      messages: {
        where: {
          kind: { in: VISIBLE_KINDS },
          OR: [{ fromStaff: false }, { body: { not: "" } }, { reason: { not: null } }],
        },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fromStaff: true,
          kind: true,
          body: true,
          reason: true,
          createdAt: true,
        },
      },
    },
  });
  if (!row) return null;
  const parsed = SubmissionDataSchema.safeParse(row.data);
  const [logo, initiative] = await Promise.all([
    row.logoId
      ? db.media.findUnique({ where: { id: row.logoId }, select: { variants: true } })
      : null,
    row.initiativeId
      ? db.initiative.findUnique({
          where: { id: row.initiativeId },
          select: { slug: true, state: true },
        })
      : null,
  ]);
  return {
    id: row.id,
    status: row.status,
    editable: EDITABLE_STATUSES.includes(row.status),
    data: parsed.success ? parsed.data : SubmissionDataSchema.parse({ name: "" }),
    atRisk: row.atRisk,
    logo: logo ? mediaPreview(logo.variants).src || null : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    messages: row.messages,
    initiativeSlug: initiative?.state === "PUBLISHED" ? initiative.slug : null,
  };
}
