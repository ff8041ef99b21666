"use client";

import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  Checkbox,
  TextField,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { LocalizedInputs } from "@/components/admin/editor-localized";
import { Repeater } from "@/components/admin/editor-repeater";
import { EDITOR_LIMITS, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";

/** Founders and team members; only public ones appear on the site (none for sensitive entries). */
export function EditorPeople({
  people,
  update,
  errors,
}: {
  people: InitiativeEditorInput["people"];
  update: EditorUpdate;
  errors: FieldErrors;
}) {
  const p = useAdminText().m.editor.people;
  return (
    <Repeater
      path="people"
      text={p}
      items={people}
      max={EDITOR_LIMITS.people}
      errors={errors}
      onAdd={() =>
        update((draft) => void draft.people.push({ name: "", role: {}, isPublic: true }))
      }
      onRemove={(index) => update((draft) => void draft.people.splice(index, 1))}
    >
      {(person, index) => (
        <>
          <TextField
            path={`people.${index}.name`}
            label={p.name}
            value={person.name}
            onChange={(name) => update((draft) => void (draft.people[index]!.name = name))}
            errors={errors}
            maxLength={EDITOR_LIMITS.personName}
          />
          <LocalizedInputs
            path={`people.${index}.role`}
            label={p.role}
            value={person.role}
            onChange={(role) => update((draft) => void (draft.people[index]!.role = role))}
            errors={errors}
            maxLength={EDITOR_LIMITS.role}
          />
          <Checkbox
            path={`people.${index}.isPublic`}
            label={p.isPublic}
            checked={person.isPublic}
            onChange={(isPublic) =>
              update((draft) => void (draft.people[index]!.isPublic = isPublic))
            }
            errors={errors}
          />
        </>
      )}
    </Repeater>
  );
}
