import Link from "next/link";
import type { ReactNode } from "react";
import { can, type Capability } from "@/lib/authz";
import { signOutAction } from "@/lib/auth/actions";
import type { SessionUser } from "@/lib/auth/session";

const NAV: { href: string; label: string; capability: Capability }[] = [
  { href: "/admin", label: "Dashboard", capability: "admin.access" },
  { href: "/admin/initiatives", label: "Initiatives", capability: "initiative.read" },
  { href: "/admin/submissions", label: "Submissions", capability: "submission.moderate" },
  { href: "/admin/taxonomy", label: "Taxonomy", capability: "taxonomy.manage" },
  { href: "/admin/users", label: "Users", capability: "user.manage" },
  { href: "/admin/audit", label: "Audit log", capability: "audit.read" },
];

export function AdminShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <a
        href="#admin-main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/admin" className="font-semibold">
            Civic Atlas{" "}
            <span className="font-normal text-slate-600 dark:text-slate-400">admin</span>
          </Link>
          <nav aria-label="Admin" className="flex flex-wrap gap-4 text-sm">
            {NAV.filter((item) => can(user.role, item.capability)).map((item) => (
              <Link key={item.href} href={item.href} className="hover:underline">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <Link href="/admin/account" className="hover:underline">
              {user.email}{" "}
              <span className="text-slate-600 dark:text-slate-400">
                ({user.role.toLowerCase()})
              </span>
            </Link>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700"
              >
                Sign out
              </button>
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
