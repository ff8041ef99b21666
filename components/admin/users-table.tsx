import Link from "next/link";
import { formatDateTime, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { UserRowDto } from "@/lib/users/queries";

export function UsersTable({
  users,
  locale,
  m,
}: {
  users: UserRowDto[];
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const columns = m.users.columns;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{m.users.caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {columns.email}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {columns.name}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {columns.role}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {columns.status}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {columns.lastSignIn}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" className="px-4 py-2 font-normal">
                <Link
                  href={`/admin/users/${user.id}`}
                  className="text-brand-700 dark:text-brand-300 underline-offset-2 hover:underline"
                >
                  {user.email}
                </Link>
              </th>
              <td className="px-4 py-2">{user.name}</td>
              <td className="px-4 py-2">{m.roles[user.role]}</td>
              <td className="px-4 py-2">
                {user.active ? (
                  m.common.active
                ) : (
                  <span className="rounded bg-slate-200 px-2 py-0.5 dark:bg-slate-700">
                    {m.common.inactive}
                  </span>
                )}
              </td>
              <td className="px-4 py-2 whitespace-nowrap">
                {user.lastLoginAt ? formatDateTime(locale, user.lastLoginAt) : m.common.never}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
