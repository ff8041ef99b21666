import { z } from "zod";
import { msg } from "@/lib/admin-i18n/codes";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/i18n/locales";

/*
 * Form schemas for causes and organisation types. Names are flat fields per content locale
 * (name_en, description_ru, ...) so each error lands under its own field; the interface locales
 * (en, ru, kk) are required so public pages never fall back to another language for a label.
 */

const atMost = (max: number) => ({ error: msg("validation.tooLong", { max }) });

export const TaxonSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, { error: msg("validation.atLeast", { min: 2 }) })
  .max(60, atMost(60))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: msg("validation.taxonSlug") });

const requiredName = z
  .string()
  .trim()
  .min(1, { error: msg("validation.nameMissing") })
  .max(120, atMost(120));
const optionalName = z.string().trim().max(120, atMost(120)).default("");
const description = z.string().trim().max(2000, atMost(2000)).default("");

type NameKey = `name_${ContentLocale}`;
type DescriptionKey = `description_${ContentLocale}`;

const nameFields = {
  name_en: requiredName,
  name_ru: requiredName,
  name_kk: requiredName,
  name_uz: optionalName,
  name_tg: optionalName,
  name_kaa: optionalName,
} satisfies Record<NameKey, z.ZodType>;

const descriptionFields = {
  description_en: description,
  description_ru: description,
  description_kk: description,
  description_uz: description,
  description_tg: description,
  description_kaa: description,
} satisfies Record<DescriptionKey, z.ZodType>;

const SortOrderSchema = z.coerce
  .number({ error: msg("validation.wholeNumber") })
  .int({ error: msg("validation.wholeNumber") })
  .min(0, { error: msg("validation.notNegative") })
  .max(9999, { error: msg("validation.numberMax", { max: 9999 }) })
  .default(0);

/** Checkboxes: absent, one value, or several. */
const SdgsSchema = z
  .preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(
      z.coerce
        .number()
        .int()
        .min(1, { error: msg("validation.sdg") })
        .max(17, { error: msg("validation.sdg") }),
    ),
  )
  .transform((goals) => [...new Set(goals)].sort((a, b) => a - b));

const IdSchema = z.uuid({ error: msg("validation.unknown") });

/** A description needs a name in the same language (the translation row holds both). */
function descriptionsNeedNames(value: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const locale of CONTENT_LOCALES) {
    if (value[`description_${locale}`] && !value[`name_${locale}`]) {
      ctx.addIssue({
        code: "custom",
        path: [`name_${locale}`],
        message: msg("validation.descriptionNeedsName"),
      });
    }
  }
}

const CauseFields = z.object({
  sortOrder: SortOrderSchema,
  sdgs: SdgsSchema,
  ...nameFields,
  ...descriptionFields,
});

export const CreateCauseSchema = CauseFields.extend({ slug: TaxonSlugSchema }).superRefine(
  descriptionsNeedNames,
);
export const UpdateCauseSchema = CauseFields.extend({ id: IdSchema }).superRefine(
  descriptionsNeedNames,
);
export type CauseInput = z.infer<typeof CauseFields>;

const OrgTypeFields = z.object({ sortOrder: SortOrderSchema, ...nameFields });
export const CreateOrgTypeSchema = OrgTypeFields.extend({ slug: TaxonSlugSchema });
export const UpdateOrgTypeSchema = OrgTypeFields.extend({ id: IdSchema });
export type OrgTypeInput = z.infer<typeof OrgTypeFields>;

export const DeleteTaxonSchema = z.object({ id: IdSchema });

/** The translation rows a form describes: one per locale with a name. */
export function translationsOf(
  input: Partial<Record<NameKey | DescriptionKey, string>>,
): { locale: ContentLocale; name: string; description: string }[] {
  return CONTENT_LOCALES.flatMap((locale) => {
    const name = input[`name_${locale}`] ?? "";
    return name ? [{ locale, name, description: input[`description_${locale}`] ?? "" }] : [];
  });
}
