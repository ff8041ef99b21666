import Link from "next/link";
import type { InitiativeCardDto } from "@/lib/initiatives/queries";
import type { UiLocale } from "@/lib/i18n/locales";

export function InitiativeCard({
  initiative,
  locale,
}: {
  initiative: InitiativeCardDto;
  locale: UiLocale;
}) {
  return (
    <article className="hover:border-brand-600 flex h-full flex-col rounded-xl border border-slate-200 p-5 transition hover:shadow-sm dark:border-slate-800">
      <h3
        className="text-lg font-semibold"
        lang={initiative.isFallback ? initiative.contentLocale : undefined}
      >
        <Link
          href={`/${locale}/initiatives/${initiative.slug}`}
          className="after:absolute hover:underline"
        >
          {initiative.name}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {initiative.countries.map((c) => c.name).join(", ")}
        {initiative.primaryCause ? ` · ${initiative.primaryCause.name}` : null}
      </p>
      <p
        className="mt-3 line-clamp-3 text-sm leading-6"
        lang={initiative.isFallback ? initiative.contentLocale : undefined}
      >
        {initiative.summary}
      </p>
    </article>
  );
}
