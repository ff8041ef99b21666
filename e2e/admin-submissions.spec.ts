import { createStaff, expect, signIn, test, unique } from "./fixtures/staff";

/**
 * A partner's submission from the public form to a draft entry: the status link shows it was
 * received, an editor asks for changes, the submitter reads the request and edits, the editor
 * sees what changed and approves, and a draft holds the submitted data. Every email is in the
 * outbox.
 */
test("a submission is moderated: changes requested, edited by the submitter, approved into a draft", async ({
  browser,
  db,
}) => {
  test.setTimeout(90_000);
  const editor = await createStaff(db, "EDITOR");
  const name = unique("Moderated Atlas Proposal").replace(/-/g, " ");
  const email = `${unique("partner")}@e2e.example.org`;
  const website = `https://${unique("bike-repair")}.e2e.example.org`;
  const summary = "Volunteers repair bicycles for schoolchildren.";
  const edited = "Volunteers repair bicycles for schoolchildren and teach road safety.";

  // The submitter sends the public form, without JavaScript (the form must work either way).
  const submitterContext = await browser.newContext({ javaScriptEnabled: false });
  const submitter = await submitterContext.newPage();
  await submitter.goto("/en/submit");
  await submitter.getByLabel("Name of the initiative").fill(name);
  await submitter.getByLabel("Summary").fill(summary);
  await submitter.getByRole("checkbox", { name: "Kazakhstan" }).check();
  await submitter
    .getByRole("group", { name: /Causes/ })
    .getByRole("checkbox")
    .first()
    .check();
  await submitter.getByLabel("Address or handle 1").fill(website);
  await submitter.getByLabel("Your name").fill("Aruzhan");
  await submitter.getByLabel("Your email").fill(email);
  await submitter.getByRole("checkbox", { name: /I agree/ }).check();
  // The form refuses what is sent faster than a person could (SUBMISSION_MIN_FILL_SECONDS).
  await submitter.waitForTimeout(3_500);
  await submitter.getByRole("button", { name: "Send for review" }).click();
  await expect(submitter).toHaveURL(/\/en\/submit\/status\/[\w-]{43}/);
  const statusUrl = submitter.url().split("?")[0]!;
  await expect(submitter.getByText("Received, waiting for review")).toBeVisible();

  const submission = await db.submission.findFirstOrThrow({
    where: { contactEmail: email },
    select: { id: true },
  });

  // The editor finds it in the queue and asks for changes.
  const context = await browser.newContext();
  const staff = await context.newPage();
  await signIn(staff, editor);
  await staff.goto(`/admin/submissions?q=${encodeURIComponent(name)}`);
  await staff.getByRole("link", { name, exact: true }).click();
  await expect(staff).toHaveURL(new RegExp(`/admin/submissions/${submission.id}`));
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(staff.getByText(email)).toBeVisible();
  await staff
    .getByLabel("Message to the submitter", { exact: true })
    .fill("Please say what else you teach.");
  await staff.getByRole("button", { name: "Send request" }).click();
  await expect(staff.getByText("Your request was sent to the submitter.")).toBeVisible();

  // The submitter sees the request on the status page and edits the submission there (with
  // JavaScript this time: the two ways of sending are the public form's own specs).
  const withJs = await browser.newPage();
  await withJs.goto(statusUrl);
  await expect(withJs.getByText("Please say what else you teach.")).toBeVisible();
  await submitter.goto(statusUrl);
  await expect(submitter.getByText("Please say what else you teach.")).toBeVisible();
  await expect(submitter.getByText("Changes requested").first()).toBeVisible();
  const editForm = withJs
    .locator("form")
    .filter({ has: withJs.getByRole("button", { name: "Save changes" }) });
  await editForm.getByLabel("Summary").fill(edited);
  await editForm.getByRole("button", { name: "Save changes" }).click();
  await expect(withJs.getByText("Your changes were saved and sent for review.")).toBeVisible();
  await expect(withJs.getByText("Received, waiting for review")).toBeVisible();
  await withJs.close();

  // The editor sees what changed, then approves.
  await staff.reload();
  const versions = staff.getByRole("region", { name: "Versions" });
  await expect(versions.getByText("Changes from version 1 to version 2")).toBeVisible();
  await expect(versions.locator("ins", { hasText: "and teach road safety" })).toBeVisible();
  staff.once("dialog", (dialog) => void dialog.accept());
  await staff.getByRole("button", { name: "Approve and create a draft" }).click();
  await expect(staff.getByText(/^Draft “.+” created\.$/)).toBeVisible();
  await staff.getByRole("link", { name: "Open in the editor" }).click();
  await expect(staff).toHaveURL(/\/admin\/initiatives\/[0-9a-f-]{36}/);
  await context.close();
  await submitterContext.close();

  // A draft holds the submitted data; nothing was published.
  const stored = await db.submission.findUniqueOrThrow({
    where: { id: submission.id },
    select: { status: true, initiativeId: true },
  });
  expect(stored.status).toBe("APPROVED");
  const draft = await db.initiative.findUniqueOrThrow({
    where: { id: stored.initiativeId! },
    select: {
      state: true,
      translations: { select: { locale: true, name: true, summary: true, status: true } },
      countries: { select: { countryCode: true } },
      links: { select: { type: true, url: true } },
    },
  });
  expect(draft.state).toBe("DRAFT");
  expect(draft.translations).toEqual([{ locale: "en", name, summary: edited, status: "DRAFT" }]);
  expect(draft.countries).toEqual([{ countryCode: "KZ" }]);
  expect(draft.links).toEqual([
    {
      type: "WEBSITE",
      url: expect.stringMatching(new RegExp(`^${website.replace(/\./g, "\\.")}/?$`)),
    },
  ]);

  // The submitter was written to at each step; staff heard about the new submission.
  const outbox = await db.outboxEmail.findMany({
    where: { submissionId: submission.id },
    select: { to: true, template: true },
  });
  const toSubmitter = outbox.filter((row) => row.to === email).map((row) => row.template);
  expect(toSubmitter.sort()).toEqual([
    "submission.approved",
    "submission.changes_requested",
    "submission.received",
  ]);
  expect(outbox.some((row) => row.template === "staff.submission" && row.to === editor.email)).toBe(
    true,
  );
});
