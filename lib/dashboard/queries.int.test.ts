import { beforeAll, describe, expect, it, vi } from "vitest";
import { audit } from "@/lib/audit";
import { getDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { fakeRequest, makeUser } from "@/lib/users/testing";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);

beforeAll(async () => {
  const entries = [
    ["fresh", "PUBLISHED", daysAgo(30)],
    ["old", "PUBLISHED", daysAgo(400)],
    ["never", "DRAFT", null],
    ["review", "IN_REVIEW", daysAgo(200)],
    ["gone", "ARCHIVED", null],
  ] as const;
  for (const [slug, state, lastVerifiedAt] of entries)
    await db.initiative.create({
      data: {
        slug,
        state,
        lastVerifiedAt,
        translations: {
          create: [
            { locale: "en", name: `${slug} (en)` },
            { locale: "ru", name: `${slug} (ru)` },
          ],
        },
      },
    });
});

describe("the dashboard", () => {
  it("counts entries by state and lists the unverified ones, never-verified first", async () => {
    fakeRequest.user = await makeUser(db, "CONTRIBUTOR");
    const dashboard = await getDashboard("ru");
    expect(dashboard.byState).toEqual({ DRAFT: 1, IN_REVIEW: 1, PUBLISHED: 2, ARCHIVED: 1 });
    expect(dashboard.stale.total).toBe(2);
    expect(dashboard.stale.entries.map((entry) => entry.name)).toEqual(["never (ru)", "old (ru)"]);
  });

  it("shows everyone's activity to admins and only their own to others", async () => {
    const admin = await makeUser(db, "ADMIN");
    const editor = await makeUser(db, "EDITOR");
    await audit(db, { actor: admin, action: "user.invite" });
    await audit(db, { actor: editor, action: "initiative.publish" });

    fakeRequest.user = editor;
    const own = await getDashboard("en");
    expect(own.activity.scope).toBe("own");
    expect(own.activity.entries.map((entry) => entry.action)).toEqual(["initiative.publish"]);

    fakeRequest.user = admin;
    const all = await getDashboard("en");
    expect(all.activity.scope).toBe("all");
    expect(all.activity.entries.map((entry) => entry.action).slice(0, 2)).toEqual([
      "initiative.publish",
      "user.invite",
    ]);
  });

  it("is refused without a session", async () => {
    fakeRequest.user = null;
    await expect(getDashboard("en")).rejects.toThrow("Please sign in.");
  });
});
