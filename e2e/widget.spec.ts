import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type FrameLocator } from "@playwright/test";
import { buildSnippet, type SnippetOptions } from "../lib/embed/snippet";

/**
 * The widget on a partner's page: a plain HTML page served by another server, on another origin
 * (http://localhost:<port> against the app's http://127.0.0.1:<port>), holding the snippet the
 * open-data page hands out.
 */

let partner: Server;
let partnerUrl = "";
const pages = new Map<string, string>();

test.beforeAll(async () => {
  partner = createServer((request, response) => {
    const html = pages.get(request.url ?? "");
    response.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
  partnerUrl = `http://localhost:${(partner.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => partner.close(() => resolve())));

function partnerPage(path: string, snippet: string) {
  pages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body style="background:#fff"><h1>Our partners</h1>${snippet}</body></html>`,
  );
  return `${partnerUrl}${path}`;
}

async function expectRussianKazakhstan(frame: FrameLocator) {
  await expect(
    frame.getByRole("heading", { level: 1, name: "Инициативы: Казахстан" }),
  ).toBeVisible();
  // The seeded entries' Russian summaries (entries other specs publish meanwhile are English).
  const summaries = await frame.locator("article > p:last-of-type").allInnerTexts();
  expect(summaries.filter((text) => /[А-Яа-яЁё]{4}/.test(text)).length).toBeGreaterThanOrEqual(3);
  const links = frame.getByRole("article").getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute("href", /^\/ru\/initiatives\/[a-z0-9-]+$/);
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", /noopener/);
  }
  // Every card is in Kazakhstan.
  for (const place of await frame.locator("article > p:first-of-type").allInnerTexts()) {
    expect(place).toContain("Казахстан");
  }
}

test("the iframe snippet shows a country's initiatives in the chosen language and theme", async ({
  page,
  baseURL,
}) => {
  const options: SnippetOptions = {
    site: baseURL!,
    locale: "ru",
    country: "KZ",
    theme: "dark",
    limit: 24,
    variant: "iframe",
  };
  const url = partnerPage(`/iframe-${test.info().workerIndex}.html`, buildSnippet(options));
  await page.goto(url);
  expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);
  await expect(page.getByRole("heading", { name: "Our partners" })).toBeVisible();

  const frame = page.frameLocator("iframe[title='Civic Atlas']");
  await expectRussianKazakhstan(frame);
  const widget = frame.locator("#civic-atlas-embed");
  await expect(widget).toHaveAttribute("data-theme", "dark");
  await expect(widget).toHaveCSS("background-color", "rgb(2, 6, 23)");
});

test("the script snippet builds the frame and fits it to the widget's height", async ({
  page,
  baseURL,
}) => {
  const snippet = buildSnippet({
    site: baseURL!,
    locale: "ru",
    country: "KZ",
    theme: "light",
    limit: 24,
    variant: "script",
  });
  await page.goto(partnerPage(`/script-${test.info().workerIndex}.html`, snippet));
  const frame = page.frameLocator("[data-civic-atlas] iframe");
  await expectRussianKazakhstan(frame);
  await expect(frame.locator("#civic-atlas-embed")).toHaveCSS(
    "background-color",
    "rgb(255, 255, 255)",
  );
  // The loader starts at 480 px; the widget's measured height (many cards) replaces it.
  const iframe = page.locator("[data-civic-atlas] iframe");
  await expect
    .poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 10_000 })
    .toBeGreaterThan(1000);
  const inner = await frame
    .locator("#civic-atlas-embed")
    .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  expect(Math.abs(((await iframe.boundingBox())?.height ?? 0) - inner)).toBeLessThanOrEqual(2);
});

test("the widget may be framed by any origin, and is kept out of search engines", async ({
  request,
}) => {
  const response = await request.get("/embed/en?cause=gender-equality");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(response.headers()["x-robots-tag"]).toBe("noindex");
  expect(await response.text()).toContain('name="robots" content="noindex');
  // The rest of the site may still only be framed by itself.
  const home = await request.get("/en");
  expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
});

test("the open-data page is served from the full-route cache", async ({ request }) => {
  await expect
    .poll(async () => (await request.get("/ru/open-data")).headers()["x-nextjs-cache"], {
      timeout: 30_000,
      intervals: [500, 1_000, 2_000],
    })
    .toBe("HIT");
});

test("the open-data page hands out the snippet without JavaScript", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/open-data");
  await page.getByRole("combobox", { name: "Country" }).selectOption("KZ");
  await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await page.getByRole("button", { name: "Get the code" }).click();
  await expect(page).toHaveURL(/\/en\/open-data\/widget\?.*country=KZ/);
  await expect(page.getByLabel("Code to paste into your page")).toHaveValue(
    buildSnippet({ site: baseURL!, locale: "ru", country: "KZ", theme: "dark", variant: "iframe" }),
  );
  await context.close();
});

for (const [path, scheme] of [
  ["/embed/kk?country=KZ&theme=light", "dark"],
  ["/embed/kk?country=KZ&theme=dark", "light"],
  ["/embed/kk?country=KZ", "dark"],
  ["/ru/open-data/widget?country=KZ&theme=dark", "light"],
  ["/kk/open-data/widget?variant=script", "dark"],
  ["/en/open-data", "dark"],
] as const) {
  test(`${path} has no axe violations (device ${scheme})`, async ({ page }) => {
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
