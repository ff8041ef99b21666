import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What each staff role may do. Every admin action and admin query names the capability it needs
 * and checks it itself (lib/action.ts, lib/auth/session.ts); layouts only hide what is refused.
 */
export const CAPABILITIES = {
  "admin.access": ["ADMIN", "EDITOR", "CONTRIBUTOR"],
  "initiative.read": ["ADMIN", "EDITOR", "CONTRIBUTOR"],
  "initiative.create": ["ADMIN", "EDITOR", "CONTRIBUTOR"],
  /** Edit an entry in the draft state (contributors may do nothing else with content). */
  "initiative.editDraft": ["ADMIN", "EDITOR", "CONTRIBUTOR"],
  /** Edit an entry in review, published or archived. */
  "initiative.edit": ["ADMIN", "EDITOR"],
  "initiative.submit": ["ADMIN", "EDITOR", "CONTRIBUTOR"],
  "initiative.publish": ["ADMIN", "EDITOR"],
  "initiative.unpublish": ["ADMIN", "EDITOR"],
  "initiative.archive": ["ADMIN", "EDITOR"],
  "initiative.schedule": ["ADMIN", "EDITOR"],
  "initiative.restore": ["ADMIN", "EDITOR", "CONTRIBUTOR"],
  "initiative.delete": ["ADMIN"],
  "initiative.share": ["ADMIN", "EDITOR", "CONTRIBUTOR"],
  "media.upload": ["ADMIN", "EDITOR", "CONTRIBUTOR"],
  "submission.moderate": ["ADMIN", "EDITOR"],
  "taxonomy.manage": ["ADMIN", "EDITOR"],
  "user.manage": ["ADMIN"],
  "audit.read": ["ADMIN"],
  /** Outgoing emails hold submitters' addresses. */
  "outbox.read": ["ADMIN"],
  "data.import": ["ADMIN", "EDITOR"],
  "data.export": ["ADMIN", "EDITOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

export class AuthorizationError extends Error {
  constructor(readonly reason: "unauthenticated" | "forbidden") {
    super(reason === "unauthenticated" ? "Please sign in." : "You are not allowed to do this.");
  }
}
