"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { OneTimeLink } from "@/components/admin/one-time-link";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { formatDateTime, t } from "@/lib/admin-i18n/format";
import type { AdminLocale } from "@/lib/admin-i18n/locales";
import { issueResetLinkAction } from "@/lib/users/actions";

export function UserResetLinkForm({
  userId,
  locale,
  m,
}: {
  userId: string;
  locale: AdminLocale;
  m: Pick<AdminMessages, "users" | "common">;
}) {
  const [state, action] = useActionState(issueResetLinkAction, undefined);
  const copy = m.users.reset;
  return (
    <div className="space-y-3">
      <form action={action} className="space-y-3">
        <input type="hidden" name="userId" value={userId} />
        <p className="text-sm text-slate-700 dark:text-slate-300">{copy.lead}</p>
        <div className="w-fit">
          <SubmitButton variant="secondary" pendingLabel={copy.pending}>
            {copy.submit}
          </SubmitButton>
        </div>
        <FormStatus state={state} />
      </form>
      {state?.ok && state.data ? (
        <OneTimeLink
          id="reset-link"
          label={copy.linkLabel}
          link={state.data.link}
          hint={t(locale, copy.linkHint, {
            email: state.data.email,
            date: `${formatDateTime(locale, state.data.expiresAt)} ${m.common.utc}`,
          })}
          copyLabel={m.common.copy}
          copiedLabel={m.common.copied}
        />
      ) : null}
    </div>
  );
}
