import { describe, expect, it } from "vitest";
import { can, CAPABILITIES } from "@/lib/authz";

describe("roles", () => {
  it("contributors create, edit drafts and submit, but never publish", () => {
    expect(can("CONTRIBUTOR", "initiative.create")).toBe(true);
    expect(can("CONTRIBUTOR", "initiative.editDraft")).toBe(true);
    expect(can("CONTRIBUTOR", "initiative.submit")).toBe(true);
    for (const capability of [
      "initiative.publish",
      "initiative.unpublish",
      "initiative.schedule",
      "initiative.edit",
      "submission.moderate",
      "user.manage",
    ] as const) {
      expect(can("CONTRIBUTOR", capability), capability).toBe(false);
    }
  });

  it("editors publish and moderate but do not manage users", () => {
    expect(can("EDITOR", "initiative.publish")).toBe(true);
    expect(can("EDITOR", "submission.moderate")).toBe(true);
    expect(can("EDITOR", "user.manage")).toBe(false);
    expect(can("EDITOR", "audit.read")).toBe(false);
  });

  it("admins may do everything", () => {
    for (const capability of Object.keys(CAPABILITIES) as (keyof typeof CAPABILITIES)[]) {
      expect(can("ADMIN", capability), capability).toBe(true);
    }
  });
});
