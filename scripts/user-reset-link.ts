/**
 * npm run user:reset-link -- --email E
 * Prints a one-time password-reset link (valid one hour) for an active staff account. The link's
 * host comes from SITE_URL (default http://localhost:$PORT); issuing it is audited.
 */
import { CliError, parseArgs, withCliDatabase } from "../lib/cli-database";
import { resetLink } from "../lib/users/links";
import { issueResetLink } from "../lib/users/password-reset";
import { resolveText } from "../lib/admin-i18n/codes";
import { en } from "../lib/admin-i18n/en";
import { EmailSchema } from "../lib/users/schemas";

const USAGE = "usage: npm run user:reset-link -- --email E";

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.has("help")) {
    console.log(USAGE);
    return;
  }
  const raw = args.get("email");
  if (typeof raw !== "string") throw new CliError(`--email is required\n${USAGE}`);
  const email = EmailSchema.safeParse(raw);
  if (!email.success) {
    const issue = email.error.issues[0]?.message;
    throw new CliError(`--email: ${issue ? resolveText(en, "en", issue) : "invalid"}`);
  }

  const result = await withCliDatabase((db) =>
    issueResetLink(db, { actor: null, ip: null, via: "cli" }, { email: email.data }),
  );
  if (!result.ok) {
    throw new CliError(
      result.code === "inactive"
        ? `the account ${email.data} is deactivated; reactivate it first`
        : `no account with the email ${email.data}`,
    );
  }
  console.log(
    `Password reset link for ${result.email} (valid until ${result.expiresAt.toISOString()}):`,
  );
  console.log(resetLink(result.token));
}

main().catch((error: unknown) => {
  console.error(`user:reset-link: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
