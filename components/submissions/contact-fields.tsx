"use client";

import { MEDIA_LIMITS } from "@/lib/media/limits";
import { SUBMISSION_LIMITS } from "@/lib/submissions/schemas";
import { CheckboxField } from "./choice-fields";
import { FieldError, Help, Label, TextField } from "./field";
import { describedBy, fieldIds, useSubmitForm } from "./form-context";
import { Section } from "./section";

export function LogoField() {
  const { t, error } = useSubmitForm();
  const ids = fieldIds("logo");
  const message = error("logo");
  return (
    <div>
      <Label htmlFor={ids.id}>{t.fields.logo}</Label>
      <Help id={ids.help}>{t.fields.logoHelp}</Help>
      <input
        id={ids.id}
        type="file"
        name="logo"
        accept={MEDIA_LIMITS.accept}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(ids.help, ids.error)}
        className="file:bg-brand-50 file:text-brand-800 dark:file:bg-brand-800 mt-2 block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:px-3 file:py-2 file:font-medium dark:file:text-white"
      />
      <FieldError id={ids.error} message={message} />
    </div>
  );
}

/** Contact details (never published), the privacy text and the consent it asks for. */
export function ContactFields() {
  const { t } = useSubmitForm();
  const f = t.fields;
  return (
    <>
      <Section title={t.sections.contact} note={t.sections.contactNote}>
        <TextField
          name="contactName"
          label={f.contactName}
          required
          autoComplete="name"
          max={SUBMISSION_LIMITS.contactName}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="contactEmail"
            label={f.contactEmail}
            help={f.contactEmailHelp}
            type="email"
            inputMode="email"
            required
            autoComplete="email"
          />
          <TextField
            name="contactTelegram"
            label={f.contactTelegram}
            help={f.contactTelegramHelp}
          />
        </div>
      </Section>
      <Section title={t.sections.privacy}>
        <div
          id="submit-privacy"
          className="space-y-2 text-sm leading-6 text-slate-700 dark:text-slate-300"
        >
          {t.privacy.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
        <CheckboxField name="consent" label={f.consent} required />
      </Section>
    </>
  );
}
