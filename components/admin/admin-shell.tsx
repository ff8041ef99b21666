import Link from "next/link";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/admin/locale-switcher";
import { SubmitButton } from "@/components/ui/submit-button";
import { t, type AdminMessages } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { can, type Capability } from "@/lib/authz";
import { signOutAction } from "@/lib/auth/actions";
import type { SessionUser } from "@/lib/auth/session";

const NAV: { href: string; label: keyof AdminMessages["shell"]["nav"]; capability: Capability }[] =
  [
    { href: "/admin", label: "dashboard", capability: "admin.access" },
    { href: "/admin/initiatives", label: "initiatives", capability: "initiative.read" },
    { href: "/admin/submissions", label: "submissions", capability: "submission.moderate" },
    { href: "/admin/taxonomy", label: "taxonomy", capability: "taxonomy.manage" },
    { href: "/admin/imports", label: "imports", capability: "data.import" },
    { href: "/admin/data", label: "data", capability: "data.export" },
    { href: "/admin/users", label: "users", capability: "user.manage" },
    { href: "/admin/outbox", label: "outbox", capability: "outbox.read" },
    { href: "/admin/audit", label: "audit", capability: "audit.read" },
  ];

export async function AdminShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { locale, m } = await getAdminI18n();
  return (
    <div className="min-h-screen">
      <a
        href="#admin-main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 dark:focus:bg-slate-900"
      >
        {m.shell.skip}
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/admin" className="font-semibold">
            {m.shell.brand}{" "}
            <span className="font-normal text-slate-600 dark:text-slate-400">{m.shell.area}</span>
          </Link>
          <nav aria-label={m.shell.navLabel} className="flex flex-wrap gap-4 text-sm">
            {NAV.filter((item) => can(user.role, item.capability)).map((item) => (
              <Link key={item.href} href={item.href} className="hover:underline">
                {m.shell.nav[item.label]}
              </Link>
            ))}
          </nav>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <LocaleSwitcher current={locale} label={m.common.language} />
            <Link
              href="/admin/account"
              className="hover:underline"
              aria-label={t(locale, m.shell.account, {
                email: user.email,
                role: m.roles[user.role],
              })}
            >
              {user.email}{" "}
              <span className="text-slate-600 dark:text-slate-400">({m.roles[user.role]})</span>
            </Link>
            <form action={signOutAction} className="w-fit">
              <SubmitButton variant="secondary" pendingLabel={m.shell.signingOut}>
                {m.shell.signOut}
              </SubmitButton>
            </form>
          </div>
        </div>
      </header>
      <main id="admin-main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
