"use client";

import {
  LOCALE_NAMES,
  SelectField,
  TextField,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { Repeater } from "@/components/admin/editor-repeater";
import { CONTENT_LOCALES } from "@/lib/i18n/locales";
import { EDITOR_LIMITS, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";

const LANGUAGE_OPTIONS = [
  { value: "" as const, label: "Any" },
  ...CONTENT_LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
];

/** Other names and spellings, found by search (abbreviations, transliterations, former names). */
export function EditorAliases({
  aliases,
  update,
  errors,
}: {
  aliases: InitiativeEditorInput["aliases"];
  update: EditorUpdate;
  errors: FieldErrors;
}) {
  return (
    <Repeater
      path="aliases"
      legend="Other names and spellings"
      itemName="alias"
      items={aliases}
      max={EDITOR_LIMITS.aliases}
      errors={errors}
      empty="None yet. Add abbreviations, transliterations and former names so search finds them."
      onAdd={() => update((draft) => void draft.aliases.push({ value: "", locale: "" }))}
      onRemove={(index) => update((draft) => void draft.aliases.splice(index, 1))}
    >
      {(alias, index) => (
        <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
          <TextField
            path={`aliases.${index}.value`}
            label="Name or spelling"
            value={alias.value}
            onChange={(value) => update((draft) => void (draft.aliases[index]!.value = value))}
            errors={errors}
            maxLength={EDITOR_LIMITS.alias}
          />
          <SelectField
            path={`aliases.${index}.locale`}
            label="Language"
            value={alias.locale}
            onChange={(locale) => update((draft) => void (draft.aliases[index]!.locale = locale))}
            errors={errors}
            options={LANGUAGE_OPTIONS}
          />
        </div>
      )}
    </Repeater>
  );
}
