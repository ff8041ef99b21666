import Form from "next/form";
import Link from "next/link";
import { inputClass } from "@/components/admin/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n";
import type { AuditFilters } from "@/lib/audit-log/schemas";

const FIELDS = [
  ["action", "text"],
  ["actor", "search"],
  ["entityType", "text"],
  ["entityId", "text"],
  ["from", "date"],
  ["to", "date"],
] as const;

/** A GET form: filters are URL state and work without JavaScript. */
export function AuditFiltersForm({ filters, m }: { filters: AuditFilters; m: AdminMessages }) {
  return (
    <Form
      action="/admin/audit"
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <fieldset>
        <legend className="mb-3 text-lg font-semibold">{m.audit.filters}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {FIELDS.map(([name, type]) => (
            <div key={name}>
              <label htmlFor={`audit-${name}`} className="mb-1 block text-sm font-medium">
                {m.audit[name]}
              </label>
              <input
                id={`audit-${name}`}
                name={name}
                type={type}
                defaultValue={filters[name] ?? ""}
                aria-describedby={name === "action" ? "audit-action-hint" : undefined}
                className={inputClass}
              />
              {name === "action" ? (
                <p
                  id="audit-action-hint"
                  className="mt-1 text-sm text-slate-600 dark:text-slate-400"
                >
                  {m.audit.actionHint}
                </p>
              ) : null}
            </div>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <div className="w-fit">
          <SubmitButton pendingLabel={m.audit.applying}>{m.audit.apply}</SubmitButton>
        </div>
        <Link
          href="/admin/audit"
          className="text-brand-700 dark:text-brand-300 text-sm hover:underline"
        >
          {m.audit.clear}
        </Link>
      </div>
    </Form>
  );
}
