import Link from "next/link";
import { HighlightedText } from "@/components/search/highlighted-text";
import type { InitiativeCardDto } from "@/lib/initiatives/queries";
import type { UiLocale } from "@/lib/i18n/locales";
import type { HighlightSegment } from "@/lib/search/types";

interface Props {
  initiative: InitiativeCardDto;
  locale: UiLocale;
  snippet?: HighlightSegment[] | null;
  headingLevel?: 2 | 3;
}

export function InitiativeCard({ initiative, locale, snippet, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const lang = initiative.isFallback ? initiative.contentLocale : undefined;
  return (
    <article className="focus-within:border-brand-600 hover:border-brand-600 relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 transition hover:shadow-sm dark:border-slate-800 dark:bg-slate-950">
      <Heading className="text-lg leading-snug font-semibold" lang={lang}>
        <Link
          href={`/${locale}/initiatives/${initiative.slug}`}
          className="after:absolute after:inset-0 hover:underline focus-visible:outline-none"
        >
          {initiative.name}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {initiative.countries.map((c) => c.name).join(", ")}
        {initiative.primaryCause ? ` · ${initiative.primaryCause.name}` : null}
      </p>
      <p className="mt-3 line-clamp-4 text-sm leading-6" lang={lang}>
        {snippet ? <HighlightedText segments={snippet} /> : initiative.summary}
      </p>
    </article>
  );
}
