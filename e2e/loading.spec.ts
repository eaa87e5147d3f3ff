// Loading the dataset: it shows, and a failed load explains itself and recovers on Retry.
import { test, expect, dataset, LANGS, UI, waitForEvents } from "./fixtures";

test("the page loads and shows every event of the dataset, with no console errors", async ({ page, consoleErrors }) => {
  await page.goto("./?lang=en");
  await waitForEvents(page);
  await expect(page.locator(".timeline__event")).toHaveCount(dataset.events.length);
  const first = [...dataset.events].sort((a, b) => a.start.localeCompare(b.start))[0];
  await expect(page.locator(".timeline__event").first()).toContainText(first.title.en);
  expect(consoleErrors).toEqual([]);
});

for (const lang of LANGS) {
  test(`[${lang}] a server error shows a message, and Retry loads once the server recovers`, async ({ page }) => {
    let fail = true;
    await page.route("**/data/foc.json", (route) =>
      fail ? route.fulfill({ status: 500, body: "boom" }) : route.fallback(),
    );
    await page.goto(`./?lang=${lang}`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(UI[lang].loadFailed);
    await expect(alert).toContainText(UI[lang].http500);
    fail = false;
    await page.getByRole("button", { name: UI[lang].retry }).click();
    await waitForEvents(page);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test(`[${lang}] broken JSON shows a message, and Retry loads once the file is whole`, async ({ page, consoleErrors }) => {
    let broken = true;
    await page.route("**/data/foc.json", async (route) => {
      if (!broken) return route.fallback();
      const response = await route.fetch();
      const text = await response.text();
      await route.fulfill({ response, body: text.slice(0, text.length / 2) });
    });
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole("alert")).toContainText(UI[lang].notJson);
    broken = false;
    await page.getByRole("button", { name: UI[lang].retry }).click();
    await waitForEvents(page);
    expect(consoleErrors.filter((e) => e.includes("panicked"))).toEqual([]);
  });
}

test("a network failure shows a message in the page's language", async ({ page }) => {
  await page.route("**/data/foc.json", (route) => route.abort("failed"));
  await page.goto("./?lang=ro");
  await expect(page.getByRole("alert")).toContainText(UI.ro.loadFailed);
  await expect(page.getByRole("button", { name: UI.ro.retry })).toBeVisible();
});

test("the app works under a sub-path", async ({ page, consoleErrors }) => {
  await page.goto("/foc/?lang=mn");
  await waitForEvents(page);
  await expect(page.locator(".timeline__event")).toHaveCount(dataset.events.length);
  expect(consoleErrors).toEqual([]);
});
