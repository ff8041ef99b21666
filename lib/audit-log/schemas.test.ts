import { describe, expect, it } from "vitest";
import { auditQueryString, parseAuditFilters } from "@/lib/audit-log/schemas";

describe("audit filters in the URL", () => {
  it("keeps valid filters and drops empty ones", () => {
    expect(
      parseAuditFilters({
        action: " user. ",
        actor: "Ana@Example.org",
        entityType: "",
        from: "2026-01-01",
        to: "",
        before: "120",
      }),
    ).toEqual({
      filters: { action: "user.", actor: "Ana@Example.org", from: "2026-01-01", before: "120" },
      ignored: false,
    });
  });

  it("drops only the malformed ones and says so", () => {
    expect(
      parseAuditFilters({ action: "auth.sign_in", from: "yesterday", before: "-1", after: "1e9" }),
    ).toEqual({ filters: { action: "auth.sign_in" }, ignored: true });
    expect(parseAuditFilters({ to: "2026-02-31x" }).ignored).toBe(true);
  });

  it("takes the first of repeated parameters, and never both cursors", () => {
    expect(parseAuditFilters({ action: ["a.b", "c.d"] }).filters).toEqual({ action: "a.b" });
    expect(parseAuditFilters({ before: "5", after: "9" })).toEqual({
      filters: { before: "5" },
      ignored: true,
    });
  });

  it("writes filters back into a query string", () => {
    expect(auditQueryString({})).toBe("");
    expect(auditQueryString({ entityType: "user", entityId: "a b", before: undefined })).toBe(
      "?entityType=user&entityId=a+b",
    );
  });
});
