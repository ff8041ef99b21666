"use client";

import { useEffect, useRef } from "react";
import type { PublicDuplicate } from "@/lib/submissions/form-state";
import { CheckboxField } from "./choice-fields";
import { useSubmitForm } from "./form-context";

/** "This looks like X": the candidates found, and the box that confirms it is another one. */
export function DuplicateNotice({
  message,
  duplicates,
}: {
  message: string;
  duplicates: PublicDuplicate[];
}) {
  const { t } = useSubmitForm();
  const d = t.duplicates;
  const ref = useRef<HTMLElement>(null);
  // Shown after a send: take focus like the error summary does.
  useEffect(() => ref.current?.focus(), []);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="submit-duplicates-title"
      className="space-y-3 rounded-xl border-2 border-amber-500 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-semibold">{message}</p>
      <h2 id="submit-duplicates-title" className="font-semibold">
        {d.title}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {duplicates.map((candidate, index) => (
          <li key={`${candidate.kind}-${index}`}>
            {candidate.href && candidate.name ? (
              <a
                href={candidate.href}
                target="_blank"
                rel="noopener"
                className="font-medium underline"
              >
                {candidate.name}
              </a>
            ) : (
              <span>{candidate.kind === "submission" ? d.submission : d.draft}</span>
            )}{" "}
            <span className="text-sm">
              ({candidate.reasons.map((reason) => d.reasons[reason]).join(", ")})
            </span>
          </li>
        ))}
      </ul>
      <CheckboxField name="confirmDuplicate" label={d.confirm} />
    </section>
  );
}
