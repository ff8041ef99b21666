import { expect, test } from "@playwright/test";
import { createDraft, createStaff, signIn, test as staffTest, unique } from "./fixtures/staff";

const LOCALES = {
  en: {
    initiatives: "Initiatives",
    about: "About Civic Atlas",
    notFound: "Page not found",
    kz: "Kazakhstan",
    nav: "Initiatives",
  },
  ru: {
    initiatives: "Инициативы",
    about: "О проекте Civic Atlas",
    notFound: "Страница не найдена",
    kz: "Казахстан",
    nav: "Инициативы",
  },
  kk: {
    initiatives: "Бастамалар",
    about: "Civic Atlas туралы",
    notFound: "Бет табылмады",
    kz: "Қазақстан",
    nav: "Бастамалар",
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

test.describe("404 pages are rendered on the server", () => {
  // What a crawler or curl receives: the localized page in the HTML itself, with the site's
  // header, not an empty document that only JavaScript fills (vercel/next.js#62228).
  for (const [locale, path] of [
    ["en", "/en/nowhere"],
    ["ru", "/ru/initiatives/no-such-initiative"],
    ["kk", "/kk/countries/zz"],
    ["en", "/en/causes/no-such-cause"],
    // A file-like address with no language, which proxy.ts does not see.
    ["en", "/no-such-file.php"],
  ] as const) {
    test(`${path} answers 404 with its HTML`, async ({ request }) => {
      // Twice: the first answer is rendered, the second comes from the cache.
      for (let i = 0; i < 2; i++) {
        const response = await request.get(path);
        expect(response.status()).toBe(404);
        const html = await response.text();
        expect(html).toContain(`<html lang="${locale}"`);
        expect(html).not.toContain("__next_error__");
        expect(html).toMatch(new RegExp(`<h1[^>]*>${LOCALES[locale].notFound}</h1>`));
        expect(html).toContain(`>${LOCALES[locale].nav}</a>`);
      }
    });
  }

  test("an unknown language prefix answers 404 with the HTML in the visitor's language", async ({
    request,
  }) => {
    const response = await request.get("/de/initiatives", {
      headers: { "Accept-Language": "ru-RU,ru;q=0.9" },
    });
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="ru"');
    expect(html).toMatch(new RegExp(`<h1[^>]*>${LOCALES.ru.notFound}</h1>`));
  });

  test("without JavaScript the visitor sees the 404 page and the site", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto("/kk/initiatives/no-such-initiative");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LOCALES.kk.notFound);
    await page.getByRole("navigation").getByRole("link", { name: LOCALES.kk.nav }).click();
    await expect(page).toHaveURL(/\/kk\/initiatives$/);
    await context.close();
  });
});

test("a file-like address without a language is the English 404 page, with JavaScript too", async ({
  page,
}) => {
  const response = await page.goto("/no-such-file.php");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LOCALES.en.notFound);
  await expect(
    page.getByRole("navigation").getByRole("link", { name: "Initiatives" }),
  ).toBeVisible();
});

test("the language switcher keeps the query string", async ({ page }) => {
  await page.goto("/en/initiatives?country=KZ");
  const russian = page.getByRole("link", { name: "ru", exact: true });
  await expect(russian).toHaveAttribute("href", "/ru/initiatives?country=KZ");
  await russian.click();
  await expect(page).toHaveURL(/\/ru\/initiatives\?country=KZ$/);
  await expect(page.getByRole("checkbox", { name: /Казахстан/ })).toBeChecked();
});

staffTest("a preview's language switcher keeps its token", async ({ page, db }) => {
  const editor = await createStaff(db, "EDITOR");
  const name = unique("Preview switch entry");
  const id = await createDraft(db, name);
  await signIn(page, editor);
  // Staff may preview without a token; the one in the address must survive all the same, as it
  // is what a share-link holder has.
  await page.goto(`/en/preview/${id}?token=kept-in-links`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Preview: not public (draft).")).toBeVisible();
  const kazakh = page.getByRole("link", { name: "kk", exact: true });
  await expect(kazakh).toHaveAttribute("href", `/kk/preview/${id}?token=kept-in-links`);
  await kazakh.click();
  await expect(page).toHaveURL(new RegExp(`/kk/preview/${id}\\?token=kept-in-links$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  // The preview notice speaks the page's language too.
  await expect(page.getByText("Алдын ала қарау: жарияланбаған (жоба).")).toBeVisible();
});

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
