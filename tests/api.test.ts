import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./helpers/app.ts";

let t: TestApp;
let token: string;
let otherToken: string;

beforeAll(async () => {
  t = await testApp();
  token = await t.token(await t.user("ngozi"));
  otherToken = await t.token(await t.user("tom"));
});
afterAll(async () => {
  await t?.close();
});

function api(method: "GET" | "POST" | "PATCH" | "DELETE", url: string, body?: unknown, bearer: string | null = token) {
  return t.app.inject({
    method,
    url,
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

describe("POST /api/v1/posts", () => {
  it("creates and publishes a post with a token, answering 201 {id, url, state, privacy}", async () => {
    const response = await api("POST", "/api/v1/posts", {
      title: "What? So what? Now what? — my first cannula",
      body: "## What?\n\nI sited my first cannula.\n\n## So what?\n\nPreparation matters.\n\n## Now what?\n\nPractise on the mannequin.",
      summary: "A first cannula, and what it taught me.",
      tags: ["procedures"],
      visibility: "public",
      reflection: "what-so-what-now-what",
      consent: { basis: "no-patient-information" },
      publish: true,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ state: "published", privacy: { outcome: "cleared", findings: [] } });
    expect(body.url).toBe(`http://rounds.test/users/ngozi/posts/${body.id}`);
    const page = await t.app.inject({ method: "GET", url: `/users/ngozi/posts/${body.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<h2>So what?</h2>");
    const other = await api("GET", `/api/v1/posts/${body.id}`, undefined, otherToken);
    expect(other.json()).toMatchObject({ title: "What? So what? Now what? — my first cannula", author: { handle: "ngozi" } });
    expect(other.json()).not.toHaveProperty("body");
    expect(other.json()).not.toHaveProperty("consent");
  });

  it("holds a post with an identifier and returns the findings with field, offsets, type, reason and suggestion", async () => {
    const text = "Seen in clinic. MRN: A1234567. Discussed the plan.";
    const response = await api("POST", "/api/v1/posts", {
      title: "Clinic", body: text, visibility: "public", consent: { basis: "no-patient-information" }, publish: true,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.state).toBe("held");
    expect(body.privacy.outcome).toBe("held");
    const finding = body.privacy.findings.find((f: { type: string }) => f.type === "ID");
    expect(finding).toMatchObject({ field: "body", type: "ID" });
    expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(finding.text).toContain("A1234567");
    expect(finding.reason.length).toBeGreaterThan(10);
    expect(finding.suggestion.length).toBeGreaterThan(5);
    // Nobody else sees it, by any route.
    expect((await api("GET", `/api/v1/posts/${body.id}`, undefined, otherToken)).statusCode).toBe(404);
    expect((await api("GET", `/api/v1/posts/${body.id}`, undefined, null)).statusCode).toBe(404);
  });

  it("answers 401 with {error, message} without a token, and 400 for an invalid body", async () => {
    const anonymous = await api("POST", "/api/v1/posts", { title: "x", body: "y", visibility: "public" }, null);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: "unauthorized" });
    expect(anonymous.json().message).toContain("Bearer");
    const invalid = await api("POST", "/api/v1/posts", { title: "x", body: "y", visibility: "everyone" });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toBe("validation_failed");
    expect(invalid.json().message).toContain("visibility");
    // A field the API does not know is refused and named, not silently dropped.
    const misspelt = await api("POST", "/api/v1/posts", { title: "x", body: "y", visibility: "private", sumary: "a typo" });
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json().message).toContain('"sumary" is not a field here');
    const badToken = await api("GET", "/api/v1/me", undefined, "rnd_nonsense");
    expect(badToken.statusCode).toBe(401);
    const malformed = await t.app.inject({ method: "POST", url: "/api/v1/posts", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, payload: "{not json" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toHaveProperty("message");
  });

  it("takes only JSON booleans for boolean fields: a string or number is a 400 that names the field, not a guess", async () => {
    const base = { title: "Booleans", body: "A plain reflection.", visibility: "public", consent: { basis: "no-patient-information" } };
    for (const [field, value] of [["publish", "true"], ["publish", 1], ["publish", null], ["feedbackRequested", "yes"], ["feedbackRequested", 0]] as const) {
      const refused = await api("POST", "/api/v1/posts", { ...base, [field]: value });
      expect(refused.statusCode, `${field}: ${JSON.stringify(value)}`).toBe(400);
      expect(refused.json().message).toContain(field);
    }
    const posts = await api("GET", "/api/v1/posts");
    expect(posts.statusCode).toBe(200);
    expect(JSON.stringify(posts.json())).not.toContain("Booleans"); // nothing was saved by the refused requests
    const mentor = await api("PATCH", "/api/v1/followers/someone", { isMentor: "yes" });
    expect(mentor.statusCode).toBe(400);
    expect(mentor.json().message).toContain("isMentor");
    const accepted = await api("POST", "/api/v1/posts", { ...base, publish: true, feedbackRequested: false });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().state).toBe("published");
  });

  it("refuses to publish without consent (422) and accepts consent given at publish time", async () => {
    const created = await api("POST", "/api/v1/posts", { title: "Draft", body: "A reflection on feedback.", visibility: "public" });
    expect(created.json().state).toBe("draft");
    const id = created.json().id;
    const refused = await api("POST", `/api/v1/posts/${id}/publish`, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().message).toContain("consent");
    const noReference = await api("POST", `/api/v1/posts/${id}/publish`, { consent: { basis: "patient-consent" } });
    expect(noReference.statusCode).toBe(422);
    expect(noReference.json().message).toContain("reference");
    const published = await api("POST", `/api/v1/posts/${id}/publish`, { consent: { basis: "patient-consent", reference: "Consent form CF-12, clinical skills office" } });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ state: "published", consent: { basis: "patient-consent" } });
  });

  it("refuses a consent reference that itself holds an identifier", async () => {
    const created = await api("POST", "/api/v1/posts", { title: "Draft", body: "Text.", visibility: "public" });
    const refused = await api("POST", `/api/v1/posts/${created.json().id}/publish`, { consent: { basis: "patient-consent", reference: "patient NHS 943 476 5919" } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().message).toContain("identifier");
  });
});

describe("PATCH, DELETE and ownership", () => {
  it("keeps every version, re-runs the gate on edit, and never lets a held edit replace the public version", async () => {
    const created = await api("POST", "/api/v1/posts", {
      title: "Handover", body: "Structured handover with SBAR.", visibility: "public", consent: { basis: "no-patient-information" }, publish: true,
    });
    const id = created.json().id;
    const held = await api("PATCH", `/api/v1/posts/${id}`, { body: "Structured handover with SBAR. Patient born 12/03/1948." });
    expect(held.statusCode).toBe(200);
    expect(held.json()).toMatchObject({ state: "held", version: 2, publicVersion: 1 });
    const others = await api("GET", `/api/v1/posts/${id}`, undefined, otherToken);
    expect(others.json().html).toContain("Structured handover with SBAR.");
    expect(others.json().html).not.toContain("1948");
    const fixed = await api("PATCH", `/api/v1/posts/${id}`, { body: "Structured handover with SBAR, for an older man." });
    expect(fixed.json()).toMatchObject({ state: "published", version: 3, publicVersion: 3 });
    const versions = await t.database.db.selectFrom("post_versions").select("number").where("post_id", "=", id).orderBy("number").execute();
    expect(versions.map((v) => v.number)).toEqual([1, 2, 3]);
  });

  it("lets only the author edit or delete, and deletes with 204 then 404", async () => {
    const created = await api("POST", "/api/v1/posts", { title: "Mine", body: "Text.", visibility: "public" });
    const id = created.json().id;
    expect((await api("PATCH", `/api/v1/posts/${id}`, { title: "Theirs" }, otherToken)).statusCode).toBe(404);
    expect((await api("DELETE", `/api/v1/posts/${id}`, undefined, otherToken)).statusCode).toBe(404);
    expect((await api("DELETE", `/api/v1/posts/${id}`)).statusCode).toBe(204);
    expect((await api("GET", `/api/v1/posts/${id}`)).statusCode).toBe(404);
  });

  it("answers GET /api/v1/me and documents the API as OpenAPI", async () => {
    expect((await api("GET", "/api/v1/me")).json()).toMatchObject({ handle: "ngozi", url: "http://rounds.test/users/ngozi" });
    const docs = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(docs.statusCode).toBe(200);
    const paths = Object.keys(docs.json().paths);
    for (const path of ["/api/v1/posts", "/api/v1/posts/{id}", "/api/v1/posts/{id}/publish", "/api/v1/me", "/api/v1/privacy/scan"]) {
      expect(paths).toContain(path);
    }
  });

  it("scans a text for the editor's live check without storing it", async () => {
    const response = await api("POST", "/api/v1/privacy/scan", { text: "Call 07700 900123 after rounds." });
    expect(response.statusCode).toBe(200);
    expect(response.json().findings).toEqual([expect.objectContaining({ type: "PHONE", start: 5, end: 17 })]);
  });
});
