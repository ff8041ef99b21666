"use client";

import { useState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  dangerButtonClass,
  FieldError,
  fieldId,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { LocalizedInputs } from "@/components/admin/editor-localized";
import { Spinner } from "@/components/admin/spinner";
import { EDITOR_LIMITS, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";
import type { MessageCode, MessageParams } from "@/lib/admin-i18n/codes";
import type { UploadedMedia } from "@/lib/media/actions";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import type { MediaPreview } from "@/lib/media/urls";

const KINDS = [
  { field: "logo", kind: "LOGO" },
  { field: "cover", kind: "COVER" },
] as const;

/**
 * Logo and cover. An upload is stored at once (re-encoded, metadata removed) but only becomes
 * the entry's image when the entry is saved, like any other change.
 */
export function EditorMedia({
  values,
  previews,
  onPreview,
  update,
  errors,
}: {
  values: Pick<InitiativeEditorInput, "logo" | "cover">;
  previews: Record<string, MediaPreview>;
  onPreview: (id: string, preview: MediaPreview) => void;
  update: EditorUpdate;
  errors: FieldErrors;
}) {
  const { m, fmt, sayState } = useAdminText();
  const x = m.editor.media;
  const [status, setStatus] = useState<Record<string, { busy: boolean; error: string }>>({});
  const failed = (field: string, error: string) =>
    setStatus((s) => ({ ...s, [field]: { busy: false, error } }));

  async function upload(field: "logo" | "cover", kind: "LOGO" | "COVER", file: File) {
    if (file.size > MEDIA_LIMITS.maxBytes) {
      failed(field, fmt(x.tooBig, { max: MEDIA_LIMITS.maxBytes / 1024 / 1024 }));
      return;
    }
    setStatus((s) => ({ ...s, [field]: { busy: true, error: "" } }));
    const form = new FormData();
    form.set("kind", kind);
    form.set("file", file);
    try {
      const response = await fetch("/admin/initiatives/upload", { method: "POST", body: form });
      const result = (await response.json()) as {
        ok: boolean;
        message: string;
        code?: MessageCode;
        params?: MessageParams;
        data?: UploadedMedia;
      };
      if (!result.ok || !result.data) return failed(field, sayState(result) || x.failed);
      const uploaded = result.data;
      onPreview(uploaded.id, uploaded.preview);
      update((draft) => void (draft[field] = { id: uploaded.id, alt: draft[field]?.alt ?? {} }));
      setStatus((s) => ({ ...s, [field]: { busy: false, error: "" } }));
    } catch {
      failed(field, x.failed);
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {KINDS.map(({ field, kind }) => {
        const logo = field === "logo";
        const image = values[field];
        const preview = image ? previews[image.id] : undefined;
        const state = status[field];
        const inputId = fieldId(field);
        return (
          <div key={field} className="space-y-3">
            <h3 className="font-semibold">{logo ? x.logo : x.cover}</h3>
            <div className="flex min-h-24 items-center justify-center rounded-lg border border-dashed border-slate-300 bg-slate-50 p-2 dark:border-slate-600 dark:bg-slate-950">
              {image && preview?.src ? (
                // eslint-disable-next-line @next/next/no-img-element -- already resized WebP variants
                <img
                  src={preview.src}
                  srcSet={preview.srcSet}
                  sizes="(min-width: 1024px) 320px, 90vw"
                  alt={image.alt.en ?? ""}
                  className="max-h-48 w-auto rounded"
                />
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {image ? x.chosen : logo ? x.noLogo : x.noCover}
                </p>
              )}
            </div>
            <div className="space-y-1">
              <label htmlFor={inputId} className="block text-sm font-medium">
                {image
                  ? logo
                    ? x.replaceLogo
                    : x.replaceCover
                  : logo
                    ? x.uploadLogo
                    : x.uploadCover}
              </label>
              <input
                id={inputId}
                type="file"
                accept={MEDIA_LIMITS.accept}
                disabled={state?.busy}
                aria-describedby={`${inputId}-hint ${inputId}-status`}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = "";
                  if (file) void upload(field, kind, file);
                }}
                className="block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100"
              />
              <p id={`${inputId}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
                {fmt(x.hint, { size: logo ? x.logoHint : x.coverHint })}
              </p>
              <p id={`${inputId}-status`} aria-live="polite" className="text-sm">
                {state?.busy ? (
                  <span className="inline-flex items-center gap-2">
                    <Spinner size="size-3" />
                    {x.uploading}
                  </span>
                ) : null}
                {state?.error ? (
                  <span className="text-red-700 dark:text-red-400">{state.error}</span>
                ) : null}
              </p>
              <FieldError path={field} errors={errors} />
            </div>
            {image ? (
              <>
                <LocalizedInputs
                  path={`${field}.alt`}
                  label={x.alt}
                  value={image.alt}
                  onChange={(alt) =>
                    update((draft) => {
                      const current = draft[field];
                      if (current) current.alt = alt;
                    })
                  }
                  errors={errors}
                  maxLength={EDITOR_LIMITS.alt}
                />
                <button
                  type="button"
                  className={dangerButtonClass}
                  onClick={() => update((draft) => void (draft[field] = null))}
                >
                  {logo ? x.removeLogo : x.removeCover}
                </button>
              </>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
