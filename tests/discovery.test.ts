import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, type TestApp, testApp } from "./helpers/app.ts";

/**
 * Being found is opt-in: every account's actor says `discoverable: false` and `indexable: false`
 * and its pages carry `noindex` until its owner opts in (settings page or API); an institution
 * may forbid students to opt in; followers are told of each change with an `Update(Person)`.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let postPath: string;

const noindex = '<meta name="robots" content="noindex">';

async function actor(handle: string): Promise<{ discoverable?: boolean; indexable?: boolean; manuallyApprovesFollowers?: boolean }> {
  const response = await t.app.inject({ method: "GET", url: `/users/${handle}`, headers: { accept: "application/activity+json" } });
  expect(response.statusCode).toBe(200);
  return response.json();
}

function api(method: "GET" | "PATCH", handle: string | null, body?: unknown) {
  const headers: Record<string, string> = handle ? { authorization: `Bearer ${tokens[handle]}` } : {};
  if (body === undefined) return t.app.inject({ method, url: "/api/v1/settings", headers });
  return t.app.inject({ method, url: "/api/v1/settings", headers: { ...headers, "content-type": "application/json" }, payload: JSON.stringify(body) });
}

async function page(url: string): Promise<string> {
  const response = await t.app.inject({ method: "GET", url });
  expect(response.statusCode).toBe(200);
  return response.body;
}

interface QueuedActivity {
  type?: string;
  to?: unknown;
  cc?: unknown;
  object?: { id?: string; type?: string; discoverable?: boolean; indexable?: boolean; manuallyApprovesFollowers?: boolean };
}

/** The Update(Person)s of an account waiting in the durable queue (no worker runs in these tests). */
async function personUpdates(handle: string): Promise<QueuedActivity[]> {
  const rows = await t.database.db.selectFrom("fedify_messages").select("message").orderBy("seq").execute();
  return rows
    // A delivery, or a batch of first attempts (batch-delivery.ts) that carries its activity once.
    .map((r) => {
      const message = r.message as { activity?: QueuedActivity; common?: { activity?: QueuedActivity } };
      return message.activity ?? message.common?.activity;
    })
    .filter((a): a is QueuedActivity => a?.type === "Update" && a.object?.type === "Person" && a.object.id === `${t.origin}/users/${handle}`);
}

/** An approved follower on another server, straight into the tables (nothing is delivered in these tests). */
async function follower(handle: string, name: string): Promise<void> {
  const user = await t.database.db.selectFrom("users").select("id").where("handle", "=", handle).executeTakeFirstOrThrow();
  const id = `https://mastodon.example/users/${name}`;
  await t.database.db.insertInto("remote_actors").values({ id, handle: `${name}@mastodon.example`, name, url: id, inbox: `${id}/inbox`, shared_inbox: "https://mastodon.example/inbox", host: "mastodon.example" }).execute();
  await t.database.db.insertInto("follows").values({ id: `f-${handle}-${name}`, user_id: user.id, actor_id: id, follow_activity_id: `${id}/follows/${handle}`, state: "accepted", decided_at: new Date() }).execute();
}

async function adminSettings(admin: Browser, fields: Record<string, string>) {
  return await admin.submit("/admin/settings", { name: "Rounds", description: "", default_visibility: "public", theme: "default", ...fields }, "/admin");
}

beforeAll(async () => {
  t = await testApp();
  for (const [handle, role] of [["sam", "student"], ["fay", "faculty"], ["chief", "admin"]] as const) {
    tokens[handle] = await t.token(await t.user(handle, role));
  }
  const created = await t.app.inject({
    method: "POST", url: "/api/v1/posts", headers: { authorization: `Bearer ${tokens.sam}` },
    payload: { title: "Night shift, first week", body: "I learned to ask for help early.", visibility: "public", consent: { basis: "no-patient-information" }, publish: true },
  });
  expect(created.json().state).toBe("published");
  postPath = new URL(created.json().url).pathname;
});
afterAll(async () => {
  await t?.close();
});

describe("discoverable and indexable are opt-in", () => {
  it("starts every account, whatever its role, neither discoverable nor indexable", async () => {
    for (const handle of ["sam", "fay", "chief"]) {
      expect(await actor(handle)).toMatchObject({ discoverable: false, indexable: false });
      const settings = await api("GET", handle);
      expect(settings.statusCode).toBe(200);
      expect(settings.json()).toEqual({ autoApproveFollowers: false, discoverable: false, indexable: false, discoveryAllowed: true });
    }
  });

  it("asks search engines not to index the author's profile and posts until the author opts in", async () => {
    expect(await page("/users/sam")).toContain(noindex);
    expect(await page(postPath)).toContain(noindex);
    // Pages and feeds that list the post are marked too: nobody is indexed through someone else's page.
    expect(await page("/")).toContain(noindex);
    const feed = await t.app.inject({ method: "GET", url: "/feed.rss" });
    expect(feed.body).toContain("Night shift, first week");
    expect(feed.headers["x-robots-tag"]).toBe("noindex");
    expect((await t.app.inject({ method: "GET", url: "/users/sam/feed.atom" })).headers["x-robots-tag"]).toBe("noindex");
  });

  it("lets a student opt in from the settings page: the actor says so, and the pages lose noindex", async () => {
    const sam = t.browser();
    await sam.signIn("sam");
    const form = await sam.get("/settings");
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(/<input type="checkbox" id="discoverable" name="discoverable"[^>]*>/);
    expect(form.body).not.toMatch(/id="discoverable"[^>]* checked/);

    const saved = await sam.submit("/settings/discovery", { discoverable: "on", indexable: "on" }, "/settings");
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe("/settings?saved=1");
    expect(await actor("sam")).toMatchObject({ discoverable: true, indexable: true });
    expect(await page("/users/sam")).not.toContain(noindex);
    expect(await page(postPath)).not.toContain(noindex);
    // The home page lists only sam's post: now it may be indexed, and so may the feeds.
    expect(await page("/")).not.toContain(noindex);
    expect((await t.app.inject({ method: "GET", url: "/feed.rss" })).headers["x-robots-tag"]).toBeUndefined();
    expect((await sam.get("/settings")).body).toMatch(/id="indexable"[^>]* checked/);

    // Unticking one turns it off again (an unticked box is not sent at all).
    expect((await sam.submit("/settings/discovery", { discoverable: "on" }, "/settings")).statusCode).toBe(303);
    expect(await actor("sam")).toMatchObject({ discoverable: true, indexable: false });
    expect(await page("/users/sam")).toContain(noindex);
    expect(await page(postPath)).toContain(noindex);

    const events = await t.database.db.selectFrom("audit_events").select(["action", "details"]).where("action", "in", ["settings.discoverable", "settings.indexable"]).orderBy("id").execute();
    expect(events).toEqual([
      { action: "settings.discoverable", details: { on: true } },
      { action: "settings.indexable", details: { on: true } },
      { action: "settings.indexable", details: { on: false } },
    ]);
  });

  it("refuses the settings form without this browser's CSRF token", async () => {
    const sam = t.browser();
    await sam.signIn("sam");
    const forged = await sam.submit("/settings/discovery", { _csrf: "forged", discoverable: "on", indexable: "on" }, "/settings");
    expect(forged.statusCode).toBe(403);
    expect(await actor("sam")).toMatchObject({ indexable: false });
  });

  it("lets faculty opt in through the API, and answers 400 to anything but a JSON boolean", async () => {
    const changed = await api("PATCH", "fay", { discoverable: true });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ autoApproveFollowers: false, discoverable: true, indexable: false, discoveryAllowed: true });
    expect(await actor("fay")).toMatchObject({ discoverable: true, indexable: false });

    for (const body of [{ indexable: "true" }, { indexable: "yes" }, { indexable: 1 }, { indexable: null }, { discoverable: false, indexible: true }, {}, [true]]) {
      const refused = await api("PATCH", "fay", body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json().error).toBe("validation_failed");
    }
    expect((await api("PATCH", "fay", { indexable: "true" })).json().message).toContain("indexable");
    expect(await actor("fay")).toMatchObject({ discoverable: true, indexable: false });
    expect((await api("PATCH", null, { indexable: true })).statusCode).toBe(401);
  });

  it("tells followers with an Update(Person) when what the actor says changes, and only then", async () => {
    await follower("fay", "ana");
    const before = (await personUpdates("fay")).length;
    expect((await api("PATCH", "fay", { indexable: true })).statusCode).toBe(200);
    const updates = await personUpdates("fay");
    expect(updates).toHaveLength(before + 1);
    expect(updates.at(-1)).toMatchObject({
      to: "https://www.w3.org/ns/activitystreams#Public",
      cc: `${t.origin}/users/fay/followers`,
      object: { discoverable: true, indexable: true, manuallyApprovesFollowers: true },
    });
    // Nothing changed, nothing sent.
    expect((await api("PATCH", "fay", { indexable: true })).statusCode).toBe(200);
    expect(await personUpdates("fay")).toHaveLength(before + 1);
    // Auto-approval is in the actor too (manuallyApprovesFollowers).
    expect((await api("PATCH", "fay", { autoApproveFollowers: true })).json()).toMatchObject({ autoApproveFollowers: true });
    expect(await actor("fay")).toMatchObject({ manuallyApprovesFollowers: false });
    expect((await personUpdates("fay")).at(-1)?.object).toMatchObject({ manuallyApprovesFollowers: false });
  });

  it("lets an admin forbid students to opt in: earlier opt-ins stop counting, and faculty are not affected", async () => {
    expect((await api("PATCH", "sam", { discoverable: true, indexable: true })).statusCode).toBe(200);
    await follower("sam", "ben");
    const before = (await personUpdates("sam")).length;
    const chief = t.browser();
    await chief.signIn("chief");
    expect((await chief.get("/admin")).body).toMatch(/id="student_discovery"[^>]* checked/);

    expect((await adminSettings(chief, {})).statusCode).toBe(303);
    expect((await chief.get("/admin")).body).not.toMatch(/id="student_discovery"[^>]* checked/);
    expect(await actor("sam")).toMatchObject({ discoverable: false, indexable: false });
    expect(await page("/users/sam")).toContain(noindex);
    expect(await page(postPath)).toContain(noindex);
    // Sam's followers are told that Sam is no longer discoverable.
    const told = await personUpdates("sam");
    expect(told).toHaveLength(before + 1);
    expect(told.at(-1)?.object).toMatchObject({ discoverable: false, indexable: false });

    // Turning a setting off is always allowed; turning it on again is not, while students may not.
    expect((await api("PATCH", "sam", { indexable: false })).statusCode).toBe(200);
    const refused = await api("PATCH", "sam", { indexable: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: "forbidden" });
    expect(refused.json().message).toContain("institution");
    expect((await api("GET", "sam")).json()).toEqual({ autoApproveFollowers: false, discoverable: true, indexable: false, discoveryAllowed: false });

    const sam = t.browser();
    await sam.signIn("sam");
    expect((await sam.get("/settings")).body).toContain("Your institution does not let student accounts be listed");
    const refusedForm = await sam.submit("/settings/discovery", { discoverable: "on", indexable: "on" }, "/settings");
    expect(refusedForm.statusCode).toBe(403);
    expect(refusedForm.body).toContain("Your institution does not let student accounts be listed");
    // Keeping a choice made earlier is not opting in.
    expect((await sam.submit("/settings/discovery", { discoverable: "on" }, "/settings")).statusCode).toBe(303);

    expect(await actor("fay")).toMatchObject({ discoverable: true, indexable: true });
    expect((await api("PATCH", "fay", { discoverable: false })).statusCode).toBe(200);

    // Allowed again: Sam's choices count again, and followers are told.
    expect((await adminSettings(chief, { student_discovery: "on" })).statusCode).toBe(303);
    expect(await actor("sam")).toMatchObject({ discoverable: true, indexable: false });
    expect((await personUpdates("sam")).at(-1)?.object).toMatchObject({ discoverable: true, indexable: false });
  });

  it("tells followers with an Update(Person) when an admin changes a role (the actor's Role field, and what discovery it allows)", async () => {
    const sam = await t.database.db.selectFrom("users").select("id").where("handle", "=", "sam").executeTakeFirstOrThrow();
    const chief = t.browser();
    await chief.signIn("chief");
    // Students may not be found: Sam's earlier opt-in does not count until Sam is faculty.
    expect((await adminSettings(chief, {})).statusCode).toBe(303);
    expect(await actor("sam")).toMatchObject({ discoverable: false });
    const before = (await personUpdates("sam")).length;
    expect((await chief.submit(`/admin/users/${sam.id}`, { role: "faculty" }, "/admin/users")).statusCode).toBe(303);
    const told = await personUpdates("sam");
    expect(told).toHaveLength(before + 1);
    expect(told.at(-1)?.object).toMatchObject({ discoverable: true });
    expect(JSON.stringify(told.at(-1)?.object)).toContain("faculty");
    // The same role again changes nothing and tells no one.
    expect((await chief.submit(`/admin/users/${sam.id}`, { role: "faculty" }, "/admin/users")).statusCode).toBe(303);
    expect(await personUpdates("sam")).toHaveLength(before + 1);
    expect((await chief.submit(`/admin/users/${sam.id}`, { role: "student" }, "/admin/users")).statusCode).toBe(303);
    expect((await personUpdates("sam")).at(-1)?.object).toMatchObject({ discoverable: false });
  });
});
