import type { UiLocale } from "@/lib/i18n/locales";
import { en, type Messages } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";

const MESSAGES: Record<UiLocale, Messages> = { en, ru, kk };

export function getMessages(locale: UiLocale): Messages {
  return MESSAGES[locale];
}

export type { Messages };
