/** Staff roles, most rights first (safe to import from client components). */
export const ROLES = ["ADMIN", "EDITOR", "CONTRIBUTOR"] as const;
