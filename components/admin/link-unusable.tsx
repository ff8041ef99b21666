import Link from "next/link";

/** What a public one-time-link page shows when its link cannot be used. */
export function LinkUnusable({
  title,
  message,
  toLogin,
}: {
  title: string;
  message: string;
  toLogin: string;
}) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-700 dark:text-slate-300">{message}</p>
      <p>
        <Link href="/admin/login" className="text-brand-700 dark:text-brand-300 underline">
          {toLogin}
        </Link>
      </p>
    </div>
  );
}
