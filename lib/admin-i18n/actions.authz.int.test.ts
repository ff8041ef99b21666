import { beforeEach, describe, expect, it, vi } from "vitest";
import { setAdminLocaleAction } from "@/lib/admin-i18n/actions";

const jar = vi.hoisted(() => new Map<string, { value: string; options: unknown }>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    set: (name: string, value: string, options: unknown) => jar.set(name, { value, options }),
  }),
}));

/**
 * A public action by design: it only sets the interface-language cookie to one of two values, for
 * anyone (the sign-in page has the switcher too). Listed for lib/testing/action-coverage.test.ts.
 */
export const COVERED_ACTIONS = ["setAdminLocaleAction"] as const;

const form = (locale: string) => {
  const data = new FormData();
  data.set("locale", locale);
  return data;
};

describe("setAdminLocaleAction", () => {
  beforeEach(() => jar.clear());

  it("remembers English or Russian for the staff area, for anyone (the sign-in page has it too)", async () => {
    await setAdminLocaleAction(form("ru"));
    expect(jar.get("ADMIN_LOCALE")).toMatchObject({
      value: "ru",
      options: { path: "/admin", httpOnly: true, sameSite: "lax" },
    });
    await setAdminLocaleAction(form("en"));
    expect(jar.get("ADMIN_LOCALE")?.value).toBe("en");
  });

  it.each(["kk", "", "ru; Path=/", "EN"])("ignores anything else (%j)", async (value) => {
    await setAdminLocaleAction(form(value));
    expect(jar.size).toBe(0);
  });
});
