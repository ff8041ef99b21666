import "server-only";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "@/lib/audit-log/schemas";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEntryDto {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  details: string;
}

export interface AuditPage {
  entries: AuditEntryDto[];
  /** Cursor for the page of newer entries, or null on the newest page. */
  newer: string | null;
  /** Cursor for the page of older entries, or null on the oldest page. */
  older: string | null;
}

export const auditEntrySelect = {
  id: true,
  at: true,
  actorId: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  ip: true,
  details: true,
} as const;

type Row = Prisma.AuditLogGetPayload<{ select: typeof auditEntrySelect }>;

export function toAuditDto(row: Row): AuditEntryDto {
  const details = JSON.stringify(row.details);
  return {
    ...row,
    id: row.id.toString(),
    at: row.at.toISOString(),
    details: details === "{}" ? "" : details,
  };
}

function whereOf(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const { action, actor, entityType, entityId, from, to } = filters;
  const at: Prisma.DateTimeFilter = {};
  if (from) at.gte = new Date(`${from}T00:00:00Z`);
  if (to) at.lt = new Date(Date.parse(`${to}T00:00:00Z`) + 24 * 60 * 60 * 1000);
  return {
    // "user." lists every user action; anything else names one action exactly.
    ...(action ? { action: action.endsWith(".") ? { startsWith: action } : action } : {}),
    ...(actor ? { actorEmail: { contains: actor, mode: "insensitive" as const } } : {}),
    ...(entityType ? { entityType } : {}),
    ...(entityId ? { entityId } : {}),
    ...(from || to ? { at } : {}),
  };
}

/** One page of the audit log, newest first, paged by id (stable while entries are added). */
export async function listAuditEntries(filters: AuditFilters): Promise<AuditPage> {
  await requireCapability("audit.read");
  const where = whereOf(filters);
  const towardsNewer = filters.after !== undefined;
  const boundary = filters.after ?? filters.before;
  const rows = await db.auditLog.findMany({
    where: boundary
      ? { ...where, id: towardsNewer ? { gt: BigInt(boundary) } : { lt: BigInt(boundary) } }
      : where,
    orderBy: { id: towardsNewer ? "asc" : "desc" },
    take: AUDIT_PAGE_SIZE,
    select: auditEntrySelect,
  });
  if (towardsNewer) rows.reverse();
  const first = rows[0]?.id;
  const last = rows.at(-1)?.id;
  const exists = (id: Prisma.BigIntFilter) =>
    db.auditLog.findFirst({ where: { ...where, id }, select: { id: true } }).then(Boolean);
  const [hasNewer, hasOlder] = await Promise.all([
    first !== undefined ? exists({ gt: first }) : Promise.resolve(false),
    last !== undefined ? exists({ lt: last }) : Promise.resolve(false),
  ]);
  return {
    entries: rows.map(toAuditDto),
    newer: hasNewer && first !== undefined ? first.toString() : null,
    older: hasOlder && last !== undefined ? last.toString() : null,
  };
}
