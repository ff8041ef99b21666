"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { adminAction, refuse, succeed, type ActionState } from "@/lib/action";
import { msg } from "@/lib/admin-i18n/codes";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { invalidateTaxonomy } from "@/lib/initiatives/invalidate";
import {
  CreateCauseSchema,
  CreateOrgTypeSchema,
  DeleteTaxonSchema,
  UpdateCauseSchema,
  UpdateOrgTypeSchema,
} from "@/lib/taxonomy/schemas";
import {
  CAUSE,
  isUniqueViolation,
  ORG_TYPE,
  refreshDocumentsOf,
  type TaxonKind,
} from "@/lib/taxonomy/writer";

/** Renames can touch many search documents; give the transaction room. */
const TX_OPTIONS = { timeout: 120_000 };

function afterChange() {
  invalidateTaxonomy();
  revalidatePath("/admin", "layout");
}

/** Creates a cause or type with its audit entry, then opens it ("created" notice). */
function createAction<S extends z.ZodType<{ slug: string }>>(
  kind: TaxonKind<z.output<S>>,
  schema: S,
) {
  return adminAction("taxonomy.manage", schema, async (input, { user, ip }) => {
    let id: string;
    try {
      id = await db.$transaction(async (tx) => {
        const created = await kind.create(tx, input.slug, input);
        await audit(tx, {
          actor: user,
          action: `taxonomy.${kind.entity}_create`,
          entityType: kind.entity,
          entityId: created,
          ip,
          details: { slug: input.slug, ...kind.details(input) },
        });
        return created;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return refuse("common.fieldsInvalid", undefined, {
        fieldErrors: { slug: [msg("taxonomy.slugTaken")] },
        values: input as Record<string, unknown>,
      });
    }
    afterChange();
    redirect(`/admin/taxonomy/${kind.path}/${id}?saved=created`);
  });
}

/** Saves names, order (and SDGs) and rebuilds the search documents that show the labels. */
function updateAction<S extends z.ZodType<{ id: string }>>(
  kind: TaxonKind<z.output<S>>,
  schema: S,
) {
  return adminAction("taxonomy.manage", schema, async (input, { user, ip }) => {
    const found = await db.$transaction(async (tx) => {
      const row = await kind.update(tx, input.id, input);
      if (!row) return false;
      await refreshDocumentsOf(tx, await kind.usedBy(tx, input.id));
      await audit(tx, {
        actor: user,
        action: `taxonomy.${kind.entity}_update`,
        entityType: kind.entity,
        entityId: input.id,
        ip,
        details: { slug: row.slug, ...kind.details(input) },
      });
      return true;
    }, TX_OPTIONS);
    if (!found) return refuse("taxonomy.notFound");
    afterChange();
    return succeed("taxonomy.saved");
  });
}

/** Deletes a cause or type that no initiative uses; the row is locked while checking. */
function deleteAction(kind: TaxonKind<never>) {
  return adminAction(
    "taxonomy.manage",
    DeleteTaxonSchema,
    async (input, { user, ip }): Promise<ActionState> => {
      const outcome = await db.$transaction(async (tx) => {
        const slug = await kind.lock(tx, input.id);
        if (!slug) return { ok: false, code: "taxonomy.notFound" } as const;
        if ((await kind.usedBy(tx, input.id)).length > 0)
          return { ok: false, code: "taxonomy.delete.inUse" } as const;
        await kind.remove(tx, input.id);
        await audit(tx, {
          actor: user,
          action: `taxonomy.${kind.entity}_delete`,
          entityType: kind.entity,
          entityId: input.id,
          ip,
          details: { slug },
        });
        return { ok: true, slug } as const;
      });
      if (!outcome.ok) return refuse(outcome.code);
      afterChange();
      redirect(`/admin/taxonomy?deleted=${encodeURIComponent(outcome.slug)}`);
    },
  );
}

export const createCauseAction = createAction(CAUSE, CreateCauseSchema);
export const updateCauseAction = updateAction(CAUSE, UpdateCauseSchema);
export const deleteCauseAction = deleteAction(CAUSE);
export const createOrgTypeAction = createAction(ORG_TYPE, CreateOrgTypeSchema);
export const updateOrgTypeAction = updateAction(ORG_TYPE, UpdateOrgTypeSchema);
export const deleteOrgTypeAction = deleteAction(ORG_TYPE);
