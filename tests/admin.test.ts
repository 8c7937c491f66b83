import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, type TestApp, testApp } from "./helpers/app.ts";

let t: TestApp;
let admin: Browser;

beforeAll(async () => {
  t = await testApp();
  await t.user("chief", "admin");
  admin = t.browser();
  await admin.signIn("chief");
});
afterAll(async () => {
  await t?.close();
});

describe("account administration", () => {
  it("lets an admin make a student faculty, and records it in the audit log", async () => {
    const student = await t.user("tunde", "student");
    const changed = await admin.submit(`/admin/users/${student.id}`, { role: "faculty" }, "/admin/users");
    expect(changed.statusCode).toBe(303);
    expect((await admin.get("/admin/users")).body).toMatch(/@tunde[\s\S]*<option value="faculty" selected>/);
    const events = await t.database.db.selectFrom("audit_events").select("details").where("action", "=", "user.role-changed").where("subject_id", "=", student.id).execute();
    expect(events[0]?.details).toEqual({ from: "student", to: "faculty" });
  });

  it("ends a disabled user's sessions and tokens at once", async () => {
    const user = await t.user("leaver", "student");
    const token = await t.token(user);
    const session = t.browser();
    await session.signIn("leaver");
    expect((await session.get("/dashboard")).statusCode).toBe(200);
    expect((await admin.submit(`/admin/users/${user.id}`, { action: "disable" }, "/admin/users")).statusCode).toBe(303);
    expect((await session.get("/dashboard")).statusCode).toBe(303);
    const api = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: `Bearer ${token}` } });
    expect(api.statusCode).toBe(401);
    expect((await t.browser().signIn("leaver")).statusCode).toBe(401);
  });

  it("refuses to demote or disable the last administrator", async () => {
    const me = await t.database.db.selectFrom("users").select("id").where("handle", "=", "chief").executeTakeFirstOrThrow();
    const refused = await admin.submit(`/admin/users/${me.id}`, { role: "student" }, "/admin/users");
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain("last administrator");
  });

  it("keeps students out of account administration", async () => {
    await t.user("nosy", "student");
    const student = t.browser();
    await student.signIn("nosy");
    expect((await student.get("/admin/users")).statusCode).toBe(403);
  });
});
