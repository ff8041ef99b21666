import { CopyButton } from "@/components/embed/copy-button";
import { SNIPPET_VARIANTS, THEMES, type SnippetForm } from "@/lib/embed/schemas";
import { buildSnippet, embedUrl } from "@/lib/embed/snippet";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

interface Option {
  value: string;
  label: string;
}

interface Props {
  locale: UiLocale;
  site: string;
  form: SnippetForm;
  countries: Option[];
  causes: Option[];
}

const fieldClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900";

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: Option[];
}) {
  const id = `widget-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={fieldClass}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The widget's snippet generator: a GET form (it works without JavaScript: the page renders the
 * snippet for the chosen options), the code to copy and a live preview.
 */
export function SnippetGenerator({ locale, site, form, countries, causes }: Props) {
  const t = getMessages(locale);
  const o = t.openData;
  const options = {
    site,
    locale: form.lang,
    country: form.country,
    cause: form.cause,
    theme: form.theme,
  };
  const snippet = buildSnippet({ ...options, variant: form.variant });
  return (
    <div className="space-y-5">
      <form
        method="get"
        action={`/${locale}/open-data/widget#widget`}
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
      >
        <Select
          name="country"
          label={o.country}
          value={form.country ?? ""}
          options={[{ value: "", label: o.any }, ...countries]}
        />
        <Select
          name="cause"
          label={o.cause}
          value={form.cause ?? ""}
          options={[{ value: "", label: o.any }, ...causes]}
        />
        <Select
          name="lang"
          label={o.language}
          value={form.lang}
          options={UI_LOCALES.map((l) => ({ value: l, label: t.languages[l] }))}
        />
        <Select
          name="theme"
          label={o.theme}
          value={form.theme}
          options={THEMES.map((v) => ({ value: v, label: o.themes[v] }))}
        />
        <Select
          name="variant"
          label={o.variant}
          value={form.variant}
          options={SNIPPET_VARIANTS.map((v) => ({ value: v, label: o.variants[v] }))}
        />
        <div className="flex items-end">
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-800 rounded-lg px-4 py-2 font-medium text-white"
          >
            {o.generate}
          </button>
        </div>
      </form>
      <div>
        <div className="mb-1 flex items-center justify-between gap-3">
          <label htmlFor="widget-snippet" className="text-sm font-medium">
            {o.code}
          </label>
          <CopyButton targetId="widget-snippet" label={o.copy} done={o.copied} />
        </div>
        <textarea
          id="widget-snippet"
          readOnly
          rows={snippet.split("\n").length + 1}
          value={snippet}
          className="block w-full rounded-lg border border-slate-300 bg-slate-50 p-3 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
        />
      </div>
      <figure>
        <figcaption className="mb-1 text-sm font-medium">{o.preview}</figcaption>
        <iframe
          src={embedUrl({ ...options, site: "" })}
          title={`${o.preview}: ${t.meta.siteName}`}
          loading="lazy"
          className="h-[32rem] w-full max-w-2xl rounded-lg border border-slate-200 dark:border-slate-800"
        />
      </figure>
    </div>
  );
}
