import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

const SAFE_PROTOCOL = /^(https?:|mailto:|\/|#)/i;

/** Renders Markdown without raw HTML; links only to http(s), mailto and local addresses. */
export function Markdown({ children, lang }: { children: string; lang?: string }) {
  return (
    <div
      lang={lang}
      className="[&_a]:text-brand-700 dark:[&_a]:text-brand-300 space-y-4 leading-7 [&_a]:underline [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc"
    >
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={(url) => (SAFE_PROTOCOL.test(url.trim()) ? url : "")}
        components={{
          a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer" />,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
