/** Who does a user-management change, for the audit log. */
export interface AuditContext {
  /** Null for the command line, which runs as the operator. */
  actor: { id: string; email: string } | null;
  ip: string | null;
  via: "admin" | "cli";
}

export type Failure<C extends string> = { ok: false; code: C };
