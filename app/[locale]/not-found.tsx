"use client";

import Link from "next/link";
import { useLocale } from "@/components/layout/locale-provider";
import { getMessages } from "@/lib/i18n/messages";

/** The 404 page, in the language of the address (it renders inside that language's layout). */
export default function NotFound() {
  const locale = useLocale();
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
