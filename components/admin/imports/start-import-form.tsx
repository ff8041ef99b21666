"use client";

import { useActionState, useState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  describedBy,
  FieldError,
  FieldHint,
  inputClass,
  TextField,
} from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { msg } from "@/lib/admin-i18n/codes";
import { startFeedImportAction } from "@/lib/imports/actions";
import { UPLOAD_MAX_BYTES, UPLOAD_MAX_MB } from "@/lib/imports/schemas";

/**
 * Starts an import from an address or an uploaded file. On success the action redirects to the
 * run's candidates, where its progress shows; a feed that cannot be read is explained under the
 * field it came from, and nothing is written.
 */
export function StartImportForm() {
  const { m, fmt } = useAdminText();
  const copy = m.imports.start;
  const [state, action] = useActionState(startFeedImportAction, undefined);
  // Checked here too, because a body over the Server Action limit never reaches the action.
  const [tooLarge, setTooLarge] = useState(false);
  const url = typeof state?.values?.url === "string" ? state.values.url : "";
  const fileError = tooLarge
    ? msg("imports.validation.fileTooLarge", { size: UPLOAD_MAX_MB })
    : state?.fieldErrors?.file?.[0];
  const fileHint = fmt(copy.fileHint, { size: UPLOAD_MAX_MB });
  return (
    <form
      action={action}
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        if (tooLarge) event.preventDefault();
      }}
    >
      <TextField
        id="import-url"
        name="url"
        type="text"
        label={copy.url}
        hint={copy.urlHint}
        defaultValue={url}
        autoComplete="off"
        error={state?.fieldErrors?.url?.[0]}
      />
      <p className="text-sm text-slate-600 dark:text-slate-400">{copy.or}</p>
      <div>
        <label htmlFor="import-file" className="mb-1 block text-sm font-medium">
          {copy.file}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".xml,.rss,.atom,.txt,application/rss+xml,application/atom+xml,application/xml,text/xml,text/plain"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy("import-file", fileHint, fileError)}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 dark:file:bg-slate-800`}
          onChange={(event) => setTooLarge((event.target.files?.[0]?.size ?? 0) > UPLOAD_MAX_BYTES)}
        />
        <FieldHint id="import-file">{fileHint}</FieldHint>
        <div aria-live="polite">
          <FieldError id="import-file" error={fileError} />
        </div>
      </div>
      <div className="w-full sm:w-48">
        <SubmitButton pendingLabel={copy.pending}>{copy.submit}</SubmitButton>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
