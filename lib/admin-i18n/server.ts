import "server-only";
import { cookies } from "next/headers";
import {
  ADMIN_LOCALE_COOKIE,
  getAdminMessages,
  parseAdminLocale,
  type AdminLocale,
  type AdminMessages,
} from "@/lib/admin-i18n";

/** The staff member's chosen interface language (English until they pick another). */
export async function getAdminLocale(): Promise<AdminLocale> {
  return parseAdminLocale((await cookies()).get(ADMIN_LOCALE_COOKIE)?.value);
}

export async function getAdminI18n(): Promise<{ locale: AdminLocale; m: AdminMessages }> {
  const locale = await getAdminLocale();
  return { locale, m: getAdminMessages(locale) };
}
