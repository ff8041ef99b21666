import { z } from "zod";
import { CONTENT_LOCALES, UI_LOCALES } from "@/lib/i18n/locales";
import { LINK_TYPES } from "@/lib/initiatives/links";
import { ACTIVITY, SORTS } from "@/lib/search/schemas";

/**
 * The public API's response shapes. They shape every response (parsing strips any field not
 * named here, so nothing private can slip through a DTO change) and generate the OpenAPI
 * document's schemas (lib/api/openapi.ts), so the document cannot drift from the responses.
 */

/** Schemas that become named OpenAPI components; the rest are inlined where used. */
export const apiRegistry = z.registry<{ id: string }>();

const named = <T extends z.ZodType>(schema: T, id: string): T => {
  apiRegistry.add(schema, { id });
  return schema;
};

const url = z.string().meta({ description: "Absolute URL", format: "uri" });
const isoDateTime = z.iso.datetime();
const isoDate = z.iso.date();
const contentLocale = z.enum(CONTENT_LOCALES);
/** Text per content language; languages without text are absent. */
const localizedText = z.partialRecord(contentLocale, z.string());

export const ActivityStatusSchema = named(
  z.enum(ACTIVITY).meta({ description: "Whether the initiative is still active" }),
  "ActivityStatus",
);

export const CountryRefSchema = named(
  z.object({
    code: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .meta({ description: "ISO 3166-1 alpha-2" }),
    name: z.string(),
  }),
  "CountryRef",
);

export const TaxonRefSchema = named(z.object({ slug: z.string(), name: z.string() }), "TaxonRef");

export const InitiativeSummarySchema = named(
  z.object({
    slug: z.string().meta({ description: "Stable identifier; never changes once published" }),
    url: url.meta({ description: "The initiative's page on the site, in the chosen language" }),
    apiUrl: url,
    name: z.string(),
    summary: z.string(),
    contentLocale: contentLocale.meta({
      description: "The language name and summary are really in",
    }),
    isFallback: z.boolean().meta({
      description: "True when the text is in another language than the one asked for",
    }),
    activityStatus: ActivityStatusSchema,
    countries: z.array(CountryRefSchema),
    primaryCause: TaxonRefSchema.nullable(),
  }),
  "InitiativeSummary",
);

export const LinkSchema = named(
  z.object({
    type: z.enum(LINK_TYPES),
    url,
    handle: z.string().nullable(),
    label: z.string().nullable(),
  }),
  "Link",
);

export const SourceSchema = named(
  z.object({
    title: z.string(),
    publisher: z.string().nullable(),
    url: url.nullable(),
    publishedAt: isoDate.nullable(),
  }),
  "Source",
);

export const InitiativeDetailSchema = named(
  z.object({
    ...InitiativeSummarySchema.shape,
    description: z.string().meta({ description: "Markdown" }),
    availableLocales: z.array(contentLocale),
    sensitive: z.boolean().meta({
      description: "Works with people at risk: city, region and people are never published for it",
    }),
    city: z.string().nullable(),
    region: z.string().nullable(),
    foundedYear: z.int().nullable(),
    lastVerifiedAt: isoDate.nullable(),
    publishedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime,
    orgType: TaxonRefSchema.nullable(),
    causes: z.array(TaxonRefSchema),
    aliases: z.array(z.string()),
    links: z.array(LinkSchema),
    people: z
      .array(z.object({ name: z.string(), role: z.string() }))
      .meta({ description: "People the initiative names publicly (always empty when sensitive)" }),
    funders: z.array(z.object({ name: z.string(), programme: z.string(), url: url.nullable() })),
    impacts: z.array(
      z.object({
        label: z.string(),
        value: z.number(),
        unit: z.string(),
        year: z.int().nullable(),
      }),
    ),
    sources: z.array(SourceSchema),
  }),
  "InitiativeDetail",
);

export const FacetValueSchema = named(
  z.object({
    value: z.string().meta({ description: "The value to pass as the filter parameter" }),
    label: z.string(),
    count: z.int().min(0),
    selected: z.boolean(),
  }),
  "FacetValue",
);

export const InitiativeListSchema = named(
  z.object({
    data: z.array(InitiativeSummarySchema),
    meta: z.object({
      locale: z.enum(UI_LOCALES),
      total: z.int().min(0),
      page: z.int().min(1),
      perPage: z.int().min(1),
      pageCount: z.int().min(1),
      sort: z.enum(SORTS),
    }),
    links: z.object({
      self: url,
      first: url,
      last: url,
      prev: url.nullable(),
      next: url.nullable(),
    }),
    facets: z
      .object({
        country: z.array(FacetValueSchema),
        cause: z.array(FacetValueSchema),
        type: z.array(FacetValueSchema),
        lang: z.array(FacetValueSchema),
        status: z.array(FacetValueSchema),
      })
      .meta({ description: "Counts per filter value for the other active filters" }),
  }),
  "InitiativeList",
);

export const CountryListSchema = named(
  z.object({
    data: z.array(
      z.object({
        code: z.string().regex(/^[A-Z]{2}$/),
        name: z.string(),
        initiativeCount: z.int().min(0),
        url,
      }),
    ),
  }),
  "CountryList",
);

export const CauseListSchema = named(
  z.object({
    data: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        description: z.string(),
        sdgs: z
          .array(z.int().min(1).max(17))
          .meta({ description: "UN Sustainable Development Goals" }),
        initiativeCount: z.int().min(0),
        url,
      }),
    ),
  }),
  "CauseList",
);

const DumpTaxonSchema = z.object({ slug: z.string(), names: localizedText });

export const DumpInitiativeSchema = named(
  z.object({
    slug: z.string(),
    url,
    activityStatus: ActivityStatusSchema,
    sensitive: z.boolean(),
    foundedYear: z.int().nullable(),
    lastVerifiedAt: isoDate.nullable(),
    publishedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime,
    countries: z.array(z.string()).meta({ description: "ISO 3166-1 alpha-2 codes" }),
    causes: z.array(z.string()).meta({ description: "Cause slugs" }),
    primaryCause: z.string().nullable(),
    orgType: z.string().nullable(),
    translations: z.partialRecord(
      contentLocale,
      z.object({
        name: z.string(),
        summary: z.string(),
        description: z.string().meta({ description: "Markdown" }),
        city: z.string().nullable(),
        region: z.string().nullable(),
      }),
    ),
    aliases: z.array(z.string()),
    links: z.array(LinkSchema),
    people: z.array(z.object({ name: z.string(), role: localizedText })),
    funders: z.array(
      z.object({ name: localizedText, programme: localizedText, url: url.nullable() }),
    ),
    impacts: z.array(
      z.object({
        label: localizedText,
        value: z.number(),
        unit: localizedText,
        year: z.int().nullable(),
      }),
    ),
    sources: z.array(SourceSchema),
  }),
  "DumpInitiative",
);

/** The dump without its initiatives: written first, then the initiatives batch by batch. */
export const DumpHeadSchema = z.object({
  title: z.string(),
  source: url,
  licence: z.object({ name: z.string(), url, attribution: z.string() }),
  lastModified: isoDateTime
    .nullable()
    .meta({ description: "The latest change to any initiative in the dump" }),
  count: z.int().min(0),
  countries: z.array(z.object({ code: z.string(), names: localizedText })),
  causes: z.array(DumpTaxonSchema.extend({ sdgs: z.array(z.int()) })),
  orgTypes: z.array(DumpTaxonSchema),
});

export const DumpSchema = named(
  DumpHeadSchema.extend({ initiatives: z.array(DumpInitiativeSchema) }),
  "Dump",
);

/** RFC 9457 problem details; `errors` lists the parameters that were refused. */
export const ProblemSchema = named(
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(z.object({ parameter: z.string(), detail: z.string() })).optional(),
  }),
  "Problem",
);

export type InitiativeSummary = z.output<typeof InitiativeSummarySchema>;
export type InitiativeDetail = z.output<typeof InitiativeDetailSchema>;
export type InitiativeList = z.output<typeof InitiativeListSchema>;
export type CountryList = z.output<typeof CountryListSchema>;
export type CauseList = z.output<typeof CauseListSchema>;
export type DumpInitiative = z.output<typeof DumpInitiativeSchema>;
export type Dump = z.output<typeof DumpSchema>;
export type DumpHead = z.output<typeof DumpHeadSchema>;
export type Problem = z.output<typeof ProblemSchema>;
