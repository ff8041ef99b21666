import "server-only";
import { redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { can, type Capability } from "@/lib/authz";

/**
 * For staff pages: the signed-in user (or a redirect to sign in) and whether their role opens
 * the page. A convenience for rendering; the page's queries check the capability themselves.
 */
export async function staffPage(
  capability: Capability,
): Promise<{ user: SessionUser; allowed: boolean }> {
  const user = await getSessionUser();
  if (!user) redirect("/admin/login");
  return { user, allowed: can(user.role, capability) };
}
