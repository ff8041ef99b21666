import { createStaff, expect, signIn, test, unique } from "./fixtures/staff";

test("a contributor's draft goes through review, is published, appears publicly and disappears when unpublished", async ({
  browser,
  db,
}) => {
  const contributor = await createStaff(db, "CONTRIBUTOR");
  const editor = await createStaff(db, "EDITOR");
  const name = unique("Workflow Atlas Entry").replace(/-/g, " ");

  // The contributor creates a draft and sends it for review; publishing is not offered.
  const contributorContext = await browser.newContext();
  const page = await contributorContext.newPage();
  await signIn(page, contributor);
  await page.goto("/admin/initiatives/new");
  const english = page.getByRole("tabpanel", { name: /English/ });
  await english.getByLabel("Name", { exact: true }).fill(name);
  await english.getByLabel("Summary", { exact: true }).fill("An entry made in the browser test.");
  await english
    .getByLabel("Description", { exact: true })
    .fill("It shows the whole publication flow.");
  await page.getByRole("checkbox", { name: "Kazakhstan" }).check();
  await page
    .getByRole("group", { name: /Causes/ })
    .getByRole("checkbox")
    .first()
    .check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/initiatives\/[0-9a-f-]{36}/);
  const entryUrl = page.url().split("?")[0]!;
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Sent for review.")).toBeVisible();
  await contributorContext.close();

  const row = await db.initiative.findFirstOrThrow({
    where: { translations: { some: { name } } },
    select: { id: true, slug: true, state: true },
  });
  expect(row.state).toBe("IN_REVIEW");

  // The editor publishes it; the public listing and page show it at once.
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor);
  await editorPage.goto(entryUrl);
  await editorPage.getByRole("button", { name: "Publish now" }).click();
  await expect(editorPage.getByText("Published. The public pages show it now.")).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto(`/en/initiatives?q=${encodeURIComponent(name)}`);
  await expect(visitor.getByRole("main").getByRole("link", { name, exact: true })).toBeVisible();
  const publicPage = await visitor.goto(`/en/initiatives/${row.slug}`);
  expect(publicPage?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
  await visitor.goto("/en/initiatives");
  await expect(visitor.getByText(/^\d+ initiatives$/)).toBeVisible();

  // Unpublished, it is gone from the public page and the search.
  await editorPage.reload();
  await editorPage.getByRole("button", { name: "Unpublish" }).click();
  await expect(editorPage.getByText("Unpublished. It is no longer public.")).toBeVisible();
  const gone = await visitor.goto(`/en/initiatives/${row.slug}`);
  expect(gone?.status()).toBe(404);
  await visitor.goto(`/en/initiatives?q=${encodeURIComponent(name)}`);
  await expect(visitor.getByRole("main").getByRole("link", { name, exact: true })).toHaveCount(0);

  const audit = await db.auditLog.findMany({
    where: {
      action: { in: ["initiative.submit", "initiative.publish", "initiative.unpublish"] },
      entityId: row.id,
    },
    orderBy: { id: "desc" },
    take: 3,
    select: { action: true, actorEmail: true },
  });
  expect(audit).toEqual([
    { action: "initiative.unpublish", actorEmail: editor.email },
    { action: "initiative.publish", actorEmail: editor.email },
    { action: "initiative.submit", actorEmail: contributor.email },
  ]);
  await editorContext.close();
});
