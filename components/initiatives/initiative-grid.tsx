import { InitiativeCard } from "@/components/initiatives/initiative-card";
import type { InitiativeCardDto } from "@/lib/initiatives/queries";
import type { UiLocale } from "@/lib/i18n/locales";

export function InitiativeGrid({
  initiatives,
  locale,
  headingLevel = 3,
}: {
  initiatives: InitiativeCardDto[];
  locale: UiLocale;
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {initiatives.map((initiative) => (
        <li key={initiative.slug}>
          <InitiativeCard initiative={initiative} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
