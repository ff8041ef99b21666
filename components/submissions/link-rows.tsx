"use client";

import { useState } from "react";
import { format } from "@/lib/i18n/format";
import { LINK_TYPES, type LinkTypeName } from "@/lib/initiatives/links";
import { FORM_LINK_ROWS, SUBMISSION_LIMITS } from "@/lib/submissions/schemas";
import { FieldError, Help, inputClass } from "./field";
import { describedBy, fieldIds, useSubmitForm } from "./form-context";
import { useHydrated } from "./use-hydrated";

interface Row {
  key: number;
  type: LinkTypeName;
  value: string;
}

/** Types offered first in empty rows: what most initiatives have. */
const SUGGESTED: LinkTypeName[] = ["WEBSITE", "INSTAGRAM", "TELEGRAM", "FACEBOOK"];

function initialRows(values: unknown): Row[] {
  const given = Array.isArray(values) ? values : [];
  const rows = given.slice(0, SUBMISSION_LIMITS.links).map((row: unknown, index) => {
    const { type, value } = (row ?? {}) as { type?: unknown; value?: unknown };
    return {
      key: index,
      type: (LINK_TYPES as readonly unknown[]).includes(type) ? (type as LinkTypeName) : "OTHER",
      value: typeof value === "string" ? value : "",
    };
  });
  for (let index = rows.length; index < FORM_LINK_ROWS; index++) {
    rows.push({ key: index, type: SUGGESTED[index] ?? "OTHER", value: "" });
  }
  return rows;
}

/**
 * Typed link rows. Without JavaScript a fixed number of rows is shown (empty ones are ignored);
 * with it, rows can be added up to the limit and removed. Each row always sends both its type and
 * its value, so the server pairs them by position.
 */
export function LinkRows() {
  const { locale, t, linkLabels, values, error } = useSubmitForm();
  const hydrated = useHydrated();
  const [rows, setRows] = useState<Row[]>(() => initialRows(values.links));
  const [nextKey, setNextKey] = useState(rows.length);
  const ids = fieldIds("links");
  const listError = error("links");

  const add = () => {
    setRows((current) => [...current, { key: nextKey, type: "OTHER", value: "" }]);
    setNextKey((key) => key + 1);
  };
  const remove = (key: number) => setRows((current) => current.filter((row) => row.key !== key));

  return (
    <fieldset aria-describedby={describedBy(ids.help, ids.error)} id={ids.id} tabIndex={-1}>
      <legend className="font-medium">
        {t.fields.links}
        <span className="text-sm font-normal text-slate-500 dark:text-slate-400">
          {" "}
          ({t.optional})
        </span>
      </legend>
      <Help id={ids.help}>{t.fields.linksHelp}</Help>
      <ol className="mt-3 space-y-3">
        {rows.map((row, index) => {
          const number = index + 1;
          const rowIds = fieldIds(`links.${index}.value`);
          const typeId = `${rowIds.id}-type`;
          const message = error(`links.${index}.value`);
          return (
            <li key={row.key} className="grid gap-2 sm:grid-cols-[11rem_1fr_auto] sm:items-start">
              <div>
                <label htmlFor={typeId} className="sr-only">
                  {format(locale, t.fields.linkType, { number })}
                </label>
                <select
                  id={typeId}
                  name="linkType"
                  defaultValue={row.type}
                  className={`${inputClass} mt-0`}
                >
                  {LINK_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {linkLabels[type]}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={rowIds.id} className="sr-only">
                  {format(locale, t.fields.linkValue, { number })}
                </label>
                <input
                  id={rowIds.id}
                  name="linkValue"
                  defaultValue={row.value}
                  inputMode="url"
                  autoComplete="off"
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? rowIds.error : undefined}
                  className={`${inputClass} mt-0`}
                />
                {message ? <FieldError id={rowIds.error} message={message} /> : null}
              </div>
              {hydrated && rows.length > 1 ? (
                <button
                  type="button"
                  onClick={() => remove(row.key)}
                  aria-label={format(locale, t.fields.removeLink, { number })}
                  title={format(locale, t.fields.removeLink, { number })}
                  className="size-10.5 justify-self-end rounded-lg border border-slate-300 text-lg leading-none hover:bg-slate-50 sm:justify-self-start dark:border-slate-700 dark:hover:bg-slate-900"
                >
                  <span aria-hidden="true">×</span>
                </button>
              ) : (
                <span aria-hidden="true" />
              )}
            </li>
          );
        })}
      </ol>
      {hydrated && rows.length < SUBMISSION_LIMITS.links ? (
        <button
          type="button"
          onClick={add}
          className="text-brand-700 dark:text-brand-300 mt-3 rounded-lg border border-dashed border-slate-400 px-3 py-2 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-900"
        >
          + {t.fields.addLink}
        </button>
      ) : null}
      <FieldError id={ids.error} message={listError} />
    </fieldset>
  );
}
