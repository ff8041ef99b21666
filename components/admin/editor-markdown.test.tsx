import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ui/markdown";

// The editor's preview uses the site's renderer; what staff type is shown, never run.
describe("the description preview", () => {
  it("renders Markdown but no HTML and no script links", () => {
    const html = renderToStaticMarkup(
      <Markdown>
        {
          "**bold** <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1)) [good](https://example.org)"
        }
      </Markdown>,
    );
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toMatch(/<script|<img|onerror/i);
    expect(html).not.toContain("javascript:");
    expect(html).toContain('href="https://example.org"');
  });
});
