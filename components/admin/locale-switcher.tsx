"use client";

import { useFormStatus } from "react-dom";
import { ADMIN_LOCALE_NAMES, ADMIN_LOCALES, type AdminLocale } from "@/lib/admin-i18n/locales";
import { setAdminLocaleAction } from "@/lib/admin-i18n/actions";

function Buttons({ current }: { current: AdminLocale }) {
  const { pending } = useFormStatus();
  return ADMIN_LOCALES.map((locale) => (
    <button
      key={locale}
      type="submit"
      name="locale"
      value={locale}
      lang={locale}
      disabled={pending}
      aria-pressed={locale === current}
      className="rounded px-2 py-1 disabled:opacity-60 aria-pressed:bg-slate-200 aria-pressed:font-semibold dark:aria-pressed:bg-slate-800"
    >
      {ADMIN_LOCALE_NAMES[locale]}
    </button>
  ));
}

/** Switches the staff area's language (a cookie); works without JavaScript too. */
export function LocaleSwitcher({ current, label }: { current: AdminLocale; label: string }) {
  return (
    <form action={setAdminLocaleAction} className="flex items-center gap-1 text-sm">
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">{label}</legend>
        <Buttons current={current} />
      </fieldset>
    </form>
  );
}
