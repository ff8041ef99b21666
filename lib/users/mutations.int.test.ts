import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { createUser } from "@/lib/users/mutations";
import { verifyPassword } from "@/lib/users/password";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

const PASSWORD = "orchard lantern ferry 42";

describe("createUser", () => {
  it("stores a lower-cased email and an argon2id hash, never the password", async () => {
    const result = await createUser(db, {
      email: " Editor@Example.ORG ",
      password: PASSWORD,
      role: "EDITOR",
    });
    expect(result).toMatchObject({
      ok: true,
      user: { email: "editor@example.org", role: "EDITOR" },
    });
    const row = await db.user.findUniqueOrThrow({
      where: { email: "editor@example.org" },
      omit: { passwordHash: false },
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash, "wrong password here")).toBe(false);
  });

  it("hides the hash from ordinary queries", async () => {
    const row = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it.each([
    [{ email: "not-an-email", password: PASSWORD, role: "EDITOR" }, "email"],
    [{ email: "a@example.org", password: "short", role: "EDITOR" }, "password"],
    [{ email: "a@example.org", password: "123qweasdzxc", role: "EDITOR" }, "password"],
    [{ email: "a@example.org", password: "x".repeat(129), role: "EDITOR" }, "password"],
    [{ email: "a@example.org", password: PASSWORD, role: "OWNER" }, "role"],
    [{ email: "EDITOR@example.org", password: PASSWORD, role: "ADMIN" }, "email"],
  ] as const)("refuses %o and stores nothing", async (input, field) => {
    const before = await db.user.count();
    const result = await createUser(db, input as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[field]?.[0]).toBeTruthy();
    expect(await db.user.count()).toBe(before);
  });
});
