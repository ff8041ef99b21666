import type { Db } from "@/lib/db-client";
import { pickTranslation } from "@/lib/i18n/fallback";
import { articleKey } from "@/lib/imports/dedupe";
import type { HintContext } from "@/lib/imports/hints";

type Reader = Pick<Db, "country" | "cause" | "initiative">;

/**
 * The taxonomy and every initiative's names, aliases and cited articles, read once per import.
 * Archived entries are left out: nobody attaches new material to them.
 */
export async function loadHintContext(db: Reader): Promise<HintContext> {
  const [countries, causes, initiatives] = await Promise.all([
    db.country.findMany({ select: { code: true, translations: { select: { name: true } } } }),
    db.cause.findMany({ select: { slug: true, translations: { select: { name: true } } } }),
    db.initiative.findMany({
      where: { state: { not: "ARCHIVED" } },
      select: {
        id: true,
        slug: true,
        translations: { select: { locale: true, name: true } },
        aliases: { select: { value: true } },
        sources: { select: { url: true } },
      },
    }),
  ]);
  return {
    countries: countries.map((c) => ({ code: c.code, names: c.translations.map((t) => t.name) })),
    causes: causes.map((c) => ({ slug: c.slug, names: c.translations.map((t) => t.name) })),
    initiatives: initiatives.map((i) => ({
      id: i.id,
      name: pickTranslation(i.translations, "en")?.value.name ?? i.slug,
      names: [...i.translations.map((t) => t.name), ...i.aliases.map((a) => a.value)],
      sourceUrls: i.sources.flatMap((s) => articleKey(s.url) ?? []),
    })),
  };
}
