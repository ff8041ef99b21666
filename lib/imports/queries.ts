import "server-only";
import type { AdminLocale } from "@/lib/admin-i18n/locales";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { PublicationState, Prisma } from "@/lib/generated/prisma/client";
import { pickTranslation } from "@/lib/i18n/fallback";
import type { ContentLocale } from "@/lib/i18n/locales";
import type { CandidateHints } from "@/lib/imports/hints";
import type { CandidateQuery, CandidateStatus } from "@/lib/imports/schemas";
import { taxonName } from "@/lib/initiatives/queries";

/** Reads for /admin/imports. Each checks data.import itself; they return only what pages show. */

/** A run still RUNNING after this long was cut short (its work happens after the response). */
const INTERRUPTED_AFTER_MS = 15 * 60 * 1000;
export const CANDIDATE_PAGE_SIZE = 20;

export type RunStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "INTERRUPTED";

export interface RunRow {
  id: string;
  source: string;
  feedTitle: string | null;
  status: RunStatus;
  total: number;
  processed: number;
  created: number;
  skipped: number;
  error: string | null;
  startedBy: string | null;
  startedAt: string;
  /** Candidates of this run still waiting for a decision. */
  waiting: number;
}

const runSelect = {
  id: true,
  source: true,
  feedTitle: true,
  status: true,
  total: true,
  processed: true,
  created: true,
  skipped: true,
  error: true,
  startedById: true,
  startedAt: true,
  _count: { select: { candidates: { where: { status: "NEW" } } } },
} as const satisfies Prisma.FeedImportRunSelect;

async function toRunRows(rows: Prisma.FeedImportRunGetPayload<{ select: typeof runSelect }>[]) {
  const ids = [...new Set(rows.flatMap((r) => r.startedById ?? []))];
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((u) => [u.id, u.name || u.email]));
  const now = Date.now();
  return rows.map((r): RunRow => ({
    id: r.id,
    source: r.source,
    feedTitle: r.feedTitle,
    status:
      r.status === "RUNNING" && now - r.startedAt.getTime() > INTERRUPTED_AFTER_MS
        ? "INTERRUPTED"
        : r.status,
    total: r.total,
    processed: r.processed,
    created: r.created,
    skipped: r.skipped,
    error: r.error,
    startedBy: r.startedById ? (byId.get(r.startedById) ?? null) : null,
    startedAt: r.startedAt.toISOString(),
    waiting: r._count.candidates,
  }));
}

export async function listRuns(limit = 20): Promise<RunRow[]> {
  await requireCapability("data.import");
  const rows = await db.feedImportRun.findMany({
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: runSelect,
  });
  return toRunRows(rows);
}

export async function getRun(id: string): Promise<RunRow | null> {
  await requireCapability("data.import");
  const row = await db.feedImportRun.findUnique({ where: { id }, select: runSelect });
  return row ? ((await toRunRows([row]))[0] ?? null) : null;
}

export interface InitiativeRef {
  id: string;
  name: string;
  state: PublicationState;
}

export interface CandidateRow {
  id: string;
  runId: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  locale: ContentLocale | null;
  excerpt: string;
  status: CandidateStatus;
  names: string[];
  countries: { code: string; name: string }[];
  causes: { id: string; slug: string; name: string }[];
  /** Existing initiatives the story mentions (those still present). */
  suggested: InitiativeRef[];
  /** The initiative it was attached to or drafted as (null when deleted since). */
  initiative: InitiativeRef | null;
}

function readHints(value: unknown): CandidateHints {
  const record = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const strings = (key: string) =>
    Array.isArray(record[key])
      ? (record[key] as unknown[]).filter((v): v is string => typeof v === "string")
      : [];
  return {
    names: strings("names"),
    countries: strings("countries"),
    causes: strings("causes"),
    initiativeIds: strings("initiativeIds"),
  };
}

const nameSelect = { select: { locale: true, name: true } } as const;

/** Country and cause names in the admin language, for hints and the draft form. */
export async function listTaxonomyOptions(locale: AdminLocale) {
  const [countries, causes] = await Promise.all([
    db.country.findMany({
      orderBy: { sortOrder: "asc" },
      select: { code: true, translations: nameSelect },
    }),
    db.cause.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, slug: true, translations: nameSelect },
    }),
  ]);
  return {
    countries: countries.map((c) => ({ code: c.code, name: taxonName(c.translations, locale) })),
    causes: causes.map((c) => ({
      id: c.id,
      slug: c.slug,
      name: taxonName(c.translations, locale),
    })),
  };
}

async function initiativeRefs(ids: string[]): Promise<Map<string, InitiativeRef>> {
  const rows = await db.initiative.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, state: true, translations: nameSelect },
  });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: pickTranslation(r.translations, "en")?.value.name ?? r.slug,
        state: r.state,
      },
    ]),
  );
}

const candidateSelect = {
  id: true,
  runId: true,
  title: true,
  url: true,
  publisher: true,
  publishedAt: true,
  locale: true,
  excerpt: true,
  status: true,
  hints: true,
  initiativeId: true,
} as const satisfies Prisma.ImportCandidateSelect;

type CandidateRecord = Prisma.ImportCandidateGetPayload<{ select: typeof candidateSelect }>;

async function toCandidateRows(rows: CandidateRecord[], locale: AdminLocale) {
  const hints = rows.map((r) => readHints(r.hints));
  const [taxonomy, refs] = await Promise.all([
    listTaxonomyOptions(locale),
    initiativeRefs([
      ...new Set([
        ...hints.flatMap((h) => h.initiativeIds),
        ...rows.flatMap((r) => r.initiativeId ?? []),
      ]),
    ]),
  ]);
  return rows.map((r, i): CandidateRow => {
    const h = hints[i]!;
    return {
      id: r.id,
      runId: r.runId,
      title: r.title,
      url: r.url,
      publisher: r.publisher,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      locale: r.locale,
      excerpt: r.excerpt,
      status: r.status,
      names: h.names,
      countries: taxonomy.countries.filter((c) => h.countries.includes(c.code)),
      causes: h.causes.flatMap((slug) => taxonomy.causes.find((c) => c.slug === slug) ?? []),
      suggested: h.initiativeIds.flatMap((id) => refs.get(id) ?? []),
      initiative: r.initiativeId ? (refs.get(r.initiativeId) ?? null) : null,
    };
  });
}

export async function listCandidates(query: CandidateQuery, locale: AdminLocale) {
  await requireCapability("data.import");
  const where: Prisma.ImportCandidateWhereInput = {
    ...(query.status === "ALL" ? {} : { status: query.status }),
    ...(query.run ? { runId: query.run } : {}),
  };
  const [total, rows] = await Promise.all([
    db.importCandidate.count({ where }),
    db.importCandidate.findMany({
      where,
      orderBy: [
        { createdAt: "desc" },
        { publishedAt: { sort: "desc", nulls: "last" } },
        { id: "asc" },
      ],
      skip: (query.page - 1) * CANDIDATE_PAGE_SIZE,
      take: CANDIDATE_PAGE_SIZE,
      select: candidateSelect,
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / CANDIDATE_PAGE_SIZE)),
    rows: await toCandidateRows(rows, locale),
  };
}

export async function getCandidate(id: string, locale: AdminLocale): Promise<CandidateRow | null> {
  await requireCapability("data.import");
  const row = await db.importCandidate.findUnique({ where: { id }, select: candidateSelect });
  return row ? ((await toCandidateRows([row], locale))[0] ?? null) : null;
}

export async function countNewCandidates(): Promise<number> {
  await requireCapability("data.import");
  return db.importCandidate.count({ where: { status: "NEW" } });
}
