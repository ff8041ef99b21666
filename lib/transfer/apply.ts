import { audit } from "@/lib/audit";
import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeEditorValues } from "@/lib/initiatives/editor-schema";
import { scalarData, writeContent, type Tx } from "@/lib/initiatives/editor-write";
import { recordRevision } from "@/lib/initiatives/revisions";
import { refreshSearchDocument } from "@/lib/search/document";
import type { TransferInitiative, TransferMedia } from "@/lib/transfer/format";
import {
  planImport,
  planIsValid,
  type ImportPlan,
  type PlanOptions,
  type PlannedWrite,
} from "@/lib/transfer/plan";

/**
 * The import itself: all or nothing. The file is planned again inside one transaction (the rows
 * it names locked first), refused if any row is invalid or if the outcome differs from the dry
 * run the user approved (`expectedDigest`), and otherwise written with the editor's writer: the
 * same relations, search document, revision and audit entry as a save in the editor.
 */

export interface ImportActor {
  user: { id: string; email: string } | null;
  ip?: string | null;
  via: "admin" | "cli";
}

export type ImportResult =
  | { kind: "invalid"; plan: ImportPlan }
  | { kind: "stale"; plan: ImportPlan }
  | { kind: "applied"; plan: ImportPlan; slugs: string[] };

const instant = (value: string | null) => (value ? new Date(value) : null);
const json = (value: unknown) => value as Prisma.InputJsonValue;

async function upsertFunders(tx: Tx, writes: PlannedWrite[]) {
  const ids = new Map<string, string>();
  const changed: string[] = [];
  for (const { funder } of writes.flatMap((w) => w.valid.record.fundings)) {
    if (ids.has(funder.slug)) continue;
    const data = { name: json(funder.name), url: funder.url };
    const current = await tx.funder.findUnique({
      where: { slug: funder.slug },
      select: { id: true, name: true, url: true },
    });
    if (!current) {
      const row = await tx.funder.create({
        data: { slug: funder.slug, ...data },
        select: { id: true },
      });
      ids.set(funder.slug, row.id);
      continue;
    }
    ids.set(funder.slug, current.id);
    if (JSON.stringify([current.name, current.url]) !== JSON.stringify([funder.name, funder.url])) {
      await tx.funder.update({ where: { id: current.id }, data });
      changed.push(current.id);
    }
  }
  return { ids, changed };
}

/** The image's Media row: the existing one with this storage key, or one recreated from the file. */
async function mediaId(tx: Tx, media: TransferMedia | null, kind: "LOGO" | "COVER") {
  if (!media) return null;
  const { alt, variants, ...rest } = media;
  const found = await tx.media.findUnique({
    where: { storageKey: media.storageKey },
    select: { id: true },
  });
  // The file's description of the image wins, so what was shown as a change is what is stored.
  if (found) {
    await tx.media.update({ where: { id: found.id }, data: { ...rest, variants: json(variants) } });
    return found.id;
  }
  const row = await tx.media.create({
    data: { ...rest, kind, variants: json(variants), alt: json(alt) },
    select: { id: true },
  });
  return row.id;
}

async function valuesFor(
  tx: Tx,
  record: TransferInitiative,
  values: InitiativeEditorValues,
  funders: Map<string, string>,
): Promise<InitiativeEditorValues> {
  const [logo, cover] = [
    await mediaId(tx, record.logo, "LOGO"),
    await mediaId(tx, record.cover, "COVER"),
  ];
  return {
    ...values,
    fundings: values.fundings.map((f, i) => ({
      ...f,
      funder: { kind: "existing", id: funders.get(record.fundings[i]!.funder.slug)! },
    })),
    logo: logo ? { id: logo, alt: record.logo!.alt } : null,
    cover: cover ? { id: cover, alt: record.cover!.alt } : null,
  };
}

async function writeOne(
  tx: Tx,
  write: PlannedWrite,
  funders: Map<string, string>,
  actor: ImportActor,
) {
  const { record } = write.valid;
  const v = await valuesFor(tx, record, write.valid.values, funders);
  const userId = actor.user?.id ?? null;
  const publication = {
    state: record.state,
    publishedAt: instant(record.publishedAt),
    submittedAt: instant(record.submittedAt),
  };
  let id: string;
  if (write.current) {
    id = write.current.id;
    // Entries written outside the editor have no revision yet: keep their state before this one.
    if (!(await tx.revision.findFirst({ where: { initiativeId: id }, select: { id: true } })))
      await recordRevision(tx, { initiativeId: id, action: "create", authorId: null });
    await tx.initiative.update({
      where: { id },
      data: { ...scalarData(v), ...publication, version: { increment: 1 }, updatedById: userId },
    });
  } else {
    const row = await tx.initiative.create({
      data: {
        slug: record.slug,
        ...scalarData(v),
        ...publication,
        version: record.version,
        createdAt: new Date(record.createdAt),
        createdById: userId,
        updatedById: userId,
      },
      select: { id: true },
    });
    id = row.id;
  }
  await writeContent(tx, id, v);
  await refreshSearchDocument(tx, id);
  const revision = await recordRevision(tx, {
    initiativeId: id,
    action: write.current ? "update" : "create",
    authorId: userId,
  });
  await audit(tx, {
    actor: actor.user,
    action: "initiative.import",
    entityType: "initiative",
    entityId: id,
    ip: actor.ip ?? null,
    details: {
      slug: record.slug,
      kind: write.kind,
      via: actor.via,
      changed: revision.changed.length,
    },
  });
}

export async function applyImport(
  db: Db,
  text: string,
  options: Omit<PlanOptions, "beforeRead"> & { actor: ImportActor; expectedDigest?: string },
): Promise<ImportResult> {
  return db.$transaction(
    async (tx) => {
      const plan = await planImport(tx, text, {
        ...options,
        beforeRead: async (slugs) => {
          if (slugs.length)
            await tx.$queryRaw`SELECT 1 FROM "Initiative" WHERE "slug" = ANY(${slugs}) FOR UPDATE`;
        },
      });
      if (!planIsValid(plan)) return { kind: "invalid", plan } as const;
      if (options.expectedDigest !== undefined && options.expectedDigest !== plan.digest)
        return { kind: "stale", plan } as const;
      const { ids, changed } = await upsertFunders(tx, plan.writes);
      for (const write of plan.writes) await writeOne(tx, write, ids, options.actor);
      await audit(tx, {
        actor: options.actor.user,
        action: "data.import",
        ip: options.actor.ip ?? null,
        details: { format: plan.format, via: options.actor.via, ...plan.counts },
      });
      // Entries whose pages show a changed funder, though the file may not name them.
      const funded = changed.length
        ? await tx.initiative.findMany({
            where: { fundings: { some: { funderId: { in: changed } } } },
            select: { slug: true },
          })
        : [];
      const slugs = [...plan.writes.map((w) => w.valid.slug), ...funded.map((row) => row.slug)];
      return { kind: "applied", plan, slugs: [...new Set(slugs)] } as const;
    },
    { timeout: 120_000 + Math.round(text.length / 5), maxWait: 10_000 },
  );
}
