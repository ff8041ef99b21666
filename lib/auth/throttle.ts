import type { Db } from "@/lib/db-client";

/** Failures allowed within the window before a key is locked, and for how long. */
export const THROTTLE = {
  account: { limit: 5, windowMinutes: 15, lockMinutes: 15 },
  ip: { limit: 20, windowMinutes: 15, lockMinutes: 15 },
} as const;

export type ThrottleKind = keyof typeof THROTTLE;

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.toLowerCase()}`;
}

/** Minutes until the key unlocks, or 0 when it may try. */
export async function lockedFor(db: Db, key: string): Promise<number> {
  const row = await db.authThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  if (!row?.lockedUntil) return 0;
  const ms = row.lockedUntil.getTime() - Date.now();
  return ms > 0 ? Math.ceil(ms / 60_000) : 0;
}

/** Counts a failure in one atomic statement (safe with concurrent attempts and instances). */
export async function recordFailure(db: Db, kind: ThrottleKind, key: string): Promise<void> {
  const { limit, windowMinutes, lockMinutes } = THROTTLE[kind];
  await db.$executeRaw`
    INSERT INTO "AuthThrottle" ("key", "failures", "windowStartedAt", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, now(), NULL, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "AuthThrottle"."windowStartedAt" < now() - make_interval(mins => ${windowMinutes})
                        THEN 1 ELSE "AuthThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "AuthThrottle"."windowStartedAt" < now() - make_interval(mins => ${windowMinutes})
                        THEN now() ELSE "AuthThrottle"."windowStartedAt" END,
      "lockedUntil" = CASE
        WHEN "AuthThrottle"."windowStartedAt" >= now() - make_interval(mins => ${windowMinutes})
             AND "AuthThrottle"."failures" + 1 >= ${limit}
        THEN now() + make_interval(mins => ${lockMinutes})
        ELSE "AuthThrottle"."lockedUntil" END,
      "updatedAt" = now()`;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key } });
}
