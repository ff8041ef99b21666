import { expect, test, type Page } from "@playwright/test";
import { closeE2eDb, createTestUser, e2eDb, uniqueEmail, type TestUser } from "./fixtures/users";

test.afterAll(closeE2eDb);

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

test("an admin invites an editor, who joins, signs in and is shut out once deactivated", async ({
  page,
  browser,
}) => {
  const admin: TestUser = await createTestUser("ADMIN");
  const editorEmail = uniqueEmail("invited-editor");
  const editorPassword = "meadow copper violin 77";

  await signIn(page, admin);
  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Users" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Staff accounts" })).toContainText(admin.email);

  // Invite: a wrong address first shows the error under the field and keeps the input.
  const invite = page.getByRole("region", { name: "Invite someone" });
  await invite.getByLabel("Email").fill("not-an-address");
  await invite.getByRole("button", { name: "Create invitation link" }).click();
  const emailField = invite.getByLabel("Email");
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(emailField).toHaveAccessibleDescription(/email address such as/);
  await expect(emailField).toHaveValue("not-an-address");

  await emailField.fill(editorEmail);
  await invite.getByLabel("Role").selectOption("EDITOR");
  await invite.getByRole("button", { name: "Create invitation link" }).click();
  await expect(invite.getByRole("status")).toHaveText(`Invitation created for ${editorEmail}.`);
  const link = await invite.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/admin\/invite\/[A-Za-z0-9_-]{43}$/);

  // The invitee opens the link in a browser of their own.
  const invitee = await browser.newContext();
  const editorPage = await invitee.newPage();
  await editorPage.goto(new URL(link).pathname);
  await expect(editorPage.getByRole("heading", { level: 1 })).toHaveText("Accept your invitation");
  await expect(editorPage.getByText("as Editor")).toBeVisible();
  await editorPage.getByLabel("Your name").fill("Elmira Editor");
  await editorPage.getByLabel("Password", { exact: true }).fill(editorPassword);
  await editorPage.getByLabel("Repeat the password").fill(editorPassword);
  await editorPage.getByRole("button", { name: "Create account" }).click();
  await expect(editorPage).toHaveURL(/\/admin\/login\?notice=account_created$/);
  await expect(editorPage.getByRole("status").first()).toContainText("Your account is ready");

  // The link worked once.
  const again = await invitee.newPage();
  await again.goto(new URL(link).pathname);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText(
    "This invitation cannot be used",
  );
  await again.close();

  await signIn(editorPage, { email: editorEmail, password: editorPassword });
  const editorNav = editorPage.getByRole("navigation", { name: "Admin" });
  await expect(editorNav.getByRole("link", { name: "Taxonomy" })).toBeVisible();
  await expect(editorNav.getByRole("link", { name: "Users" })).toHaveCount(0);

  // The admin sees the new account and deactivates it.
  await page.reload();
  await page
    .getByRole("table", { name: "Staff accounts" })
    .getByRole("link", { name: editorEmail })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(editorEmail);
  const access = page.getByRole("region", { name: "Access" });
  await access.getByRole("button", { name: "Deactivate account" }).click();
  await expect(access.getByRole("status")).toHaveText(
    "The account is deactivated and its sessions have ended.",
  );
  await expect(access.getByRole("button", { name: "Reactivate account" })).toBeVisible();

  const db = await e2eDb();
  const row = await db.user.findUniqueOrThrow({ where: { email: editorEmail } });
  expect(row).toMatchObject({ active: false, role: "EDITOR", name: "Elmira Editor" });

  // The editor's next page load ends at the sign-in page.
  await editorPage.goto("/admin");
  await expect(editorPage).toHaveURL(/\/admin\/login$/);
  await expect(editorPage.getByRole("heading", { level: 1 })).toHaveText("Sign in to Civic Atlas");
  await invitee.close();
});

test("the admin area speaks Russian after switching, and the choice sticks", async ({ page }) => {
  const admin = await createTestUser("ADMIN", "russian-admin");
  await signIn(page, admin);
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Обзор");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Пользователи");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
});

test("pending invitations are listed with who sent them, and a revoked link stops working", async ({
  page,
  browser,
}) => {
  const admin = await createTestUser("ADMIN", "inviting-admin");
  const invitee = uniqueEmail("revoked-invitee");
  await signIn(page, admin);
  await page.goto("/admin/users");
  const invite = page.getByRole("region", { name: "Invite someone" });
  await invite.getByLabel("Email").fill(invitee);
  await invite.getByLabel("Role").selectOption("CONTRIBUTOR");
  await invite.getByRole("button", { name: "Create invitation link" }).click();
  const link = await invite.getByLabel("Invitation link").inputValue();

  const pending = page.getByRole("table", { name: "Pending invitations" });
  const row = pending.getByRole("row").filter({ hasText: invitee });
  await expect(row).toContainText("Contributor");
  await expect(row).toContainText(admin.email);
  await row.getByRole("button", { name: `Revoke the invitation for ${invitee}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "was revoked" })).toHaveText(
    `The invitation for ${invitee} was revoked.`,
  );
  await expect(pending.getByRole("row").filter({ hasText: invitee })).toHaveCount(0);

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(new URL(link).pathname);
  await expect(visitorPage.getByRole("heading", { level: 1 })).toHaveText(
    "This invitation cannot be used",
  );
  await visitor.close();

  const db = await e2eDb();
  expect(
    await db.auditLog.count({ where: { action: "user.invite_revoke", actorId: admin.id } }),
  ).toBe(1);
});

test("an admin cannot deactivate their own account", async ({ page }) => {
  const admin = await createTestUser("ADMIN", "self-admin");
  await signIn(page, admin);
  await page.goto(`/admin/users/${admin.id}`);
  const access = page.getByRole("region", { name: "Access" });
  await expect(access).toContainText("This is your own account");
  await expect(access.getByRole("button", { name: "Deactivate account" })).toHaveCount(0);
});
