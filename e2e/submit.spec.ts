import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import {
  expectStatusPage,
  fillProposal,
  openSubmitForm,
  sendProposal,
} from "./fixtures/submission";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function proposal() {
  const id = unique();
  return {
    name: `Silver Surfers ${id}`,
    website: `https://silver-${id}.example.org`,
    email: `partner-${id}@example.org`,
  };
}

async function expectReceived(page: Page, statusUrl: string) {
  await expect(page.getByText("Thank you! We have received your submission.")).toBeVisible();
  await expect(page.getByLabel("Your private status link")).toHaveValue(statusUrl);
  // The link alone, opened later, shows the status: no account, no cookie.
  await page.context().clearCookies();
  await page.goto(statusUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Your submission" })).toBeVisible();
  await expect(page.getByText("Received, waiting for review")).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
}

test.describe("partner submission with JavaScript", () => {
  test("checks the form in the browser, then sends it and shows the status link", async ({
    page,
  }) => {
    const data = proposal();
    const openedAt = await openSubmitForm(page);
    await page.getByRole("button", { name: "Send for review" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Please correct" });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Please correct the highlighted fields.");
    await expect(page.getByLabel("Name of the initiative")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("This field is required.").first()).toBeVisible();
    await expect(page).toHaveURL(/\/en\/submit$/);

    await fillProposal(page, data);
    await page.getByLabel("Address or handle 1").fill("javascript:alert(1)");
    await sendProposal(page, openedAt);
    // The error is announced with the field it belongs to.
    await expect(page.getByLabel("Address or handle 1")).toHaveAccessibleDescription(
      "This is not a valid Website address or handle.",
    );
    await page.getByLabel("Address or handle 1").fill(data.website);
    await sendProposal(page, openedAt);

    await expectReceived(page, await expectStatusPage(page));
  });

  test("warns about a duplicate of a seeded initiative and sends once confirmed", async ({
    page,
  }) => {
    const data = proposal();
    const openedAt = await openSubmitForm(page);
    await fillProposal(page, { ...data, name: "Кун Жарыгы", website: "https://www.prozakup.kz/" });
    await sendProposal(page, openedAt);
    await expect(page.getByText("This looks like:")).toBeVisible();
    await expect(page.getByRole("link", { name: "Kun Jarygy" })).toHaveAttribute(
      "href",
      "/en/initiatives/kun-jarygy",
    );
    // Everything typed is still there.
    await expect(page.getByLabel("Name of the initiative")).toHaveValue("Кун Жарыгы");
    await expect(page.getByLabel("Your email")).toHaveValue(data.email);
    await page.getByLabel("This is a different initiative: send it anyway").check();
    await sendProposal(page, openedAt);
    await expectStatusPage(page);
  });

  test("a wrong status link shows nothing", async ({ page }) => {
    const response = await page.goto(`/en/submit/status/${"A".repeat(43)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Received")).toHaveCount(0);
  });
});

test.describe("partner submission without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("keeps what was typed when the server refuses a field, then sends", async ({ page }) => {
    const data = proposal();
    const openedAt = await openSubmitForm(page);
    await fillProposal(page, { ...data, name: "<script>alert(1)</script>" });
    await page.getByLabel("Your Telegram").fill("@e2e_partner");
    await sendProposal(page, openedAt);
    await expect(
      page.getByText("Remove HTML tags and script code such as “<” or “javascript:”.").first(),
    ).toBeVisible();
    await expect(page.getByLabel("Your email")).toHaveValue(data.email);
    await expect(page.getByLabel("Your Telegram")).toHaveValue("@e2e_partner");
    await expect(page.getByLabel("Kazakhstan", { exact: true })).toBeChecked();

    await page.getByLabel("Name of the initiative").fill(data.name);
    await page.getByRole("button", { name: "Send for review" }).click();
    await expectReceived(page, await expectStatusPage(page));
  });
});

test.describe("partner submission accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`the form, with and without errors, has no axe violations (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openSubmitForm(page);
      const violations = async () =>
        (
          await new AxeBuilder({ page })
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
            .analyze()
        ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(await violations()).toEqual([]);
      await page.getByRole("button", { name: "Send for review" }).click();
      await expect(page.getByText("Please correct the highlighted fields.")).toBeVisible();
      expect(await violations()).toEqual([]);
    });
  }
});
