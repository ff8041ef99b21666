"use client";

import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  SelectField,
  TextField,
  YearField,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { LocalizedInputs } from "@/components/admin/editor-localized";
import { Repeater } from "@/components/admin/editor-repeater";
import type { EditorOptions } from "@/lib/initiatives/admin-queries";
import { EDITOR_LIMITS, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";

const NEW = "__new__";

/** Who funds the initiative: a known funder or a new one (created when the entry is saved). */
export function EditorFundings({
  fundings,
  funders,
  update,
  errors,
}: {
  fundings: InitiativeEditorInput["fundings"];
  funders: EditorOptions["funders"];
  update: EditorUpdate;
  errors: FieldErrors;
}) {
  const f = useAdminText().m.editor.fundings;
  return (
    <Repeater
      path="fundings"
      text={f}
      items={fundings}
      max={EDITOR_LIMITS.fundings}
      errors={errors}
      onAdd={() =>
        update(
          (draft) =>
            void draft.fundings.push({
              funder: { kind: "existing", id: "" },
              programme: {},
              startYear: "",
              endYear: "",
            }),
        )
      }
      onRemove={(index) => update((draft) => void draft.fundings.splice(index, 1))}
    >
      {(funding, index) => {
        const path = `fundings.${index}`;
        const funder = funding.funder;
        return (
          <>
            <SelectField
              path={`${path}.funder.id`}
              label={f.funder}
              value={funder.kind === "new" ? NEW : funder.id}
              onChange={(choice) =>
                update((draft) => {
                  draft.fundings[index]!.funder =
                    choice === NEW
                      ? { kind: "new", name: "", url: "" }
                      : { kind: "existing", id: choice };
                })
              }
              errors={errors}
              options={[
                { value: "", label: f.choose },
                ...funders.map((known) => ({ value: known.id, label: known.name })),
                { value: NEW, label: f.newFunder },
              ]}
            />
            {funder.kind === "new" ? (
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField
                  path={`${path}.funder.name`}
                  label={f.newName}
                  value={funder.name}
                  onChange={(name) =>
                    update((draft) => {
                      const edited = draft.fundings[index]!.funder;
                      if (edited.kind === "new") edited.name = name;
                    })
                  }
                  errors={errors}
                  maxLength={EDITOR_LIMITS.funderName}
                />
                <TextField
                  path={`${path}.funder.url`}
                  label={f.website}
                  type="url"
                  value={funder.url}
                  placeholder="https://"
                  onChange={(url) =>
                    update((draft) => {
                      const edited = draft.fundings[index]!.funder;
                      if (edited.kind === "new") edited.url = url;
                    })
                  }
                  errors={errors}
                  maxLength={EDITOR_LIMITS.url}
                />
              </div>
            ) : null}
            <LocalizedInputs
              path={`${path}.programme`}
              label={f.programme}
              value={funding.programme}
              onChange={(programme) =>
                update((draft) => void (draft.fundings[index]!.programme = programme))
              }
              errors={errors}
              maxLength={EDITOR_LIMITS.programme}
            />
            <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
              <YearField
                path={`${path}.startYear`}
                label={f.from}
                value={funding.startYear}
                onChange={(year) =>
                  update((draft) => void (draft.fundings[index]!.startYear = year))
                }
                errors={errors}
              />
              <YearField
                path={`${path}.endYear`}
                label={f.to}
                value={funding.endYear}
                onChange={(year) => update((draft) => void (draft.fundings[index]!.endYear = year))}
                errors={errors}
              />
            </div>
          </>
        );
      }}
    </Repeater>
  );
}
