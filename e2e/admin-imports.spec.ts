import path from "node:path";
import { createStaff, expect, signIn, test, unique } from "./fixtures/staff";

/**
 * The feed importer, end to end: an editor uploads the Eurasia Foundation feed (saved as text),
 * sees one candidate per story, turns one into a draft and attaches another to a seeded
 * initiative; uploading the file again imports nothing. The feed's stories have fixed GUIDs, so
 * the spec first removes what an earlier attempt imported from this file (no other spec uses
 * it), which keeps it repeatable and independent of retries.
 */

const FEED_FILE = path.join(import.meta.dirname, "fixtures/eurasia-civil-society-feed.txt");
const STORIES = 12;
const GUID_PREFIX = "https://www.eurasia.org/?post_type=success-stories&p=";
const ATTACH_URL =
  "https://www.eurasia.org/success-stories/redefining-civic-engagement-as-city-engagement-in-almaty/";

test.describe.serial("feed import", () => {
  test("an editor imports the feed, drafts from one story and attaches another; a second upload adds nothing", async ({
    page,
    db,
  }) => {
    test.setTimeout(120_000);
    await db.feedImportRun.deleteMany({ where: { source: "eurasia-civil-society-feed.txt" } });
    await db.importCandidate.deleteMany({ where: { dedupeKey: { startsWith: GUID_PREFIX } } });
    await db.source.deleteMany({ where: { url: ATTACH_URL, initiative: { slug: "u-projects" } } });
    const editor = await createStaff(db, "EDITOR");
    await signIn(page, editor);

    // Upload: the run's page shows progress, then one candidate per story.
    await page.goto("/admin/imports");
    await page.getByLabel("Feed file").setInputFiles(FEED_FILE);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/imports\/candidates\?run=[0-9a-f-]{36}&status=ALL/);
    const runId = new URL(page.url()).searchParams.get("run")!;
    await expect(
      page.getByText(`${STORIES} new candidates; nothing was imported before.`),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole("article")).toHaveCount(STORIES);
    const bulbulStory = page.getByRole("article", {
      name: /^Changemaker Combats Cultures of Silence/,
    });
    await expect(bulbulStory.getByText("Eurasia Foundation · Nov 6, 2024 · en")).toBeVisible();
    await expect(bulbulStory.getByRole("link", { name: "Open the article" })).toHaveAttribute(
      "href",
      /^https:\/\/www\.eurasia\.org\/success-stories\/changemaker-combats/,
    );

    // Create a draft from the STEM story, with the hinted name and country pre-filled.
    const stem = page.getByRole("article", { name: /^Mother-Daughter Duo Readies Young Women/ });
    await stem.getByRole("link", { name: "Create a draft" }).click();
    await expect(page.getByRole("heading", { name: "New draft from a story" })).toBeVisible();
    await expect(page.getByLabel("Name of the initiative")).not.toHaveValue("");
    await expect(page.getByRole("checkbox", { name: "Tajikistan" })).toBeChecked();
    const name = unique("Shams STEM Draft").replace(/-/g, " ");
    await page.getByLabel("Name of the initiative").fill(name);
    await page.getByRole("button", { name: "Create draft" }).click();
    // Creating the draft and rendering the editor can take a while on a busy machine.
    // (The editor drops its "?created=1" from the address once it has shown the notice.)
    await expect(page).toHaveURL(/\/admin\/initiatives\/[0-9a-f-]{36}(\?created=1)?$/, {
      timeout: 30_000,
    });
    const draft = await db.initiative.findFirstOrThrow({
      where: { translations: { some: { name } } },
      select: { id: true, state: true, sources: { select: { url: true } } },
    });
    expect(draft.state).toBe("DRAFT");
    expect(draft.sources.map((s) => s.url)).toEqual([
      "https://www.eurasia.org/success-stories/mother-daughter-duo-readies-young-women-in-rural-tajikistan-to-pursue-stem-education/",
    ]);

    // Attach the Almaty story to a seeded initiative found by searching for it.
    // The new candidates of this run (the draft's story is no longer among them).
    await page.goto(`/admin/imports/candidates?run=${runId}`);
    await expect(page.getByRole("article")).toHaveCount(STORIES - 1);
    const almaty = () =>
      page.getByRole("article", { name: /^Redefining Civic Engagement as City Engagement/ });
    await almaty().getByRole("searchbox", { name: "Find another initiative" }).fill("U:projects");
    await almaty().getByRole("button", { name: "Search" }).click();
    await expect(almaty().getByLabel("Initiative", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
    await expect(
      almaty().getByLabel("Initiative", { exact: true }).locator("option:checked"),
    ).toHaveText("U:projects (Published)");
    await almaty().getByRole("button", { name: "Attach", exact: true }).click();
    await expect(page.getByText("The article is now a source of U:projects.")).toBeVisible({
      timeout: 15_000,
    });
    const attached = await db.importCandidate.findFirstOrThrow({
      where: { url: ATTACH_URL },
      select: { status: true },
    });
    expect(attached.status).toBe("ATTACHED");
    expect(
      await db.source.count({ where: { url: ATTACH_URL, initiative: { slug: "u-projects" } } }),
    ).toBe(1);

    // The same file again: nothing new.
    await page.goto("/admin/imports");
    await page.getByLabel("Feed file").setInputFiles(FEED_FILE);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(
      page.getByText(`No new candidates; ${STORIES} stories were imported before.`),
    ).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("article")).toHaveCount(0);
    expect(
      await db.importCandidate.count({ where: { dedupeKey: { startsWith: GUID_PREFIX } } }),
    ).toBe(STORIES);
  });

  test("a malformed file is explained next to the field and imports nothing", async ({
    page,
    db,
  }) => {
    const editor = await createStaff(db, "EDITOR");
    await signIn(page, editor);
    const runs = await db.feedImportRun.count();
    await page.goto("/admin/imports");
    await page.getByLabel("Feed file").setInputFiles({
      name: "broken.xml",
      mimeType: "application/xml",
      buffer: Buffer.from("<rss><channel><item><title>Broken</title></channel></rss>"),
    });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const field = page.getByLabel("Feed file");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#import-file-error")).toContainText(
      "The feed is not well-formed XML",
    );
    expect(await db.feedImportRun.count()).toBe(runs);
  });
});
