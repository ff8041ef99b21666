import { msg } from "@/lib/admin-i18n/codes";
import type { z } from "zod";
import type { Db } from "@/lib/db-client";
import { CONTENT_LOCALES } from "@/lib/i18n/locales";
import {
  emptyTranslation,
  InitiativeEditorSchema,
  isHttpUrl,
  type InitiativeEditorInput,
  type InitiativeEditorValues,
} from "@/lib/initiatives/editor-schema";
import type { DecodedRow } from "@/lib/transfer/csv";
import {
  TransferInitiativeSchema,
  type TransferFormat,
  type TransferInitiative,
  type TransferInitiativeInput,
} from "@/lib/transfer/format";

/**
 * One row of a file checked the way the editor checks a save: the transfer schema for the shape,
 * taxonomy codes resolved against the database, then the editor's own schema for the content
 * (so an import cannot store what the editor would refuse). The result is the record as it would
 * be stored and exported again, plus the editor values to write it with.
 */

export interface RowError {
  field: string;
  message: string;
}

export interface Taxonomy {
  countries: Set<string>;
  causes: Map<string, string>;
  orgTypes: Map<string, string>;
}

export async function loadTaxonomy(db: Pick<Db, "country" | "cause" | "orgType">) {
  // One after another: inside a transaction they share one connection.
  const countries = await db.country.findMany({ select: { code: true } });
  const causes = await db.cause.findMany({ select: { id: true, slug: true } });
  const orgTypes = await db.orgType.findMany({ select: { id: true, slug: true } });
  return {
    countries: new Set(countries.map((c) => c.code)),
    causes: new Map(causes.map((c) => [c.slug, c.id])),
    orgTypes: new Map(orgTypes.map((o) => [o.slug, o.id])),
  } satisfies Taxonomy;
}

export type ValidatedRow =
  | {
      ok: true;
      row: number;
      slug: string;
      record: TransferInitiative;
      /** Funders are still "new" and images absent: the importer resolves both when writing. */
      values: InitiativeEditorValues;
    }
  | { ok: false; row: number; slug: string; errors: RowError[] };

const EDITOR_TO_TRANSFER: Record<string, string> = {
  primaryCauseId: "primaryCause",
  orgTypeId: "orgType",
  sourceIndex: "source",
};

/** A path as the user's file names it: `name.ru` (a CSV column) or `translations.ru.name`. */
export function fieldName(path: readonly PropertyKey[], format: TransferFormat): string {
  const parts = path.map((part) => String(part));
  if (format === "csv" && parts[0] === "translations" && parts.length >= 3)
    return [parts[2], parts[1], ...parts.slice(3)].join(".");
  return parts.join(".") || "row";
}

function editorPath(path: readonly PropertyKey[]): PropertyKey[] {
  const out = path.map((part) => EDITOR_TO_TRANSFER[String(part)] ?? part);
  if (out[0] === "links" && out[2] === "value") out[2] = "url";
  return out;
}

function issues(error: z.ZodError, format: TransferFormat, map = (p: readonly PropertyKey[]) => p) {
  return error.issues.map((issue) => ({
    field: fieldName(map(issue.path), format),
    message: issue.message,
  }));
}

function editorInput(
  t: TransferInitiativeInput,
  refs: { causes: string[]; primaryCauseId: string; orgTypeId: string },
): InitiativeEditorInput {
  const translations = Object.fromEntries(
    CONTENT_LOCALES.map((locale) => [locale, t.translations[locale] ?? emptyTranslation()]),
  ) as InitiativeEditorInput["translations"];
  return {
    version: 0,
    slug: t.slug,
    translations,
    aliases: t.aliases,
    countries: t.countries,
    causes: refs.causes,
    primaryCauseId: refs.primaryCauseId,
    orgTypeId: refs.orgTypeId,
    foundedYear: t.foundedYear ?? null,
    activityStatus: t.activityStatus,
    lastVerifiedAt: t.lastVerifiedAt,
    sensitive: t.sensitive,
    featured: t.featured,
    links: t.links.map((l) => ({ type: l.type, value: l.url, label: l.label })),
    people: t.people,
    fundings: t.fundings.map((f) => ({
      funder: {
        kind: "new" as const,
        name: Object.values(f.funder.name)[0] ?? "",
        url: f.funder.url,
      },
      programme: f.programme,
      startYear: f.startYear ?? null,
      endYear: f.endYear ?? null,
    })),
    impacts: t.impacts.map((i) => ({
      label: i.label,
      value: i.value,
      unit: i.unit,
      year: i.year ?? null,
      sourceIndex: i.source,
    })),
    sources: t.sources,
    logo: null,
    cover: null,
  };
}

function canonical(t: TransferInitiativeInput, v: InitiativeEditorValues, now: Date) {
  const translations: TransferInitiative["translations"] = {};
  for (const locale of CONTENT_LOCALES) {
    const tr = v.translations[locale];
    if (!tr.name) continue;
    translations[locale] = {
      name: tr.name,
      summary: tr.summary,
      description: tr.description,
      region: tr.region || null,
      city: tr.city || null,
      status: tr.status,
    };
  }
  const record: TransferInitiative = {
    slug: t.slug,
    state: t.state,
    publishedAt: t.publishedAt,
    submittedAt: t.submittedAt,
    createdAt: t.createdAt ?? now.toISOString(),
    version: t.version,
    activityStatus: v.activityStatus,
    lastVerifiedAt: v.lastVerifiedAt || null,
    foundedYear: v.foundedYear,
    sensitive: v.sensitive,
    featured: v.featured,
    orgType: t.orgType,
    primaryCause: t.primaryCause,
    countries: v.countries,
    causes: [...new Set(t.causes)].sort(),
    translations,
    aliases: v.aliases.map((a) => ({ value: a.value, locale: a.locale || null })),
    links: v.links.map((l) => ({ type: l.type, url: l.value, label: l.label || null })),
    people: v.people.map((p) => ({ name: p.name, role: p.role, isPublic: p.isPublic })),
    fundings: v.fundings.map((f, i) => {
      const funder = t.fundings[i]!.funder;
      return {
        funder: { slug: funder.slug, name: funder.name, url: funder.url || null },
        programme: f.programme,
        startYear: f.startYear,
        endYear: f.endYear,
      };
    }),
    impacts: v.impacts.map((i) => ({
      label: i.label,
      value: i.value,
      unit: i.unit,
      year: i.year,
      source: i.sourceIndex,
    })),
    sources: v.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher || null,
      url: s.url || null,
      publishedAt: s.publishedAt || null,
      locale: s.locale || null,
    })),
    logo: t.logo,
    cover: t.cover,
  };
  return record;
}

export function validateRow(
  decoded: DecodedRow,
  taxonomy: Taxonomy,
  format: TransferFormat,
  now = new Date(),
): ValidatedRow {
  const rawSlug = decoded.input?.slug;
  const slug = typeof rawSlug === "string" ? rawSlug.trim() : "";
  const fail = (errors: RowError[]) => ({ ok: false as const, row: decoded.row, slug, errors });
  if (!decoded.input) return fail(decoded.errors);
  const parsed = TransferInitiativeSchema.safeParse(decoded.input);
  if (!parsed.success) return fail([...decoded.errors, ...issues(parsed.error, format)]);
  const t = parsed.data;
  const errors: RowError[] = [...decoded.errors];
  const add = (field: string, message: string) => errors.push({ field, message });

  const unknownCountries = t.countries
    .map((code) => code.trim().toUpperCase())
    .filter((code) => /^[A-Z]{2}$/.test(code) && !taxonomy.countries.has(code));
  if (unknownCountries.length)
    add("countries", msg("data.errors.unknownCountry", { codes: unknownCountries.join(", ") }));
  const unknownCauses = t.causes.filter((cause) => !taxonomy.causes.has(cause));
  if (unknownCauses.length)
    add("causes", msg("data.errors.unknownCause", { codes: unknownCauses.join(", ") }));
  const primaryCauseId = t.primaryCause ? taxonomy.causes.get(t.primaryCause) : "";
  if (primaryCauseId === undefined)
    add("primaryCause", msg("data.errors.unknownCause", { codes: t.primaryCause ?? "" }));
  const orgTypeId = t.orgType ? taxonomy.orgTypes.get(t.orgType) : "";
  if (orgTypeId === undefined)
    add("orgType", msg("data.errors.unknownOrgType", { code: t.orgType ?? "" }));
  if (t.state === "PUBLISHED" && !t.publishedAt) add("publishedAt", msg("data.errors.publishedAt"));
  t.fundings.forEach((f, i) => {
    if (f.funder.url && !isHttpUrl(f.funder.url))
      add(`fundings.${i}.funder.url`, msg("data.errors.funderUrl"));
  });

  const causes = t.causes.flatMap((cause) => {
    const id = taxonomy.causes.get(cause);
    return id ? [id] : [];
  });
  const editor = InitiativeEditorSchema.safeParse(
    editorInput(t, {
      causes: unknownCauses.length ? [] : causes,
      primaryCauseId: primaryCauseId ?? "",
      orgTypeId: orgTypeId ?? "",
    }),
  );
  if (!editor.success) {
    for (const issue of issues(editor.error, format, editorPath)) {
      // The taxonomy checks above already explain unresolved codes.
      if (unknownCauses.length && issue.field === "causes") continue;
      if (primaryCauseId === undefined && issue.field === "primaryCause") continue;
      errors.push(issue);
    }
  }
  if (errors.length || !editor.success) return fail(errors);
  return {
    ok: true,
    row: decoded.row,
    slug,
    record: canonical(t, editor.data, now),
    values: editor.data,
  };
}
