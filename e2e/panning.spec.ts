// Dragging the timeline sideways with a mouse: on a laptop the axis's scroll bar is below the
// fold (the track is taller than the screen), and a plain mouse wheel scrolls the page, not the
// axis. A drag pans the axis; a press that does not move is still a click on its marker.
import { chromium, type Page } from "@playwright/test";
import { test, expect, LANGS, openApp } from "./fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

const SCROLLER = ".timeline__scroller";

/** Presses the mouse at (x, y), moves it by dx in steps, and releases it. */
async function drag(page: Page, x: number, y: number, dx: number) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: 8 });
  await page.mouse.up();
}

const scrollLeft = (page: Page) => page.locator(SCROLLER).evaluate((s) => s.scrollLeft);

for (const lang of LANGS) {
  test(`[${lang}] dragging the axis with the mouse pans it both ways, opening nothing and selecting no text`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const box = (await page.locator(".timeline__axis").boundingBox())!;
    // On the axis's year labels, between markers: text a press there would otherwise select.
    const y = box.y + box.height / 2;
    expect(await scrollLeft(page)).toBe(0);
    await drag(page, box.x + 900, y, -400);
    expect(await scrollLeft(page)).toBe(400);
    await drag(page, box.x + 500, y, 150);
    expect(await scrollLeft(page)).toBe(250);
    expect(await page.evaluate(() => String(getSelection()))).toBe("");
    await expect(page.locator("#event-detail")).toHaveCount(0);
    expect(page.url()).not.toContain("event=");
    await expect(page.locator(SCROLLER)).not.toHaveClass(/panning/);
  });

  test(`[${lang}] a drag that starts on a marker pans without opening it; a click still opens it`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const marker = page.locator("#event-conference-2014-tallinn");
    const box = (await marker.boundingBox())!;
    await drag(page, box.x + 20, box.y + box.height / 2, -300);
    expect(await scrollLeft(page)).toBe(300);
    await expect(page.locator("#event-detail")).toHaveCount(0);
    expect(page.url()).not.toContain("event=");

    // A press with a wobble below the threshold is a click.
    const moved = (await marker.boundingBox())!;
    await drag(page, moved.x + 20, moved.y + moved.height / 2, 2);
    await expect(page.locator("#event-detail-title")).toBeFocused();
    expect(page.url()).toContain("event=conference-2014-tallinn");
    expect(await scrollLeft(page)).toBe(300);
  });
}

test("in the narrow list, where nothing scrolls sideways, a mouse drag is no pan: no grabbing cursor", async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 800 });
  await openApp(page, "?lang=en");
  const title = page.locator("#event-conference-2014-tallinn_title");
  await title.scrollIntoViewIfNeeded();
  const box = (await title.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 8 });
  await expect(page.locator(SCROLLER)).not.toHaveClass(/panning/);
  expect(await page.locator(SCROLLER).evaluate((s) => getComputedStyle(s).cursor)).not.toBe("grabbing");
  await page.mouse.up();
});

// Playwright hides scroll bars in headless Chromium; a reader's browser draws them, so this
// test starts a browser of its own that does.
test("the scroller's own scroll bar still drags the usual way", async ({}, testInfo) => {
  const { launchOptions, baseURL } = testInfo.project.use;
  const browser = await chromium.launch({ ...launchOptions, ignoreDefaultArgs: ["--hide-scrollbars"] });
  try {
    const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 800 } });
    await openApp(page, "?lang=en");
    const scroller = page.locator(SCROLLER);
    await scroller.evaluate((s) => s.scrollIntoView({ block: "end" }));
    const bar = await scroller.evaluate((s) => {
      const box = s.getBoundingClientRect();
      const height = s.offsetHeight - s.clientHeight - 2 * s.clientTop;
      return { x: box.left + 40, y: box.top + s.clientTop + s.clientHeight + height / 2, height };
    });
    expect(bar.height).toBeGreaterThan(0);
    await drag(page, bar.x, bar.y, 200);
    // Moving the thumb right scrolls to later years, by more than the thumb moved.
    expect(await scrollLeft(page)).toBeGreaterThan(200);
  } finally {
    await browser.close();
  }
});
