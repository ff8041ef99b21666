import "server-only";
import { auditEntrySelect, toAuditDto, type AuditEntryDto } from "@/lib/audit-log/queries";
import { requireCapability } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import { pickTranslation } from "@/lib/i18n/fallback";
import type { ContentLocale } from "@/lib/i18n/locales";

export const STATES: PublicationState[] = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"];
export const STALE_SHOWN = 10;
const RECENT_SHOWN = 10;

export interface StaleEntryDto {
  id: string;
  slug: string;
  name: string;
  state: PublicationState;
  lastVerifiedAt: string | null;
}

export interface DashboardDto {
  byState: Record<PublicationState, number>;
  stale: { total: number; entries: StaleEntryDto[] };
  /** Everyone's latest actions for those who may read the audit log, else the user's own. */
  activity: { scope: "all" | "own"; entries: AuditEntryDto[] };
}

/** The first day still inside the verification window (dates are stored as calendar days). */
function staleBefore(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate()));
}

export async function getDashboard(locale: ContentLocale): Promise<DashboardDto> {
  const user = await requireCapability("admin.access");
  const staleWhere = {
    state: { not: "ARCHIVED" as const },
    OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: staleBefore() } }],
  };
  const scope = can(user.role, "audit.read") ? "all" : "own";
  const [groups, staleTotal, stale, recent] = await Promise.all([
    db.initiative.groupBy({ by: ["state"], _count: { _all: true } }),
    db.initiative.count({ where: staleWhere }),
    db.initiative.findMany({
      where: staleWhere,
      orderBy: [{ lastVerifiedAt: { sort: "asc", nulls: "first" } }, { slug: "asc" }],
      take: STALE_SHOWN,
      select: {
        id: true,
        slug: true,
        state: true,
        lastVerifiedAt: true,
        translations: { select: { locale: true, name: true } },
      },
    }),
    db.auditLog.findMany({
      where: scope === "own" ? { actorId: user.id } : {},
      orderBy: { id: "desc" },
      take: RECENT_SHOWN,
      select: auditEntrySelect,
    }),
  ]);
  const byState = Object.fromEntries(STATES.map((state) => [state, 0])) as DashboardDto["byState"];
  for (const group of groups) byState[group.state] = group._count._all;
  return {
    byState,
    stale: {
      total: staleTotal,
      entries: stale.map((entry) => ({
        id: entry.id,
        slug: entry.slug,
        state: entry.state,
        name: pickTranslation(entry.translations, locale)?.value.name ?? entry.slug,
        lastVerifiedAt: entry.lastVerifiedAt?.toISOString() ?? null,
      })),
    },
    activity: { scope, entries: recent.map(toAuditDto) },
  };
}
