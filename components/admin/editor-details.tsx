"use client";

import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  Checkbox,
  SelectField,
  TextField,
  YearField,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { ACTIVITY_STATUSES, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";
import { SLUG_MAX_LENGTH } from "@/lib/text/slug";

type Values = Pick<
  InitiativeEditorInput,
  "slug" | "activityStatus" | "foundedYear" | "lastVerifiedAt" | "sensitive" | "featured"
>;

/** Address, activity, dates and the two flags. */
export function EditorDetails({
  values,
  update,
  errors,
  slugLocked,
  creating,
}: {
  values: Values;
  update: EditorUpdate;
  errors: FieldErrors;
  slugLocked: boolean;
  creating: boolean;
}) {
  const { m } = useAdminText();
  const f = m.editor.fields;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          path="activityStatus"
          label={f.activity}
          value={values.activityStatus}
          onChange={(status) => update((draft) => void (draft.activityStatus = status))}
          errors={errors}
          options={ACTIVITY_STATUSES.map((status) => ({
            value: status,
            label: m.editor.activity[status],
          }))}
        />
        <YearField
          path="foundedYear"
          label={f.foundedYear}
          value={values.foundedYear}
          onChange={(year) => update((draft) => void (draft.foundedYear = year))}
          errors={errors}
        />
        <TextField
          path="lastVerifiedAt"
          label={f.lastVerified}
          type="date"
          value={values.lastVerifiedAt}
          onChange={(date) => update((draft) => void (draft.lastVerifiedAt = date))}
          errors={errors}
        />
      </div>
      {slugLocked ? (
        <div className="space-y-1">
          <p className="text-sm font-medium">{f.address}</p>
          <p className="font-mono text-sm">/initiatives/{values.slug}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">{f.addressLocked}</p>
        </div>
      ) : (
        <TextField
          path="slug"
          label={f.slug}
          value={values.slug}
          maxLength={SLUG_MAX_LENGTH}
          placeholder={creating ? f.slugPlaceholder : undefined}
          onChange={(slug) => update((draft) => void (draft.slug = slug))}
          errors={errors}
          hint={creating ? f.slugHintNew : f.slugHint}
        />
      )}
      <Checkbox
        path="sensitive"
        label={f.sensitive}
        hint={f.sensitiveHint}
        checked={values.sensitive}
        onChange={(sensitive) => update((draft) => void (draft.sensitive = sensitive))}
        errors={errors}
      />
      <Checkbox
        path="featured"
        label={f.featured}
        hint={f.featuredHint}
        checked={values.featured}
        onChange={(featured) => update((draft) => void (draft.featured = featured))}
        errors={errors}
      />
    </div>
  );
}
