import "server-only";
import { z } from "zod";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pickTranslation } from "@/lib/i18n/fallback";
import { UI_LOCALES } from "@/lib/i18n/locales";

export const STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export const ADMIN_SORTS = ["updated", "name", "state", "verified"] as const;
const list = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .transform((values) =>
      values.flatMap((value) => (item.safeParse(value).success ? [value as z.output<T>] : [])),
    );

/** The admin table's URL state; unknown values are ignored. */
export const AdminListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  state: list(z.enum(STATES)),
  country: list(z.string().regex(/^[A-Z]{2}$/)),
  cause: list(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  /** Entries lacking a translation (or with a missing/machine one) in this UI locale. */
  missing: z.enum(UI_LOCALES).optional().catch(undefined),
  /** "yes": featured entries only; "no": the others. */
  featured: z.enum(["yes", "no"]).optional().catch(undefined),
  sort: z.enum(ADMIN_SORTS).catch("updated").default("updated"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AdminListQuery = z.output<typeof AdminListQuerySchema>;

export const ADMIN_PAGE_SIZE = 25;

export interface AdminListRow {
  id: string;
  slug: string;
  name: string;
  state: (typeof STATES)[number];
  updatedAt: string;
  lastVerifiedAt: string | null;
  featured: boolean;
  countries: string[];
  /** UI locales whose translation is missing or machine-made. */
  needsTranslation: string[];
  scheduled: { action: "PUBLISH" | "UNPUBLISH"; runAt: string } | null;
}

export async function listAdminInitiatives(query: AdminListQuery) {
  await requireCapability("initiative.read");
  const and: Prisma.InitiativeWhereInput[] = [];
  if (query.q) {
    const q = query.q;
    and.push({
      OR: [
        { slug: { contains: q, mode: "insensitive" } },
        { translations: { some: { name: { contains: q, mode: "insensitive" } } } },
        { aliases: { some: { value: { contains: q, mode: "insensitive" } } } },
      ],
    });
  }
  if (query.state.length) and.push({ state: { in: query.state } });
  if (query.country.length)
    and.push({ countries: { some: { countryCode: { in: query.country } } } });
  if (query.cause.length) and.push({ causes: { some: { cause: { slug: { in: query.cause } } } } });
  if (query.missing) {
    and.push({
      NOT: {
        translations: { some: { locale: query.missing, status: { in: ["DRAFT", "REVIEWED"] } } },
      },
    });
  }
  if (query.featured) and.push({ featured: query.featured === "yes" });
  const where: Prisma.InitiativeWhereInput = { AND: and };
  const orderBy: Prisma.InitiativeOrderByWithRelationInput[] =
    query.sort === "name"
      ? [{ slug: "asc" }]
      : query.sort === "state"
        ? [{ state: "asc" }, { updatedAt: "desc" }]
        : query.sort === "verified"
          ? [{ lastVerifiedAt: { sort: "asc", nulls: "first" } }, { slug: "asc" }]
          : [{ updatedAt: "desc" }, { id: "asc" }];

  const [total, rows] = await Promise.all([
    db.initiative.count({ where }),
    db.initiative.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        state: true,
        updatedAt: true,
        lastVerifiedAt: true,
        featured: true,
        translations: { select: { locale: true, name: true, status: true } },
        countries: { select: { countryCode: true } },
        schedules: {
          where: { status: "PENDING" },
          orderBy: { runAt: "asc" },
          take: 1,
          select: { action: true, runAt: true },
        },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
    rows: rows.map((row): AdminListRow => {
      const byLocale = new Map(row.translations.map((t) => [t.locale, t.status]));
      return {
        id: row.id,
        slug: row.slug,
        name: pickTranslation(row.translations, "en")?.value.name ?? row.slug,
        state: row.state,
        updatedAt: row.updatedAt.toISOString(),
        lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
        featured: row.featured,
        countries: row.countries.map((c) => c.countryCode),
        needsTranslation: UI_LOCALES.filter((l) => {
          const status = byLocale.get(l);
          return !status || status === "MISSING" || status === "MACHINE";
        }),
        scheduled: row.schedules[0]
          ? { action: row.schedules[0].action, runAt: row.schedules[0].runAt.toISOString() }
          : null,
      };
    }),
  };
}

/** The workflow panel's data for one entry. */
export async function getWorkflowState(id: string) {
  await requireCapability("initiative.read");
  return db.initiative.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      state: true,
      publishedAt: true,
      submittedAt: true,
      schedules: {
        where: { status: "PENDING" },
        orderBy: { runAt: "asc" },
        select: { id: true, action: true, runAt: true },
      },
    },
  });
}
