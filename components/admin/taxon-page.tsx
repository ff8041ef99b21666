import Link from "next/link";
import { Notice } from "@/components/admin/form-status";
import { TaxonDeleteForm } from "@/components/admin/taxon-delete-form";
import { TaxonForm } from "@/components/admin/taxon-form";
import { t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import {
  createCauseAction,
  createOrgTypeAction,
  deleteCauseAction,
  deleteOrgTypeAction,
  updateCauseAction,
  updateOrgTypeAction,
} from "@/lib/taxonomy/actions";
import type { TaxonDetailDto } from "@/lib/taxonomy/admin-queries";

const ACTIONS = {
  cause: { create: createCauseAction, update: updateCauseAction, remove: deleteCauseAction },
  orgType: {
    create: createOrgTypeAction,
    update: updateOrgTypeAction,
    remove: deleteOrgTypeAction,
  },
};

const card =
  "space-y-3 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";

/** The create or edit screen of a cause or an organisation type. */
export function TaxonPage({
  kind,
  taxon,
  created,
  locale,
  m,
}: {
  kind: "cause" | "orgType";
  /** Null on the create screen. */
  taxon: TaxonDetailDto | null;
  created?: boolean;
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const x = m.taxonomy;
  const title = taxon
    ? t(locale, kind === "cause" ? x.editCause : x.editOrgType, { name: taxon.name })
    : kind === "cause"
      ? x.newCause
      : x.newOrgType;
  const actions = ACTIONS[kind];
  return (
    <div className="space-y-6">
      <p>
        <Link
          href="/admin/taxonomy"
          className="text-brand-700 dark:text-brand-300 text-sm hover:underline"
        >
          ← {x.back}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Notice>{created && taxon ? t(locale, x.created, { name: taxon.name }) : undefined}</Notice>
      <section aria-label={title} className={card}>
        <TaxonForm
          kind={kind}
          action={taxon ? actions.update : actions.create}
          initial={taxon ?? { slug: "", sortOrder: 0, sdgs: [], translations: {} }}
          locale={locale}
          m={x}
        />
      </section>
      {taxon ? (
        <section aria-labelledby="delete-heading" className={card}>
          <h2 id="delete-heading" className="text-lg font-semibold">
            {x.delete.title}
          </h2>
          <TaxonDeleteForm
            id={taxon.id}
            action={actions.remove}
            usedBy={t(locale, x.usedBy, { count: taxon.used })}
            inUse={taxon.used > 0}
            m={x.delete}
          />
        </section>
      ) : null}
    </div>
  );
}
