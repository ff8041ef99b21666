import type { Metadata } from "next";
import { LinkUnusable } from "@/components/admin/link-unusable";
import { LocaleSwitcher } from "@/components/admin/locale-switcher";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { getResetLink } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  // The token is in the address: never send it on to another site.
  return { title: m.reset.title, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: PageProps<"/admin/reset/[token]">) {
  const { token } = await params;
  const { locale, m } = await getAdminI18n();
  const link = await getResetLink(token);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-12">
      <div className="flex justify-end">
        <LocaleSwitcher current={locale} label={m.common.language} />
      </div>
      {link.ok ? (
        <>
          <div>
            <h1 className="text-2xl font-semibold">{m.reset.title}</h1>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              {t(locale, m.reset.lead, { email: link.value.email })}
            </p>
          </div>
          <ResetPasswordForm
            token={token}
            email={link.value.email}
            m={m.reset}
            passwordHint={m.invite.passwordHint}
          />
        </>
      ) : (
        <LinkUnusable
          title={m.reset.unusableTitle}
          message={m.reset[link.reason]}
          toLogin={m.reset.toLogin}
        />
      )}
    </main>
  );
}
