"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { resolveState, resolveText, type MessageParams } from "@/lib/admin-i18n/codes";
import { en, type AdminMessages } from "@/lib/admin-i18n/en";
import { t } from "@/lib/admin-i18n/format";
import type { AdminLocale } from "@/lib/admin-i18n/locales";

export interface AdminText {
  locale: AdminLocale;
  m: AdminMessages;
  /** Fills a dictionary template's placeholders. */
  fmt: (template: string, values?: Record<string, string | number>) => string;
  /** An encoded code (a field error, a zod message) in words; plain text unchanged. */
  say: (text: string | undefined) => string;
  /** An action's outcome in words. */
  sayState: (
    state: { message?: string; code?: string; params?: MessageParams } | null | undefined,
  ) => string;
}

const Context = createContext<AdminText | null>(null);

/**
 * The staff area's dictionary for client components, given once by the admin layout, so deep
 * components (the editor's many fields) need no dictionary props threaded through every level.
 */
export function AdminI18nProvider({
  locale,
  m,
  children,
}: {
  locale: AdminLocale;
  m: AdminMessages;
  children: ReactNode;
}) {
  const value = useMemo(() => adminText(locale, m), [locale, m]);
  return <Context value={value}>{children}</Context>;
}

function adminText(locale: AdminLocale, m: AdminMessages): AdminText {
  return {
    locale,
    m,
    fmt: (template, values) => t(locale, template, values),
    say: (text) => (text ? resolveText(m, locale, text) : ""),
    sayState: (state) => resolveState(m, locale, state),
  };
}

const ENGLISH = adminText("en", en);

/** The dictionary in use; English outside a provider (component tests, a stray public use). */
export function useAdminText(): AdminText {
  return useContext(Context) ?? ENGLISH;
}

/** Encoded messages in words, for components that cannot call hooks (shared with the server). */
export function Said({ texts }: { texts: readonly string[] | undefined }) {
  const { say } = useAdminText();
  return texts?.length ? texts.map(say).join(" ") : null;
}
