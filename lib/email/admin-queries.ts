import "server-only";
import { z } from "zod";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const;
const PAGE_SIZE = 50;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
export const OutboxQuerySchema = z.object({
  status: z.preprocess(first, z.enum(OUTBOX_STATUSES).optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).default(1).catch(1)),
});
export type OutboxQuery = z.output<typeof OutboxQuerySchema>;

export interface OutboxRowDto {
  id: string;
  to: string;
  locale: string;
  template: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
  submissionId: string | null;
}

export interface OutboxPage {
  rows: OutboxRowDto[];
  counts: Record<OutboxStatus, number>;
  total: number;
  page: number;
  pages: number;
  smtpConfigured: boolean;
}

/** The outbox, newest first (admins only: it holds submitters' addresses). */
export async function listOutbox(query: OutboxQuery): Promise<OutboxPage> {
  await requireCapability("outbox.read");
  const where = query.status ? { status: query.status } : {};
  const [groups, total] = await Promise.all([
    db.outboxEmail.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxEmail.count({ where }),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const rows = await db.outboxEmail.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      to: true,
      locale: true,
      template: true,
      subject: true,
      text: true,
      status: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      sentAt: true,
      createdAt: true,
      submissionId: true,
    },
  });
  const counts = { PENDING: 0, SENT: 0, FAILED: 0 } as Record<OutboxStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return { rows, counts, total, page, pages, smtpConfigured: Boolean(getEnv().SMTP_URL) };
}
