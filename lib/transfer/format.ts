import { z } from "zod";
import { msg } from "@/lib/admin-i18n/codes";
import { CONTENT_LOCALES, type ContentLocale, type LocalizedText } from "@/lib/i18n/locales";
import { ACTIVITY_STATUSES, TRANSLATION_STATUSES } from "@/lib/initiatives/editor-schema";
import { LINK_TYPES } from "@/lib/initiatives/links";
import { isMediaKey } from "@/lib/media/urls";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/text/slug";

/**
 * The staff's backup and transfer format for initiatives: every field, every locale and every
 * relation, taxonomy referenced by code (country ISO2, cause and type slugs) rather than by
 * database id, so a file moves between databases. The schema here checks only the shape and
 * the fields the editor does not know (state, dates, media); content rules are the editor's
 * (lib/initiatives/editor-schema.ts), applied by the planner.
 */

export const FORMAT_NAME = "civic-atlas/initiatives";
export const FORMAT_VERSION = 1;
export const PUBLICATION_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export type TransferFormat = "csv" | "json";

export interface TransferTranslation {
  name: string;
  summary: string;
  description: string;
  region: string | null;
  city: string | null;
  status: (typeof TRANSLATION_STATUSES)[number];
}

export interface TransferMedia {
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  variants: Record<string, string>;
  alt: LocalizedText;
}

/** One initiative as files hold it; also what the exporter produces (the canonical form). */
export interface TransferInitiative {
  slug: string;
  state: (typeof PUBLICATION_STATES)[number];
  publishedAt: string | null;
  submittedAt: string | null;
  createdAt: string;
  version: number;
  activityStatus: (typeof ACTIVITY_STATUSES)[number];
  lastVerifiedAt: string | null;
  foundedYear: number | null;
  sensitive: boolean;
  featured: boolean;
  orgType: string | null;
  primaryCause: string | null;
  countries: string[];
  causes: string[];
  translations: Partial<Record<ContentLocale, TransferTranslation>>;
  aliases: { value: string; locale: ContentLocale | null }[];
  links: { type: (typeof LINK_TYPES)[number]; url: string; label: string | null }[];
  people: { name: string; role: LocalizedText; isPublic: boolean }[];
  fundings: {
    funder: { slug: string; name: LocalizedText; url: string | null };
    programme: LocalizedText;
    startYear: number | null;
    endYear: number | null;
  }[];
  impacts: {
    label: LocalizedText;
    value: number;
    unit: LocalizedText;
    year: number | null;
    /** Index into `sources` of the article giving the figure. */
    source: number | null;
  }[];
  sources: {
    title: string;
    publisher: string | null;
    url: string | null;
    publishedAt: string | null;
    locale: ContentLocale | null;
  }[];
  logo: TransferMedia | null;
  cover: TransferMedia | null;
}

export interface TransferDocument {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  exportedAt: string;
  initiatives: TransferInitiative[];
}

/** A locale map in the canonical order, empty texts dropped (what the exporter writes). */
export function canonicalLocalized(value: unknown): LocalizedText {
  if (!value || typeof value !== "object") return {};
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    CONTENT_LOCALES.flatMap((l) => {
      const text = record[l];
      return typeof text === "string" && text ? [[l, text]] : [];
    }),
  );
}

/** Text that may be left empty: "" and null both mean none. */
const optionalText = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => value ?? "");
const optionalNumber = z.union([z.number(), z.string(), z.null()]).optional();
const locale = z.enum(CONTENT_LOCALES, {
  error: msg("data.errors.locale"),
});
const optionalLocale = z
  .union([locale, z.literal(""), z.null()])
  .optional()
  .transform((value) => value || "");
const localized = z
  .partialRecord(locale, z.union([z.string(), z.null()]))
  .optional()
  .transform((map) => canonicalLocalized(map));

const instant = () => z.iso.datetime({ offset: true, error: msg("data.errors.instant") });
const optionalInstant = () =>
  z
    .union([instant(), z.literal(""), z.null()])
    .optional()
    .transform((value) => (value ? new Date(value).toISOString() : null));

const MediaSchema = z
  .object({
    storageKey: z.string().refine(isMediaKey, { error: msg("data.errors.mediaKey") }),
    mimeType: z.string().min(1).max(100),
    width: z.number().int().min(1).max(20_000),
    height: z.number().int().min(1).max(20_000),
    variants: z.record(
      z.string().regex(/^\d{2,4}$/),
      z.string().refine(isMediaKey, { error: msg("data.errors.mediaKey") }),
    ),
    alt: localized,
  })
  .nullable()
  .optional()
  .transform((value) => value ?? null);

const TranslationInput = z.object({
  name: optionalText,
  summary: optionalText,
  description: optionalText,
  region: optionalText,
  city: optionalText,
  status: z
    .union([z.enum(TRANSLATION_STATUSES), z.literal(""), z.null()])
    .optional()
    .transform((value) => value || "DRAFT"),
});

/**
 * The shape of one initiative in a file. Lists and content fields are required (an absent list
 * in an update would silently erase it); `version`, `createdAt` and `submittedAt` are metadata
 * with defaults. Content is validated afterwards by the editor's schema.
 */
export const TransferInitiativeSchema = z.object({
  slug: z
    .string({ error: msg("data.errors.slugRequired") })
    .trim()
    .min(1, { error: msg("data.errors.slugRequired") })
    .max(SLUG_MAX_LENGTH, { error: msg("data.errors.slugLength", { max: SLUG_MAX_LENGTH }) })
    .regex(SLUG_PATTERN, { error: msg("data.errors.slugFormat") }),
  state: z.enum(PUBLICATION_STATES, {
    error: msg("data.errors.state"),
  }),
  publishedAt: optionalInstant(),
  submittedAt: optionalInstant(),
  createdAt: optionalInstant(),
  version: z
    .union([
      z
        .number()
        .int()
        .min(1, { error: msg("data.errors.version") }),
      z.null(),
    ])
    .optional()
    .transform((value) => value ?? 1),
  activityStatus: z.enum(ACTIVITY_STATUSES, {
    error: msg("data.errors.activityStatus"),
  }),
  lastVerifiedAt: z.union([z.string(), z.null()]).transform((value) => value ?? ""),
  foundedYear: optionalNumber,
  sensitive: z.boolean({ error: msg("data.errors.bool") }),
  featured: z.boolean({ error: msg("data.errors.bool") }),
  orgType: z.union([z.string(), z.null()]).transform((value) => value?.trim() || null),
  primaryCause: z.union([z.string(), z.null()]).transform((value) => value?.trim() || null),
  countries: z.array(z.string()),
  causes: z.array(z.string().trim()),
  translations: z.partialRecord(locale, TranslationInput),
  aliases: z.array(z.object({ value: z.string(), locale: optionalLocale })),
  links: z.array(
    z.object({
      type: z.enum(LINK_TYPES, { error: msg("data.errors.linkType") }),
      url: z.string(),
      label: optionalText,
    }),
  ),
  people: z.array(z.object({ name: z.string(), role: localized, isPublic: z.boolean() })),
  fundings: z.array(
    z.object({
      funder: z.object({
        slug: z.string().regex(SLUG_PATTERN, { error: msg("data.errors.funderSlug") }),
        name: localized,
        url: optionalText,
      }),
      programme: localized,
      startYear: optionalNumber,
      endYear: optionalNumber,
    }),
  ),
  impacts: z.array(
    z.object({
      label: localized,
      value: z.union([z.number(), z.string()]),
      unit: localized,
      year: optionalNumber,
      source: z
        .union([z.number().int().min(0), z.null()])
        .optional()
        .transform((value) => value ?? null),
    }),
  ),
  sources: z.array(
    z.object({
      title: z.string(),
      publisher: optionalText,
      url: optionalText,
      publishedAt: optionalText,
      locale: optionalLocale,
    }),
  ),
  logo: MediaSchema,
  cover: MediaSchema,
});
export type TransferInitiativeInput = z.output<typeof TransferInitiativeSchema>;
