"use client";

import {
  Checkbox,
  SelectField,
  TextField,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { ACTIVITY_STATUSES, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";
import { SLUG_MAX_LENGTH } from "@/lib/text/slug";

const ACTIVITY_LABELS: Record<(typeof ACTIVITY_STATUSES)[number], string> = {
  ACTIVE: "Active",
  PAUSED: "Paused",
  CLOSED: "Closed",
};

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
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          path="activityStatus"
          label="Activity"
          value={values.activityStatus}
          onChange={(status) => update((draft) => void (draft.activityStatus = status))}
          errors={errors}
          options={ACTIVITY_STATUSES.map((status) => ({
            value: status,
            label: ACTIVITY_LABELS[status],
          }))}
        />
        <TextField
          path="foundedYear"
          label="Year founded"
          inputMode="numeric"
          maxLength={4}
          value={values.foundedYear}
          onChange={(year) => update((draft) => void (draft.foundedYear = year))}
          errors={errors}
        />
        <TextField
          path="lastVerifiedAt"
          label="Last verified"
          type="date"
          value={values.lastVerifiedAt}
          onChange={(date) => update((draft) => void (draft.lastVerifiedAt = date))}
          errors={errors}
        />
      </div>
      {slugLocked ? (
        <div className="space-y-1">
          <p className="text-sm font-medium">Address</p>
          <p className="font-mono text-sm">/initiatives/{values.slug}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            This entry has been published, so its address stays as it is.
          </p>
        </div>
      ) : (
        <TextField
          path="slug"
          label="Address (slug)"
          value={values.slug}
          maxLength={SLUG_MAX_LENGTH}
          placeholder={creating ? "made from the name" : undefined}
          onChange={(slug) => update((draft) => void (draft.slug = slug))}
          errors={errors}
          hint={
            creating
              ? "Leave empty to make one from the English (or first) name. Fixed once published."
              : "Lower-case Latin letters, digits and hyphens. Fixed once published."
          }
        />
      )}
      <Checkbox
        path="sensitive"
        label="Sensitive"
        hint="Hides the city, region and people on public pages (for example services for survivors of violence)."
        checked={values.sensitive}
        onChange={(sensitive) => update((draft) => void (draft.sensitive = sensitive))}
        errors={errors}
      />
      <Checkbox
        path="featured"
        label="Featured on the home page"
        checked={values.featured}
        onChange={(featured) => update((draft) => void (draft.featured = featured))}
        errors={errors}
      />
    </div>
  );
}
