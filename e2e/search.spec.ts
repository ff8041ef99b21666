import { expect, test, type Page } from "@playwright/test";

async function search(page: Page, q: string) {
  await page.goto(`/en/initiatives?q=${encodeURIComponent(q)}`);
  return page.getByRole("main").getByRole("article");
}

test.describe("search across scripts and spellings", () => {
  for (const [query, name] of [
    ["bulbul", "Būlbūl"],
    ["janasha kozqaras", "Jańasha Kózqaras"],
    ["kun jarygy", "Kun Jarygy"],
    ["кун жарыгы", "Kun Jarygy"],
    ["Шымкент", "U:projects"],
    ["gorozhanim", "Gorozhanym"],
  ] as const) {
    test(`"${query}" finds ${name}`, async ({ page }) => {
      const results = await search(page, query);
      await expect(results.first()).toBeVisible();
      await expect(results.first().getByRole("heading")).toContainText(name);
    });
  }

  test("matched words are highlighted", async ({ page }) => {
    const results = await search(page, "procurement");
    await expect(results.first().locator("mark").first()).toBeVisible();
  });

  test("a one-character and a very long query get an answer, not an error", async ({ page }) => {
    const short = await page.goto("/en/initiatives?q=a");
    expect(short?.status()).toBe(200);
    const long = await page.goto(`/en/initiatives?q=${"civic ".repeat(800)}`);
    expect(long?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("a query without results shows a helpful empty state", async ({ page }) => {
    await search(page, "zzqxv nothing like this");
    await expect(page.getByText("No initiatives match these filters yet.")).toBeVisible();
    await expect(page.getByText("Try fewer filters")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Clear all filters" }).first().click();
    await expect(page).toHaveURL(/\/en\/initiatives$/);
    await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
  });
});

test.describe("facets", () => {
  test("Kazakhstan and a cause narrow the list and the counts", async ({ page }) => {
    await page.goto("/en/initiatives");
    const total = async () =>
      Number((await page.getByText(/^\d+ initiatives?$/).innerText()).split(" ")[0]);
    const all = await total();

    await page.getByRole("checkbox", { name: /Kazakhstan/ }).check();
    await expect(page).toHaveURL(/country=KZ/);
    await expect.poll(total).toBeLessThan(all);
    const kzCount = await total();

    // The cause counts now only count Kazakh initiatives.
    const civic = page.getByRole("checkbox", { name: /Civic participation/ });
    const label = await page.locator(`label[for="${await civic.getAttribute("id")}"]`).innerText();
    const causeCount = Number(label.match(/(\d+)\s*$/)?.[1]);
    expect(causeCount).toBeGreaterThan(0);
    expect(causeCount).toBeLessThanOrEqual(kzCount);

    await civic.check();
    await expect(page).toHaveURL(/cause=civic-participation/);
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(causeCount);
    await expect(page.getByText(`${causeCount} initiative`)).toBeVisible();

    // A chip removes one filter.
    await page.getByRole("link", { name: "Remove filter: Kazakhstan" }).click();
    await expect(page).not.toHaveURL(/country=KZ/);
    await expect(page).toHaveURL(/cause=civic-participation/);
  });

  test("the listing filters work with JavaScript disabled", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/initiatives");
    const all = await page.getByRole("main").getByRole("article").count();
    await page.getByRole("checkbox", { name: /Tajikistan/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=TJ/);
    const tj = await page.getByRole("main").getByRole("article").count();
    expect(tj).toBeGreaterThan(0);
    expect(tj).toBeLessThan(all);
    await expect(page.getByRole("checkbox", { name: /Tajikistan/ })).toBeChecked();
    await context.close();
  });
});
