import { z } from "zod";
import { msg } from "@/lib/admin-i18n/codes";
import { CONTENT_LOCALES, UI_LOCALES, type ContentLocale } from "@/lib/i18n/locales";
import {
  LINK_TYPES,
  normalizeLink,
  type LinkError,
  type LinkTypeName,
} from "@/lib/initiatives/links";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/text/slug";

/**
 * The initiative editor's one schema, shared by the browser (hints before saving) and the server
 * actions (the check that counts). Its output is also the shape of a revision's snapshot, so the
 * loader (toEditorInput) returns exactly what parsing produces: empty text is "", absent numbers
 * and dates are null or "", every content locale is present (an empty one is not stored).
 */

export const EDITOR_LIMITS = {
  name: 200,
  summary: 600,
  description: 20_000,
  place: 120,
  alias: 200,
  aliases: 30,
  countries: 10,
  causes: 10,
  links: 20,
  linkLabel: 100,
  people: 50,
  personName: 200,
  role: 200,
  fundings: 30,
  funderName: 200,
  programme: 300,
  impacts: 30,
  impactLabel: 200,
  unit: 60,
  sources: 50,
  sourceTitle: 300,
  publisher: 200,
  url: 2048,
  alt: 300,
} as const;

export const TRANSLATION_STATUSES = ["MISSING", "MACHINE", "DRAFT", "REVIEWED"] as const;
export const ACTIVITY_STATUSES = ["ACTIVE", "PAUSED", "CLOSED"] as const;
/** Locales the editor always shows a tab for; the others are added when needed. */
export const TAB_LOCALES: readonly ContentLocale[] = UI_LOCALES;
export const FIRST_YEAR = 1900;

const noNul = (value: string) => !value.includes("\u0000");
const tooMany = (max: number) => ({ error: msg("validation.tooMany", { max }) });

/*
 * Messages are codes (lib/admin-i18n/codes.ts): the same schema runs in the browser and on the
 * server, and the editor puts them into words in the staff member's language.
 */
const tooLong = (max: number) => ({ error: msg("validation.tooLong", { max }) });
const invalidChar = { error: msg("validation.invalidChar") };

/** One line of text, trimmed; "" when left empty. */
function line(max: number) {
  return z
    .string({ error: msg("validation.notText") })
    .trim()
    .max(max, tooLong(max))
    .refine(noNul, invalidChar);
}

const required = (max: number, message: string) => line(max).min(1, { error: message });

/** An http(s) address or "". Other schemes (javascript:, data:, file:) are refused. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const httpUrl = line(EDITOR_LIMITS.url).refine((value) => value === "" || isHttpUrl(value), {
  error: msg("validation.url"),
});

/** A {locale: text} map; empty entries are dropped so equal content compares equal. */
function localized(max: number) {
  return z
    .partialRecord(z.enum(CONTENT_LOCALES), line(max))
    .transform(
      (map) =>
        Object.fromEntries(
          CONTENT_LOCALES.flatMap((locale) => (map[locale] ? [[locale, map[locale]]] : [])),
        ) as Partial<Record<ContentLocale, string>>,
    );
}

/** A whole number typed into a text field (or sent as a number); "" and null mean none. */
function wholeNumber(min: number, max: number, message: string) {
  return z.union([z.number(), z.string(), z.null()]).transform((value, ctx) => {
    if (value === null || (typeof value === "string" && value.trim() === "")) return null;
    const number = typeof value === "number" ? value : Number(value.trim());
    if (!Number.isInteger(number) || number < min || number > max) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return number;
  });
}

const yearField = () =>
  wholeNumber(
    FIRST_YEAR,
    new Date().getFullYear(),
    msg("validation.year", { min: FIRST_YEAR, max: new Date().getFullYear() }),
  );

/**
 * Stored as Decimal(18, 2); at most 13 digits before the point keeps every value exact in a
 * JavaScript number. Spaces and a decimal comma are accepted.
 */
const DECIMAL = /^-?\d{1,13}(\.\d{1,2})?$/;
const figureValue = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const text = typeof value === "number" ? String(value) : value.replace(/[\s\u00a0]/g, "");
  const normalized = text.replace(",", ".");
  if (!DECIMAL.test(normalized)) {
    ctx.addIssue({ code: "custom", message: msg("validation.number") });
    return z.NEVER;
  }
  return Number(normalized);
});

const isoDate = (notInFuture: boolean) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || z.iso.date().safeParse(value).success, {
      error: msg("validation.date"),
    })
    .refine(
      (value) => !notInFuture || value === "" || value <= new Date().toISOString().slice(0, 10),
      { error: msg("validation.dateFuture") },
    );

const optionalLocale = z.union([z.enum(CONTENT_LOCALES), z.literal("")]);
const optionalId = z.union([z.uuid({ error: msg("validation.chooseFromList") }), z.literal("")]);

export const TranslationSchema = z.object({
  name: line(EDITOR_LIMITS.name),
  summary: line(EDITOR_LIMITS.summary),
  description: z
    .string()
    .max(EDITOR_LIMITS.description, tooLong(EDITOR_LIMITS.description))
    .refine(noNul, invalidChar),
  region: line(EDITOR_LIMITS.place),
  city: line(EDITOR_LIMITS.place),
  status: z.enum(TRANSLATION_STATUSES),
});
export type TranslationValues = z.output<typeof TranslationSchema>;

export function isEmptyTranslation(t: Omit<TranslationValues, "status">): boolean {
  return !t.name && !t.summary && !t.description.trim() && !t.region && !t.city;
}

const translations = z
  .object({
    en: TranslationSchema,
    ru: TranslationSchema,
    kk: TranslationSchema,
    uz: TranslationSchema,
    tg: TranslationSchema,
    kaa: TranslationSchema,
  })
  .superRefine((all, ctx) => {
    for (const locale of CONTENT_LOCALES) {
      const t = all[locale];
      if (!t.name && !isEmptyTranslation(t)) {
        ctx.addIssue({
          code: "custom",
          path: [locale, "name"],
          message: msg("editor.errors.nameInLanguage"),
        });
      }
    }
    if (CONTENT_LOCALES.every((locale) => !all[locale].name)) {
      ctx.addIssue({
        code: "custom",
        path: ["en", "name"],
        message: msg("editor.errors.nameSomewhere"),
      });
    }
  })
  // An empty language is not stored; it reads back as MISSING whatever was chosen.
  .transform((all) => {
    const out = { ...all };
    for (const locale of CONTENT_LOCALES) {
      if (isEmptyTranslation(out[locale])) out[locale] = { ...out[locale], status: "MISSING" };
    }
    return out;
  });

/** A refused link as a message code; the type is named in the reader's language. */
export function linkErrorMessage(error: LinkError): string {
  const params = error.params?.type
    ? { ...error.params, type: msg(`editor.links.types.${error.params.type as LinkTypeName}`) }
    : error.params;
  return msg(`editor.links.errors.${error.code}`, params);
}

const LinkSchema = z
  .object({
    type: z.enum(LINK_TYPES, { error: msg("editor.errors.chooseLinkType") }),
    value: z.string().max(EDITOR_LIMITS.url, tooLong(EDITOR_LIMITS.url)),
    label: line(EDITOR_LIMITS.linkLabel),
  })
  .transform((link, ctx) => {
    const normalized = normalizeLink(link.type, link.value);
    if (!normalized.ok) {
      ctx.addIssue({ code: "custom", path: ["value"], message: linkErrorMessage(normalized) });
      return z.NEVER;
    }
    return { ...link, value: normalized.url };
  });

const FunderSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("existing"), id: z.uuid({ error: msg("editor.errors.funder") }) }),
  z.object({
    kind: z.literal("new"),
    name: required(EDITOR_LIMITS.funderName, msg("editor.errors.funderName")),
    url: httpUrl,
  }),
]);

const FundingSchema = z
  .object({
    funder: FunderSchema,
    programme: localized(EDITOR_LIMITS.programme),
    startYear: yearField(),
    endYear: yearField(),
  })
  .superRefine((funding, ctx) => {
    if (funding.startYear && funding.endYear && funding.endYear < funding.startYear) {
      ctx.addIssue({
        code: "custom",
        path: ["endYear"],
        message: msg("editor.errors.endsBeforeStart"),
      });
    }
  });

const ImpactSchema = z
  .object({
    label: localized(EDITOR_LIMITS.impactLabel),
    value: figureValue,
    unit: localized(EDITOR_LIMITS.unit),
    year: yearField(),
    /** Index into `sources` of the article giving the figure. */
    sourceIndex: z.union([z.number().int().min(0), z.null()]),
  })
  .superRefine((impact, ctx) => {
    if (Object.keys(impact.label).length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["label", "en"],
        message: msg("editor.errors.impactLabel"),
      });
    }
  });

const SourceSchema = z.object({
  title: required(EDITOR_LIMITS.sourceTitle, msg("editor.errors.sourceTitle")),
  publisher: line(EDITOR_LIMITS.publisher),
  url: httpUrl,
  publishedAt: isoDate(true),
  locale: optionalLocale,
});

const MediaRefSchema = z
  .object({ id: z.uuid({ error: msg("validation.unknown") }), alt: localized(EDITOR_LIMITS.alt) })
  .nullable();

const asSet = (items: string[]) => [...new Set(items)].sort();

function duplicates<T>(items: T[], key: (item: T) => string | null): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (k === null) return;
    if (seen.has(k)) out.push(index);
    seen.add(k);
  });
  return out;
}

export const InitiativeEditorSchema = z
  .object({
    /** The version the edit was based on (optimistic locking); 0 for a new entry. */
    version: z.number().int().min(0),
    slug: z
      .string()
      .trim()
      .max(SLUG_MAX_LENGTH, tooLong(SLUG_MAX_LENGTH))
      .refine((slug) => slug === "" || SLUG_PATTERN.test(slug), {
        error: msg("editor.errors.slug"),
      }),
    translations,
    aliases: z
      .array(
        z.object({
          value: required(EDITOR_LIMITS.alias, msg("editor.errors.alias")),
          locale: optionalLocale,
        }),
      )
      .max(EDITOR_LIMITS.aliases, tooMany(EDITOR_LIMITS.aliases)),
    // Countries and causes are sets: kept sorted and without repeats, so equal choices are equal.
    countries: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/, { error: msg("editor.errors.countryCode") }),
      )
      .min(1, { error: msg("editor.errors.countries") })
      .max(EDITOR_LIMITS.countries, tooMany(EDITOR_LIMITS.countries))
      .transform(asSet),
    causes: z
      .array(z.uuid({ error: msg("validation.chooseFromList") }))
      .min(1, { error: msg("editor.errors.causes") })
      .max(EDITOR_LIMITS.causes, tooMany(EDITOR_LIMITS.causes))
      .transform(asSet),
    primaryCauseId: optionalId,
    orgTypeId: optionalId,
    foundedYear: yearField(),
    activityStatus: z.enum(ACTIVITY_STATUSES),
    lastVerifiedAt: isoDate(true),
    sensitive: z.boolean(),
    featured: z.boolean(),
    links: z.array(LinkSchema).max(EDITOR_LIMITS.links, tooMany(EDITOR_LIMITS.links)),
    people: z
      .array(
        z.object({
          name: required(EDITOR_LIMITS.personName, msg("editor.errors.personName")),
          role: localized(EDITOR_LIMITS.role),
          isPublic: z.boolean(),
        }),
      )
      .max(EDITOR_LIMITS.people, tooMany(EDITOR_LIMITS.people)),
    fundings: z.array(FundingSchema).max(EDITOR_LIMITS.fundings, tooMany(EDITOR_LIMITS.fundings)),
    impacts: z.array(ImpactSchema).max(EDITOR_LIMITS.impacts, tooMany(EDITOR_LIMITS.impacts)),
    sources: z.array(SourceSchema).max(EDITOR_LIMITS.sources, tooMany(EDITOR_LIMITS.sources)),
    logo: MediaRefSchema,
    cover: MediaRefSchema,
  })
  .superRefine((value, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    if (!value.primaryCauseId) issue(["primaryCauseId"], msg("editor.errors.primaryCause"));
    else if (!value.causes.includes(value.primaryCauseId))
      issue(["primaryCauseId"], msg("editor.errors.primaryNotChosen"));
    for (const i of duplicates(value.aliases, (a) => a.value))
      issue(["aliases", i, "value"], msg("editor.errors.aliasTwice"));
    for (const i of duplicates(value.links, (l) => `${l.type} ${l.value}`))
      issue(["links", i, "value"], msg("editor.errors.linkTwice"));
    for (const i of duplicates(value.sources, (s) => s.url || null))
      issue(["sources", i, "url"], msg("editor.errors.sourceTwice"));
    value.impacts.forEach((impact, i) => {
      if (impact.sourceIndex !== null && impact.sourceIndex >= value.sources.length)
        issue(["impacts", i, "sourceIndex"], msg("editor.errors.sourceIndex"));
    });
    if (value.logo && value.cover && value.logo.id === value.cover.id)
      issue(["cover"], msg("editor.errors.coverIsLogo"));
  });

/** What the form holds and sends (numbers may still be text typed by the user). */
export type InitiativeEditorInput = z.input<typeof InitiativeEditorSchema>;
/** What parsing produces and the loader returns. */
export type InitiativeEditorValues = z.output<typeof InitiativeEditorSchema>;
/** A revision's content: the editor values without the locking version. */
export type EditorSnapshot = Omit<InitiativeEditorValues, "version">;

export function emptyTranslation(): TranslationValues {
  return { name: "", summary: "", description: "", region: "", city: "", status: "MISSING" };
}

export function emptyEditorValues(): InitiativeEditorValues {
  return {
    version: 0,
    slug: "",
    translations: {
      en: emptyTranslation(),
      ru: emptyTranslation(),
      kk: emptyTranslation(),
      uz: emptyTranslation(),
      tg: emptyTranslation(),
      kaa: emptyTranslation(),
    },
    aliases: [],
    countries: [],
    causes: [],
    primaryCauseId: "",
    orgTypeId: "",
    foundedYear: null,
    activityStatus: "ACTIVE",
    lastVerifiedAt: "",
    sensitive: false,
    featured: false,
    links: [],
    people: [],
    fundings: [],
    impacts: [],
    sources: [],
    logo: null,
    cover: null,
  };
}

/** Issues keyed by dotted path ("links.0.value"), as the form's fields are named. */
export function editorFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The name shown for an entry in lists and messages: English first, then any language. */
export function displayName(values: Pick<InitiativeEditorValues, "translations">): string {
  for (const locale of CONTENT_LOCALES) {
    const name = values.translations[locale].name;
    if (name) return name;
  }
  return "";
}
