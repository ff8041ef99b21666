import { getSiteUrl } from "@/lib/env";

export function inviteLink(token: string): string {
  return `${getSiteUrl()}/admin/invite/${token}`;
}

export function resetLink(token: string): string {
  return `${getSiteUrl()}/admin/reset/${token}`;
}

/**
 * Hands a one-time link to its recipient. The app has no mail transport yet, so the link goes to
 * the server log (where an operator can fetch it) besides being shown once to the admin who made
 * it; a mailer plugs in here.
 */
export function deliverLink(
  kind: "invitation" | "password reset",
  email: string,
  link: string,
  expiresAt: Date,
): void {
  console.info(
    `civic-atlas: ${kind} link for ${email} (valid until ${expiresAt.toISOString()}): ${link}`,
  );
}
