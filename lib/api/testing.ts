import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { PublicationState } from "@/lib/generated/prisma/client";
import { refreshSearchDocument } from "@/lib/search/document";

/** Test helpers for the API's integration tests. */

const randomIp = () =>
  `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

/**
 * A request as the app's server hands it on: X-Forwarded-For holds the client address. Each call
 * gets an address of its own unless one is given, so tests never share a rate-limit counter.
 */
export function apiRequest(
  path: string,
  {
    headers = {},
    method = "GET",
    ip = randomIp(),
  }: { headers?: Record<string, string>; method?: string; ip?: string } = {},
): Request {
  return new Request(`http://localhost${path}`, {
    method,
    headers: { "x-forwarded-for": ip, ...headers },
  });
}

export const slugContext = (slug: string) => ({ params: Promise.resolve({ slug }) });

export interface TestInitiative {
  slug: string;
  state?: PublicationState;
  sensitive?: boolean;
  name: string;
  city?: string;
  people?: { name: string; isPublic: boolean }[];
  country?: string;
}

/** Creates an initiative with an English translation, as the editor would, search included. */
export async function createInitiative(db: Db, data: TestInitiative): Promise<string> {
  const { id } = await db.initiative.create({
    data: {
      slug: data.slug,
      state: data.state ?? "PUBLISHED",
      publishedAt: new Date(),
      sensitive: data.sensitive ?? false,
      translations: {
        create: [
          {
            locale: "en",
            name: data.name,
            summary: `${data.name} summary.`,
            description: `${data.name} description.`,
            city: data.city ?? null,
            region: data.city ? `${data.city} Region` : null,
          },
        ],
      },
      countries: { create: [{ countryCode: data.country ?? "KZ" }] },
      people: {
        create: (data.people ?? []).map((person) => ({
          name: person.name,
          role: { en: "Coordinator" },
          isPublic: person.isPublic,
        })),
      },
    },
    select: { id: true },
  });
  await refreshSearchDocument(db, id);
  return id;
}

/** Every object key anywhere in a JSON value. */
export function allKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => allKeys(item, out));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      out.add(key);
      allKeys(child, out);
    }
  }
  return out;
}
