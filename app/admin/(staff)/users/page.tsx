import type { Metadata } from "next";
import { InvitationsTable } from "@/components/admin/invitations-table";
import { NotAllowed } from "@/components/admin/not-allowed";
import { UserInviteForm } from "@/components/admin/user-invite-form";
import { UsersTable } from "@/components/admin/users-table";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { staffPage } from "@/lib/users/page-guard";
import { listPendingInvitations, listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.users.title };
}

export default async function UsersPage() {
  const { allowed } = await staffPage("user.manage");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const [users, invitations] = await Promise.all([listUsers(), listPendingInvitations()]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{m.users.title}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{m.users.lead}</p>
      </div>
      <UsersTable users={users} locale={locale} m={m} />
      <section
        aria-labelledby="invite-heading"
        className="space-y-3 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="invite-heading" className="text-lg font-semibold">
          {m.users.invite.title}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{m.users.invite.lead}</p>
        <UserInviteForm m={{ users: m.users, roles: m.roles, common: m.common }} />
      </section>
      <section aria-labelledby="invitations-heading" className="space-y-3">
        <h2 id="invitations-heading" className="text-lg font-semibold">
          {m.users.invitations.title}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{m.users.invitations.lead}</p>
        <InvitationsTable invitations={invitations} />
      </section>
    </div>
  );
}
