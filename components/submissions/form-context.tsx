"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { UiLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { fieldErrorText, type SubmitMessages } from "@/lib/submissions/form-state";

export interface SubmitFormContext {
  locale: UiLocale;
  t: SubmitMessages;
  linkLabels: Messages["links"];
  /** What to show in the fields: the echoed input after an error, or the stored data. */
  values: Record<string, unknown>;
  errors: Record<string, string[] | undefined>;
}

const Context = createContext<SubmitFormContext | null>(null);

export function SubmitFormProvider({
  value,
  children,
}: {
  value: SubmitFormContext;
  children: ReactNode;
}) {
  return <Context value={value}>{children}</Context>;
}

export function useSubmitForm() {
  const context = useContext(Context);
  if (!context) throw new Error("useSubmitForm outside SubmitFormProvider");
  const { locale, t, linkLabels, values, errors } = context;
  return {
    ...context,
    text: (key: string) => (typeof values[key] === "string" ? (values[key] as string) : ""),
    list: (key: string) => {
      const value = values[key];
      return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
    },
    flag: (key: string) => values[key] === true || values[key] === "on",
    error: (field: string) => fieldErrorText(locale, t, errors, field, linkLabels),
  };
}

/** Element ids of a field, its help text and its error (for labels and aria-describedby). */
export function fieldIds(name: string) {
  const id = `submit-${name.replace(/\./g, "-")}`;
  return { id, help: `${id}-help`, error: `${id}-error` };
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}
