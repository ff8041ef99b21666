import { createDraft, createStaff, expect, signIn, test, unique } from "./fixtures/staff";

test("a featured entry is marked in the table, filterable, and shown first on the home page", async ({
  page,
  db,
}) => {
  const editor = await createStaff(db, "EDITOR");
  const name = unique("Featured Steppe Garden");
  const id = await createDraft(db, name);
  await signIn(page, editor);

  await page.goto(`/admin/initiatives/${id}`);
  await page.getByRole("checkbox", { name: "Featured on the home page" }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved (version 2)." })).toBeVisible();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Published. The public pages show it now." }),
  ).toBeVisible();

  // Only featured entries with the filter on, each marked in its own column.
  await page.goto(`/admin/initiatives?featured=yes&q=${encodeURIComponent(name)}`);
  const table = page.getByRole("table", { name: "Initiatives" });
  const row = table.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("featured");
  await expect(page.getByRole("combobox", { name: "Featured" })).toHaveValue("yes");
  await page.goto(`/admin/initiatives?featured=no&q=${encodeURIComponent(name)}`);
  await expect(page.getByText("No entries match.")).toBeVisible();

  const visitor = await page.context().browser()!.newPage();
  await visitor.goto("/en");
  const featured = visitor.getByRole("region", { name: "Featured" });
  await expect(featured.getByRole("link", { name, exact: true })).toBeVisible();
  await visitor.close();
});
