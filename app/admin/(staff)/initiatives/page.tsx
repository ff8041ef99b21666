import type { Metadata } from "next";
import Link from "next/link";
import { EntriesTable } from "@/components/admin/entries-table";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { AdminListQuerySchema, listAdminInitiatives } from "@/lib/initiatives/admin-list";

export const metadata: Metadata = { title: "Initiatives" };

const STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;

export default async function InitiativesPage({ searchParams }: PageProps<"/admin/initiatives">) {
  const query = AdminListQuerySchema.parse(await searchParams);
  const [list, user] = await Promise.all([listAdminInitiatives(query), getSessionUser()]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    for (const state of query.state) params.append("state", state);
    for (const country of query.country) params.append("country", country);
    for (const cause of query.cause) params.append("cause", cause);
    if (query.missing) params.set("missing", query.missing);
    params.set("sort", query.sort);
    params.set("page", String(page));
    return `/admin/initiatives?${params}`;
  };
  const field =
    "rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Initiatives</h1>
        {user && can(user.role, "initiative.create") ? (
          <Link
            href="/admin/initiatives/new"
            className="bg-brand-700 hover:bg-brand-800 rounded-lg px-4 py-2 font-medium text-white"
          >
            New initiative
          </Link>
        ) : null}
      </div>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3 text-sm">
        <label>
          <span className="mb-1 block font-medium">Search</span>
          <input name="q" type="search" defaultValue={query.q ?? ""} className={field} />
        </label>
        <label>
          <span className="mb-1 block font-medium">State</span>
          <select name="state" defaultValue={query.state[0] ?? ""} className={field}>
            <option value="">Any</option>
            {STATES.map((state) => (
              <option key={state} value={state}>
                {state.replace("_", " ").toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">Country</span>
          <input
            name="country"
            defaultValue={query.country[0] ?? ""}
            placeholder="KZ"
            maxLength={2}
            className={`${field} w-20 uppercase`}
          />
        </label>
        <label>
          <span className="mb-1 block font-medium">Cause</span>
          <input
            name="cause"
            defaultValue={query.cause[0] ?? ""}
            placeholder="youth"
            className={`${field} w-36`}
          />
        </label>
        <label>
          <span className="mb-1 block font-medium">Missing translation</span>
          <select name="missing" defaultValue={query.missing ?? ""} className={field}>
            <option value="">—</option>
            <option value="en">English</option>
            <option value="ru">Russian</option>
            <option value="kk">Kazakh</option>
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">Sort</span>
          <select name="sort" defaultValue={query.sort} className={field}>
            <option value="updated">Recently updated</option>
            <option value="name">Slug</option>
            <option value="state">State</option>
            <option value="verified">Least recently verified</option>
          </select>
        </label>
        <button
          type="submit"
          className="rounded-lg border border-slate-300 px-4 py-2 font-medium dark:border-slate-700"
        >
          Filter
        </button>
      </form>
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {list.total} entries · page {Math.min(query.page, list.pageCount)} of {list.pageCount}
      </p>
      <EntriesTable rows={list.rows} canBulk={!!user && can(user.role, "initiative.publish")} />
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {query.page > 1 ? (
          <Link href={pageHref(query.page - 1)} className="underline">
            Previous
          </Link>
        ) : null}
        {query.page < list.pageCount ? (
          <Link href={pageHref(query.page + 1)} className="underline">
            Next
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
