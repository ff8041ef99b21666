import { describe, expect, it, vi } from "vitest";

describe("GET /api/health", () => {
  it("answers 503 when the database cannot be reached", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none");
    const { GET } = await import("./route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "error", database: "down" });
  });
});
