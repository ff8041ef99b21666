import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Notice } from "@/components/admin/form-status";
import { LocaleSwitcher } from "@/components/admin/locale-switcher";
import { LoginForm } from "@/components/admin/login-form";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.login.submit };
}

const NOTICES = ["account_created", "password_reset", "password_changed"] as const;

export default async function LoginPage({ searchParams }: PageProps<"/admin/login">) {
  if (await getSessionUser()) redirect("/admin");
  const { next, notice } = await searchParams;
  const { locale, m } = await getAdminI18n();
  const known = NOTICES.find((key) => key === notice);
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4 py-12">
      <div className="flex justify-end">
        <LocaleSwitcher current={locale} label={m.common.language} />
      </div>
      <h1 className="text-2xl font-semibold">{m.login.title}</h1>
      <Notice>{known ? m.login.notices[known] : undefined}</Notice>
      <LoginForm next={typeof next === "string" ? next : undefined} m={m.login} />
    </main>
  );
}
