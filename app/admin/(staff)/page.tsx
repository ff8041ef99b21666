import type { Metadata } from "next";
import { requireCapability } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireCapability("admin.access");
  return (
    <div>
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">Signed in as {user.email}.</p>
    </div>
  );
}
