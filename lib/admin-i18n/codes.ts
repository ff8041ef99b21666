import type { AdminMessages } from "@/lib/admin-i18n/en";
import { t } from "@/lib/admin-i18n/format";
import type { AdminLocale } from "@/lib/admin-i18n/locales";

/**
 * Message codes: a message is named by its path in the admin dictionary ("initiatives.notFound")
 * plus placeholder values, and put into words only where it is shown, in the reader's language.
 * Actions return `code` and `params` beside `message`; zod schemas and field errors, which can
 * only carry strings, hold the code encoded by `msg()`. A string that is not an encoded code is
 * shown as it is, so plain text from code not yet using codes still reads correctly.
 */

/** Placeholder values; a value may itself be an encoded code (a state name, a role). */
export type MessageParams = Record<string, string | number>;

/** Every dotted path that leads to a string in the dictionary. */
export type MessageCode = Paths<AdminMessages>;

type Paths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends readonly unknown[]
      ? never
      : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Marks an encoded code; chosen because no message text starts with it. */
const MARK = "@@";

/** Encodes a code and its values into one string (for zod messages and field errors). */
export function msg(code: MessageCode, params?: MessageParams): string {
  return params ? `${MARK}${code}${JSON.stringify(params)}` : `${MARK}${code}`;
}

/** The code and values inside an encoded string, or null for plain text. */
export function decodeMessage(text: string): { code: string; params?: MessageParams } | null {
  if (!text.startsWith(MARK)) return null;
  const body = text.slice(MARK.length);
  const brace = body.indexOf("{");
  if (brace === -1) return { code: body };
  try {
    return { code: body.slice(0, brace), params: JSON.parse(body.slice(brace)) as MessageParams };
  } catch {
    return { code: body.slice(0, brace) };
  }
}

function lookup(m: AdminMessages, code: string): string | undefined {
  let node: unknown = m;
  for (const key of code.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "string" ? node : undefined;
}

/** Puts a code into words; an unknown code is shown as is rather than hidden. */
export function resolveCode(
  m: AdminMessages,
  locale: AdminLocale,
  code: string,
  params?: MessageParams,
): string {
  const template = lookup(m, code);
  if (template === undefined) return code;
  if (!params) return t(locale, template, undefined);
  const values = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === "string" ? resolveText(m, locale, value) : value,
    ]),
  );
  return t(locale, template, values);
}

/** An encoded code in words, or plain text unchanged. */
export function resolveText(m: AdminMessages, locale: AdminLocale, text: string): string {
  const decoded = decodeMessage(text);
  return decoded ? resolveCode(m, locale, decoded.code, decoded.params) : text;
}

/** An action's outcome in words: by its code when it has one, else its message. */
export function resolveState(
  m: AdminMessages,
  locale: AdminLocale,
  state: { message?: string; code?: string; params?: MessageParams } | null | undefined,
): string {
  if (!state) return "";
  if (state.code) return resolveCode(m, locale, state.code, state.params);
  return resolveText(m, locale, state.message ?? "");
}
