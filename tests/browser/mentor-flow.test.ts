import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium, reloadUntil, screenshots, signIn } from "../helpers/browser.ts";
import { type RunningServer, startRounds } from "../helpers/server.ts";

/**
 * The mentoring loop across two Rounds instances, done entirely in the browser: a faculty mentor
 * on B follows a learner on A, the learner approves, publishes a followers-only reflection, the
 * mentor reads it in their reader and sends feedback, and the learner sees it marked as mentor
 * feedback under the post and in their notifications.
 */
describe.runIf(chromiumAvailable)("in a browser: a mentor on another instance follows a learner and sends feedback", () => {
  let a: RunningServer;
  let b: RunningServer;
  let browser: Browser;
  let learnerContext: BrowserContext;
  let mentorContext: BrowserContext;
  const env = { ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true" };

  beforeAll(async () => {
    [a, b] = await Promise.all([
      startRounds([{ handle: "learner", role: "student", password: "learner password 1" }], env),
      startRounds([{ handle: "mentor", role: "faculty", password: "mentor password 1" }], env),
    ]);
    browser = await launchChromium();
    learnerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    mentorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await a?.cleanup();
    await b?.cleanup();
  });

  it("follows by handle, is approved, reads the followers-only post in the reader, and the feedback shows as mentor feedback with a notification", async () => {
    const mentor: Page = await mentorContext.newPage();
    const learner: Page = await learnerContext.newPage();
    const learnerHandle = `learner@${new URL(a.origin).host}`;

    // The mentor asks to follow the learner by handle.
    await signIn(mentor, b.origin, "mentor", "mentor password 1");
    await mentor.goto(`${b.origin}/following`);
    await mentor.getByLabel("Their handle or profile address").fill(learnerHandle);
    await mentor.getByRole("button", { name: "Follow" }).click();
    await mentor.waitForURL(/\/following/);
    await reloadUntil(mentor, async () => (await mentor.getByRole("cell", { name: learnerHandle }).count()) > 0, "the follow listed on B");

    // The learner sees the request and approves it.
    await signIn(learner, a.origin, "learner", "learner password 1");
    await learner.goto(`${a.origin}/followers`);
    const requests = learner.getByRole("region", { name: "Requests" });
    await reloadUntil(learner, async () => (await requests.getByRole("button", { name: "Approve" }).count()) > 0, "the follow request on A");
    expect(await requests.getByText("@mentor@").count()).toBe(1);
    await screenshots(learner, "mentor-flow-followers-request");
    await requests.getByRole("button", { name: "Approve" }).click();
    await learner.waitForURL(/\/followers/);
    const approved = learner.getByRole("region", { name: "Approved followers" });
    await expect.poll(() => approved.getByText("@mentor@").count()).toBe(1);
    expect(await requests.getByText("No requests waiting.").count()).toBe(1);
    await screenshots(learner, "mentor-flow-followers");

    // The follow is accepted on B.
    await mentor.goto(`${b.origin}/following`);
    await reloadUntil(mentor, async () => (await mentor.getByRole("row", { name: /accepted/ }).count()) > 0, "the accepted follow on B");
    await screenshots(mentor, "mentor-flow-following");

    // The learner publishes a followers-only reflection.
    await learner.goto(`${a.origin}/posts/new`);
    await learner.getByLabel("Title").fill("For my mentor: a difficult handover");
    await learner.getByLabel("Reflection (Markdown)").fill("I struggled to hand over a deteriorating patient at the end of a long shift.");
    await learner.getByLabel("Who can read it").selectOption("followers");
    await learner.getByLabel("It contains no patient information").check();
    await learner.getByRole("button", { name: "Save and publish" }).click();
    await learner.waitForURL(/\/users\/learner\/posts\/[0-9a-z]+$/);
    const postUrl = learner.url();
    await expect.poll(() => learner.getByRole("heading", { level: 1 }).textContent()).toBe("For my mentor: a difficult handover");

    // It arrives in the mentor's reader on B.
    await mentor.goto(`${b.origin}/reader`);
    await reloadUntil(mentor, async () => (await mentor.getByRole("link", { name: "For my mentor: a difficult handover" }).count()) > 0, "the post in B's reader");
    const card = mentor.locator("article.post-card", { hasText: "For my mentor: a difficult handover" });
    expect(await card.getByText("followers only").count()).toBe(1);
    expect(await card.getByText("I struggled to hand over a deteriorating patient").count()).toBe(1);
    await screenshots(mentor, "mentor-flow-reader");

    // The mentor sends feedback from the reader.
    await card.getByLabel("Reply with feedback").fill("Good reflection. Next time, use SBAR and ask for a senior review early.");
    await card.getByRole("button", { name: "Send feedback" }).click();
    await expect.poll(() => mentor.getByText("Your feedback was sent.").count(), { timeout: 30_000 }).toBe(1);
    await screenshots(mentor, "mentor-flow-reader-sent");

    // On A, the post shows the comment marked as mentor feedback.
    await learner.goto(postUrl);
    const comments = learner.getByRole("region", { name: "Comments" });
    await reloadUntil(learner, async () => (await comments.getByText("Mentor feedback").count()) > 0, "the mentor feedback under the post on A");
    expect(await comments.getByText("use SBAR and ask for a senior review early").count()).toBe(1);
    await screenshots(learner, "mentor-flow-post-with-feedback");

    // The learner's nav shows an unread count and the notifications page lists the feedback.
    const nav = learner.getByRole("navigation", { name: "Main" });
    await expect.poll(() => nav.getByRole("link", { name: /^Notifications \(\d+ unread\)$/ }).count()).toBe(1);
    expect(await nav.locator(".badge").textContent()).toMatch(/^\d+$/);
    await nav.getByRole("link", { name: /Notifications/ }).click();
    await learner.waitForURL(`${a.origin}/notifications`);
    expect(await learner.getByRole("link", { name: /left feedback on “For my mentor: a difficult handover”/ }).count()).toBe(1);
    await screenshots(learner, "mentor-flow-notifications");
    await learner.getByRole("button", { name: "Mark all as read" }).click();
    await learner.waitForURL(/\/notifications/);
    await expect.poll(() => nav.getByText(/unread/).count()).toBe(0);
  }, 180_000);
});
