/**
 * Test support: a submission as the public form stores it (lib/submissions/public-actions.ts),
 * written straight into a test database, with its "received" email queued the same way.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/lib/db-client";
import { queueSubmissionEmail } from "@/lib/email/queue";
import type { Locale } from "@/lib/generated/prisma/enums";
import { normalizeLink } from "@/lib/initiatives/links";
import { matchKeysFor } from "@/lib/submissions/match-keys";
import { SubmissionDataSchema, type SubmissionData } from "@/lib/submissions/schemas";
import { hashStatusToken, statusTokenFor } from "@/lib/submissions/status-token";

export interface TestSubmission {
  id: string;
  data: SubmissionData;
  contactEmail: string;
}

export async function createTestSubmission(
  db: Db,
  options: {
    data?: Partial<SubmissionData>;
    locale?: Locale;
    atRisk?: boolean;
    logoId?: string | null;
  } = {},
): Promise<TestSubmission> {
  const [causes, orgType] = await Promise.all([
    db.cause.findMany({ orderBy: { sortOrder: "asc" }, take: 2, select: { slug: true } }),
    db.orgType.findFirst({ orderBy: { sortOrder: "asc" }, select: { slug: true } }),
  ]);
  const tag = randomBytes(3).toString("hex");
  const data = SubmissionDataSchema.parse({
    name: `Test Initiative ${tag}`,
    altName: `TI ${tag}`,
    summary: "Volunteers teach coding to girls in small towns.",
    description: "We meet every Saturday.\n\nEveryone is welcome.",
    countries: ["KZ", "KG"],
    city: "Almaty",
    causes: causes.map((c) => c.slug),
    orgType: orgType?.slug ?? "",
    links: [
      { type: "WEBSITE", value: `https://test-${tag}.example.org/` },
      { type: "TELEGRAM", value: `https://t.me/test_${tag}` },
    ],
    foundedYear: 2019,
    ...options.data,
  });
  // Stored as the form stores them: normalised (lib/initiatives/links.ts).
  data.links = data.links.map((link) => {
    const normalized = normalizeLink(link.type, link.value);
    return normalized.ok ? { type: link.type, value: normalized.url } : link;
  });
  const id = randomUUID();
  const contactEmail = `partner-${tag}@example.org`;
  await db.$transaction(async (tx) => {
    await tx.submission.create({
      data: {
        id,
        locale: options.locale ?? "ru",
        data,
        matchKeys: matchKeysFor(data),
        atRisk: options.atRisk ?? false,
        contactName: "Aigerim",
        contactEmail,
        contactTelegram: `aigerim_${tag}`,
        consentAt: new Date(),
        statusTokenHash: hashStatusToken(statusTokenFor(id)),
        logoId: options.logoId ?? null,
      },
    });
    await queueSubmissionEmail(tx, id, "received");
  });
  return { id, data, contactEmail };
}
