import { describe, expect, it } from "vitest";
import { queryTokens } from "@/lib/text/fold";
import { excerpt, highlight, markdownToText, PASSAGE_LENGTH, snippetFor } from "./highlight";
import type { HighlightSegment } from "./types";

const marked = (segments: HighlightSegment[]) =>
  segments.filter((segment) => segment.match).map((segment) => segment.text);
const joined = (segments: HighlightSegment[]) => segments.map((segment) => segment.text).join("");

describe("highlight", () => {
  it("marks the words whose folded form matches, in any script or spelling", () => {
    const text = "Коалиция «Күн Жарығы» (Kun Jarygy) следит за закупками.";
    const segments = highlight(text, queryTokens("kun zharygy"));
    expect(marked(segments)).toEqual(["Күн", "Жарығы", "Kun", "Jarygy"]);
    expect(joined(segments)).toBe(text);
  });

  it("marks words that begin with a query word of three letters or more", () => {
    const segments = highlight("Monitors public procurement and procurers.", queryTokens("procur"));
    expect(marked(segments)).toEqual(["procurement", "procurers"]);
    // Shorter query words match only whole words.
    expect(marked(highlight("Ka, Kazakhstan and Kazakh", queryTokens("ka")))).toEqual(["Ka"]);
  });

  it("marks words with diacritics and inner apostrophes whole", () => {
    const segments = highlight("Jańasha Kózqaras teaches Oʻzbek and Women's rights", [
      ...queryTokens("janasha ozbek womens"),
    ]);
    expect(marked(segments)).toEqual(["Jańasha", "Oʻzbek", "Women's"]);
  });

  it("returns text, never markup: tags stay literal characters", () => {
    const text = '<img src=x onerror="alert(1)"> bulbul <b>bold</b>';
    const segments = highlight(text, queryTokens("bulbul"));
    expect(joined(segments)).toBe(text);
    expect(marked(segments)).toEqual(["bulbul"]);
  });

  it("marks nothing without tokens", () => {
    expect(highlight("Some text", [])).toEqual([{ text: "Some text", match: false }]);
  });
});

describe("markdownToText", () => {
  it("keeps the words of emphasis, links and lists", () => {
    expect(markdownToText("**Būlbūl** is a [bot](https://t.me/x).\n\n- one\n- *two*")).toBe(
      "Būlbūl is a bot. one two",
    );
  });
});

describe("excerpt", () => {
  const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");

  it("cuts around the first match, at spaces, with ellipses", () => {
    const segments = highlight(`${words} nightingale ${words}`, queryTokens("nightingale"));
    const passage = excerpt(segments);
    const text = joined(passage);
    expect(marked(passage)).toEqual(["nightingale"]);
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(PASSAGE_LENGTH + 4);
    // Never a cut word: every piece between the ellipses is a whole wordN or the match.
    for (const word of text.replace(/…/g, "").trim().split(" ")) {
      expect(word).toMatch(/^(word\d+|nightingale)$/);
    }
  });

  it("keeps short text whole", () => {
    const segments = highlight("short bulbul text", queryTokens("bulbul"));
    expect(excerpt(segments)).toEqual(segments);
  });
});

describe("snippetFor", () => {
  const text = {
    summary: "An Instagram channel and chatbot for survivors.",
    description: "**Būlbūl** helps.\n\nThe name is the Kazakh word for *nightingale*, a bird.",
  };

  it("prefers the summary when it matches", () => {
    const snippet = snippetFor(text, queryTokens("chatbot"));
    expect(joined(snippet)).toBe(text.summary);
    expect(marked(snippet)).toEqual(["chatbot"]);
  });

  it("falls back to the description paragraph that matches, as plain text", () => {
    const snippet = snippetFor(text, queryTokens("nightingale"));
    expect(joined(snippet)).toBe("The name is the Kazakh word for nightingale, a bird.");
    expect(marked(snippet)).toEqual(["nightingale"]);
  });

  it("gives the unmarked summary when nothing shown matches", () => {
    const snippet = snippetFor(text, queryTokens("sunlight"));
    expect(joined(snippet)).toBe(text.summary);
    expect(marked(snippet)).toEqual([]);
  });
});
