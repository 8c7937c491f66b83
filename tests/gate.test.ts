import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { assertCleared, type ClearedPost } from "../src/privacy/cleared.ts";
import { type TestApp, testApp } from "./helpers/app.ts";

let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await testApp();
  token = await t.token(await t.user("farah"));
});
afterAll(async () => {
  await t?.close();
});

async function publish(title: string, body: string) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/v1/posts",
    headers: { authorization: `Bearer ${token}` },
    payload: { title, body, visibility: "public", tags: ["gate"], consent: { basis: "no-patient-information" }, publish: true },
  });
  expect(response.json().state).toBe("published");
  return response.json().id as string;
}

async function surfaces(id: string): Promise<string> {
  const urls = ["/", "/users/farah", `/users/farah/posts/${id}`, "/feed.rss", "/feed.atom", "/users/farah/feed.rss", "/tags/gate", `/api/v1/posts/${id}`];
  const responses = await Promise.all(urls.map((url) => t.app.inject({ method: "GET", url })));
  return responses.map((r) => r.body).join("\n");
}

describe("the cleared version is the only road out", () => {
  it("hides a post whose cleared text was changed behind the gate's back (hash no longer matches)", async () => {
    const id = await publish("Tampered reflection", "A clean reflection on teamwork.");
    expect(await surfaces(id)).toContain("Tampered reflection");
    await sql`update post_versions set body = 'Patient NHS 943 476 5919' where post_id = ${id}`.execute(t.database.db);
    const after = await surfaces(id);
    expect(after).not.toContain("943 476 5919");
    expect(after).not.toContain("Tampered reflection");
  });

  it("does not accept a verdict row forged without the instance secret", async () => {
    const id = await publish("Forged verdict", "Another clean reflection.");
    // Write identifiers into the version and a matching 'cleared' verdict with a made-up seal.
    await sql`update post_versions set body = 'Phone 07700 900123', content_hash = 'x' where post_id = ${id}`.execute(t.database.db);
    const version = await t.database.db.selectFrom("post_versions").selectAll().where("post_id", "=", id).executeTakeFirstOrThrow();
    const { contentHash } = await import("../src/privacy/content-hash.ts");
    const { contentOfVersion } = await import("../src/posts/content.ts");
    const hash = contentHash(contentOfVersion(version));
    await sql`update privacy_verdicts set content_hash = ${hash}, seal = 'forged' where post_version_id = ${version.id}`.execute(t.database.db);
    const after = await surfaces(id);
    expect(after).not.toContain("07700 900123");
    expect(after).not.toContain("Forged verdict");
  });

  it("refuses at run time a ClearedPost that did not come from the gate", () => {
    const fake = { postId: "x", content: { title: "t" } } as unknown;
    // eslint-disable-next-line no-restricted-syntax -- the point of this test: a forged value must be refused
    expect(() => assertCleared(fake as ClearedPost)).toThrow(/privacy gate/);
  });

  it("writes each gate decision to the append-only audit log without the text", async () => {
    const rows = await t.database.db.selectFrom("audit_events").selectAll().where("action", "in", ["gate.cleared", "gate.held"]).execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain("teamwork");
    await expect(sql`delete from audit_events`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });
});
