import { expect, test, type Page } from "@playwright/test";

async function parseXml(page: Page, text: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const error = doc.querySelector("parsererror");
    return { error: error?.textContent ?? null, root: doc.documentElement.nodeName };
  }, text);
}

test("the initiative page carries JSON-LD naming the initiative", async ({ page }) => {
  await page.goto("/en/initiatives/kun-jarygy");
  const json = await page.locator('script[type="application/ld+json"]').first().textContent();
  const data = JSON.parse(json ?? "{}") as Record<string, unknown>;
  expect(data["@context"]).toBe("https://schema.org");
  expect(["NGO", "Organization"]).toContain(data["@type"]);
  expect(data.name).toBe("Kun Jarygy");
  expect(data.areaServed).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: "Kazakhstan" })]),
  );
});

test("pages declare canonical and hreflang alternates for their languages", async ({ page }) => {
  await page.goto("/ru/initiatives/kun-jarygy");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/ru\/initiatives\/kun-jarygy$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
  // Būlbūl has no Kazakh text, so no Kazakh alternate is announced.
  await page.goto("/en/initiatives/bulbul");
  await expect(page.locator('link[rel="alternate"][hreflang="kk"]')).toHaveCount(0);
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveCount(1);
});

test("the sitemap index names valid sitemaps that list every published initiative", async ({
  page,
  request,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const index = await response.text();
  expect(await parseXml(page, index)).toEqual({ error: null, root: "sitemapindex" });
  const files = [...index.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThanOrEqual(1);
  expect(files[0]).toBe("/sitemaps/sitemap/0.xml");

  let xml = "";
  for (const file of files) {
    const sitemap = await request.get(file);
    expect(sitemap.status(), file).toBe(200);
    const text = await sitemap.text();
    expect(await parseXml(page, text)).toEqual({ error: null, root: "urlset" });
    xml += text;
  }
  for (const slug of ["kun-jarygy", "bulbul", "iz-project", "u-projects"]) {
    expect(xml).toContain(`/en/initiatives/${slug}</loc>`);
  }
  expect(xml).toContain("/ru/countries/kz</loc>");
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
});

test("each language has a valid Atom feed of the published initiatives", async ({
  page,
  request,
}) => {
  for (const locale of ["en", "ru", "kk"]) {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    expect(await parseXml(page, xml)).toEqual({ error: null, root: "feed" });
    expect((xml.match(/<entry /g) ?? []).length).toBeGreaterThanOrEqual(16);
    expect(xml).toContain(`/${locale}/initiatives/kun-jarygy`);
  }
});

test("robots.txt points to the sitemap index", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  const url = text.match(/Sitemap: (\S+)/)?.[1] ?? "";
  expect(url).toMatch(/\/sitemap\.xml$/);
  const index = await (await request.get(new URL(url).pathname)).text();
  expect(index).toContain("<sitemapindex");
});

test("every page names the site's icon, and it is served", async ({ page, request }) => {
  for (const path of ["/en", "/ru/initiatives/kun-jarygy", "/embed/kk"]) {
    await page.goto(path);
    const href = await page.locator('head link[rel="icon"]').first().getAttribute("href");
    expect(href, path).toMatch(/^\/icon\.svg/);
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  }
});
