"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, type UiLocale } from "@/lib/i18n/locales";

const LocaleContext = createContext<UiLocale>(DEFAULT_LOCALE);

/**
 * The interface language as the server resolved it. Client components read it here rather than
 * from the URL, which differs for rewritten addresses (an unknown language prefix shows the 404
 * page in the visitor's language).
 */
export function LocaleProvider({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function useLocale(): UiLocale {
  return useContext(LocaleContext);
}
