export interface AtomFeed {
  id: string;
  title: string;
  selfUrl: string;
  siteUrl: string;
  lang: string;
  updated: string;
  author: string;
  entries: {
    id: string;
    url: string;
    title: string;
    summary: string;
    lang: string;
    published: string;
    updated: string;
    categories: string[];
  }[];
}

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Characters XML 1.0 forbids would make the whole feed unreadable.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  );
}

/** An Atom 1.0 document (RFC 4287). */
export function renderAtom(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries
    .map(
      (entry) => `  <entry xml:lang="${e(entry.lang)}">
    <id>${e(entry.id)}</id>
    <title>${e(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${e(entry.url)}"/>
    <published>${e(entry.published)}</published>
    <updated>${e(entry.updated)}</updated>
    <summary type="text">${e(entry.summary)}</summary>
${entry.categories.map((c) => `    <category term="${e(c)}"/>`).join("\n")}
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <updated>${e(feed.updated)}</updated>
  <author><name>${e(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.siteUrl)}"/>
${entries}
</feed>
`;
}
