import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium, screenshots, signIn } from "../helpers/browser.ts";
import { type RunningServer, startRounds } from "../helpers/server.ts";

/**
 * The consent review, in the browser: a held post's author asks for review, a faculty reviewer
 * sees the finding highlighted, records the consent reference and approves that version, and the
 * post is then public.
 */
describe.runIf(chromiumAvailable)("in a browser: a held post is reviewed and approved by faculty", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startRounds([
      { handle: "student", role: "student", password: "student password 1" },
      { handle: "tutor", role: "faculty", password: "tutor password 1" },
    ]);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it("holds a post with an NHS number, lets the student ask for review with consent, and publishes it once faculty approve", async () => {
    const title = "Consented case: a rare rash";
    const student = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(student, server.origin, "student", "student password 1");
    await student.goto(`${server.origin}/posts/new`);
    await student.getByLabel("Title").fill(title);
    await student.getByLabel("Reflection (Markdown)").fill("The clinic letter quoted NHS number 943 476 5919; the patient consented to this write-up.");
    await student.getByLabel("It contains no patient information").check();
    await student.getByRole("button", { name: "Save and publish" }).click();
    await student.waitForURL(/\/posts\/[0-9a-z]+\/edit$/);
    expect(await student.getByText("Held by the privacy check").count()).toBeGreaterThan(0);

    // The student asks for review, attesting consent with a filing reference.
    const ask = student.getByRole("region", { name: "Fix it, or ask for review" });
    await ask.getByLabel("Consent", { exact: true }).selectOption({ label: "The patient gave consent" });
    await ask.getByLabel("Consent reference").fill("Dermatology consent file 2024/117");
    await ask.getByLabel("Note to the reviewer").fill("Consent form signed in clinic.");
    await ask.getByRole("button", { name: "Ask for review" }).click();
    await student.waitForURL(/\/posts\/[0-9a-z]+\/edit$/);
    await expect.poll(() => student.getByRole("region", { name: "Review" }).getByText("a faculty reviewer will approve or return it").count()).toBe(1);

    // The public sees nothing yet.
    const visitor = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await visitor.goto(`${server.origin}/users/student`);
    expect(await visitor.getByText(title).count()).toBe(0);

    // The tutor opens the queue and the item; the finding is highlighted.
    const tutor = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(tutor, server.origin, "tutor", "tutor password 1");
    await tutor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
    await tutor.waitForURL(`${server.origin}/review`);
    await expect.poll(() => tutor.getByRole("link", { name: title }).count()).toBe(1);
    await screenshots(tutor, "review-queue");
    await tutor.getByRole("link", { name: title }).click();
    await tutor.waitForURL(/\/review\/[0-9a-z]+$/);
    expect(await tutor.getByRole("heading", { level: 1, name: `Review: ${title}` }).count()).toBe(1);
    expect(await tutor.locator("mark", { hasText: "943 476 5919" }).count()).toBeGreaterThan(0);
    expect(await tutor.getByText("Dermatology consent file 2024/117").count()).toBeGreaterThan(0);
    await screenshots(tutor, "review-item");

    // The tutor records the reference and approves this version.
    const decide = tutor.getByRole("region", { name: "Decide" });
    await decide.getByLabel("Consent it rests on").selectOption({ label: "Patient consent obtained" });
    await decide.getByLabel("Consent reference").fill("Dermatology consent file 2024/117");
    await decide.getByRole("button", { name: "Approve and publish this version" }).click();
    await tutor.waitForLoadState("load");
    await expect.poll(async () => tutor.url()).not.toMatch(/\/review\/[0-9a-z]+$/);
    await screenshots(tutor, "review-after-approval");

    // A signed-out visitor now finds it on the author's page and can read it.
    await visitor.goto(`${server.origin}/users/student`);
    await visitor.getByRole("link", { name: title }).click();
    await visitor.waitForURL(/\/users\/student\/posts\/[0-9a-z]+$/);
    expect(await visitor.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    expect(await visitor.getByText("the patient consented to this write-up").count()).toBe(1);
    expect(await visitor.getByRole("link", { name: "Sign in" }).count()).toBeGreaterThan(0);
    await screenshots(visitor, "review-published-post");
  }, 150_000);
});
