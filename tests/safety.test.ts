import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./helpers/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

describe("safety basics", () => {
  it("sends a strict Content-Security-Policy without inline script, and other security headers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("same-origin");
    expect(response.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("refuses an oversized request body with 413 and a message", async () => {
    const user = await t.user("big");
    const token = await t.token(user);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/posts",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      payload: JSON.stringify({ title: "x", body: "a".repeat(600 * 1024), visibility: "public" }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: "payload_too_large" });
  });

  it("answers unknown API routes with JSON and unknown pages with a themed page", async () => {
    const api = await t.app.inject({ method: "GET", url: "/api/v1/nothing" });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: "not_found" });
    const page = await t.app.inject({ method: "GET", url: "/nothing" });
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("<main");
  });

  it("renders Markdown without raw HTML, scripts or javascript: links", async () => {
    const user = await t.user("eve");
    const token = await t.token(user);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/posts",
      headers: { authorization: `Bearer ${token}` },
      payload: {
        title: "<script>alert(1)</script>",
        body: "<script>alert(2)</script>\n\n[click](javascript:alert(3)) <img src=x onerror=alert(4)>\n\n# Heading",
        visibility: "public", consent: { basis: "no-patient-information" }, publish: true,
      },
    });
    const page = await t.app.inject({ method: "GET", url: `/users/eve/posts/${created.json().id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain("<script>alert");
    expect(page.body).toContain("&lt;script&gt;alert(1)");
    expect(page.body).not.toMatch(/href="javascript:/i);
    expect(page.body).not.toMatch(/<img[^>]*onerror/);
    expect(page.body).toContain("<h2>Heading</h2>");
  });
});
