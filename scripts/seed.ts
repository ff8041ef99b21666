/** npm run db:seed: loads the seed content when the database holds no initiatives. */
import { withCliDatabase } from "../lib/cli-database";
import { seedDatabase } from "../prisma/seed/seed";

withCliDatabase(seedDatabase)
  .then((result) => {
    console.log(
      result.seeded
        ? `Seeded ${result.initiatives} initiatives.`
        : `The database already holds ${result.existing} initiatives; nothing was seeded.`,
    );
  })
  .catch((error: unknown) => {
    console.error(`db:seed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
