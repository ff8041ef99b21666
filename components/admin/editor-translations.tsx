"use client";

import { useState, type KeyboardEvent } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  buttonClass,
  inputClass,
  SelectField,
  TextArea,
  TextField,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { MarkdownEditor } from "@/components/admin/editor-markdown";
import { capitalized } from "@/lib/admin-i18n/format";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/i18n/locales";
import {
  EDITOR_LIMITS,
  isEmptyTranslation,
  TAB_LOCALES,
  TRANSLATION_STATUSES,
  type InitiativeEditorInput,
} from "@/lib/initiatives/editor-schema";

type Status = (typeof TRANSLATION_STATUSES)[number];

const STATUS_STYLES: Record<Status, string> = {
  MISSING: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  MACHINE: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  DRAFT: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  REVIEWED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
};

export function StatusBadge({ status }: { status: Status }) {
  const { m } = useAdminText();
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[status]}`}>
      {m.editor.translationStatus[status]}
    </span>
  );
}

export const tabId = (locale: ContentLocale) => `tab-${locale}`;
export const panelId = (locale: ContentLocale) => `panel-${locale}`;

/** Locales with a tab: English, Russian and Kazakh always, others once written or added. */
export function shownLocales(
  translations: InitiativeEditorInput["translations"],
  added: readonly ContentLocale[],
): ContentLocale[] {
  return CONTENT_LOCALES.filter(
    (locale) =>
      TAB_LOCALES.includes(locale) ||
      added.includes(locale) ||
      !isEmptyTranslation(translations[locale]),
  );
}

/** Per-language content in tabs (WAI-ARIA tabs: arrow keys, Home and End move between them). */
export function EditorTranslations({
  translations,
  update,
  errors,
  active,
  onActivate,
  added,
  onAdd,
  readOnly,
}: {
  readOnly: boolean;
  translations: InitiativeEditorInput["translations"];
  update: EditorUpdate;
  errors: FieldErrors;
  active: ContentLocale;
  onActivate: (locale: ContentLocale) => void;
  added: readonly ContentLocale[];
  onAdd: (locale: ContentLocale) => void;
}) {
  const { m } = useAdminText();
  const shown = shownLocales(translations, added);
  const addable = CONTENT_LOCALES.filter((locale) => !shown.includes(locale));
  const [toAdd, setToAdd] = useState<ContentLocale | "">("");

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = shown.indexOf(active);
    const next =
      event.key === "ArrowRight"
        ? shown[(index + 1) % shown.length]
        : event.key === "ArrowLeft"
          ? shown[(index - 1 + shown.length) % shown.length]
          : event.key === "Home"
            ? shown[0]
            : event.key === "End"
              ? shown.at(-1)
              : undefined;
    if (!next) return;
    event.preventDefault();
    onActivate(next);
    document.getElementById(tabId(next))?.focus();
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div
          role="tablist"
          aria-label={m.editor.tabs.label}
          className="flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-700"
        >
          {shown.map((locale) => {
            const selected = locale === active;
            const hasErrors = Object.keys(errors).some(
              (key) => key.startsWith(`translations.${locale}.`) && errors[key]?.length,
            );
            return (
              <button
                key={locale}
                type="button"
                role="tab"
                id={tabId(locale)}
                aria-selected={selected}
                aria-controls={panelId(locale)}
                tabIndex={selected ? 0 : -1}
                onClick={() => onActivate(locale)}
                onKeyDown={onKeyDown}
                className={`-mb-px flex items-center gap-2 rounded-t-lg border px-3 py-2 text-sm ${
                  selected
                    ? "border-slate-200 border-b-white bg-white font-semibold dark:border-slate-700 dark:border-b-slate-900 dark:bg-slate-900"
                    : "border-transparent text-slate-700 hover:bg-slate-50 dark:text-slate-300 dark:hover:bg-slate-800"
                }`}
              >
                {capitalized(m.editor.languages[locale])}
                <StatusBadge status={translations[locale].status} />
                {hasErrors ? (
                  <span className="font-bold text-red-700 dark:text-red-400">
                    !<span className="sr-only"> {m.editor.tabs.hasErrors}</span>
                  </span>
                ) : null}
              </button>
            );
          })}
        </div>
        {addable.length && !readOnly ? (
          <div className="flex items-end gap-2">
            <div>
              <label htmlFor="add-language" className="block text-sm">
                {m.editor.tabs.add}
              </label>
              <select
                id="add-language"
                value={toAdd}
                onChange={(event) => setToAdd(event.target.value as ContentLocale | "")}
                className={inputClass}
              >
                <option value="">{m.editor.tabs.choose}</option>
                {addable.map((locale) => (
                  <option key={locale} value={locale}>
                    {capitalized(m.editor.languages[locale])}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className={buttonClass}
              disabled={!toAdd}
              onClick={() => {
                if (!toAdd) return;
                onAdd(toAdd);
                onActivate(toAdd);
                setToAdd("");
              }}
            >
              {m.editor.tabs.addButton}
            </button>
          </div>
        ) : null}
      </div>
      {/* The tabs stay usable when the entry is read-only; the fields do not. */}
      <fieldset disabled={readOnly} className="min-w-0">
        {shown.map((locale) => (
          <TranslationPanel
            key={locale}
            locale={locale}
            hidden={locale !== active}
            value={translations[locale]}
            update={update}
            errors={errors}
          />
        ))}
      </fieldset>
    </div>
  );
}

function TranslationPanel({
  locale,
  hidden,
  value,
  update,
  errors,
}: {
  locale: ContentLocale;
  hidden: boolean;
  value: InitiativeEditorInput["translations"]["en"];
  update: EditorUpdate;
  errors: FieldErrors;
}) {
  const { m } = useAdminText();
  const f = m.editor.fields;
  const path = `translations.${locale}`;
  const set = (field: Exclude<keyof typeof value, "status">) => (text: string) =>
    update((draft) => {
      draft.translations[locale][field] = text;
      // Writing in an empty language starts a draft translation.
      if (draft.translations[locale].status === "MISSING" && text.trim())
        draft.translations[locale].status = "DRAFT";
    });
  return (
    <div
      role="tabpanel"
      id={panelId(locale)}
      aria-labelledby={tabId(locale)}
      hidden={hidden}
      className="space-y-4"
    >
      <TextField
        path={`${path}.name`}
        label={f.name}
        lang={locale}
        value={value.name}
        onChange={set("name")}
        errors={errors}
        maxLength={EDITOR_LIMITS.name}
      />
      <TextArea
        path={`${path}.summary`}
        label={f.summary}
        hint={f.summaryHint}
        lang={locale}
        rows={2}
        value={value.summary}
        onChange={set("summary")}
        errors={errors}
        maxLength={EDITOR_LIMITS.summary}
      />
      <MarkdownEditor
        path={`${path}.description`}
        label={f.description}
        lang={locale}
        value={value.description}
        onChange={set("description")}
        errors={errors}
        maxLength={EDITOR_LIMITS.description}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          path={`${path}.region`}
          label={f.region}
          lang={locale}
          value={value.region}
          onChange={set("region")}
          errors={errors}
          maxLength={EDITOR_LIMITS.place}
        />
        <TextField
          path={`${path}.city`}
          label={f.city}
          lang={locale}
          value={value.city}
          onChange={set("city")}
          errors={errors}
          maxLength={EDITOR_LIMITS.place}
        />
        <SelectField
          path={`${path}.status`}
          label={f.status}
          value={value.status}
          onChange={(status) =>
            update((draft) => void (draft.translations[locale].status = status))
          }
          errors={errors}
          options={TRANSLATION_STATUSES.map((status) => ({
            value: status,
            label: m.editor.translationStatus[status],
          }))}
        />
      </div>
    </div>
  );
}
