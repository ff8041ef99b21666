"use client";

import { Said, useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  errorId,
  fieldId,
  inputClass,
  SelectField,
  TextField,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { Repeater } from "@/components/admin/editor-repeater";
import {
  EDITOR_LIMITS,
  linkErrorMessage,
  type InitiativeEditorInput,
} from "@/lib/initiatives/editor-schema";
import { LINK_TYPES, normalizeLink, type LinkTypeName } from "@/lib/initiatives/links";

/** Examples that need no translation; handles are worded in the dictionary. */
const PLACEHOLDERS: Partial<Record<LinkTypeName, string>> = {
  WHATSAPP: "+7 701 234 5678",
  EMAIL: "team@example.org",
  WEBSITE: "example.org",
};

/**
 * Typed links. As the user types, each row shows the address it will be saved as (the same
 * normalisation the server applies) or why it cannot be saved.
 */
export function EditorLinks({
  links,
  update,
  errors,
}: {
  links: InitiativeEditorInput["links"];
  update: EditorUpdate;
  errors: FieldErrors;
}) {
  const { m, fmt, say } = useAdminText();
  const l = m.editor.links;
  return (
    <Repeater
      path="links"
      text={l}
      items={links}
      max={EDITOR_LIMITS.links}
      errors={errors}
      onAdd={() =>
        update((draft) => void draft.links.push({ type: "WEBSITE", value: "", label: "" }))
      }
      onRemove={(index) => update((draft) => void draft.links.splice(index, 1))}
    >
      {(link, index) => {
        const path = `links.${index}`;
        const live = link.value.trim() ? normalizeLink(link.type, link.value) : null;
        const resultId = `${fieldId(`${path}.value`)}-result`;
        // The live check speaks for the row when it finds a problem; otherwise the server's does.
        const serverError = Boolean(errors[`${path}.value`]?.length) && !(live && !live.ok);
        return (
          <div className="grid gap-3 sm:grid-cols-[10rem_1fr_12rem]">
            <SelectField
              path={`${path}.type`}
              label={l.type}
              value={link.type}
              onChange={(type) => update((draft) => void (draft.links[index]!.type = type))}
              errors={errors}
              options={LINK_TYPES.map((type) => ({ value: type, label: l.types[type] }))}
            />
            <div className="space-y-1">
              <label htmlFor={fieldId(`${path}.value`)} className="block text-sm font-medium">
                {l.value}
              </label>
              <input
                id={fieldId(`${path}.value`)}
                value={link.value}
                placeholder={
                  (l.placeholders as Partial<Record<LinkTypeName, string>>)[link.type] ??
                  PLACEHOLDERS[link.type] ??
                  "https://…"
                }
                maxLength={EDITOR_LIMITS.url}
                onChange={(event) =>
                  update((draft) => void (draft.links[index]!.value = event.target.value))
                }
                aria-invalid={serverError || (live && !live.ok) ? true : undefined}
                aria-describedby={[resultId, serverError ? errorId(`${path}.value`) : ""]
                  .filter(Boolean)
                  .join(" ")}
                className={inputClass}
              />
              <p id={resultId} aria-live="polite" className="text-sm break-all">
                {live === null ? null : live.ok ? (
                  <span className="font-mono text-emerald-800 dark:text-emerald-300">
                    {fmt(l.savedAs, { url: live.url })}
                  </span>
                ) : (
                  <span className="text-red-700 dark:text-red-400">
                    {say(linkErrorMessage(live))}
                  </span>
                )}
              </p>
              {serverError ? (
                <p id={errorId(`${path}.value`)} className="text-sm text-red-700 dark:text-red-400">
                  <Said texts={errors[`${path}.value`]} />
                </p>
              ) : null}
            </div>
            <TextField
              path={`${path}.label`}
              label={l.label}
              value={link.label}
              onChange={(label) => update((draft) => void (draft.links[index]!.label = label))}
              errors={errors}
              maxLength={EDITOR_LIMITS.linkLabel}
            />
          </div>
        );
      }}
    </Repeater>
  );
}
