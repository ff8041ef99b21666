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
import { capitalized } from "@/lib/admin-i18n/format";
import { CONTENT_LOCALES } from "@/lib/i18n/locales";
import { EDITOR_LIMITS, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";

type Props = {
  impacts: InitiativeEditorInput["impacts"];
  sources: InitiativeEditorInput["sources"];
  update: EditorUpdate;
  errors: FieldErrors;
};

/** The articles the entry is written from, and figures citing them (by position in the list). */
export function EditorEvidence({ impacts, sources, update, errors }: Props) {
  const { m } = useAdminText();
  const s = m.editor.sources;
  const fig = m.editor.impacts;
  return (
    <div className="space-y-8">
      <Repeater
        path="sources"
        text={s}
        items={sources}
        max={EDITOR_LIMITS.sources}
        errors={errors}
        onAdd={() =>
          update(
            (draft) =>
              void draft.sources.push({
                title: "",
                publisher: "",
                url: "",
                publishedAt: "",
                locale: "",
              }),
          )
        }
        onRemove={(index) =>
          update((draft) => {
            draft.sources.splice(index, 1);
            // Figures keep pointing at the same article; one citing the removed article cites none.
            for (const impact of draft.impacts) {
              if (impact.sourceIndex === index) impact.sourceIndex = null;
              else if (impact.sourceIndex !== null && impact.sourceIndex > index)
                impact.sourceIndex--;
            }
          })
        }
      >
        {(source, index) => {
          const path = `sources.${index}`;
          const set = (field: "title" | "publisher" | "url" | "publishedAt") => (value: string) =>
            update((draft) => void (draft.sources[index]![field] = value));
          return (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                path={`${path}.title`}
                label={s.title}
                value={source.title}
                onChange={set("title")}
                errors={errors}
                maxLength={EDITOR_LIMITS.sourceTitle}
                className="sm:col-span-2"
              />
              <TextField
                path={`${path}.url`}
                label={s.url}
                type="url"
                placeholder="https://"
                value={source.url}
                onChange={set("url")}
                errors={errors}
                maxLength={EDITOR_LIMITS.url}
                className="sm:col-span-2"
              />
              <TextField
                path={`${path}.publisher`}
                label={s.publisher}
                value={source.publisher}
                onChange={set("publisher")}
                errors={errors}
                maxLength={EDITOR_LIMITS.publisher}
              />
              <div className="grid grid-cols-2 gap-3">
                <TextField
                  path={`${path}.publishedAt`}
                  label={s.date}
                  type="date"
                  value={source.publishedAt}
                  onChange={set("publishedAt")}
                  errors={errors}
                />
                <SelectField
                  path={`${path}.locale`}
                  label={s.language}
                  value={source.locale}
                  onChange={(locale) =>
                    update((draft) => void (draft.sources[index]!.locale = locale))
                  }
                  errors={errors}
                  options={[
                    { value: "" as const, label: s.notSet },
                    ...CONTENT_LOCALES.map((locale) => ({
                      value: locale,
                      label: capitalized(m.editor.languages[locale]),
                    })),
                  ]}
                />
              </div>
            </div>
          );
        }}
      </Repeater>

      <Repeater
        path="impacts"
        text={fig}
        items={impacts}
        max={EDITOR_LIMITS.impacts}
        errors={errors}
        onAdd={() =>
          update(
            (draft) =>
              void draft.impacts.push({
                label: {},
                value: "",
                unit: {},
                year: "",
                sourceIndex: null,
              }),
          )
        }
        onRemove={(index) => update((draft) => void draft.impacts.splice(index, 1))}
      >
        {(impact, index) => {
          const path = `impacts.${index}`;
          return (
            <>
              <LocalizedInputs
                path={`${path}.label`}
                label={fig.label}
                value={impact.label}
                onChange={(label) => update((draft) => void (draft.impacts[index]!.label = label))}
                errors={errors}
                maxLength={EDITOR_LIMITS.impactLabel}
              />
              <div className="grid gap-3 sm:grid-cols-3">
                <TextField
                  path={`${path}.value`}
                  label={fig.value}
                  inputMode="decimal"
                  value={impact.value}
                  onChange={(value) =>
                    update((draft) => void (draft.impacts[index]!.value = value))
                  }
                  errors={errors}
                  maxLength={20}
                />
                <YearField
                  path={`${path}.year`}
                  label={fig.year}
                  value={impact.year}
                  onChange={(year) => update((draft) => void (draft.impacts[index]!.year = year))}
                  errors={errors}
                />
                <SelectField
                  path={`${path}.sourceIndex`}
                  label={fig.source}
                  value={impact.sourceIndex === null ? "" : String(impact.sourceIndex)}
                  onChange={(choice) =>
                    update((draft) => {
                      draft.impacts[index]!.sourceIndex = choice === "" ? null : Number(choice);
                    })
                  }
                  errors={errors}
                  options={[
                    { value: "", label: fig.none },
                    ...sources.map((source, i) => ({
                      value: String(i),
                      label: `${i + 1}. ${source.title || fig.untitled}`,
                    })),
                  ]}
                />
              </div>
              <LocalizedInputs
                path={`${path}.unit`}
                label={fig.unit}
                value={impact.unit}
                onChange={(unit) => update((draft) => void (draft.impacts[index]!.unit = unit))}
                errors={errors}
                maxLength={EDITOR_LIMITS.unit}
              />
            </>
          );
        }}
      </Repeater>
    </div>
  );
}
