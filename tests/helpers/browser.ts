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
