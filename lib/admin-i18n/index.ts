import type { AdminLocale } from "@/lib/admin-i18n/locales";
import { en, type AdminMessages } from "./en";
import { ru } from "./ru";

const MESSAGES: Record<AdminLocale, AdminMessages> = { en, ru };

/** The staff area's dictionary. Client components get the parts they need as props. */
export function getAdminMessages(locale: AdminLocale): AdminMessages {
  return MESSAGES[locale];
}

export * from "@/lib/admin-i18n/format";
export * from "@/lib/admin-i18n/locales";
export type { AdminMessages };
