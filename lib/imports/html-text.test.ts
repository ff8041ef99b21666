import { describe, expect, it } from "vitest";
import {
  cleanExcerpt,
  decodeEntities,
  htmlToText,
  siteFromChannelTitle,
  stripWordPressTrailer,
} from "@/lib/imports/html-text";

describe("feed HTML as plain text", () => {
  it("decodes numeric and common named entities, and drops control characters", () => {
    expect(decodeEntities("It&#8217;s &amp; &#x201C;ok&#x201D; &hellip; &unknown; &#1;")).toBe(
      "It’s & “ok” … &unknown; ",
    );
  });

  it("keeps paragraphs, drops scripts, styles, images and comments", () => {
    const html =
      '<p>First <b>para</b>.</p><!-- note --><script>evil()</script><style>p{}</style><img src="x.jpg" alt="x"><ul><li>One</li><li>Two</li></ul><p>Last&nbsp;one</p>';
    expect(htmlToText(html)).toBe("First para.\n\nOne\n\nTwo\n\nLast one");
  });

  it("finds the publisher in WordPress's trailer and in an archive title", () => {
    expect(
      stripWordPressTrailer(
        "Story text.\n\nThe post A “quoted” title appeared first on Steppe Fund.",
      ),
    ).toEqual({ text: "Story text.", site: "Steppe Fund" });
    expect(stripWordPressTrailer("No trailer here.")).toEqual({
      text: "No trailer here.",
      site: null,
    });
    expect(siteFromChannelTitle("Civil Society Archives - Eurasia Foundation")).toBe(
      "Eurasia Foundation",
    );
    expect(siteFromChannelTitle("Plain title")).toBe("Plain title");
    expect(cleanExcerpt("Volunteers log waste in an app […]")).toBe(
      "Volunteers log waste in an app…",
    );
  });
});
