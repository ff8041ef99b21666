import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { NotAllowed } from "@/components/admin/not-allowed";
import { UserAccessForm } from "@/components/admin/user-access-form";
import { UserResetLinkForm } from "@/components/admin/user-reset-link-form";
import { UserRoleForm } from "@/components/admin/user-role-form";
import { formatDateTime } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { staffPage } from "@/lib/users/page-guard";
import { getUser } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.users.title };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function UserPage({ params }: PageProps<"/admin/users/[id]">) {
  const { user: me, allowed } = await staffPage("user.manage");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const id = z.uuid().safeParse((await params).id);
  const user = id.success ? await getUser(id.data) : null;
  if (!user) notFound();
  const d = m.users.detail;
  const rows: [string, string][] = [
    [d.email, user.email],
    [d.name, user.name || "—"],
    [d.role, m.roles[user.role]],
    [d.status, user.active ? m.common.active : m.common.inactive],
    [d.lastSignIn, user.lastLoginAt ? formatDateTime(locale, user.lastLoginAt) : m.common.never],
    [d.created, formatDateTime(locale, user.createdAt)],
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link
          href="/admin/users"
          className="text-brand-700 dark:text-brand-300 text-sm hover:underline"
        >
          ← {d.back}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-all">{user.email}</h1>
      {user.id === me.id ? <p className="text-sm">{d.you}</p> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="details-heading" title={d.details}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium">{label}</dt>
                <dd className="break-all">{value}</dd>
              </div>
            ))}
          </dl>
        </Section>
        <Section id="role-heading" title={m.users.role.title}>
          <UserRoleForm userId={user.id} role={user.role} m={{ users: m.users, roles: m.roles }} />
        </Section>
        <Section id="access-heading" title={m.users.access.title}>
          {user.id === me.id ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {m.users.access.ownAccount}
            </p>
          ) : (
            <UserAccessForm userId={user.id} active={user.active} m={m.users.access} />
          )}
        </Section>
        {user.active ? (
          <Section id="reset-heading" title={m.users.reset.title}>
            <UserResetLinkForm userId={user.id} m={{ users: m.users, common: m.common }} />
          </Section>
        ) : null}
      </div>
    </div>
  );
}
