"use client";

import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  SelectField,
  TextField,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { Repeater } from "@/components/admin/editor-repeater";
import { capitalized } from "@/lib/admin-i18n/format";
import { CONTENT_LOCALES } from "@/lib/i18n/locales";
import { EDITOR_LIMITS, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";

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
  const { m } = useAdminText();
  const a = m.editor.aliases;
  return (
    <Repeater
      path="aliases"
      text={a}
      items={aliases}
      max={EDITOR_LIMITS.aliases}
      errors={errors}
      onAdd={() => update((draft) => void draft.aliases.push({ value: "", locale: "" }))}
      onRemove={(index) => update((draft) => void draft.aliases.splice(index, 1))}
    >
      {(alias, index) => (
        <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
          <TextField
            path={`aliases.${index}.value`}
            label={a.value}
            value={alias.value}
            onChange={(value) => update((draft) => void (draft.aliases[index]!.value = value))}
            errors={errors}
            maxLength={EDITOR_LIMITS.alias}
          />
          <SelectField
            path={`aliases.${index}.locale`}
            label={a.language}
            value={alias.locale}
            onChange={(locale) => update((draft) => void (draft.aliases[index]!.locale = locale))}
            errors={errors}
            options={[
              { value: "" as const, label: a.any },
              ...CONTENT_LOCALES.map((locale) => ({
                value: locale,
                label: capitalized(m.editor.languages[locale]),
              })),
            ]}
          />
        </div>
      )}
    </Repeater>
  );
}
