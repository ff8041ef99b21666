import type { Metadata } from "next";
import { AcceptInviteForm } from "@/components/admin/accept-invite-form";
import { LinkUnusable } from "@/components/admin/link-unusable";
import { LocaleSwitcher } from "@/components/admin/locale-switcher";
import { t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { getInvitation } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  // The token is in the address: never send it on to another site.
  return { title: m.invite.title, referrer: "no-referrer" };
}

export default async function AcceptInvitePage({ params }: PageProps<"/admin/invite/[token]">) {
  const { token } = await params;
  const { locale, m } = await getAdminI18n();
  const invitation = await getInvitation(token);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-12">
      <div className="flex justify-end">
        <LocaleSwitcher current={locale} label={m.common.language} />
      </div>
      {invitation.ok ? (
        <>
          <div>
            <h1 className="text-2xl font-semibold">{m.invite.title}</h1>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              {t(locale, m.invite.lead, { role: m.roles[invitation.value.role] })}
            </p>
          </div>
          <AcceptInviteForm token={token} email={invitation.value.email} m={m.invite} />
        </>
      ) : (
        <LinkUnusable
          title={m.invite.unusableTitle}
          message={m.invite[invitation.reason]}
          toLogin={m.invite.toLogin}
        />
      )}
    </main>
  );
}
