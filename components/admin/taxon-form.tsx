"use client";

import { useActionState } from "react";
import { Said } from "@/components/admin/admin-i18n-provider";
import { TextField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { t } from "@/lib/admin-i18n/format";
import type { AdminLocale } from "@/lib/admin-i18n/locales";
import { CONTENT_LOCALES, isUiLocale, type ContentLocale } from "@/lib/i18n/locales";

type Messages = AdminMessages["taxonomy"];

export interface TaxonFormInitial {
  id?: string;
  slug: string;
  sortOrder: number;
  sdgs: number[];
  translations: Partial<Record<ContentLocale, { name: string; description: string }>>;
}

const SDGS = Array.from({ length: 17 }, (_, index) => index + 1);

/** Create or edit a cause (names, descriptions, SDGs) or an organisation type (names). */
export function TaxonForm({
  kind,
  action: serverAction,
  initial,
  locale,
  m,
}: {
  kind: "cause" | "orgType";
  action: (state: ActionState | undefined, formData: FormData) => Promise<ActionState>;
  initial: TaxonFormInitial;
  locale: AdminLocale;
  m: Messages;
}) {
  const [state, action] = useActionState(serverAction, undefined);
  const creating = !initial.id;
  const echoed = state && !state.ok ? state.values : undefined;
  const errors = state?.fieldErrors ?? {};
  const text = (key: string, fallback: string | number) => {
    const value = echoed?.[key];
    return typeof value === "string" ? value : String(fallback);
  };
  const checkedSdgs = echoed
    ? new Set([echoed.sdgs ?? []].flat().map(Number))
    : new Set(initial.sdgs);
  const withDescription = kind === "cause";

  const localeFields = (code: ContentLocale) => {
    const language = m.languages[code];
    const current = initial.translations[code];
    return (
      <div key={code} className="grid gap-4 md:grid-cols-[1fr_2fr]" lang={code}>
        <TextField
          id={`name_${code}`}
          name={`name_${code}`}
          label={`${t(locale, m.fields.name, { language })}${isUiLocale(code) ? " *" : ""}`}
          required={isUiLocale(code)}
          maxLength={120}
          defaultValue={text(`name_${code}`, current?.name ?? "")}
          error={errors[`name_${code}`]?.[0]}
        />
        {withDescription ? (
          <TextField
            id={`description_${code}`}
            name={`description_${code}`}
            label={t(locale, m.fields.description, { language })}
            multiline
            maxLength={2000}
            defaultValue={text(`description_${code}`, current?.description ?? "")}
            error={errors[`description_${code}`]?.[0]}
          />
        ) : null}
      </div>
    );
  };
  const primary = CONTENT_LOCALES.filter(isUiLocale);
  const more = CONTENT_LOCALES.filter((code) => !isUiLocale(code));
  const moreHasError = more.some((code) => errors[`name_${code}`] || errors[`description_${code}`]);
  const moreHasValue = more.some((code) => initial.translations[code]);

  return (
    <form action={action} noValidate className="space-y-6">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {creating ? (
          <TextField
            id="slug"
            name="slug"
            label={`${m.fields.slug} *`}
            required
            maxLength={60}
            hint={m.fields.slugHint}
            defaultValue={text("slug", "")}
            error={errors.slug?.[0]}
          />
        ) : (
          <div>
            <p className="mb-1 text-sm font-medium">{m.fields.slug}</p>
            <p className="font-mono">{initial.slug}</p>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{m.fields.slugFixed}</p>
          </div>
        )}
        <TextField
          id="sortOrder"
          name="sortOrder"
          type="number"
          min={0}
          max={9999}
          label={m.fields.sortOrder}
          hint={m.fields.sortOrderHint}
          defaultValue={text("sortOrder", initial.sortOrder)}
          error={errors.sortOrder?.[0]}
        />
      </div>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{m.fields.names}</legend>
        {primary.map(localeFields)}
        <details open={moreHasError || moreHasValue} className="space-y-4">
          <summary className="cursor-pointer text-sm font-medium">{m.fields.moreLanguages}</summary>
          <div className="mt-4 space-y-4">{more.map(localeFields)}</div>
        </details>
      </fieldset>

      {kind === "cause" ? (
        <fieldset aria-describedby={errors.sdgs ? "sdgs-error" : undefined}>
          <legend className="mb-2 text-lg font-semibold">{m.fields.sdgs}</legend>
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {SDGS.map((goal) => (
              <label key={goal} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="sdgs"
                  value={goal}
                  defaultChecked={checkedSdgs.has(goal)}
                  className="mt-1"
                />
                <span>
                  {t(locale, m.fields.sdg, { number: goal, name: m.sdgNames[goal - 1] ?? "" })}
                </span>
              </label>
            ))}
          </div>
          {errors.sdgs ? (
            <p id="sdgs-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
              <Said texts={errors.sdgs.slice(0, 1)} />
            </p>
          ) : null}
        </fieldset>
      ) : null}

      <FormStatus state={state} />
      <div className="w-fit">
        {creating ? (
          <SubmitButton pendingLabel={m.creating}>{m.create}</SubmitButton>
        ) : (
          <SubmitButton pendingLabel={m.saving}>{m.save}</SubmitButton>
        )}
      </div>
    </form>
  );
}
