import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { setTestDatabaseUrl } from "@/lib/env";
import { redirectOf } from "@/lib/users/testing";
import { seedDatabase } from "@/prisma/seed/seed";
import { signFormStart } from "./anti-abuse";
import { nameKey } from "./match-keys";
import { createSubmissionAction, editSubmissionAction } from "./public-actions";
import { getSubmissionByToken } from "./public-queries";
import { hashStatusToken, statusTokenFor } from "./status-token";

const request = vi.hoisted(() => ({ ip: "203.0.113.10" }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => null,
  requireCapability: async () => {
    throw new Error("public actions never ask for a session");
  },
  requestIp: async () => request.ip,
}));

// Logos are written to a scratch folder, never the project's .data.
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "civic-atlas-submissions-"));
setTestDatabaseUrl(process.env.DATABASE_URL!);

let counter = 0;
/** A fresh client address per test, so the per-address limit of one test never affects another. */
function nextIp() {
  counter += 1;
  return `198.51.100.${counter}`;
}

function form(overrides: Record<string, string | string[] | File> = {}): FormData {
  counter += 1;
  const values: Record<string, string | string[] | File> = {
    locale: "en",
    startedAt: signFormStart(Date.now() - 10_000),
    homepage: "",
    name: `Clean Air Watch ${counter} ${"abcdefghij"[counter % 10]}`,
    altName: "",
    summary: "Volunteers measure air quality in their neighbourhoods.",
    description: "",
    countries: ["KZ"],
    city: "Almaty",
    causes: ["civic-participation"],
    orgType: "",
    linkType: ["WEBSITE", "TELEGRAM"],
    linkValue: [`https://clean-air-${counter}.example.org`, ""],
    foundedYear: "",
    contactName: "Ana",
    contactEmail: `ana-${counter}@example.org`,
    contactTelegram: "",
    consent: "on",
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/** Runs the create action: the state it answered with, or the address it redirected to. */
async function send(data: FormData) {
  try {
    return { state: await createSubmissionAction(undefined, data), location: null };
  } catch (error) {
    return { state: null, location: await redirectOf(Promise.reject(error)) };
  }
}

const tokenOf = (location: string) => location.split("/").at(-1)!.split("?")[0]!;

async function initiativeTables() {
  const [initiatives, translations, links, aliases, revisions, search] = await Promise.all([
    db.initiative.count(),
    db.initiativeTranslation.count(),
    db.initiativeLink.count(),
    db.initiativeAlias.count(),
    db.revision.count(),
    db.initiativeSearch.findMany({ select: { initiativeId: true, updatedAt: true } }),
  ]);
  return { initiatives, translations, links, aliases, revisions, search };
}

beforeAll(async () => {
  await seedDatabase(db);
});

beforeEach(() => {
  request.ip = nextIp();
});

describe("sending a proposal", () => {
  it("stores it with contact data apart from the proposal, queues the emails and redirects to the status page", async () => {
    const before = await initiativeTables();
    const data = form({
      status: "APPROVED",
      id: "00000000-0000-0000-0000-000000000000",
      initiativeId: "00000000-0000-0000-0000-000000000001",
      atRisk: "on",
      contactTelegram: "@ana_team",
    });
    const { location } = await send(data);
    expect(location).toMatch(/^\/en\/submit\/status\/[A-Za-z0-9_-]{43}\?sent=1$/);
    const token = tokenOf(location!);
    const row = await db.submission.findUniqueOrThrow({
      where: { statusTokenHash: hashStatusToken(token) },
    });
    expect(statusTokenFor(row.id)).toBe(token);
    expect(row).toMatchObject({
      status: "NEW",
      locale: "en",
      atRisk: true,
      contactName: "Ana",
      contactTelegram: "ana_team",
      initiativeId: null,
      duplicateConfirmed: false,
    });
    expect(row.id).not.toBe("00000000-0000-0000-0000-000000000000");
    expect(row.consentAt).toBeInstanceOf(Date);
    expect(JSON.stringify(row.data)).not.toContain("@example.org");
    expect(row.data).toMatchObject({ countries: ["KZ"], causes: ["civic-participation"] });
    expect(row.matchKeys).toContain(`web:clean-air-${counter}.example.org`);
    const outbox = await db.outboxEmail.findMany({ where: { submissionId: row.id } });
    expect(outbox.map((email) => email.template)).toContain("submission.received");
    // Never publishes anything by itself.
    expect(await initiativeTables()).toEqual(before);
  });

  it("shows the status page for the link and nothing for a wrong one", async () => {
    const { location } = await send(form());
    const token = tokenOf(location!);
    const status = await getSubmissionByToken(token);
    expect(status).toMatchObject({ status: "NEW", editable: true, messages: [] });
    expect(JSON.stringify(status)).not.toContain("@example.org");

    // Moderators' messages show; their internal notes never do.
    await db.submissionMessage.createMany({
      data: [
        { submissionId: status!.id, fromStaff: true, kind: "note", body: "Internal: looks fine" },
        {
          submissionId: status!.id,
          fromStaff: true,
          kind: "changes_requested",
          body: "Add a link",
        },
      ],
    });
    const withMessages = await getSubmissionByToken(token);
    expect(withMessages!.messages.map((m) => m.body)).toEqual(["Add a link"]);
    const wrong = `${token.slice(0, -1)}${token.endsWith("A") ? "E" : "A"}`;
    expect(await getSubmissionByToken(wrong)).toBeNull();
    expect(await getSubmissionByToken("short")).toBeNull();
  });

  it("gives field errors and stores nothing for bad input", async () => {
    const before = await db.submission.count();
    const cases: [Record<string, string | string[]>, string, string][] = [
      [{ name: "" }, "name", "required"],
      [{ summary: "   " }, "summary", "required"],
      [{ name: "x".repeat(10_000) }, "name", "tooLong:200"],
      [{ name: "<script>alert(1)</script>" }, "name", "markup"],
      [{ linkValue: ["javascript:alert(1)", ""] }, "links.0.value", "link:WEBSITE"],
      [{ contactEmail: "not-an-email" }, "contactEmail", "email"],
      [{ causes: Array.from({ length: 200 }, (_, i) => `cause-${i}`) }, "causes", "tooMany:5"],
      [{ countries: ["XX", "ZZ"] }, "countries", "unknownCountry"],
      [{ consent: "" }, "consent", "consent"],
    ];
    for (const [overrides, field, code] of cases) {
      const { state } = await send(form(overrides));
      expect(state, field).toMatchObject({ ok: false, outcome: "invalid" });
      expect(state!.fieldErrors?.[field], field).toContain(code);
      // What was typed comes back to refill the form.
      expect(state!.values?.contactName).toBe("Ana");
    }
    expect(await db.submission.count()).toBe(before);
  });

  it("refuses a filled honeypot and a form sent too fast or with a forged time", async () => {
    const before = await db.submission.count();
    expect((await send(form({ homepage: "http://spam.example" }))).state).toMatchObject({
      ok: false,
      outcome: "refused",
    });
    const fast = await send(form({ startedAt: signFormStart(Date.now() - 500) }));
    expect(fast.state).toMatchObject({ ok: false, outcome: "tooFast" });
    expect(fast.state!.message).toMatch(/too quickly/);
    const forged = await send(form({ startedAt: `${Date.now() - 60_000}.forged` }));
    expect(forged.state).toMatchObject({ ok: false, outcome: "expired" });
    expect(await db.submission.count()).toBe(before);
  });

  it("refuses the excess of 50 proposals in a minute from one address with a clear message", async () => {
    const before = await db.submission.count();
    const outcomes: string[] = [];
    for (let i = 0; i < 50; i++) {
      const { state, location } = await send(form());
      outcomes.push(location ? "stored" : (state?.outcome ?? "?"));
      if (state?.outcome === "rateLimited") expect(state.message).toMatch(/Too many submissions/);
    }
    // SUBMISSION_LIMIT_PER_IP defaults to 5 an hour.
    expect(outcomes.filter((o) => o === "stored")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "rateLimited")).toHaveLength(45);
    expect(await db.submission.count()).toBe(before + 5);
  });

  it("limits proposals per email across addresses", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      request.ip = nextIp();
      const { state, location } = await send(form({ contactEmail: "Same.Person@example.org" }));
      outcomes.push(location ? "stored" : (state?.outcome ?? "?"));
    }
    // SUBMISSION_LIMIT_PER_EMAIL defaults to 3; the address is compared lower-cased.
    expect(outcomes).toEqual(["stored", "stored", "stored", "rateLimited", "rateLimited"]);
  });

  it("stores a logo like the admin upload does and refuses a file that is not an image", async () => {
    const png = await sharp({
      create: { width: 300, height: 200, channels: 3, background: "#0a7" },
    })
      .png()
      .toBuffer();
    const { location } = await send(
      form({ logo: new File([new Uint8Array(png)], "logo.png", { type: "image/png" }) }),
    );
    const row = await db.submission.findUniqueOrThrow({
      where: { statusTokenHash: hashStatusToken(tokenOf(location!)) },
    });
    const media = await db.media.findUniqueOrThrow({ where: { id: row.logoId! } });
    expect(media).toMatchObject({ kind: "LOGO", mimeType: "image/webp", width: 300 });

    const before = await db.submission.count();
    const { state } = await send(
      form({ logo: new File(["<svg onload=alert(1)>"], "logo.png", { type: "image/png" }) }),
    );
    expect(state?.fieldErrors?.logo).toEqual(["logo"]);
    expect(await db.submission.count()).toBe(before);
  });
});

describe("duplicates", () => {
  it("detects a seeded initiative by its website with www. and a trailing slash, and by its name in another script", async () => {
    const before = await db.submission.count();
    const { state } = await send(
      form({ name: "Кун Жарыгы", linkValue: ["https://www.prozakup.kz/", ""] }),
    );
    expect(state).toMatchObject({ ok: false, outcome: "duplicates" });
    expect(state!.duplicates).toEqual([
      {
        kind: "initiative",
        name: "Kun Jarygy",
        href: "/en/initiatives/kun-jarygy",
        reasons: ["website", "name"],
      },
    ]);
    expect(state!.values?.name).toBe("Кун Жарыгы");
    expect(await db.submission.count()).toBe(before);
  });

  it("detects a name with diacritics and a messenger handle, and stores the proposal once confirmed", async () => {
    const data = () =>
      form({
        name: "Būlbūl",
        linkType: ["TELEGRAM", "WEBSITE"],
        linkValue: ["https://t.me/BulBulTg_bot", ""],
      });
    const first = await send(data());
    expect(first.state?.duplicates?.[0]).toMatchObject({
      kind: "initiative",
      reasons: ["handle", "name"],
    });
    const confirmed = data();
    confirmed.set("confirmDuplicate", "on");
    const { location } = await send(confirmed);
    const row = await db.submission.findUniqueOrThrow({
      where: { statusTokenHash: hashStatusToken(tokenOf(location!)) },
    });
    expect(row.duplicateConfirmed).toBe(true);
    expect(row.duplicates).toEqual([
      expect.objectContaining({ kind: "initiative", slug: "bulbul", reasons: ["handle", "name"] }),
    ]);
  });

  it("detects a pending submission without naming it to the public", async () => {
    const { location } = await send(form({ name: "Steppe Seed Library" }));
    expect(location).toBeTruthy();
    request.ip = nextIp();
    const { state } = await send(form({ name: "Степпе Сеед Либрары" }));
    expect(state?.outcome).toBe("duplicates");
    expect(state!.duplicates).toEqual([
      { kind: "submission", name: null, href: null, reasons: ["name"] },
    ]);
  });
});

describe("editing through the status link", () => {
  async function created(overrides: Record<string, string | string[]> = {}) {
    const { location } = await send(form(overrides));
    const token = tokenOf(location!);
    const row = await db.submission.findUniqueOrThrow({
      where: { statusTokenHash: hashStatusToken(token) },
    });
    return { token, row };
  }

  function edit(token: string, overrides: Record<string, string | string[]> = {}) {
    const data = form(overrides);
    data.set("token", token);
    return editSubmissionAction(undefined, data);
  }

  it("keeps the previous data as a version, sets changes-requested back to NEW and records the note", async () => {
    const { token, row } = await created({ name: "Orchard Commons" });
    await db.submission.update({ where: { id: row.id }, data: { status: "CHANGES_REQUESTED" } });
    const before = await initiativeTables();
    const location = await redirectOf(
      edit(token, { name: "Orchard Commons Almaty", note: "Added the city." }),
    );
    expect(location).toBe(`/en/submit/status/${token}?saved=1`);
    const after = await db.submission.findUniqueOrThrow({
      where: { id: row.id },
      include: { versions: true, messages: true },
    });
    expect(after.status).toBe("NEW");
    expect(after.data).toMatchObject({ name: "Orchard Commons Almaty" });
    expect(after.versions.map((v) => (v.data as { name: string }).name)).toEqual([
      "Orchard Commons",
    ]);
    expect(after.messages).toEqual([
      expect.objectContaining({ fromStaff: false, kind: "reply", body: "Added the city." }),
    ]);
    expect(after.matchKeys).toContain(`name:${nameKey("Orchard Commons Almaty")}`);
    // Contact data is not editable there.
    expect(after.contactEmail).toBe(row.contactEmail);
    expect(await initiativeTables()).toEqual(before);
  });

  it("refuses a wrong token, a decided submission and bad input, changing nothing", async () => {
    const { token, row } = await created();
    expect(await edit("A".repeat(43))).toMatchObject({ ok: false, outcome: "notFound" });
    expect(await edit("../../etc")).toMatchObject({ ok: false, outcome: "notFound" });
    const bad = await edit(token, { name: "<b>x</b>", countries: ["XX"] });
    expect(bad).toMatchObject({ ok: false, outcome: "invalid" });
    expect(bad.fieldErrors).toMatchObject({ name: ["markup"], countries: ["unknownCountry"] });
    await db.submission.update({ where: { id: row.id }, data: { status: "REJECTED" } });
    expect(await edit(token, { name: "Changed" })).toMatchObject({ ok: false, outcome: "closed" });
    const after = await db.submission.findUniqueOrThrow({
      where: { id: row.id },
      include: { versions: true },
    });
    expect(after.data).toEqual(row.data);
    expect(after.versions).toEqual([]);
  });
});
