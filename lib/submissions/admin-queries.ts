import "server-only";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationState, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { pickTranslation } from "@/lib/i18n/fallback";
import type { ContentLocale } from "@/lib/i18n/locales";
import { mediaPreview } from "@/lib/media/urls";
import { findDuplicates, type DuplicateCandidate } from "@/lib/submissions/match-keys";
import {
  SUBMISSION_STATUSES,
  type SubmissionQueueParams,
} from "@/lib/submissions/moderation-schemas";
import { SubmissionDataSchema, type SubmissionData } from "@/lib/submissions/schemas";

/** Moderators' reads. Each checks the capability itself; the layout only hides the pages. */

const PAGE_SIZE = 25;

export interface SubmissionRowDto {
  id: string;
  name: string;
  status: SubmissionStatus;
  locale: string;
  contactEmail: string | null;
  atRisk: boolean;
  duplicates: number;
  erased: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface SubmissionQueue {
  rows: SubmissionRowDto[];
  counts: Record<SubmissionStatus | "all", number>;
  total: number;
  page: number;
  pages: number;
}

const parseData = (data: unknown): SubmissionData => {
  const parsed = SubmissionDataSchema.safeParse(data);
  return parsed.success ? parsed.data : SubmissionDataSchema.parse({ name: "" });
};

/** LIKE metacharacters typed by the user are matched literally. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listSubmissions(params: SubmissionQueueParams): Promise<SubmissionQueue> {
  await requireCapability("submission.moderate");
  const search = params.q
    ? Prisma.sql`AND ("data"->>'name' ILIKE ${likePattern(params.q)}
                   OR "data"->>'altName' ILIKE ${likePattern(params.q)}
                   OR "contactEmail" ILIKE ${likePattern(params.q)})`
    : Prisma.empty;
  const groups = await db.$queryRaw<{ status: SubmissionStatus; count: bigint }[]>`
    SELECT "status", count(*) AS "count" FROM "Submission" WHERE true ${search} GROUP BY "status"`;
  const counts = Object.fromEntries(
    [...SUBMISSION_STATUSES, "all"].map((status) => [status, 0]),
  ) as SubmissionQueue["counts"];
  for (const group of groups) {
    counts[group.status] = Number(group.count);
    counts.all += Number(group.count);
  }
  const total = params.status === "all" ? counts.all : counts[params.status];
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(params.page, pages);
  const status =
    params.status === "all"
      ? Prisma.empty
      : Prisma.sql`AND "status" = ${params.status}::"SubmissionStatus"`;
  const order = {
    newest: Prisma.sql`"createdAt" DESC, "id" DESC`,
    oldest: Prisma.sql`"createdAt" ASC, "id" ASC`,
    updated: Prisma.sql`"updatedAt" DESC, "id" DESC`,
  }[params.sort];
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Submission" WHERE true ${status} ${search}
     ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const rows = await db.submission.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: {
      id: true,
      status: true,
      locale: true,
      data: true,
      contactEmail: true,
      atRisk: true,
      duplicates: true,
      duplicateConfirmed: true,
      erasedAt: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    rows: ids.flatMap(({ id }) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          id: row.id,
          name: parseData(row.data).name || "—",
          status: row.status,
          locale: row.locale,
          contactEmail: row.contactEmail,
          atRisk: row.atRisk,
          duplicates: Array.isArray(row.duplicates) ? row.duplicates.length : 0,
          erased: row.erasedAt !== null,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        },
      ];
    }),
    counts,
    total,
    page,
    pages,
  };
}

/** Submissions waiting for a decision (the dashboard's count). */
export async function countPendingSubmissions(): Promise<number> {
  await requireCapability("submission.moderate");
  return db.submission.count({ where: { status: { in: ["NEW", "CHANGES_REQUESTED"] } } });
}

export interface DuplicateDto extends DuplicateCandidate {
  /** Found when it was sent, found now, or both. */
  atSend: boolean;
  now: boolean;
  state: PublicationState | null;
}

export interface SubmissionDetailDto {
  id: string;
  status: SubmissionStatus;
  locale: string;
  data: SubmissionData;
  /** Names of the chosen countries, causes and type, for display. */
  labels: { countries: string[]; causes: string[]; orgType: string };
  logo: string | null;
  atRisk: boolean;
  contact: { name: string | null; email: string | null; telegram: string | null };
  consentAt: Date | null;
  erasedAt: Date | null;
  duplicateConfirmed: boolean;
  duplicates: DuplicateDto[];
  initiative: { id: string; slug: string; state: PublicationState; name: string } | null;
  decided: { email: string | null; at: Date } | null;
  createdAt: Date;
  /** Oldest first; the last one is the current data. */
  versions: { number: number; createdAt: Date; data: SubmissionData }[];
  messages: {
    id: string;
    fromStaff: boolean;
    author: string | null;
    kind: string;
    reason: string | null;
    body: string;
    createdAt: Date;
  }[];
}

function storedDuplicates(value: unknown): DuplicateCandidate[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is DuplicateCandidate =>
      !!item && typeof item === "object" && "id" in item && "kind" in item,
  );
}

export async function getSubmissionDetail(
  id: string,
  locale: ContentLocale,
): Promise<SubmissionDetailDto | null> {
  await requireCapability("submission.moderate");
  const row = await db.submission.findUnique({
    where: { id },
    include: {
      versions: { orderBy: { createdAt: "asc" }, select: { createdAt: true, data: true } },
      messages: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) return null;
  const data = parseData(row.data);
  const userIds = [
    ...new Set(
      [row.decidedById, ...row.messages.map((m) => m.authorId)].filter((v): v is string => !!v),
    ),
  ];
  const name = { select: { locale: true, name: true } } as const;
  const [users, countries, causes, orgType, logo, initiative, current] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }),
    db.country.findMany({
      where: { code: { in: data.countries } },
      select: { code: true, translations: name },
    }),
    db.cause.findMany({
      where: { slug: { in: data.causes } },
      select: { slug: true, translations: name },
    }),
    data.orgType
      ? db.orgType.findUnique({ where: { slug: data.orgType }, select: { translations: name } })
      : null,
    row.logoId
      ? db.media.findUnique({ where: { id: row.logoId }, select: { variants: true } })
      : null,
    row.initiativeId
      ? db.initiative.findUnique({
          where: { id: row.initiativeId },
          select: { id: true, slug: true, state: true, translations: name },
        })
      : null,
    findDuplicates(db, data, { excludeSubmissionId: id }),
  ]);
  const email = new Map(users.map((u) => [u.id, u.email]));
  const label = (translations: { locale: string; name: string }[], fallback: string) =>
    pickTranslation(translations, locale)?.value.name ?? fallback;

  const duplicates = new Map<string, DuplicateDto>();
  for (const [list, when] of [
    [storedDuplicates(row.duplicates), "atSend"],
    [current, "now"],
  ] as const) {
    for (const candidate of list) {
      // The entry this submission became is not a duplicate of it.
      if (candidate.id === row.initiativeId) continue;
      const key = `${candidate.kind}:${candidate.id}`;
      const entry = duplicates.get(key) ?? { ...candidate, atSend: false, now: false, state: null };
      entry[when] = true;
      duplicates.set(key, entry);
    }
  }
  const initiativeIds = [...duplicates.values()]
    .filter((d) => d.kind === "initiative")
    .map((d) => d.id);
  const states = await db.initiative.findMany({
    where: { id: { in: initiativeIds } },
    select: { id: true, state: true },
  });
  for (const { id: initiativeId, state } of states) {
    const entry = duplicates.get(`initiative:${initiativeId}`);
    if (entry) entry.state = state;
  }

  return {
    id: row.id,
    status: row.status,
    locale: row.locale,
    data,
    labels: {
      countries: data.countries.map((code) => {
        const country = countries.find((c) => c.code === code);
        return country ? label(country.translations, code) : code;
      }),
      causes: data.causes.map((slug) => {
        const cause = causes.find((c) => c.slug === slug);
        return cause ? label(cause.translations, slug) : slug;
      }),
      orgType: orgType ? label(orgType.translations, data.orgType) : data.orgType,
    },
    logo: logo ? mediaPreview(logo.variants).src || null : null,
    atRisk: row.atRisk,
    contact: { name: row.contactName, email: row.contactEmail, telegram: row.contactTelegram },
    consentAt: row.consentAt,
    erasedAt: row.erasedAt,
    duplicateConfirmed: row.duplicateConfirmed,
    duplicates: [...duplicates.values()],
    initiative: initiative
      ? {
          id: initiative.id,
          slug: initiative.slug,
          state: initiative.state,
          name: label(initiative.translations, initiative.slug),
        }
      : null,
    decided: row.decidedAt
      ? { email: row.decidedById ? (email.get(row.decidedById) ?? null) : null, at: row.decidedAt }
      : null,
    createdAt: row.createdAt,
    // A SubmissionVersion row keeps the data an edit replaced, written at that edit: version 1
    // dates from the submission, each later one from the edit that made it.
    versions: [...row.versions.map((v) => v.data), row.data].map((snapshot, i) => ({
      number: i + 1,
      createdAt: i === 0 ? row.createdAt : row.versions[i - 1]!.createdAt,
      data: parseData(snapshot),
    })),
    messages: row.messages.map((m) => ({
      id: m.id,
      fromStaff: m.fromStaff,
      author: m.authorId ? (email.get(m.authorId) ?? null) : null,
      kind: m.kind,
      reason: m.reason,
      body: m.body,
      createdAt: m.createdAt,
    })),
  };
}

export interface MergeTargetDto {
  id: string;
  slug: string;
  state: PublicationState;
  name: string;
}

/** Entries to merge into, found by name, alias or address. */
export async function findMergeTargets(
  q: string,
  locale: ContentLocale,
): Promise<MergeTargetDto[]> {
  await requireCapability("submission.moderate");
  const query = q.trim();
  if (query.length < 2) return [];
  const rows = await db.initiative.findMany({
    where: {
      OR: [
        { slug: { contains: query, mode: "insensitive" } },
        { translations: { some: { name: { contains: query, mode: "insensitive" } } } },
        { aliases: { some: { value: { contains: query, mode: "insensitive" } } } },
      ],
    },
    orderBy: { updatedAt: "desc" },
    take: 10,
    select: {
      id: true,
      slug: true,
      state: true,
      translations: { select: { locale: true, name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    state: row.state,
    name: pickTranslation(row.translations, locale)?.value.name ?? row.slug,
  }));
}
