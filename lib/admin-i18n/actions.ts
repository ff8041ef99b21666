"use server";

import { cookies } from "next/headers";
import { ADMIN_LOCALE_COOKIE, isAdminLocale } from "@/lib/admin-i18n/locales";

/**
 * Remembers the staff area's language. Open to anyone (the sign-in page has the switcher too):
 * it only sets a cookie to one of two values. Setting a cookie re-renders the current page.
 */
export async function setAdminLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isAdminLocale(locale)) return;
  (await cookies()).set(ADMIN_LOCALE_COOKIE, locale, {
    path: "/admin",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
}
