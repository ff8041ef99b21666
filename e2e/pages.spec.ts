import { expect, test } from "@playwright/test";

const LOCALES = {
  en: {
    initiatives: "Initiatives",
    about: "About Civic Atlas",
    notFound: "Page not found",
    kz: "Kazakhstan",
  },
  ru: {
    initiatives: "Инициативы",
    about: "О проекте Civic Atlas",
    notFound: "Страница не найдена",
    kz: "Казахстан",
  },
  kk: {
    initiatives: "Бастамалар",
    about: "Civic Atlas туралы",
    notFound: "Бет табылмады",
    kz: "Қазақстан",
  },
} as const;

for (const [locale, t] of Object.entries(LOCALES)) {
  test.describe(`pages in ${locale}`, () => {
    test("home, listing, initiative, country, cause and about pages render", async ({ page }) => {
      for (const path of [
        "",
        "/initiatives",
        "/initiatives/kun-jarygy",
        "/countries/kz",
        "/causes/youth",
        "/about",
      ]) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      }
      await page.goto(`/${locale}/countries/kz`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(t.kz);
      await page.goto(`/${locale}/about`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.about);
    });

    test("unknown addresses are a 404 in this language", async ({ page }) => {
      for (const path of [
        "/initiatives/no-such-initiative",
        "/countries/zz",
        "/causes/no-such-cause",
        "/nowhere",
      ]) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFound);
      }
    });
  });
}

test("an unknown language prefix is a 404 in the visitor's language", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "kk-KZ",
    extraHTTPHeaders: { "Accept-Language": "kk-KZ,kk;q=0.9" },
  });
  const page = await context.newPage();
  const response = await page.goto("/de/initiatives");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LOCALES.kk.notFound);
  await context.close();
});

test("a fallback note says which language the text is shown in", async ({ page }) => {
  // Kazakh text exists only for some initiatives; Būlbūl has none.
  await page.goto("/kk/initiatives/bulbul");
  await expect(page.getByRole("note").first()).toContainText("ағылшын");
  await expect(page.locator("h1")).toHaveAttribute("lang", "en");
});

test("a sensitive initiative hides its location and offers a quick exit that replaces history", async ({
  page,
}) => {
  await page.route("https://www.google.com/**", (route) =>
    route.fulfill({ body: "<title>Weather</title>neutral" }),
  );
  await page.goto("/en/initiatives");
  await page.goto("/en/initiatives/bulbul");
  await expect(
    page.getByText("Its exact location and personal details are not shown"),
  ).toBeVisible();
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(/google\.com/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/initiatives$/);
});

test("the language list says which languages the initiative exists in", async ({ page }) => {
  await page.goto("/en/initiatives/bulbul");
  const readIn = page.getByRole("navigation", { name: "Read in" });
  await expect(readIn.getByText("Kazakh")).toBeVisible();
  await expect(readIn.getByText("(not translated)")).toHaveCount(1);
});

test("keyboard users can skip to the content and reach the facets", async ({ page }) => {
  await page.goto("/en/initiatives");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.name === "country",
    );
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/country=/);
});
