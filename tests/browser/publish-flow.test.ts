import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium, screenshots } from "../helpers/browser.ts";
import { type RunningServer, startRounds } from "../helpers/server.ts";

// Runs only where Debian's chromium exists; helpers/browser.ts prints a loud notice otherwise.
describe.runIf(chromiumAvailable)("in a browser: sign in, write a Gibbs reflection, publish, read it", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startRounds([{ handle: "sam", role: "student", password: "sam's long password" }]);
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it("publishes a post that appears on the author's page and in their feed, and holds one with an NHS number", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/sign-in`);
    await screenshots(page, "sign-in");
    await page.getByLabel("Handle").fill("sam");
    await page.getByLabel("Password").fill("sam's long password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.origin}/dashboard`);

    await page.goto(`${server.origin}/posts/new`);
    await page.getByLabel("Reflection model").selectOption("gibbs");
    await page.getByRole("button", { name: "Insert the model's sections" }).click();
    await expect.poll(() => page.getByLabel("Reflection (Markdown)").inputValue()).toContain("## Action plan");
    await page.getByLabel("Title").fill("My first OSCE station");
    const body = (await page.getByLabel("Reflection (Markdown)").inputValue()).replace(
      "_What happened? Keep the patient anonymous: no names, dates or places._",
      "I examined a simulated patient's abdomen and forgot to ask about pain first.",
    );
    await page.getByLabel("Reflection (Markdown)").fill(body);
    await page.getByLabel("Tags").fill("osce, reflection");
    await page.getByLabel("It contains no patient information").check();
    await screenshots(page, "editor");
    await page.getByRole("button", { name: "Save and publish" }).click();
    await page.waitForURL(/\/users\/sam\/posts\/[0-9a-z]+$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("My first OSCE station");
    expect(await page.getByRole("heading", { name: "Action plan" }).count()).toBe(1);
    await screenshots(page, "post");

    const reader = await browser.newPage();
    await reader.goto(`${server.origin}/users/sam`);
    expect(await reader.getByRole("link", { name: "My first OSCE station" }).count()).toBe(1);
    await screenshots(reader, "author");
    const feed = await (await fetch(`${server.origin}/users/sam/feed.rss`)).text();
    expect(feed).toContain("<title><![CDATA[My first OSCE station]]></title>");

    // A post quoting an NHS number is held: the author sees where and why; the public sees nothing.
    await page.goto(`${server.origin}/posts/new`);
    await page.getByLabel("Title").fill("Clinic follow-up");
    await page.getByLabel("Reflection (Markdown)").fill("I reviewed the letter for NHS number 943 476 5919 before clinic.");
    await page.getByLabel("It contains no patient information").check();
    await page.getByRole("button", { name: "Save and publish" }).click();
    await page.waitForURL(/\/posts\/[0-9a-z]+\/edit$/);
    expect(await page.locator("mark", { hasText: "943 476 5919" }).count()).toBeGreaterThan(0);
    expect(await page.getByText("Held by the privacy check").count()).toBeGreaterThan(0);
    await screenshots(page, "held-post");
    await reader.goto(`${server.origin}/users/sam`);
    expect(await reader.getByText("Clinic follow-up").count()).toBe(0);
    await page.close();
    await reader.close();
  }, 120_000);

  it("highlights an identifier in the live privacy check while the author types", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/sign-in`);
    await page.getByLabel("Handle").fill("sam");
    await page.getByLabel("Password").fill("sam's long password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.origin}/dashboard`);
    await page.goto(`${server.origin}/posts/new`);
    await expect.poll(() => page.locator("#live-check").textContent()).toContain("no patient identifiers");
    await page.getByLabel("Reflection (Markdown)").pressSequentially("Her mobile is 07700 900123, ", { delay: 5 });
    await expect.poll(() => page.locator("#live-check mark").first().textContent(), { timeout: 10_000 }).toBe("07700 900123");
    expect(await page.locator("#live-check").textContent()).toContain("PHONE");
    await screenshots(page, "live-check");
    await context.close();
  }, 60_000);
});
