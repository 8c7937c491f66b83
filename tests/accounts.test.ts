import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSetupToken } from "../src/accounts/setup.ts";
import { writeSettings } from "../src/instance/settings.ts";
import { type TestApp, testApp, testPassword } from "./helpers/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

describe("first-run setup", () => {
  it("creates the first admin through the one-time setup link, which then stops working", async () => {
    const token = await issueSetupToken(t.database.db);
    expect(token).toBeTypeOf("string");
    const browser = t.browser();
    const form = await browser.get(`/setup/${token}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain("Create the first administrator");
    const done = await browser.submit(`/setup/${token}`, { handle: "Dean", password: "a long admin password", display_name: "The Dean" });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe("/dashboard");
    const admin = await browser.get("/admin");
    expect(admin.statusCode).toBe(200);
    expect(admin.body).toContain("@dean");
    const again = await t.browser().get(`/setup/${token}`);
    expect(again.statusCode).toBe(404);
    expect(await issueSetupToken(t.database.db)).toBeUndefined();
  });
});

describe("signing in", () => {
  it("signs a user in with handle and password, and out again", async () => {
    await t.user("amina");
    const browser = t.browser();
    const signedIn = await browser.signIn("amina");
    expect(signedIn.statusCode).toBe(303);
    const dashboard = await browser.get("/dashboard");
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain("Your reflections");
    const out = await browser.submit("/sign-out", {}, "/dashboard");
    expect(out.statusCode).toBe(303);
    const after = await browser.get("/dashboard");
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe("/sign-in?next=%2Fdashboard");
  });

  it("refuses a wrong password without saying whether the handle exists", async () => {
    const wrong = await t.browser().signIn("amina", "not the password");
    const unknown = await t.browser().signIn("nobody_here", "not the password");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toContain("do not match an account");
    expect(unknown.body).toContain("do not match an account");
  });

  it("rate-limits sign-in after five failures for one handle, even with the right password", async () => {
    await t.user("bola");
    for (let i = 0; i < 5; i++) expect((await t.browser().signIn("bola", "wrong password!")).statusCode).toBe(401);
    const limited = await t.browser().signIn("bola", testPassword);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBeDefined();
    expect(limited.body).toContain("Too many failed attempts");
  });

  it("rejects a form posted without a valid CSRF token", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/sign-in",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ handle: "amina", password: testPassword, _csrf: "forged" }).toString(),
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain("did not come from this site");
  });

  it("stores sessions server-side: the cookie holds a random secret, not the user id", async () => {
    const browser = t.browser();
    const response = await browser.signIn("amina");
    const cookie = response.cookies.find((c) => c.name === "rounds_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(cookie?.value).not.toContain("amina");
    const rows = await t.database.db.selectFrom("sessions").select("token_hash").execute();
    expect(rows.some((r) => r.token_hash === cookie?.value)).toBe(false);
  });
});

describe("invitations and sign-up", () => {
  it("lets an admin invite a faculty member, whose link works exactly once", async () => {
    await t.user("registrar", "admin");
    const admin = t.browser();
    await admin.signIn("registrar");
    const created = await admin.submit("/admin/invitations", { role: "faculty" }, "/admin");
    expect(created.statusCode).toBe(200);
    const link = /<code class="token">http:\/\/rounds\.test(\/invitations\/[^<]+)<\/code>/.exec(created.body)?.[1];
    expect(link).toBeDefined();
    const invitee = t.browser();
    const joined = await invitee.submit(link!, { handle: "dr_okafor", password: "faculty password 1", display_name: "Dr Okafor" });
    expect(joined.statusCode).toBe(303);
    const me = await invitee.get("/users/dr_okafor");
    expect(me.body).toContain("faculty");
    const reused = await t.browser().get(link!);
    expect(reused.statusCode).toBe(404);
  });

  it("keeps open sign-up off by default, and allows student accounts when an admin turns it on", async () => {
    expect((await t.browser().get("/sign-up")).statusCode).toBe(404);
    await writeSettings(t.database.db, { openSignup: true });
    const browser = t.browser();
    const made = await browser.submit("/sign-up", { handle: "newbie", password: "student password", display_name: "" });
    expect(made.statusCode).toBe(303);
    expect((await browser.get("/users/newbie")).body).toContain("student");
    await writeSettings(t.database.db, { openSignup: false });
  });

  it("explains a taken handle or a short password instead of failing", async () => {
    await writeSettings(t.database.db, { openSignup: true });
    const taken = await t.browser().submit("/sign-up", { handle: "amina", password: "student password" });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain("is taken");
    const short = await t.browser().submit("/sign-up", { handle: "shorty", password: "short" });
    expect(short.statusCode).toBe(422);
    expect(short.body).toContain("at least 10 characters");
    await writeSettings(t.database.db, { openSignup: false });
  });
});

describe("personal access tokens", () => {
  it("authenticates the API with a bearer token, and refuses a revoked one", async () => {
    const user = await t.user("chidi");
    const token = await t.token(user);
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ handle: "chidi", role: "student" });
    await t.database.db.updateTable("access_tokens").set({ revoked_at: new Date() }).execute();
    const revoked = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: `Bearer ${token}` } });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ error: "unauthorized" });
  });
});
