import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { createPrismaClient } from "@/lib/db-client";
import { resetPassword } from "@/lib/users/password-reset";
import { makeUser } from "@/lib/users/testing";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

function resetLinkCli(...args: string[]) {
  return spawnSync(process.execPath, [TSX, "scripts/user-reset-link.ts", ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL,
      SITE_URL: "https://atlas.example.org",
    },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm run user:reset-link", () => {
  it("prints a working one-hour link on SITE_URL, and audits it", async () => {
    const user = await makeUser(db, "EDITOR");
    const result = resetLinkCli("--email", user.email.toUpperCase());
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const link = result.stdout.match(/^https:\/\/atlas\.example\.org\/admin\/reset\/(\S{43})$/m);
    expect(link).not.toBeNull();
    const token = link![1]!;

    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "user.reset_link", entityId: user.id },
    });
    expect(entry).toMatchObject({ actorId: null, details: { via: "cli" } });

    expect(await resetPassword(db, { token, password: "copper meadow violin 8" }, null)).toEqual({
      ok: true,
      email: user.email,
    });
    expect((await authenticate(db, user.email, "copper meadow violin 8", "192.0.2.9")).ok).toBe(
      true,
    );
  });

  it("explains unknown and deactivated accounts and missing arguments", async () => {
    const unknown = resetLinkCli("--email", "nobody@example.org");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("no account with the email nobody@example.org");

    const user = await makeUser(db, "EDITOR");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    const inactive = resetLinkCli("--email", user.email);
    expect(inactive.status).toBe(1);
    expect(inactive.stderr).toContain("deactivated");
    expect(await db.oneTimeToken.count({ where: { userId: user.id } })).toBe(0);

    const missing = resetLinkCli();
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("--email is required");
  });
});
