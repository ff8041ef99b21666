"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { flushSync } from "react-dom";
import { EditorAliases } from "@/components/admin/editor-aliases";
import { EditorDetails } from "@/components/admin/editor-details";
import { EditorErrorSummary, type Notice } from "@/components/admin/editor-error-summary";
import { EditorEvidence } from "@/components/admin/editor-evidence";
import {
  EditorSection,
  fieldId,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { EditorFundings } from "@/components/admin/editor-fundings";
import { EditorLinks } from "@/components/admin/editor-links";
import { EditorMedia } from "@/components/admin/editor-media";
import { EditorPeople } from "@/components/admin/editor-people";
import { PresenceNotice, usePresence } from "@/components/admin/editor-presence";
import { EditorTaxonomy } from "@/components/admin/editor-taxonomy";
import { EditorTranslations } from "@/components/admin/editor-translations";
import { useLeaveWarning } from "@/components/admin/editor-unsaved";
import { isContentLocale, type ContentLocale } from "@/lib/i18n/locales";
import { createInitiativeAction, updateInitiativeAction } from "@/lib/initiatives/actions";
import type { EditorOptions } from "@/lib/initiatives/admin-queries";
import {
  CONFLICT_MESSAGE_START,
  editorFieldErrors,
  InitiativeEditorSchema,
  type InitiativeEditorInput,
  type InitiativeEditorValues,
} from "@/lib/initiatives/editor-schema";
import type { MediaPreview } from "@/lib/media/urls";

export interface EditorFormProps {
  /** Absent while creating. */
  initiativeId: string | null;
  /** What the form starts with (the saved entry, or a revision opened for editing). */
  initial: InitiativeEditorValues;
  /** The saved content, when it differs from `initial`: changes are counted against it. */
  saved?: InitiativeEditorValues;
  options: EditorOptions;
  canEdit: boolean;
  slugLocked: boolean;
  media: Record<string, MediaPreview>;
  initialNotice?: Notice | null;
}

/**
 * The initiative editor: all fields in one client-side state, checked with the shared schema
 * before sending and by the server on save. A refusal of any kind (validation, conflict,
 * permission) only adds messages: what the user typed stays in the fields.
 */
export function EditorForm(props: EditorFormProps) {
  const { initiativeId, options, canEdit } = props;
  const router = useRouter();
  const [values, setValues] = useState<InitiativeEditorInput>(props.initial);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(props.saved ?? props.initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | null>(props.initialNotice ?? null);
  const [active, setActive] = useState<ContentLocale>(
    () =>
      (["en", "ru", "kk"] as const).find((locale) => props.initial.translations[locale].name) ??
      "en",
  );
  const [added, setAdded] = useState<ContentLocale[]>([]);
  const [previews, setPreviews] = useState(props.media);
  const [pending, startTransition] = useTransition();
  // Only those who can save are "editing"; a reader neither announces itself nor needs warnings.
  const presence = usePresence(canEdit ? initiativeId : null);
  const summary = useRef<HTMLDivElement>(null);

  const json = useMemo(() => JSON.stringify(values), [values]);
  const dirty = json !== savedJson;
  const allowLeave = useLeaveWarning(dirty);

  const update: EditorUpdate = useCallback((change) => {
    setValues((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  }, []);

  useEffect(() => {
    if (notice && notice.kind !== "success") summary.current?.focus();
  }, [notice]);

  // "Draft created" is said once: a reload should not say it again.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has("created")) return;
    url.searchParams.delete("created");
    window.history.replaceState(window.history.state, "", url);
  }, []);

  const focusField = useCallback((path: string) => {
    const [head, locale] = path.split(".");
    if (head === "translations" && locale && isContentLocale(locale)) {
      flushSync(() => {
        setActive(locale);
        setAdded((list) => (list.includes(locale) ? list : [...list, locale]));
      });
    }
    const segments = (path === "primaryCauseId" ? "causes" : path).split(".");
    for (; segments.length; segments.pop()) {
      const element = document.getElementById(fieldId(segments.join(".")));
      if (!element) continue;
      const target = element.matches("input, select, textarea, button")
        ? element
        : element.querySelector<HTMLElement>("input:not(:disabled), select, textarea, button");
      (target ?? element).focus();
      return;
    }
  }, []);

  function refuse(message: string, fieldErrors: FieldErrors = {}) {
    setErrors(fieldErrors);
    setNotice({
      kind: message.startsWith(CONFLICT_MESSAGE_START) ? "conflict" : "error",
      message,
    });
  }

  function save() {
    if (pending || !canEdit) return;
    const parsed = InitiativeEditorSchema.safeParse(values);
    if (!parsed.success) {
      refuse("Please correct the highlighted fields.", editorFieldErrors(parsed.error));
      return;
    }
    const submittedJson = json;
    startTransition(async () => {
      if (!initiativeId) {
        const result = await createInitiativeAction(undefined, values);
        if (!result.ok || !result.data) return refuse(result.message, result.fieldErrors);
        allowLeave();
        router.push(`/admin/initiatives/${result.data.id}?created=1`);
        return;
      }
      const result = await updateInitiativeAction(undefined, { ...values, id: initiativeId });
      if (!result.ok || !result.data) return refuse(result.message, result.fieldErrors);
      const stored = result.data.values;
      setErrors({});
      setNotice({ kind: "success", message: result.message });
      // Show what was stored (links normalised, new funders known), unless the user typed on.
      setValues((current) =>
        JSON.stringify(current) === submittedJson
          ? stored
          : { ...current, version: stored.version },
      );
      setSavedJson(JSON.stringify(stored));
      router.refresh();
    });
  }

  return (
    <form
      noValidate
      aria-label="Initiative"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === "s" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        }
      }}
      className="space-y-6"
    >
      <PresenceNotice presence={presence} version={Number(values.version)} />
      <EditorErrorSummary
        ref={summary}
        notice={notice}
        errors={errors}
        onFocusField={focusField}
        onDiscard={() => {
          allowLeave();
          window.location.reload();
        }}
      />
      {!canEdit ? (
        <p className="rounded-lg border border-slate-300 bg-slate-100 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-800">
          You can read this entry but not change it: contributors edit drafts only.
        </p>
      ) : null}
      <EditorSection
        id="content"
        title="Content"
        description="English, Russian and Kazakh always have a tab; add Uzbek, Tajik or Karakalpak when there is text in them."
      >
        <EditorTranslations
          translations={values.translations}
          update={update}
          errors={errors}
          active={active}
          onActivate={setActive}
          added={added}
          onAdd={(locale) => setAdded((list) => [...list, locale])}
          readOnly={!canEdit}
        />
      </EditorSection>
      <fieldset disabled={!canEdit} className="min-w-0 space-y-6">
        <EditorSection id="directory" title="Directory">
          <EditorTaxonomy values={values} options={options} update={update} errors={errors} />
          <EditorDetails
            values={values}
            update={update}
            errors={errors}
            slugLocked={props.slugLocked}
            creating={!initiativeId}
          />
          <EditorAliases aliases={values.aliases} update={update} errors={errors} />
        </EditorSection>
        <EditorSection id="links" title="Links and contacts">
          <EditorLinks links={values.links} update={update} errors={errors} />
        </EditorSection>
        <EditorSection id="people" title="People and funding">
          <EditorPeople people={values.people} update={update} errors={errors} />
          <EditorFundings
            fundings={values.fundings}
            funders={options.funders}
            update={update}
            errors={errors}
          />
        </EditorSection>
        <EditorSection id="evidence" title="Sources and impact">
          <EditorEvidence
            impacts={values.impacts}
            sources={values.sources}
            update={update}
            errors={errors}
          />
        </EditorSection>
        <EditorSection id="images" title="Images">
          <EditorMedia
            values={values}
            previews={previews}
            onPreview={(id, preview) => setPreviews((map) => ({ ...map, [id]: preview }))}
            update={update}
            errors={errors}
          />
        </EditorSection>
      </fieldset>
      {canEdit ? (
        <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="text-sm">
              {pending
                ? "Saving…"
                : notice?.kind === "success" && !dirty
                  ? notice.message
                  : dirty
                    ? "Unsaved changes."
                    : "No unsaved changes."}
            </p>
            <button
              type="submit"
              disabled={pending}
              aria-disabled={pending}
              className="bg-brand-700 hover:bg-brand-800 inline-flex items-center gap-2 rounded-lg px-5 py-2 font-medium text-white disabled:opacity-70"
            >
              {pending ? (
                <span
                  aria-hidden="true"
                  className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
                />
              ) : null}
              {pending ? "Saving…" : initiativeId ? "Save" : "Create draft"}
            </button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
