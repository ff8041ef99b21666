import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Writer = Pick<Db, "auditLog">;

export interface AuditEntry {
  actor: { id: string; email: string } | null;
  /** Dotted verb, e.g. "auth.sign_in_failed", "initiative.publish", "user.role_change". */
  action: string;
  entityType?: string;
  entityId?: string;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
}

/** Appends to the audit log (inside the caller's transaction when given one). */
export async function audit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      ip: entry.ip ?? null,
      details: entry.details ?? {},
    },
  });
}
