/**
 * npm run user:create -- --email E --role admin|editor|contributor [--password P] [--name N]
 * Without --password a strong password is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { CliError, parseArgs, withCliDatabase } from "../lib/cli-database";
import { createUser } from "../lib/users/mutations";

const USAGE =
  "usage: npm run user:create -- --email E --role admin|editor|contributor [--password P] [--name N]";

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const value = (key: string) => {
    const v = args.get(key);
    return typeof v === "string" ? v : undefined;
  };
  if (args.has("help")) {
    console.log(USAGE);
    return;
  }
  const email = value("email");
  const role = value("role");
  if (!email || !role) throw new CliError(`--email and --role are required\n${USAGE}`);
  const generated = value("password") === undefined;
  const password = value("password") ?? randomBytes(18).toString("base64url");

  const result = await withCliDatabase((db) =>
    createUser(db, {
      email,
      role: role.toUpperCase() as "ADMIN",
      password,
      name: value("name") ?? "",
    }),
  );
  if (!result.ok) {
    const lines = Object.entries(result.fieldErrors).map(
      ([field, errors]) => `  --${field}: ${errors?.join(" ")}`,
    );
    throw new CliError(`the account was not created:\n${lines.join("\n")}`);
  }
  console.log(`Created ${result.user.role.toLowerCase()} ${result.user.email}`);
  if (generated) console.log(`Password (shown once): ${password}`);
}

main().catch((error: unknown) => {
  console.error(`user:create: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
