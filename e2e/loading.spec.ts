// Loading the dataset: it shows, and a failed load explains itself and recovers on Retry, with
// the keyboard focus kept (on the next Retry, or on the timeline).
import { test, expect, dataset, LANGS, UI, waitForEvents, MARKER } from "./fixtures";

test("the page loads and shows every event of the dataset, with no console errors", async ({ page, consoleErrors }) => {
  await page.goto("./?lang=en");
  await waitForEvents(page);
  await expect(page.locator(MARKER)).toHaveCount(dataset.events.length);
  const first = [...dataset.events].sort((a, b) => a.start.localeCompare(b.start))[0];
  await expect(page.locator(MARKER).first()).toContainText(first.title.en);
  expect(consoleErrors).toEqual([]);
});

for (const lang of LANGS) {
  test(`[${lang}] a marker's name is its visible label, then its title, kind and dates`, async ({ page }) => {
    const tallinn = dataset.events.find((e: any) => e.id === "conference-2014-tallinn");
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}`);
      await waitForEvents(page);
      const marker = page.locator("#event-conference-2014-tallinn");
      const label = (await marker.locator(".timeline__label").textContent())!.trim();
      const date = (await marker.locator("time").textContent())!.trim();
      const name = await marker.evaluate((el) => el.getAttribute("aria-labelledby"));
      expect(name).toBeTruthy();
      // Accessible names collapse every space (thin and narrow no-break ones too) to one.
      const escape = (s: string) => s.replace(/\s+/g, " ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      await expect(marker).toHaveAccessibleName(new RegExp(`^${escape(label)} ${escape(tallinn.title[lang])} .+${escape(date)}$`));
    }
  });
}

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
    // A second failure: a new notice, and focus on its Retry (pressed by keyboard).
    await page.getByRole("button", { name: UI[lang].retry }).press("Enter");
    await expect(page.getByRole("button", { name: UI[lang].retry })).toBeFocused();
    fail = false;
    await page.keyboard.press("Enter");
    await waitForEvents(page);
    await expect(page.getByRole("alert")).toHaveCount(0);
    // The button went away with its notice; focus goes to the timeline, not the page body.
    await expect(page.locator("#timeline")).toBeFocused();
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
  await expect(page.locator(MARKER)).toHaveCount(dataset.events.length);
  expect(consoleErrors).toEqual([]);
});

// The time limit (LOAD_TIMEOUT in src/api.rs: 20 s), driven by Playwright's clock: paused from
// the start, so that the page's timers fire only when the test moves the clock on.
const TIMEOUT = {
  en: { loading: "Loading the timeline…", said: "The server took too long to answer." },
  mn: { loading: "Он цагийн хэлхээсийг ачаалж байна…", said: "Серверээс хугацаандаа хариу ирсэнгүй." },
  ro: { loading: "Se încarcă cronologia…", said: "Serverul nu a răspuns la timp." },
} as const;
for (const lang of LANGS) {
  test(`[${lang}] a dataset that has not come in 20 s is given up with a message, and Retry loads it`, async ({ page }) => {
    await page.clock.install({ time: new Date("2026-01-01T00:00:00Z") });
    await page.clock.pauseAt(new Date("2026-01-01T00:00:01Z"));
    let answer = false;
    // No answer at all (a request that hangs), until the test lets it through.
    await page.route("**/data/foc.json", (route) => (answer ? route.fallback() : undefined));
    // A module that comes in late, as on a busy machine: the page's load event is not the
    // app's start, so the clock may move only once the app has started its time limit.
    await page.route("**/*.wasm", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.fallback();
    });
    await page.goto(`./?lang=${lang}`);
    const loading = page.getByRole("status", { includeHidden: true }).filter({ hasText: TIMEOUT[lang].loading });
    await expect(loading).toBeAttached();
    // 19.5 s in: still loading behind the pre-rendered first view, no message.
    await page.clock.runFor(19_500);
    await expect(page.locator("#prerendered .timeline__item > .timeline__event").first()).toBeVisible();
    await expect(loading).toBeAttached();
    await expect(page.getByRole("alert")).toHaveCount(0);
    // 20 s: given up, in the page's language.
    await page.clock.runFor(1_000);
    await expect(page.getByRole("alert")).toContainText(UI[lang].loadFailed);
    await expect(page.getByRole("alert")).toContainText(TIMEOUT[lang].said);
    answer = true;
    await page.clock.resume();
    await page.getByRole("button", { name: UI[lang].retry }).click();
    await waitForEvents(page);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
}
