import { describe, expect, it } from "vitest";
import { escapeXml, renderAtom } from "@/lib/seo/atom";

describe("renderAtom", () => {
  it("escapes text and keeps required elements", () => {
    const xml = renderAtom({
      id: "https://a.example/en/feed.xml",
      title: "Feed & <news>",
      selfUrl: "https://a.example/en/feed.xml",
      siteUrl: "https://a.example/en",
      lang: "en",
      updated: "2024-11-06T00:00:00.000Z",
      author: "Civic Atlas",
      entries: [
        {
          id: "https://a.example/en/initiatives/x",
          url: "https://a.example/en/initiatives/x",
          title: "Būlbūl <script>",
          summary: "Text\u0000 with a NUL",
          lang: "en",
          published: "2024-11-06T00:00:00.000Z",
          updated: "2024-11-06T00:00:00.000Z",
          categories: ["Ending violence"],
        },
      ],
    });
    expect(xml).toContain("<title>Feed &amp; &lt;news&gt;</title>");
    expect(xml).toContain("<title>Būlbūl &lt;script&gt;</title>");
    expect(xml).not.toContain("\u0000");
    expect(xml).toContain('<category term="Ending violence"/>');
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  });

  it("escapes quotes for attributes", () => {
    expect(escapeXml(`"a" 'b'`)).toBe("&quot;a&quot; &apos;b&apos;");
  });
});
