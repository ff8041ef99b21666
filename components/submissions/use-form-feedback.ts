"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import type { SubmitFormState } from "@/lib/submissions/form-state";
import { fieldErrorsOf, submissionInputFromFormData } from "@/lib/submissions/schemas";

/**
 * Client-side checks with the server's schema: a form with errors is not sent, and the errors
 * show as the server would show them. The server's answer replaces them when it arrives.
 * `focusKey` changes on every failure so the error summary takes focus.
 */
export function useFormFeedback(state: SubmitFormState, schema: z.ZodType) {
  const [client, setClient] = useState<{ errors: Record<string, string[]>; key: number } | null>(
    null,
  );
  const [seen, setSeen] = useState(state);
  const [failures, setFailures] = useState(0);
  if (seen !== state) {
    // A new answer from the server: its errors win over the last client-side check.
    setSeen(state);
    setClient(null);
    if (!state.ok && state.message) setFailures((count) => count + 1);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = submissionInputFromFormData(new FormData(event.currentTarget));
    const result = schema.safeParse(input);
    if (result.success) {
      setClient(null);
      return;
    }
    event.preventDefault();
    setClient({ errors: fieldErrorsOf(result.error), key: Date.now() });
    setFailures((count) => count + 1);
  };

  return {
    errors: client?.errors ?? state.fieldErrors ?? {},
    clientFailed: client !== null,
    focusKey: failures,
    onSubmit,
  };
}
