"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  buttonClass,
  dangerButtonClass,
  FieldError,
  fieldId,
  type FieldErrors,
} from "@/components/admin/editor-fields";

/**
 * A list of rows that can be added and removed, keyboard friendly: a new row gets the focus on its
 * first field; after a removal the focus goes to the add button, so it is never lost.
 */
export function Repeater<T>({
  path,
  text,
  items,
  max,
  errors,
  onAdd,
  onRemove,
  children,
}: {
  path: string;
  /** The list's words: legend, one row's name ("Link" → "Link 1"), the add button, empty text. */
  text: { legend: string; item: string; add: string; empty?: ReactNode };
  items: T[];
  max: number;
  errors: FieldErrors;
  onAdd: () => void;
  onRemove: (index: number) => void;
  children: (item: T, index: number) => ReactNode;
}) {
  const { m, fmt } = useAdminText();
  const r = m.editor.repeater;
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<"last" | "add" | null>(null);
  const count = items.length;

  useEffect(() => {
    if (focusAfter.current === "last") {
      list.current?.lastElementChild
        ?.querySelector<HTMLElement>("input, select, textarea")
        ?.focus();
    } else if (focusAfter.current === "add") {
      addButton.current?.focus();
    }
    focusAfter.current = null;
  }, [count]);

  return (
    <fieldset id={fieldId(path)} className="space-y-3">
      <legend className="text-base font-semibold">{text.legend}</legend>
      {count === 0 && text.empty ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{text.empty}</p>
      ) : null}
      <ol ref={list} className="space-y-3">
        {items.map((item, index) => (
          <li key={index} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <fieldset className="space-y-3">
              <legend className="sr-only">
                {fmt(r.item, { item: text.item, number: index + 1 })}
              </legend>
              <div className="flex items-center justify-between gap-2">
                <span aria-hidden="true" className="text-sm font-semibold">
                  {fmt(r.item, { item: text.item, number: index + 1 })}
                </span>
                <button
                  type="button"
                  className={dangerButtonClass}
                  onClick={() => {
                    focusAfter.current = "add";
                    onRemove(index);
                  }}
                >
                  {r.remove}
                  <span className="sr-only">
                    {" "}
                    {fmt(r.removeItem, { item: text.item.toLowerCase(), number: index + 1 })}
                  </span>
                </button>
              </div>
              {children(item, index)}
            </fieldset>
          </li>
        ))}
      </ol>
      <FieldError path={path} errors={errors} />
      <button
        ref={addButton}
        type="button"
        className={buttonClass}
        disabled={count >= max}
        onClick={() => {
          focusAfter.current = "last";
          onAdd();
        }}
      >
        {text.add}
      </button>
      {count >= max ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{fmt(r.limit, { max })}</p>
      ) : null}
    </fieldset>
  );
}
