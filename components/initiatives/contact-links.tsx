import type { InitiativeDetailDto } from "@/lib/initiatives/queries";
import type { Messages } from "@/lib/i18n/messages";

/** Messengers first: in the region people reach initiatives on Telegram, WhatsApp and Instagram. */
const ORDER = ["TELEGRAM", "WHATSAPP", "INSTAGRAM", "WEBSITE", "EMAIL"];

function rank(type: string) {
  const index = ORDER.indexOf(type);
  return index === -1 ? ORDER.length : index;
}

export function ContactLinks({
  links,
  messages: t,
}: {
  links: InitiativeDetailDto["links"];
  messages: Messages;
}) {
  const sorted = [...links].sort((a, b) => rank(a.type) - rank(b.type));
  return (
    <ul className="flex flex-wrap gap-2">
      {sorted.map((link) => (
        <li key={`${link.type}:${link.url}`}>
          <a
            href={link.url}
            rel="noopener noreferrer"
            target={link.type === "EMAIL" ? undefined : "_blank"}
            className="hover:border-brand-600 hover:bg-brand-50 inline-flex items-center gap-2 rounded-full border border-slate-300 px-4 py-2 text-sm font-medium dark:border-slate-700 dark:hover:bg-slate-900"
          >
            {link.label ?? t.links[link.type]}
            {link.handle && link.type !== "EMAIL" && link.type !== "WHATSAPP" ? (
              <span className="text-slate-600 dark:text-slate-400">@{link.handle}</span>
            ) : null}
          </a>
        </li>
      ))}
    </ul>
  );
}
