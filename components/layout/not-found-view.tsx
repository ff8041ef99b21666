import Link from "next/link";
import type { UiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

/**
 * The 404 page's content. Neither a server nor a client component of its own: the server renders
 * it into the HTML of a 404 response (not-found-response.tsx), and the `[locale]/not-found.tsx`
 * boundary renders the same markup when a client-side navigation meets a missing page.
 */
export function NotFoundView({ locale }: { locale: UiLocale }) {
  const t = getMessages(locale).notFound;
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-brand-700 dark:text-brand-300 text-6xl font-bold">404</p>
      <h1 className="mt-4 text-2xl font-semibold">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.body}</p>
      <div className="mt-8 flex justify-center gap-4">
        <Link
          href={`/${locale}`}
          className="bg-brand-700 hover:bg-brand-800 rounded-lg px-4 py-2 font-medium text-white"
        >
          {t.home}
        </Link>
        <Link
          href={`/${locale}/initiatives`}
          className="rounded-lg border border-slate-300 px-4 py-2 dark:border-slate-700"
        >
          {t.search}
        </Link>
      </div>
    </div>
  );
}
