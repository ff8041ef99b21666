import { createDraft, createStaff, expect, signIn, test, unique } from "./fixtures/staff";

test("a contributor creates a draft with a Telegram handle and a Russian translation", async ({
  page,
  db,
}) => {
  const contributor = await createStaff(db, "CONTRIBUTOR");
  const handle = unique("atlas").replace(/-/g, "_");
  const name = `Проект ${handle}`;
  await signIn(page, contributor);
  await page.goto("/admin/initiatives/new");

  // Tabs follow the WAI-ARIA pattern: the arrow key moves to, and selects, the next language.
  await page.getByRole("tab", { name: /English/ }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: /Russian/ })).toBeFocused();
  await expect(page.getByRole("tab", { name: /Russian/ })).toHaveAttribute("aria-selected", "true");
  const russian = page.getByRole("tabpanel", { name: /Russian/ });
  await russian.getByLabel("Name", { exact: true }).fill(name);
  await russian.getByLabel("Summary", { exact: true }).fill("Городская инициатива.");
  await russian.getByLabel("Description", { exact: true }).fill("**Жирный** текст");
  await expect(russian.getByRole("region", { name: /Preview/ }).locator("strong")).toHaveText(
    "Жирный",
  );
  await expect(page.getByRole("tab", { name: /Russian/ })).toContainText("Draft");

  await page.getByRole("checkbox", { name: "Kazakhstan" }).check();
  await page
    .getByRole("group", { name: /Causes/ })
    .getByRole("checkbox")
    .first()
    .check();

  await page.getByRole("button", { name: "+ Add a link" }).click();
  const link = page.getByRole("group", { name: "Link 1" });
  await link.getByLabel("Type").selectOption("TELEGRAM");
  await link.getByLabel("Link or handle").fill(`@${handle.toUpperCase()}`);
  await expect(link.getByText(`Saved as https://t.me/${handle}`)).toBeVisible();

  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/initiatives\/[0-9a-f-]{36}(\?created=1)?$/);
  await expect(page.getByRole("status").filter({ hasText: "Draft created." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  const id = page.url().match(/initiatives\/([0-9a-f-]{36})/)![1]!;
  const stored = await db.initiative.findUniqueOrThrow({
    where: { id },
    select: {
      state: true,
      createdBy: { select: { email: true } },
      translations: { select: { locale: true, name: true } },
      links: { select: { type: true, url: true, handle: true } },
    },
  });
  expect(stored).toEqual({
    state: "DRAFT",
    createdBy: { email: contributor.email },
    translations: [{ locale: "ru", name }],
    links: [{ type: "TELEGRAM", url: `https://t.me/${handle}`, handle }],
  });
});

test("a save based on an older version is refused and keeps what was typed", async ({
  browser,
  db,
}) => {
  const [userA, userB] = [await createStaff(db, "EDITOR"), await createStaff(db, "EDITOR")];
  const id = await createDraft(db, unique("Shared entry"));
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const [pageA, pageB] = [await contextA.newPage(), await contextB.newPage()];
  await signIn(pageA, userA);
  await signIn(pageB, userB);
  await pageA.goto(`/admin/initiatives/${id}`);
  await pageB.goto(`/admin/initiatives/${id}`);
  await expect(pageB.getByText(`Also editing: ${userA.email}`)).toBeVisible();

  const summary = (page: typeof pageA) =>
    page.getByRole("tabpanel", { name: /English/ }).getByLabel("Summary", { exact: true });
  await summary(pageA).fill("Summary written by A.");
  await pageA.getByRole("button", { name: "Save" }).click();
  await expect(pageA.getByRole("status").filter({ hasText: "Saved (version 2)." })).toBeVisible();

  const typedByB = "B's own careful summary, typed before A saved.";
  await summary(pageB).fill(typedByB);
  await pageB.getByRole("button", { name: "Save" }).click();
  const alert = pageB.getByRole("alert").filter({ hasText: "Someone saved a newer version" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(`by ${userA.email} at`);
  await expect(alert).toContainText("Your changes are not saved yet: copy them or reload.");
  await expect(alert).toBeFocused();
  await expect(summary(pageB)).toHaveValue(typedByB);

  const stored = await db.initiativeTranslation.findFirstOrThrow({
    where: { initiativeId: id, locale: "en" },
    select: { summary: true, initiative: { select: { version: true } } },
  });
  expect(stored).toEqual({ summary: "Summary written by A.", initiative: { version: 2 } });
  await contextA.close();
  await contextB.close();
});

test("the editor speaks Russian: labels, field errors and outcomes", async ({ page, db }) => {
  const editor = await createStaff(db, "EDITOR");
  await signIn(page, editor);
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto("/admin/initiatives/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новая инициатива");

  // Checked in the browser with the shared schema; its codes are worded in Russian.
  await page.getByRole("button", { name: "Создать черновик" }).click();
  const alert = page.getByRole("alert", { name: "Исправьте отмеченные поля." });
  await expect(alert.getByRole("heading")).toHaveText("Исправьте отмеченные поля.");
  await expect(alert).toContainText(
    "Название (английский): Введите название хотя бы на одном языке.",
  );
  await expect(alert).toContainText("Страны: Выберите хотя бы одну страну.");

  const name = unique("Русская запись");
  const english = page.getByRole("tabpanel", { name: /Английский/ });
  await english.getByLabel("Название", { exact: true }).fill(name);
  await page.getByRole("checkbox", { name: "Kazakhstan" }).check();
  await page
    .getByRole("group", { name: /Направления/ })
    .getByRole("checkbox")
    .first()
    .check();
  await page.getByRole("button", { name: "+ Добавить ссылку" }).click();
  const link = page.getByRole("group", { name: "Ссылка № 1" });
  await link.getByLabel("Тип").selectOption("INSTAGRAM");
  await link.getByLabel("Ссылка или имя аккаунта").fill("https://example.org/not-instagram");
  await expect(link.getByText("Введите имя аккаунта Instagram или ссылку")).toBeVisible();
  await link.getByLabel("Ссылка или имя аккаунта").fill("@civic.atlas");
  await page.getByRole("button", { name: "Создать черновик" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Черновик создан." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Публикация" })).toContainText("Черновик");
});
