import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { EntriesTable } from "@/components/admin/entries-table";
import { SubmitButton } from "@/components/ui/submit-button";
import { capitalized, t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { UI_LOCALES } from "@/lib/i18n/locales";
import {
  ADMIN_SORTS,
  AdminListQuerySchema,
  listAdminInitiatives,
  STATES,
} from "@/lib/initiatives/admin-list";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.initiatives.title };
}

export default async function InitiativesPage({ searchParams }: PageProps<"/admin/initiatives">) {
  const query = AdminListQuerySchema.parse(await searchParams);
  const [list, user, { locale, m }] = await Promise.all([
    listAdminInitiatives(query),
    getSessionUser(),
    getAdminI18n(),
  ]);
  const f = m.initiatives.filters;
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    for (const state of query.state) params.append("state", state);
    for (const country of query.country) params.append("country", country);
    for (const cause of query.cause) params.append("cause", cause);
    if (query.missing) params.set("missing", query.missing);
    if (query.featured) params.set("featured", query.featured);
    params.set("sort", query.sort);
    params.set("page", String(page));
    return `/admin/initiatives?${params}`;
  };
  const field =
    "rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{m.initiatives.title}</h1>
        {user && can(user.role, "initiative.create") ? (
          <Link
            href="/admin/initiatives/new"
            className="bg-brand-700 hover:bg-brand-800 rounded-lg px-4 py-2 font-medium text-white"
          >
            {m.initiatives.new}
          </Link>
        ) : null}
      </div>
      <Form
        action="/admin/initiatives"
        role="search"
        className="flex flex-wrap items-end gap-3 text-sm"
      >
        <label>
          <span className="mb-1 block font-medium">{f.search}</span>
          <input name="q" type="search" defaultValue={query.q ?? ""} className={field} />
        </label>
        <label>
          <span className="mb-1 block font-medium">{f.state}</span>
          <select name="state" defaultValue={query.state[0] ?? ""} className={field}>
            <option value="">{f.any}</option>
            {STATES.map((state) => (
              <option key={state} value={state}>
                {m.states[state]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">{f.country}</span>
          <input
            name="country"
            defaultValue={query.country[0] ?? ""}
            placeholder="KZ"
            maxLength={2}
            className={`${field} w-20 uppercase`}
          />
        </label>
        <label>
          <span className="mb-1 block font-medium">{f.cause}</span>
          <input
            name="cause"
            defaultValue={query.cause[0] ?? ""}
            placeholder="youth"
            className={`${field} w-36`}
          />
        </label>
        <label>
          <span className="mb-1 block font-medium">{f.missing}</span>
          <select name="missing" defaultValue={query.missing ?? ""} className={field}>
            <option value="">—</option>
            {UI_LOCALES.map((code) => (
              <option key={code} value={code}>
                {capitalized(m.editor.languages[code])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">{f.featured}</span>
          <select name="featured" defaultValue={query.featured ?? ""} className={field}>
            <option value="">{f.any}</option>
            <option value="yes">{f.featuredOnly}</option>
            <option value="no">{f.notFeatured}</option>
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">{f.sort}</span>
          <select name="sort" defaultValue={query.sort} className={field}>
            {ADMIN_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {f.sorts[sort]}
              </option>
            ))}
          </select>
        </label>
        <div className="w-32">
          <SubmitButton pendingLabel={f.pending} variant="secondary">
            {f.submit}
          </SubmitButton>
        </div>
      </Form>
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {t(locale, m.initiatives.summary, {
          total: list.total,
          page: Math.min(query.page, list.pageCount),
          pages: list.pageCount,
        })}
      </p>
      <EntriesTable rows={list.rows} canBulk={!!user && can(user.role, "initiative.publish")} />
      <nav aria-label={m.initiatives.pages} className="flex gap-3 text-sm">
        {query.page > 1 ? (
          <Link href={pageHref(query.page - 1)} className="underline">
            {m.initiatives.previous}
          </Link>
        ) : null}
        {query.page < list.pageCount ? (
          <Link href={pageHref(query.page + 1)} className="underline">
            {m.initiatives.next}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
