import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium, reloadUntil, screenshotFolder, signIn } from "../helpers/browser.ts";
import { type RunningServer, startRounds } from "../helpers/server.ts";

/**
 * axe-core (WCAG 2.x A and AA rules) on every main page of the default theme, and on the busiest
 * ones again in the high-contrast theme, at phone and desktop widths, with real content: a post
 * with a comment, a held post with findings, a follow request, a reader item, notifications and a
 * review waiting. Fails on any serious or critical violation and prints each one; saves a
 * screenshot of each page at both widths.
 * To see more while working on the theme: AXE_BEST_PRACTICE=1 adds axe's best-practice rules,
 * AXE_ALL=1 prints (and fails on) minor and moderate findings too.
 */
const widths = [["phone", 390, 844], ["desktop", 1280, 900]] as const;
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", ...(process.env.AXE_BEST_PRACTICE ? ["best-practice"] : [])];

describe.runIf(chromiumAvailable)("accessibility: the themes' main pages pass axe (no serious or critical violations)", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: Record<"visitor" | "sam" | "tutor" | "admin", BrowserContext | undefined> = { visitor: undefined, sam: undefined, tutor: undefined, admin: undefined };
  const paths: Record<string, string> = {};

  async function publish(page: Page, title: string, body: string, options: { tags?: string; visibility?: string } = {}): Promise<string> {
    await page.goto(`${server.origin}/posts/new`);
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Reflection (Markdown)").fill(body);
    if (options.tags) await page.getByLabel("Tags").fill(options.tags);
    if (options.visibility) await page.getByLabel("Who can read it").selectOption(options.visibility);
    await page.getByLabel("It contains no patient information").check();
    await page.getByRole("button", { name: "Save and publish" }).click();
    await page.waitForURL(/\/(users\/sam\/posts\/[0-9a-z]+|posts\/[0-9a-z]+\/edit)$/);
    return new URL(page.url()).pathname;
  }

  beforeAll(async () => {
    server = await startRounds([
      { handle: "sam", role: "student", password: "sam password 1" },
      { handle: "tutor", role: "faculty", password: "tutor password 1" },
      { handle: "admin", role: "admin", password: "admin password 1" },
    ], { ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true" });
    browser = await launchChromium();
    for (const who of ["visitor", "sam", "tutor", "admin"] as const) contexts[who] = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const sam = await contexts.sam!.newPage();
    const tutor = await contexts.tutor!.newPage();
    const admin = await contexts.admin!.newPage();
    await signIn(sam, server.origin, "sam", "sam password 1");
    await signIn(tutor, server.origin, "tutor", "tutor password 1");
    await signIn(admin, server.origin, "admin", "admin password 1");

    // A public post with tags and a comment.
    paths.post = await publish(sam, "My first OSCE station", "## What happened\n\nI examined a simulated patient's abdomen and forgot to ask about pain first.\n\n- Ask first\n- Then examine", { tags: "osce, reflection" });
    await tutor.goto(`${server.origin}${paths.post}`);
    await tutor.getByLabel("Your comment").fill("Good catch. Asking about pain first also builds rapport.");
    await tutor.getByRole("button", { name: "Comment" }).click();
    await tutor.waitForURL(/#comment-/);

    // A held post, with findings, that asks for review.
    paths.held = await publish(sam, "Clinic follow-up", "I reviewed the letter for NHS number 943 476 5919 before clinic.");
    expect(paths.held).toMatch(/\/edit$/);
    const ask = sam.getByRole("region", { name: "Fix it, or ask for review" });
    await ask.getByLabel("Consent reference").fill("Consent file 2024/001");
    await ask.getByRole("button", { name: "Ask for review" }).click();
    await sam.waitForURL(/\/edit$/);

    // The tutor follows sam; sam approves; a followers-only post reaches the tutor's reader.
    const host = new URL(server.origin).host;
    await tutor.goto(`${server.origin}/following`);
    await tutor.getByLabel("Their handle or profile address").fill(`sam@${host}`);
    await tutor.getByRole("button", { name: "Follow" }).click();
    await tutor.waitForURL(/\/following/);
    await sam.goto(`${server.origin}/followers`);
    await reloadUntil(sam, async () => (await sam.getByRole("button", { name: "Approve" }).count()) > 0, "the follow request");
    await sam.getByRole("button", { name: "Approve" }).click();
    await sam.waitForURL(/\/followers/);
    await publish(sam, "For my tutor: a handover", "I found handing over at the end of a long shift hard.", { visibility: "followers" });
    await tutor.goto(`${server.origin}/reader`);
    await reloadUntil(tutor, async () => (await tutor.getByRole("link", { name: "For my tutor: a handover" }).count()) > 0, "the post in the reader");
    // A token, so the tokens page has a table.
    await sam.goto(`${server.origin}/settings/tokens`);
    await sam.getByLabel("Name").fill("my notes app");
    await sam.getByRole("button", { name: "Create a token" }).click();
    await sam.waitForURL(/\/settings\/tokens/);
    // The admin follows sam too, and leaves it pending, so that sam's followers page shows a request.
    await sam.goto(`${server.origin}/followers`);
    await admin.goto(`${server.origin}/following`);
    await admin.getByLabel("Their handle or profile address").fill(`sam@${host}`);
    await admin.getByRole("button", { name: "Follow" }).click();
    await admin.waitForURL(/\/following/);
    await reloadUntil(sam, async () => (await sam.getByRole("button", { name: "Approve" }).count()) > 0, "the second follow request");
    await Promise.all([sam.close(), tutor.close(), admin.close()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  const pages: { name: string; who: keyof typeof contexts; path: () => string }[] = [
    { name: "home", who: "visitor", path: () => "/" },
    { name: "sign-in", who: "visitor", path: () => "/sign-in" },
    { name: "author", who: "visitor", path: () => "/users/sam" },
    { name: "post-with-comment", who: "visitor", path: () => paths.post! },
    { name: "post-signed-in", who: "sam", path: () => paths.post! },
    { name: "tag", who: "visitor", path: () => "/tags/osce" },
    { name: "dashboard", who: "sam", path: () => "/dashboard" },
    { name: "editor-new", who: "sam", path: () => "/posts/new" },
    { name: "editor-held", who: "sam", path: () => paths.held! },
    { name: "reader", who: "tutor", path: () => "/reader" },
    { name: "followers", who: "sam", path: () => "/followers" },
    { name: "following", who: "tutor", path: () => "/following" },
    { name: "notifications", who: "sam", path: () => "/notifications" },
    { name: "review-queue", who: "tutor", path: () => "/review" },
    { name: "admin", who: "admin", path: () => "/admin" },
    { name: "admin-federation", who: "admin", path: () => "/admin/federation" },
    { name: "admin-users", who: "admin", path: () => "/admin/users" },
    { name: "portfolio", who: "sam", path: () => "/portfolio" },
    { name: "moderation", who: "sam", path: () => "/moderation" },
    { name: "tokens", who: "sam", path: () => "/settings/tokens" },
    { name: "account-settings", who: "sam", path: () => "/settings" },
  ];

  /** axe at phone and desktop widths, with a screenshot of each: the serious and critical violations. */
  async function axeProblems(page: Page, name: string, path: string): Promise<string[]> {
    mkdirSync(screenshotFolder, { recursive: true });
    const problems: string[] = [];
    const toReview: string[] = [];
    for (const [label, width, height] of widths) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(screenshotFolder, `a11y-${name}-${label}.png`), fullPage: true });
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const v of results.violations) {
        if (v.impact !== "serious" && v.impact !== "critical" && !process.env.AXE_ALL) continue;
        for (const node of v.nodes) problems.push(`[${label}] ${v.impact} ${v.id}: ${v.help} — ${node.target.join(" ")}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, " ")})` : ""}`);
      }
      // What axe could not decide (e.g. contrast over an image) is printed for a person to check, not failed.
      for (const v of results.incomplete) {
        if (v.impact !== "serious" && v.impact !== "critical" && !process.env.AXE_ALL) continue;
        for (const node of v.nodes) toReview.push(`[${label}] ${v.impact} ${v.id}: ${v.help} — ${node.target.join(" ")}`);
      }
    }
    if (toReview.length) console.log(`axe needs review on ${name} (${path}):\n  ${toReview.join("\n  ")}\n`);
    if (problems.length) console.log(`axe on ${name} (${path}):\n  ${problems.join("\n  ")}\n`);
    return problems;
  }

  for (const { name, who, path } of pages) {
    it(`${name} (${who === "visitor" ? "signed out" : `as ${who}`}) has no serious or critical axe violations on a phone or a desktop`, async () => {
      const page = await contexts[who]!.newPage();
      const response = await page.goto(`${server.origin}${path()}`);
      expect(response?.status()).toBe(200);
      const problems = await axeProblems(page, name, path());
      await page.close();
      expect(problems).toEqual([]);
    }, 120_000);
  }

  // Last, since it switches the theme of the whole instance.
  it("the high-contrast theme passes axe too, on the pages that use the most of it", async () => {
    const admin = await contexts.admin!.newPage();
    await admin.goto(`${server.origin}/admin`);
    await admin.getByLabel("Theme").selectOption("high-contrast");
    await admin.getByRole("button", { name: "Save settings" }).click();
    await admin.waitForURL(/\/admin$/);
    expect(await admin.locator('link[href="/static/high-contrast.css"]').count()).toBe(1);
    const problems: string[] = [];
    for (const { name, who, path } of pages.filter((p) => ["post-with-comment", "editor-held", "followers", "admin"].includes(p.name))) {
      const page = await contexts[who]!.newPage();
      expect((await page.goto(`${server.origin}${path()}`))?.status()).toBe(200);
      problems.push(...(await axeProblems(page, `high-contrast-${name}`, path())));
      await page.close();
    }
    await admin.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
