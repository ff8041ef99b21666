"use client";

import { useActionState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { FormStatus } from "@/components/admin/form-status";
import { InlineSubmit } from "@/components/admin/inline-submit";
import { formatDateTime } from "@/lib/admin-i18n/format";
import { revokeInvitationAction } from "@/lib/users/actions";
import type { PendingInvitationDto } from "@/lib/users/queries";

/** Open invitations: who was invited as what, by whom, until when; each can be revoked. */
export function InvitationsTable({ invitations }: { invitations: PendingInvitationDto[] }) {
  const { m, fmt, locale } = useAdminText();
  const x = m.users.invitations;
  const [state, action] = useActionState(revokeInvitationAction, undefined);
  const when = (iso: string) => `${formatDateTime(locale, iso)} ${m.common.utc}`;
  if (invitations.length === 0) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">{x.none}</p>
        <FormStatus state={state} />
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{x.caption}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950">
            <tr>
              {[x.email, x.role, x.invitedBy, x.sent, x.expires, x.actions].map((label) => (
                <th key={label} scope="col" className="px-4 py-2 font-medium">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row" className="px-4 py-2 font-normal break-all">
                  {invitation.email}
                </th>
                <td className="px-4 py-2">{m.roles[invitation.role]}</td>
                <td className="px-4 py-2 break-all">{invitation.invitedBy ?? m.common.system}</td>
                <td className="px-4 py-2 whitespace-nowrap">{when(invitation.createdAt)}</td>
                <td className="px-4 py-2 whitespace-nowrap">{when(invitation.expiresAt)}</td>
                <td className="px-4 py-2">
                  <form action={action}>
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <InlineSubmit danger pendingLabel={x.revoking}>
                      {x.revoke}
                      <span className="sr-only">
                        {" "}
                        {fmt(x.revokeLabel, { email: invitation.email })}
                      </span>
                    </InlineSubmit>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormStatus state={state} />
    </div>
  );
}
