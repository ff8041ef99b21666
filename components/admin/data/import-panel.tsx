"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { ImportReport } from "@/components/admin/data/import-report";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyImportAction, previewImportAction } from "@/lib/transfer/actions";

const fileClass =
  "block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-medium dark:file:border-slate-700 dark:file:bg-slate-900 dark:file:text-slate-100";

/**
 * Upload → dry run → apply. The browser keeps the chosen file and sends it again with the dry
 * run's digest, so the server holds nothing between the two steps. Without JavaScript the apply
 * form asks for the same file once more (the digest still ties it to what was checked).
 */
export function ImportPanel({ maxBytes, maxMb }: { maxBytes: number; maxMb: number }) {
  const { m, fmt, sayState } = useAdminText();
  const [checked, check] = useActionState(previewImportAction, undefined);
  const [applied, apply] = useActionState(applyImportAction, undefined);
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [prefilled, setPrefilled] = useState(false);
  const applyInput = useRef<HTMLInputElement>(null);

  // The newer outcome decides what is shown: a fresh dry run, or the import's result.
  const latest =
    applied?.data && (!checked?.data || applied.data.at > checked.data.at) ? applied : checked;
  const outcome = latest?.data;
  const report = outcome?.report;
  const importable =
    report &&
    !(latest === applied && applied?.ok) &&
    report.fileErrors.length === 0 &&
    report.counts.invalid === 0 &&
    report.counts.create + report.counts.update > 0;

  useEffect(() => {
    const input = applyInput.current;
    if (!input || !file || !importable) return;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    setPrefilled(true);
  }, [file, importable, outcome?.at]);

  return (
    <section
      aria-labelledby="import-title"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <div>
        <h2 id="import-title" className="text-lg font-semibold">
          {m.data.import.title}
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          {m.data.import.lead}
        </p>
      </div>
      <form action={check} className="max-w-xl space-y-3">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">
            {m.data.import.file}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            required
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="import-file-hint"
            className={`mt-1 ${fileClass}`}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              const large = Boolean(chosen && chosen.size > maxBytes);
              setTooLarge(large);
              if (large) event.target.value = "";
              setFile(large ? null : chosen);
              setPrefilled(false);
            }}
          />
          <p
            id="import-file-hint"
            aria-live="polite"
            className={`mt-1 text-sm ${tooLarge ? "text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}
          >
            {tooLarge
              ? fmt(m.data.outcome.tooLarge, { size: maxMb })
              : fmt(m.data.import.fileHint, { size: maxMb })}
          </p>
        </div>
        <div className="w-fit">
          <SubmitButton variant="secondary" pendingLabel={m.data.import.checking}>
            {m.data.import.check}
          </SubmitButton>
        </div>
      </form>
      <div
        role="status"
        aria-live="polite"
        className={`min-h-5 text-sm ${latest?.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}`}
      >
        {latest ? sayState(latest) : ""}
      </div>
      {report && outcome ? (
        <ImportReport
          report={report}
          fileName={outcome.fileName}
          applied={latest === applied && Boolean(applied?.ok)}
        />
      ) : null}
      {importable && outcome ? (
        <form
          action={apply}
          className="max-w-xl space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800"
        >
          <input type="hidden" name="digest" value={report.digest} />
          <div className={prefilled ? "hidden" : ""}>
            <label htmlFor="apply-file" className="block text-sm font-medium">
              {m.data.import.noJs}
            </label>
            <input
              ref={applyInput}
              id="apply-file"
              name="file"
              type="file"
              required
              accept=".csv,.json,text/csv,application/json"
              className={`mt-1 ${fileClass}`}
            />
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{m.data.import.again}</p>
          </div>
          <div className="w-fit">
            <SubmitButton pendingLabel={m.data.import.applying}>{m.data.import.apply}</SubmitButton>
          </div>
        </form>
      ) : null}
    </section>
  );
}
