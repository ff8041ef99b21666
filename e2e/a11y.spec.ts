import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  ["home", "/en"],
  ["listing (prerendered)", "/en/initiatives"],
  ["listing with filters", "/en/initiatives?country=KZ&cause=civic-participation&q=civic"],
  ["initiative page", "/en/initiatives/kun-jarygy"],
  ["sensitive initiative page", "/ru/initiatives/bulbul"],
  ["404", "/kk/initiatives/no-such-initiative"],
] as const;

for (const scheme of ["light", "dark"] as const) {
  for (const [name, path] of PAGES) {
    test(`${name} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    });
  }
}
