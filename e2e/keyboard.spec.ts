// Keyboard: arrows, Home and End move between events inside the timeline only; Enter opens,
// Escape closes (from the detail, back to the event; from the timeline, focus stays put).
import { test, expect, dataset, markers, openApp, TEXT } from "./fixtures";

test("arrow keys, Home and End move focus between events with one tab stop", async ({ page }) => {
  await openApp(page, "?lang=en");
  await expect(page.locator('.timeline__event[tabindex="0"]')).toHaveCount(1);
  await markers(page).first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(markers(page).nth(1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(markers(page).nth(2)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(markers(page).nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(markers(page).last()).toBeFocused();
  await page.keyboard.press("Home");
  await expect(markers(page).first()).toBeFocused();
  await expect(page.locator('.timeline__event[tabindex="0"]')).toHaveCount(1);
});

for (const lang of ["en", "mn", "ro"] as const) {
  for (const width of [768, 1280]) {
    test(`[${lang}] at ${width} px the marker focused with the arrow keys shows whole, its full label included`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, `?lang=${lang}`);
      await markers(page).first().focus();
      await page.keyboard.press("End");
      const count = await markers(page).count();
      const cut: string[] = [];
      for (let i = 0; i < count; i++) {
        const outside = await page.evaluate(async () => {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const marker = document.activeElement!;
          const scroller = marker.closest(".timeline__scroller")!;
          const [box, frame] = [marker.getBoundingClientRect(), scroller.getBoundingClientRect()];
          const [left, right] = [frame.left + scroller.clientLeft, frame.left + scroller.clientLeft + scroller.clientWidth];
          return box.left < left - 0.5 || box.right > right + 0.5 ? `${marker.id} ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(left)}–${Math.round(right)}` : null;
        });
        if (outside) cut.push(outside);
        await page.keyboard.press("ArrowLeft");
      }
      expect(cut).toEqual([]);
    });
  }
}

test("arrow keys outside the timeline do nothing to it", async ({ page }) => {
  await openApp(page, "?lang=en");
  await page.locator("h1").click();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("End");
  await expect(page.locator("#event-detail")).toHaveCount(0);
  await expect(markers(page).first()).toHaveAttribute("tabindex", "0");
});

for (const lang of ["en", "mn", "ro"] as const) {
  test(`[${lang}] Enter opens the detail, Escape closes it and returns focus`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await markers(page).first().focus();
    await page.keyboard.press("ArrowRight");
    const second = markers(page).nth(1);
    const id = (await second.getAttribute("id"))!.replace(/^event-/, "");
    await page.keyboard.press("Enter");
    const detail = page.locator("#event-detail");
    const event = dataset.events.find((e: any) => e.id === id);
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(event.title[lang]);
    await expect(page.locator("#event-detail-title")).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`event=${id}`));
    await page.keyboard.press("Escape");
    await expect(detail).toHaveCount(0);
    await expect(second).toBeFocused();
    await expect(page).not.toHaveURL(/event=/);
    await expect(page.getByRole("button", { name: TEXT[lang].close })).toHaveCount(0);
  });
}

for (const lang of ["en", "mn", "ro"] as const) {
  test(`[${lang}] Escape in the timeline closes the open event and leaves focus where it is`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&event=conference-2014-tallinn`);
    await expect(page.locator("#event-conference-2014-tallinn")).toBeFocused();
    await expect(page.locator("#timeline-help")).toContainText("Escape");
    await page.keyboard.press("ArrowRight");
    const moved = page.locator(".timeline__event:focus");
    const id = await moved.getAttribute("id");
    expect(id).not.toBe("event-conference-2014-tallinn");
    await expect(page.locator("#event-detail")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator("#event-detail")).toHaveCount(0);
    await expect(page.locator(`#${id}`)).toBeFocused();
    await expect(page).not.toHaveURL(/event=/);
    // Nothing open: Escape does nothing, and arrows still move.
    await page.keyboard.press("Escape");
    await expect(page.locator(`#${id}`)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(page.locator("#event-conference-2014-tallinn")).toBeFocused();
  });
}
