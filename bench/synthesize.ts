/**
 * One synthetic initiative, made from a seed article (its template): a coined name in Latin and
 * Cyrillic, the template's summary and description in every language it has (en and ru always,
 * kk where the seed has it), its own name put in place of the template's names, aliases and
 * handles, paragraphs mixed in from other seeds, and taxonomy drawn around the template's.
 */
import { normalizeLink } from "../lib/initiatives/links";
import { slugify } from "../lib/text/slug";
import type { SeedTranslation, InitiativeSeed } from "../prisma/seed/types";
import { CAUSES, ORG_TYPES, type CauseSlug, type CountryCode } from "../prisma/seed/taxonomy";
import { CITIES, COUNTRY_WEIGHTS, DESCRIPTORS, SYLLABLES, type Trio } from "./corpus";
import { uuidV7, type Random } from "./random";

export type TextLocale = "en" | "ru" | "kk";

export interface SyntheticTranslation {
  locale: TextLocale;
  name: string;
  summary: string;
  description: string;
  city: string | null;
  region: string | null;
  status: "MACHINE" | "DRAFT" | "REVIEWED";
}

export interface SyntheticInitiative {
  id: string;
  slug: string;
  published: boolean;
  /** Timestamps as "YYYY-MM-DD HH:MM:SS" in UTC, as Prisma stores them. */
  publishedAt: string | null;
  activityStatus: "ACTIVE" | "PAUSED" | "CLOSED";
  lastVerifiedAt: string | null;
  foundedYear: number | null;
  sensitive: boolean;
  orgType: string;
  causes: CauseSlug[];
  countries: CountryCode[];
  translations: SyntheticTranslation[];
  aliases: string[];
  website: string;
}

const LOCALES: readonly TextLocale[] = ["en", "ru", "kk"];
const CAUSE_SLUGS = Object.keys(CAUSES) as CauseSlug[];
const TYPE_SLUGS = Object.keys(ORG_TYPES);
const FIRST = Date.UTC(2019, 0, 1);
const LAST = Date.UTC(2026, 9, 31);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const timestamp = (millis: number) => new Date(millis).toISOString().slice(0, 19).replace("T", " ");

/** The template's own names, aliases and handles, longest first, as whole words. */
function ownNamesPattern(seed: InitiativeSeed): RegExp {
  const names = [
    ...Object.values(seed.translations).map((t) => t.name),
    ...seed.aliases,
    ...seed.links.map((link) => link.value),
  ];
  const unique = [...new Set(names)].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

export interface Template {
  seed: InitiativeSeed;
  pattern: RegExp;
  paragraphs: Partial<Record<TextLocale, string[]>>;
}

export function toTemplates(seeds: readonly InitiativeSeed[]): Template[] {
  return seeds.map((seed) => ({
    seed,
    pattern: ownNamesPattern(seed),
    paragraphs: Object.fromEntries(
      LOCALES.flatMap((locale) => {
        const text = seed.translations[locale];
        return text ? [[locale, text.description.split("\n\n")]] : [];
      }),
    ),
  }));
}

function coinedName(random: Random): { latin: string; cyrillic: string } {
  const parts = random.sample(SYLLABLES, random.chance(0.6) ? 2 : 3);
  // Reduplicated names (Bulbul) exist, but are rare.
  if (random.chance(0.03)) parts[1] = parts[0]!;
  return {
    latin: capitalize(parts.map(([latin]) => latin).join("")),
    cyrillic: capitalize(parts.map(([, cyrillic]) => cyrillic).join("")),
  };
}

function names(random: Random, coined: { latin: string; cyrillic: string }): Trio {
  if (random.chance(0.4)) {
    const ru = random.chance(0.6) ? coined.cyrillic : coined.latin;
    return { en: coined.latin, ru, kk: coined.cyrillic };
  }
  const part = random.pick(DESCRIPTORS);
  return {
    en: `${coined.latin} ${part.en}`,
    ru: `${part.ru} «${coined.cyrillic}»`,
    kk: `«${coined.cyrillic}» ${part.kk}`,
  };
}

/** The template's paragraphs with another seed's paragraph mixed in, some reordered or cut. */
function description(random: Random, templates: Template[], own: Template, locale: TextLocale) {
  const paragraphs = [...(own.paragraphs[locale] ?? [])];
  const other = random.pick(templates);
  const borrowed = other.paragraphs[locale];
  if (borrowed && borrowed.length > 1 && paragraphs.length > 1 && random.chance(0.5)) {
    const text = random.pick(borrowed.slice(1)).replace(other.pattern, "{name}");
    paragraphs[random.int(1, paragraphs.length - 1)] = text;
  }
  if (paragraphs.length > 2 && random.chance(0.25)) paragraphs.pop();
  if (random.chance(0.3)) paragraphs.push(...paragraphs.splice(1, 1));
  return paragraphs.join("\n\n");
}

function countries(random: Random): CountryCode[] {
  const primary = random.weighted(COUNTRY_WEIGHTS);
  if (!random.chance(0.08)) return [primary];
  const others = COUNTRY_WEIGHTS.map(([code]) => code).filter((code) => code !== primary);
  return [primary, ...random.sample(others, random.int(1, 3))];
}

function causes(random: Random, seed: InitiativeSeed): CauseSlug[] {
  const list = [seed.primaryCause, ...seed.causes.filter((c) => c !== seed.primaryCause)];
  if (random.chance(0.3)) {
    const spare = CAUSE_SLUGS.filter((slug) => !list.includes(slug));
    list[random.int(0, list.length - 1)] = random.pick(spare);
  }
  return list;
}

export function synthesize(
  index: number,
  random: Random,
  templates: Template[],
): SyntheticInitiative {
  const template = random.pick(templates);
  const { seed } = template;
  const coined = coinedName(random);
  const name = names(random, coined);
  const countryCodes = countries(random);
  const city = random.chance(0.4)
    ? random.weighted(CITIES[countryCodes[0]!].map((c) => [c, c.weight] as const))
    : null;
  const published = random.chance(0.9);
  const publishedMillis = FIRST + Math.floor(random.next() * (LAST - FIRST));
  const locales = LOCALES.filter((locale) => seed.translations[locale]);
  const slug = `${slugify(name.en).slice(0, 60).replace(/-+$/, "")}-${(index + 1).toString(36)}`;

  const translations = locales.map((locale): SyntheticTranslation => {
    const source = seed.translations[locale] as SeedTranslation;
    const own = name[locale];
    const text = description(random, templates, template, locale);
    return {
      locale,
      name: own,
      summary: source.summary.replace(template.pattern, own),
      description: text.replace(template.pattern, own).replaceAll("{name}", own),
      city: city?.name[locale] ?? null,
      region: city?.region?.[locale] ?? null,
      status: random.weighted([
        ["REVIEWED", 6],
        ["DRAFT", 2.5],
        ["MACHINE", 1.5],
      ] as const),
    };
  });
  const acronym = name.en
    .split(/[\s-]+/)
    .map((word) => word[0])
    .join("")
    .toUpperCase();
  // Other spellings, as people type them: the Cyrillic form, j written zh, an acronym.
  const variant = coined.latin.replace(/j/g, "zh");
  const aliases = [
    coined.latin,
    coined.cyrillic,
    variant,
    ...(acronym.length > 2 ? [acronym] : []),
  ];
  const website = normalizeLink("WEBSITE", `https://${slug}.example.org`);
  if (!website.ok) throw new Error(`${slug}: ${website.error}`);

  return {
    id: uuidV7(FIRST + index, random),
    slug,
    published,
    publishedAt: published ? timestamp(publishedMillis) : null,
    activityStatus: random.weighted([
      ["ACTIVE", 85],
      ["PAUSED", 8],
      ["CLOSED", 7],
    ] as const),
    lastVerifiedAt:
      published && random.chance(0.6) ? timestamp(publishedMillis).slice(0, 10) : null,
    foundedYear: random.chance(0.7) ? random.int(1995, 2025) : null,
    sensitive: seed.sensitive,
    orgType: random.chance(0.15) ? random.pick(TYPE_SLUGS) : seed.type,
    causes: causes(random, seed),
    countries: countryCodes,
    translations,
    aliases: [...new Set(aliases)],
    website: website.url,
  };
}
