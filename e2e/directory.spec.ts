import { expect, test } from "@playwright/test";
import { createDraft, createStaff, signIn, test as staffTest, unique } from "./fixtures/staff";

test.describe("seeded directory", () => {
  test("the listing shows every seeded initiative, page by page", async ({ page }) => {
    await page.goto("/en/initiatives");
    await expect(page.getByRole("heading", { level: 1, name: "Initiatives" })).toBeVisible();
    const total = Number((await page.getByText(/^\d+ initiatives$/).innerText()).split(" ")[0]);
    expect(total).toBeGreaterThanOrEqual(16);
    const names: string[] = [];
    for (let p = 1; p <= Math.ceil(total / 12); p++) {
      await page.goto(`/en/initiatives?page=${p}`);
      names.push(
        ...(await page.getByRole("main").getByRole("article").getByRole("heading").allInnerTexts()),
      );
    }
    // Other specs publish entries at the same time, so pages may shift by one; every seeded
    // initiative must still be reachable.
    expect(names.length).toBeGreaterThanOrEqual(16);
    for (const name of [
      "iz project",
      "Būlbūl",
      "Eco Cashback",
      "Kun Jarygy",
      "U:projects",
      "Gorozhanym",
    ]) {
      expect(
        names.some((n) => n.toLowerCase().includes(name.toLowerCase())),
        name,
      ).toBe(true);
    }
  });

  test("an initiative page shows its facts and its source article", async ({ page }) => {
    await page.goto("/en/initiatives");
    await page
      .getByRole("link", { name: /U:projects/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/en\/initiatives\/u-projects$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("U:projects");
    await expect(page.getByText("Kazakhstan").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  });

  test("pages exist in Russian and Kazakh with the html lang set", async ({ page }) => {
    for (const [locale, heading] of [
      ["ru", "Инициативы"],
      ["kk", "Бастамалар"],
    ] as const) {
      await page.goto(`/${locale}/initiatives`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
  });

  test("the root address redirects by browser language", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "ru-RU",
      extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await context.close();
  });

  test("an unknown initiative is a 404", async ({ request }) => {
    const response = await request.get("/en/initiatives/no-such-initiative");
    expect(response.status()).toBe(404);
  });

  test("the health check reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
  });
});

test.describe("the listing without parameters", () => {
  test("is served from the full-route cache; filtered listings are rendered", async ({
    request,
  }) => {
    // Parallel specs publish and unpublish, and a page rendered right after a change is not
    // stored (lib/cache/shared-tags-cache-handler.mjs), so a HIT may take a few requests.
    let cached = await request.get("/en/initiatives");
    await expect
      .poll(
        async () => {
          cached = await request.get("/en/initiatives");
          return cached.headers()["x-nextjs-cache"];
        },
        { timeout: 30_000, intervals: [500, 1_000, 2_000] },
      )
      .toBe("HIT");
    expect(cached.status()).toBe(200);
    expect(await cached.text()).toMatch(/href="\/en\/initiatives\/[a-z0-9-]+"/);
    const filtered = await request.get("/en/initiatives?country=KZ");
    expect(filtered.status()).toBe(200);
    expect(filtered.headers()["x-nextjs-cache"]).toBeUndefined();
  });

  test("has no public address of its own", async ({ request }) => {
    const response = await request.get("/en/all-initiatives");
    expect(response.status()).toBe(404);
  });
});

staffTest(
  "publishing an initiative refreshes the cached listing at once",
  async ({ browser, db, request }) => {
    const editor = await createStaff(db, "EDITOR");
    const name = unique("Cached listing entry").replace(/-/g, " ");
    const id = await createDraft(db, name);
    const before = await request.get("/en/initiatives");
    expect(await before.text()).not.toContain(name);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, editor);
    await page.goto(`/admin/initiatives/${id}`);
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByText("Published. The public pages show it now.")).toBeVisible();
    await context.close();

    // Newest first: the entry is on the first page, which is the cached one.
    await expect
      .poll(async () => (await (await request.get("/en/initiatives")).text()).includes(name))
      .toBe(true);
  },
);
