import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { projectRoot } from "./cli.ts";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumAvailable = existsSync(chromiumPath);
export const screenshotFolder = join(projectRoot, "artifacts", "screenshots");

if (!chromiumAvailable) {
  process.stderr.write(`\nBROWSER TESTS SKIPPED: no Chromium at ${chromiumPath}. Install Debian's package: apt-get install -y chromium\n\n`);
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync",
    ],
  });
}

/** Saves a full-page screenshot at phone and desktop width into artifacts/screenshots/. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  const original = page.viewportSize();
  for (const [label, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(screenshotFolder, `${name}-${label}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Signs in through the sign-in form, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, origin: string, handle: string, password: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Handle").fill(handle);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${origin}/dashboard`);
}

/** Reloads the page until check() holds (or throws after timeoutMs): for things that arrive by federation. */
export async function reloadUntil(page: Page, check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} on ${page.url()}`);
    await page.waitForTimeout(500);
    await page.reload();
  }
}
