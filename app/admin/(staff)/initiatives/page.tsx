import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { InitiativeList } from "@/components/admin/initiative-list";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listAdminInitiatives } from "@/lib/initiatives/admin-queries";

export const metadata: Metadata = { title: "Initiatives" };

const QuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export default async function InitiativesPage({ searchParams }: PageProps<"/admin/initiatives">) {
  const { page } = QuerySchema.parse(await searchParams);
  const [list, user] = await Promise.all([listAdminInitiatives(page), getSessionUser()]);
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
      <InitiativeList {...list} />
    </div>
  );
}
