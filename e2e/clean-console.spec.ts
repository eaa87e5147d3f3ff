// A ministry's web team opens the browser's developer tools on the page that embeds us: the
// console and the Issues panel must be empty. Every warning and error the page (or the Embed
// dialog's preview frame) logs fails the test, and so does every issue Chromium's own audits
// raise (DevTools' Issues panel: form fields without id or name, deprecated APIs, and so on).
import type { Page } from "@playwright/test";
import { test, expect, expectNothingFor, LANGS, TEXT, openApp } from "./fixtures";

/** Console warnings and errors, and DevTools issues, from every frame of `page`. */
async function watchDevtools(page: Page): Promise<string[]> {
  const found: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning" || message.type() === "error") found.push(`console ${message.type()}: ${message.text()}`);
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on("Audits.issueAdded", ({ issue }) => found.push(`issue ${issue.code}: ${JSON.stringify(issue.details)}`));
  await cdp.send("Audits.enable");
  return found;
}

for (const lang of LANGS) {
  test(`[${lang}] loading, opening an event, copying its link by hand and the Embed dialog log no warning, error or DevTools issue`, async ({ page }) => {
    // The clipboard refuses, so the detail shows its link in a field to copy by hand.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    const found = await watchDevtools(page);
    await openApp(page, `?lang=${lang}&event=conference-2014-tallinn`);
    await page.locator("#event-detail").getByRole("button", { name: TEXT[lang].copyLink }).click();
    await expect(page.locator(".event-detail__manual-copy input")).toBeVisible();

    await page.locator(".timeline__embed").click();
    const dialog = page.locator("dialog.embed-dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.frameLocator("iframe").locator(".timeline__event").first()).toBeVisible();
    // Issues are reported in batches: the record runs from the first load, and must stay empty
    // for 2 s after the last action too.
    await expectNothingFor(2000, () => found, "console messages and DevTools issues");
  });
}
