import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { Role, TokenKind } from "@/lib/generated/prisma/enums";

/** The app's client or an interactive transaction's. */
export type TokenStore = Pick<Db, "oneTimeToken">;

const HOUR = 60 * 60 * 1000;

/** How long each kind of link stays valid unless the caller says otherwise. */
export const TOKEN_TTL_MS: Record<TokenKind, number> = {
  INVITE: 7 * 24 * HOUR,
  PASSWORD_RESET: HOUR,
  PREVIEW: 7 * 24 * HOUR,
};

/** 32 random bytes in base64url: 43 characters from [A-Za-z0-9_-]. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function isTokenShaped(token: unknown): token is string {
  return typeof token === "string" && TOKEN_SHAPE.test(token);
}

/** Only this digest is stored: a leaked table does not hand out working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface CreateTokenInput {
  kind: TokenKind;
  email?: string | null;
  role?: Role | null;
  userId?: string | null;
  initiativeId?: string | null;
  createdById?: string | null;
  ttlMs?: number;
}

export interface CreatedToken {
  id: string;
  /** The secret for the link; it exists nowhere else, so show or send it now. */
  token: string;
  expiresAt: Date;
}

export async function createToken(db: TokenStore, input: CreateTokenInput): Promise<CreatedToken> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + (input.ttlMs ?? TOKEN_TTL_MS[input.kind]));
  const row = await db.oneTimeToken.create({
    data: {
      kind: input.kind,
      tokenHash: hashToken(token),
      email: input.email ?? null,
      role: input.role ?? null,
      userId: input.userId ?? null,
      initiativeId: input.initiativeId ?? null,
      createdById: input.createdById ?? null,
      expiresAt,
    },
    select: { id: true },
  });
  return { id: row.id, token, expiresAt };
}

const tokenSelect = {
  id: true,
  kind: true,
  email: true,
  role: true,
  userId: true,
  initiativeId: true,
  createdById: true,
  expiresAt: true,
  usedAt: true,
} as const;

export interface TokenRecord {
  id: string;
  kind: TokenKind;
  email: string | null;
  role: Role | null;
  userId: string | null;
  initiativeId: string | null;
  createdById: string | null;
  expiresAt: Date;
}

export type TokenResult =
  { ok: true; token: TokenRecord } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Looks a link up without using it (to decide what a page shows). */
export async function findToken(
  db: TokenStore,
  kind: TokenKind,
  token: unknown,
): Promise<TokenResult> {
  if (!isTokenShaped(token)) return { ok: false, reason: "invalid" };
  const row = await db.oneTimeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: tokenSelect,
  });
  if (!row || row.kind !== kind) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
  const { usedAt: _usedAt, ...record } = row;
  return { ok: true, token: record };
}

/**
 * Uses a link once. The conditional update is the guard: of two concurrent calls only one
 * changes the row, the other sees "used". Call it inside the transaction that does the link's
 * work, so a failure there leaves the link unused.
 */
export async function consumeToken(
  db: TokenStore,
  kind: TokenKind,
  token: unknown,
): Promise<TokenResult> {
  const found = await findToken(db, kind, token);
  if (!found.ok) return found;
  const now = new Date();
  const { count } = await db.oneTimeToken.updateMany({
    where: { id: found.token.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1 ? found : { ok: false, reason: "used" };
}

/** Ends the still-open links matching `where` (e.g. older resets once a new one is issued). */
export async function revokeTokens(
  db: TokenStore,
  where: { kind: TokenKind; userId?: string; email?: string },
): Promise<number> {
  const now = new Date();
  const { count } = await db.oneTimeToken.updateMany({
    where: { ...where, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  return count;
}
