import "server-only";
import type { ActionState } from "@/lib/action";
import type { AdminMessages } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";

/** The English messages lib/action.ts itself returns, by the dictionary entry that says them. */
const WRAPPER_MESSAGES: Record<string, (m: AdminMessages) => string> = {
  "Please correct the highlighted fields.": (m) => m.common.fieldsInvalid,
  "Please sign in.": (m) => m.common.signInRequired,
  "You are not allowed to do this.": (m) => m.common.forbidden,
};

/**
 * Wraps a Server Action so the messages the shared wrapper produces (refusals, invalid input)
 * reach the user in the admin locale too. Handlers translate their own messages.
 */
export function localized<A extends unknown[], T>(
  action: (...args: A) => Promise<ActionState<T>>,
): (...args: A) => Promise<ActionState<T>> {
  return async (...args) => {
    const state = await action(...args);
    const translate = WRAPPER_MESSAGES[state.message];
    if (!translate) return state;
    const { m } = await getAdminI18n();
    return { ...state, message: translate(m) };
  };
}
