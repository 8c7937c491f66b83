import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, type TestApp, testApp } from "./helpers/app.ts";

/**
 * An admin switches the instance's theme (a folder under themes/) at run time: every page renders
 * with it from the next request on. Only admins may; a theme that is not installed is refused.
 */
let t: TestApp;
let admin: Browser;

const highContrastLink = '<link rel="stylesheet" href="/static/high-contrast.css">';

async function chooseTheme(browser: Browser, theme: string, formPage = "/admin") {
  return await browser.submit("/admin/settings", { name: "Rounds", description: "", default_visibility: "public", student_discovery: "on", theme }, formPage);
}

async function currentTheme(): Promise<unknown> {
  const row = await t.database.db.selectFrom("instance_settings").select("value").where("key", "=", "theme").executeTakeFirst();
  return row?.value;
}

beforeAll(async () => {
  t = await testApp();
  await t.user("chief", "admin");
  await t.user("sam", "student");
  admin = t.browser();
  await admin.signIn("chief");
});
afterAll(async () => {
  await t?.close();
});

describe("the admin's theme switch", () => {
  it("lists the installed themes, with the one in use selected", async () => {
    const page = await admin.get("/admin");
    expect(page.body).toMatch(/<select id="theme" name="theme"><option value="default" selected>default<\/option><option value="high-contrast">high-contrast<\/option><\/select>/);
  });

  it("renders every page with the chosen theme from the next request on, and back", async () => {
    for (const path of ["/", "/users/sam", "/sign-in"]) expect((await t.app.inject({ method: "GET", url: path })).body).not.toContain(highContrastLink);

    const switched = await chooseTheme(admin, "high-contrast");
    expect(switched.statusCode).toBe(303);
    expect(await currentTheme()).toBe("high-contrast");
    for (const path of ["/", "/users/sam", "/sign-in", "/no-such-page"]) {
      expect((await t.app.inject({ method: "GET", url: path })).body, path).toContain(highContrastLink);
    }
    expect((await admin.get("/admin")).body).toContain('<option value="high-contrast" selected>');
    // The theme's own stylesheet is served, and the default theme's still backs it.
    const css = await t.app.inject({ method: "GET", url: "/static/high-contrast.css" });
    expect(css.statusCode).toBe(200);
    expect(css.headers["content-type"]).toContain("text/css");
    expect(css.body).toContain("high-contrast theme");
    expect((await t.app.inject({ method: "GET", url: "/static/style.css" })).statusCode).toBe(200);
    const event = await t.database.db.selectFrom("audit_events").select("details").where("action", "=", "instance.settings-changed").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(event.details).toMatchObject({ theme: "high-contrast" });

    expect((await chooseTheme(admin, "default")).statusCode).toBe(303);
    expect((await t.app.inject({ method: "GET", url: "/" })).body).not.toContain(highContrastLink);
    expect((await t.app.inject({ method: "GET", url: "/static/high-contrast.css" })).statusCode).toBe(404);
  });

  it("answers 403 to anyone but an admin, and changes nothing", async () => {
    const student = t.browser();
    await student.signIn("sam");
    const refused = await chooseTheme(student, "high-contrast");
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain("This page is for admin accounts.");
    expect(await currentTheme()).toBe("default");
    // Signed out (with a valid token for this browser): sent to sign in first.
    const visitor = await chooseTheme(t.browser(), "high-contrast", "/sign-in");
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toMatch(/^\/sign-in/);
    expect(await currentTheme()).toBe("default");
  });

  it("answers 400 to a theme that is not installed, and changes nothing", async () => {
    for (const theme of ["no-such-theme", "../default", "", "default/templates"]) {
      const refused = await chooseTheme(admin, theme);
      expect(refused.statusCode, theme).toBe(400);
      expect(refused.body).toContain("choose one of default, high-contrast");
    }
    expect(await currentTheme()).toBe("default");
    expect((await t.app.inject({ method: "GET", url: "/" })).statusCode).toBe(200);
  });
});
