import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { staffPage } from "@/lib/users/page-guard";
import { getOwnAccount } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.account.title };
}

export default async function AccountPage() {
  await staffPage("admin.access");
  const { m } = await getAdminI18n();
  const account = await getOwnAccount();
  const rows: [string, string][] = [
    [m.account.email, account.email],
    [m.account.name, account.name || "—"],
    [m.account.role, m.roles[account.role]],
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{m.account.title}</h1>
      <section
        aria-labelledby="account-details"
        className="space-y-3 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="account-details" className="text-lg font-semibold">
          {m.account.details}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section
        aria-labelledby="password-heading"
        className="space-y-3 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="password-heading" className="text-lg font-semibold">
          {m.account.password.title}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{m.account.password.lead}</p>
        <ChangePasswordForm
          email={account.email}
          m={m.account.password}
          passwordHint={m.invite.passwordHint}
        />
      </section>
    </div>
  );
}
