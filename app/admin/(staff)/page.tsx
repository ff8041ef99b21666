import type { Metadata } from "next";
import { RecentActivity, StaleEntries, StateCounts } from "@/components/admin/dashboard-cards";
import { PendingSubmissionsCard } from "@/components/admin/submissions/pending-card";
import { t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { can } from "@/lib/authz";
import { getDashboard } from "@/lib/dashboard/queries";
import { countPendingSubmissions } from "@/lib/submissions/admin-queries";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.dashboard.title };
}

export default async function DashboardPage() {
  const { user } = await staffPage("admin.access");
  const { locale, m } = await getAdminI18n();
  const moderates = can(user.role, "submission.moderate");
  const [dashboard, pendingSubmissions] = await Promise.all([
    getDashboard(locale),
    moderates ? countPendingSubmissions() : null,
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{m.dashboard.title}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          {t(locale, m.dashboard.signedInAs, { email: user.email })}
        </p>
      </div>
      {pendingSubmissions !== null ? (
        <PendingSubmissionsCard count={pendingSubmissions} locale={locale} m={m} />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <StateCounts byState={dashboard.byState} m={m} />
        <StaleEntries stale={dashboard.stale} locale={locale} m={m} />
      </div>
      <RecentActivity activity={dashboard.activity} locale={locale} m={m} />
    </div>
  );
}
