import type { Messages } from "@/lib/i18n/messages";

export function SiteFooter({ messages: t }: { messages: Messages }) {
  return (
    <footer className="border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">{t.footer.about}</div>
    </footer>
  );
}
