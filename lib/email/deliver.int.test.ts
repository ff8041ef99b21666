import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  deliverOutbox,
  MAX_ATTEMPTS,
  NOT_CONFIGURED,
  retryDelayMs,
  type MailTransport,
} from "@/lib/email";
import { startFakeSmtp, type FakeSmtp } from "@/lib/email/testing/fake-smtp";
import { smtpTransport } from "@/lib/email/transport";

let smtp: FakeSmtp;
let transport: MailTransport;

beforeAll(async () => {
  smtp = await startFakeSmtp();
  transport = smtpTransport(smtp.url, "Civic Atlas <no-reply@example.org>");
});

afterAll(async () => {
  await smtp.close();
});

beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  smtp.received.length = 0;
  smtp.reject = null;
});

const T0 = new Date("2030-01-01T12:00:00Z");

async function queued(to = `${randomUUID()}@example.org`) {
  return db.outboxEmail.create({
    data: {
      to,
      locale: "ru",
      template: "submission.received",
      subject: "Мы получили вашу заявку",
      text: "Здравствуйте!\n\nСпасибо.\n",
      nextAttemptAt: T0,
    },
  });
}

const row = (id: string) => db.outboxEmail.findUniqueOrThrow({ where: { id } });

describe("deliverOutbox", () => {
  it("sends a due email through SMTP and marks it sent", async () => {
    const email = await queued("partner@example.org");
    const results = await deliverOutbox(db, { transport, now: T0 });
    expect(results).toEqual([{ id: email.id, status: "SENT" }]);
    const stored = await row(email.id);
    expect(stored).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(stored.sentAt).not.toBeNull();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(["<partner@example.org>"]);
    expect(smtp.received[0]!.from).toContain("no-reply@example.org");
    // The subject is MIME-encoded (Cyrillic); the body arrives as sent.
    expect(smtp.received[0]!.data).toMatch(/Subject: =\?UTF-8\?/);
  });

  it("does not send emails that are not due yet", async () => {
    const email = await queued();
    expect(await deliverOutbox(db, { transport, now: new Date(T0.getTime() - 1000) })).toEqual([]);
    expect((await row(email.id)).status).toBe("PENDING");
    expect(smtp.received).toHaveLength(0);
  });

  it("retries after a temporary failure with a growing delay, then sends", async () => {
    const email = await queued();
    smtp.reject = "451 4.3.0 Mailbox temporarily unavailable";
    const [first] = await deliverOutbox(db, { transport, now: T0 });
    expect(first).toMatchObject({ id: email.id, status: "PENDING" });
    let stored = await row(email.id);
    expect(stored).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(stored.lastError).toContain("451");
    expect(stored.nextAttemptAt.getTime()).toBe(T0.getTime() + retryDelayMs(1));

    // Not due again before the delay has passed.
    expect(await deliverOutbox(db, { transport, now: new Date(T0.getTime() + 30_000) })).toEqual(
      [],
    );

    const second = new Date(T0.getTime() + retryDelayMs(1));
    await deliverOutbox(db, { transport, now: second });
    stored = await row(email.id);
    expect(stored.attempts).toBe(2);
    expect(stored.nextAttemptAt.getTime()).toBe(second.getTime() + retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    smtp.reject = null;
    await deliverOutbox(db, { transport, now: new Date(second.getTime() + retryDelayMs(2)) });
    stored = await row(email.id);
    expect(stored).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect(smtp.received).toHaveLength(1);
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts`, async () => {
    const email = await queued();
    smtp.reject = "421 4.4.2 Service not available";
    let now = T0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const [result] = await deliverOutbox(db, { transport, now });
      expect(result?.status).toBe(attempt < MAX_ATTEMPTS ? "PENDING" : "FAILED");
      now = new Date(now.getTime() + retryDelayMs(attempt));
    }
    const stored = await row(email.id);
    expect(stored).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(stored.lastError).toContain("421");
    // A failed email is never picked up again by itself.
    expect(
      await deliverOutbox(db, { transport, now: new Date(now.getTime() + 86_400_000) }),
    ).toEqual([]);
  });

  it("gives up at once when the server refuses the address for good (5xx)", async () => {
    const email = await queued();
    smtp.reject = "550 5.1.1 No such user";
    const [result] = await deliverOutbox(db, { transport, now: T0 });
    expect(result).toMatchObject({ status: "FAILED" });
    expect(await row(email.id)).toMatchObject({ status: "FAILED", attempts: 1 });
  });

  it("records emails as not sent when SMTP is not configured", async () => {
    const email = await queued();
    const [result] = await deliverOutbox(db, { transport: null, now: T0 });
    expect(result).toEqual({ id: email.id, status: "FAILED", error: NOT_CONFIGURED });
    expect(await row(email.id)).toMatchObject({
      status: "FAILED",
      attempts: 0,
      lastError: NOT_CONFIGURED,
    });
  });

  it("sends each email once when several instances deliver at the same time", async () => {
    const emails = await Promise.all(Array.from({ length: 8 }, () => queued()));
    const sent: string[] = [];
    const slow: MailTransport = {
      async send(email) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        sent.push(email.to);
      },
    };
    const runs = await Promise.all([
      deliverOutbox(db, { transport: slow, now: T0, limit: 5 }),
      deliverOutbox(db, { transport: slow, now: T0, limit: 5 }),
      deliverOutbox(db, { transport: slow, now: T0, limit: 5 }),
    ]);
    const more = await deliverOutbox(db, { transport: slow, now: T0, limit: 5 });
    const ids = [...runs.flat(), ...more].map((result) => result.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sent.sort()).toEqual(emails.map((email) => email.to).sort());
    expect(await db.outboxEmail.count({ where: { status: "SENT" } })).toBe(8);
  });
});
