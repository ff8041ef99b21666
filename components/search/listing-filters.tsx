"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { ListingQuery, Sort } from "@/lib/search/schemas";
import type { FacetName, FacetValue } from "@/lib/search/types";

interface Props {
  query: ListingQuery;
  sort: Sort;
  facets: Record<FacetName, FacetValue[]>;
  labels: Messages["listing"];
}

const FACETS: FacetName[] = ["country", "cause", "type", "lang", "status"];
const SEARCH_DELAY_MS = 350;

/** The URL a filter form describes: empty values and the first page left out. */
function urlFor(pathname: string, form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() && key !== "page")
      params.append(key, value.trim());
  }
  // The default sort (relevance when searching, else recent) stays out of the URL, so typing a
  // query switches to relevance by itself.
  if (params.get("sort") === (params.get("q") ? "relevance" : "recent")) params.delete("sort");
  const text = params.toString();
  return text ? `${pathname}?${text}` : pathname;
}

/**
 * A plain GET form (it works without JavaScript); with JavaScript, every change applies at once
 * without a full reload, and the URL stays shareable.
 */
export function ListingFilters({ query, sort, facets, labels }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  // The URL can change outside the form (a removed chip, back and forward): bring the inputs in
  // line without remounting them, so keyboard focus stays where it is.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    for (const facet of FACETS) {
      for (const value of facets[facet]) {
        const box = form.querySelector<HTMLInputElement>(
          `#facet-${facet}-${CSS.escape(value.value)}`,
        );
        if (box) box.checked = value.selected;
      }
    }
    const search = form.elements.namedItem("q");
    if (search instanceof HTMLInputElement && document.activeElement !== search)
      search.value = query.q;
    const select = form.elements.namedItem("sort");
    if (select instanceof HTMLSelectElement) select.value = sort;
  }, [facets, query, sort]);

  const apply = () => {
    const form = formRef.current;
    if (!form) return;
    const url = urlFor(pathname, form);
    startTransition(() => router.replace(url, { scroll: false }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearTimeout(timer.current);
    apply();
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    clearTimeout(timer.current);
    const isText = (event.target as HTMLElement).getAttribute("type") === "search";
    if (isText) timer.current = setTimeout(apply, SEARCH_DELAY_MS);
    else apply();
  };

  return (
    <form
      ref={formRef}
      method="get"
      role="search"
      onSubmit={onSubmit}
      onChange={onChange}
      className="space-y-6"
      aria-busy={pending}
    >
      <div>
        <label htmlFor="listing-q" className="mb-1 block text-sm font-medium">
          {labels.searchLabel}
        </label>
        <input
          id="listing-q"
          name="q"
          type="search"
          defaultValue={query.q}
          maxLength={200}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
        />
      </div>

      <div>
        <label htmlFor="listing-sort" className="mb-1 block text-sm font-medium">
          {labels.sortLabel}
        </label>
        <select
          id="listing-sort"
          name="sort"
          defaultValue={sort}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
        >
          {(["relevance", "recent", "name"] as const).map((option) => (
            <option key={option} value={option} disabled={option === "relevance" && !query.q}>
              {labels.sort[option]}
            </option>
          ))}
        </select>
      </div>

      {FACETS.map((facet) =>
        facets[facet].length === 0 ? null : (
          <fieldset key={facet}>
            <legend className="mb-2 text-sm font-semibold">{labels.facets[facet]}</legend>
            <ul className="space-y-1.5">
              {facets[facet].map((value) => {
                const id = `facet-${facet}-${value.value}`;
                return (
                  <li key={value.value} className="flex items-center gap-2">
                    <input
                      id={id}
                      type="checkbox"
                      name={facet}
                      value={value.value}
                      defaultChecked={value.selected}
                      className="accent-brand-700 size-4"
                    />
                    <label
                      htmlFor={id}
                      className={`flex flex-1 justify-between gap-2 text-sm ${value.count === 0 && !value.selected ? "text-slate-500 dark:text-slate-400" : ""}`}
                    >
                      <span>{value.label}</span>
                      <span className="tabular-nums">{value.count}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ),
      )}

      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 w-full rounded-lg px-4 py-2 font-medium text-white"
      >
        {labels.apply}
      </button>
      <p aria-live="polite" className="min-h-5 text-sm text-slate-600 dark:text-slate-400">
        {pending ? labels.applying : ""}
      </p>
    </form>
  );
}
