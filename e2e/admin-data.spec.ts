import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { createDraft, createStaff, expect, signIn, test, unique } from "./fixtures/staff";

/**
 * The spreadsheet round trip an editor does: download the CSV, change a name, check the file,
 * apply it. The uploaded file keeps only this test's row: other specs change entries in
 * parallel, and an import never deletes what a file leaves out.
 */

function onlyRow(csv: string, slug: string, edit: Record<string, string>): string {
  const [header, ...rows] = parse(csv, { bom: true }) as string[][];
  const row = rows.find((cells) => cells[0] === slug);
  if (!header || !row) throw new Error(`no row for ${slug}`);
  for (const [column, value] of Object.entries(edit)) row[header.indexOf(column)] = value;
  return "\uFEFF" + stringify([header, row], { record_delimiter: "\r\n" });
}

test("an editor exports CSV, renames an entry in the file, checks and applies it", async ({
  page,
  db,
}) => {
  const editor = await createStaff(db, "EDITOR");
  const name = unique("Data export entry");
  const id = await createDraft(db, name);
  const { slug } = await db.initiative.findUniqueOrThrow({ where: { id }, select: { slug: true } });
  await signIn(page, editor);
  await page.goto("/admin/data");
  await expect(page.getByRole("heading", { name: "Export and import" })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^civic-atlas-initiatives-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await (await download.createReadStream()).toArray()).join("");
  // The seeded directory and this test's draft, in every locale's columns.
  expect(csv).toContain("\r\naskak,PUBLISHED,");
  expect(csv).toContain("name.kaa");
  expect(csv).toContain(`\r\n${slug},DRAFT,`);

  const renamed = `${name} renamed`;
  await page.getByLabel("CSV or JSON file from an export").setInputFiles({
    name: "initiatives.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(onlyRow(csv, slug, { "name.en": renamed })),
  });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByRole("status")).toContainText("Dry run finished.");
  await expect(page.getByTestId("import-counts")).toHaveText(
    "0 new, 1 changed, 0 unchanged, no invalid rows.",
  );
  const change = page.getByRole("row", { name: /name\.en/ });
  await expect(change).toContainText(name);
  await expect(change).toContainText(renamed);

  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported: 0 created, 1 updated.");
  await expect(page.getByRole("button", { name: "Apply these changes" })).toHaveCount(0);

  await page.goto(`/admin/initiatives?q=${encodeURIComponent(renamed)}`);
  await expect(page.getByRole("link", { name: renamed })).toBeVisible();
});

test("the dry run lists invalid rows with their reasons and nothing can be applied", async ({
  page,
  db,
}) => {
  const editor = await createStaff(db, "EDITOR");
  const id = await createDraft(db, unique("Data invalid entry"));
  const { slug } = await db.initiative.findUniqueOrThrow({ where: { id }, select: { slug: true } });
  await signIn(page, editor);
  const response = await page.request.get("/admin/data/export/csv");
  expect(response.headers()["content-type"]).toContain("text/csv");
  const csv = await response.text();
  await page.goto("/admin/data");
  await page.getByLabel("CSV or JSON file from an export").setInputFiles({
    name: "broken.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(onlyRow(csv, slug, { countries: "KZ;XX" })),
  });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByText(/countries: Unknown country code XX\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply these changes" })).toHaveCount(0);
});

test("exports are refused to visitors and contributors", async ({ page, db, request }) => {
  expect((await request.get("/admin/data/export/csv")).status()).toBe(401);
  const contributor = await createStaff(db, "CONTRIBUTOR");
  await signIn(page, contributor);
  expect((await page.request.get("/admin/data/export/json")).status()).toBe(403);
  await page.goto("/admin/data");
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveCount(0);
});
