import { beforeAll, describe, expect, it, vi } from "vitest";
import { listAuditEntries, AUDIT_PAGE_SIZE } from "@/lib/audit-log/queries";
import { db } from "@/lib/db";
import { fakeRequest, makeUser } from "@/lib/users/testing";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());

const TOTAL = AUDIT_PAGE_SIZE * 2 + 10;

beforeAll(async () => {
  fakeRequest.user = await makeUser(db, "ADMIN");
  await db.auditLog.createMany({
    data: Array.from({ length: TOTAL }, (_, i) => ({
      at: new Date(Date.UTC(2026, 0, 1 + (i % 30))),
      action: i % 3 === 0 ? "user.invite" : "auth.sign_in",
      actorEmail: i % 2 === 0 ? "Ana@example.org" : "bek@example.org",
      entityType: i % 5 === 0 ? "user" : null,
      entityId: i % 5 === 0 ? `u${i}` : null,
      details: { i },
    })),
  });
});

const numbers = (entries: { details: string }[]) =>
  entries.map((entry) => (JSON.parse(entry.details) as { i: number }).i);

describe("the audit log browser", () => {
  it("pages newest first by id, forwards and back, without gaps or repeats", async () => {
    const first = await listAuditEntries({});
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newer).toBeNull();
    const ids = first.entries.map((entry) => BigInt(entry.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);

    const second = await listAuditEntries({ before: first.older! });
    const third = await listAuditEntries({ before: second.older! });
    const seen = [...first.entries, ...second.entries, ...third.entries];
    // The admin made by makeUser wrote no audit rows; everything here is the fixture.
    expect(new Set(seen.map((entry) => entry.id)).size).toBe(TOTAL);
    expect(third.older).toBeNull();

    const back = await listAuditEntries({ after: third.newer! });
    expect(back.entries.map((entry) => entry.id)).toEqual(second.entries.map((e) => e.id));
  });

  it("filters by action (exact or prefix), actor, entity and dates", async () => {
    const exact = await listAuditEntries({ action: "user.invite" });
    expect(exact.entries.every((entry) => entry.action === "user.invite")).toBe(true);
    expect((await listAuditEntries({ action: "user" })).entries).toHaveLength(0);
    expect((await listAuditEntries({ action: "user." })).entries).toHaveLength(
      exact.entries.length,
    );

    const ana = await listAuditEntries({ actor: "ana@EXAMPLE", action: "auth.sign_in" });
    expect(ana.entries.length).toBeGreaterThan(0);
    expect(numbers(ana.entries).every((i) => i % 2 === 0 && i % 3 !== 0)).toBe(true);

    const entity = await listAuditEntries({ entityType: "user", entityId: "u10" });
    expect(numbers(entity.entries)).toEqual([10]);

    const days = await listAuditEntries({ from: "2026-01-02", to: "2026-01-03" });
    expect(new Set(days.entries.map((entry) => entry.at.slice(0, 10)))).toEqual(
      new Set(["2026-01-02", "2026-01-03"]),
    );
  });

  it("is for those who may read the audit log only", async () => {
    const admin = fakeRequest.user;
    fakeRequest.user = await makeUser(db, "EDITOR");
    await expect(listAuditEntries({})).rejects.toThrow("You are not allowed to do this.");
    fakeRequest.user = null;
    await expect(listAuditEntries({})).rejects.toThrow("Please sign in.");
    fakeRequest.user = admin;
  });
});
