"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { flushSync } from "react-dom";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
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
import { Spinner } from "@/components/admin/spinner";
import { isContentLocale, type ContentLocale } from "@/lib/i18n/locales";
import { createInitiativeAction, updateInitiativeAction } from "@/lib/initiatives/actions";
import type { EditorOptions } from "@/lib/initiatives/admin-queries";
import type { ActionState } from "@/lib/action";
import {
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
  const { m, sayState } = useAdminText();
  const e = m.editor;
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

  function refuse(result: Pick<ActionState, "message" | "code" | "params" | "fieldErrors">) {
    setErrors(result.fieldErrors ?? {});
    setNotice({
      kind: result.code?.startsWith("initiatives.results.conflict") ? "conflict" : "error",
      message: sayState(result),
    });
  }

  function save() {
    if (pending || !canEdit) return;
    const parsed = InitiativeEditorSchema.safeParse(values);
    if (!parsed.success) {
      refuse({
        message: m.common.fieldsInvalid,
        code: "common.fieldsInvalid",
        fieldErrors: editorFieldErrors(parsed.error),
      });
      return;
    }
    const submittedJson = json;
    startTransition(async () => {
      if (!initiativeId) {
        const result = await createInitiativeAction(undefined, values);
        if (!result.ok || !result.data) return refuse(result);
        allowLeave();
        router.push(`/admin/initiatives/${result.data.id}?created=1`);
        return;
      }
      const result = await updateInitiativeAction(undefined, { ...values, id: initiativeId });
      if (!result.ok || !result.data) return refuse(result);
      const stored = result.data.values;
      setErrors({});
      setNotice({ kind: "success", message: sayState(result) });
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
      aria-label={e.formLabel}
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
          {e.readOnly}
        </p>
      ) : null}
      <EditorSection id="content" title={e.sections.content} description={e.sections.contentLead}>
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
        <EditorSection id="directory" title={e.sections.directory}>
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
        <EditorSection id="links" title={e.sections.links}>
          <EditorLinks links={values.links} update={update} errors={errors} />
        </EditorSection>
        <EditorSection id="people" title={e.sections.people}>
          <EditorPeople people={values.people} update={update} errors={errors} />
          <EditorFundings
            fundings={values.fundings}
            funders={options.funders}
            update={update}
            errors={errors}
          />
        </EditorSection>
        <EditorSection id="evidence" title={e.sections.evidence}>
          <EditorEvidence
            impacts={values.impacts}
            sources={values.sources}
            update={update}
            errors={errors}
          />
        </EditorSection>
        <EditorSection id="images" title={e.sections.images}>
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
                ? e.saving
                : notice?.kind === "success" && !dirty
                  ? notice.message
                  : dirty
                    ? e.unsaved
                    : e.noUnsaved}
            </p>
            <button
              type="submit"
              disabled={pending}
              aria-disabled={pending}
              className="bg-brand-700 hover:bg-brand-800 inline-flex items-center gap-2 rounded-lg px-5 py-2 font-medium text-white disabled:opacity-70"
            >
              {pending ? <Spinner /> : null}
              {pending ? e.saving : initiativeId ? e.save : e.create}
            </button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
