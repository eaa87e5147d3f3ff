// The first view in index.html (src/fallback.rs, rendered at build time by the app's own
// components): the timeline paints before the WebAssembly arrives, in the reader's language;
// the app takes it over with no layout shift; a click or a deep link that comes before the app
// is live takes effect once it is; and without JavaScript or WebAssembly the page still shows the
// timeline and says why it does not respond.
import type { Page, Route } from "@playwright/test";
import { test, expect, dataset, LANGS, MARKER, TEXT, shownEventIds } from "./fixtures";
import { SEARCH } from "./expected";

/** A marker of the pre-rendered first view (the app's own are outside #prerendered). */
const FIRST_VIEW_MARKER = "#prerendered .timeline__item > .timeline__event";
const noWasm = (route: Route) => route.fulfill({ status: 404, body: "" });
/** Holds the module back, so the first view is on screen alone for a while. */
async function slowWasm(page: Page, ms: number) {
  await page.route("**/*.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fallback();
  });
}
const title = (id: string, lang: string) => dataset.events.find((e: { id: string }) => e.id === id).title[lang];

const FAILED = {
  en: "The interactive timeline could not start in this browser",
  mn: "Интерактив он цагийн хэлхээс энэ хөтөч дээр ажиллаж чадсангүй",
  ro: "Cronologia interactivă nu a putut porni în acest browser",
} as const;
const NEEDS_APP = {
  en: "The timeline needs JavaScript and WebAssembly",
  mn: "Үйл явдлыг нээж, шүүхийн тулд он цагийн хэлхээсэд JavaScript болон WebAssembly шаардлагатай",
  ro: "Cronologia are nevoie de JavaScript și WebAssembly",
} as const;

test("without JavaScript every language's timeline shows, behind a language menu", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./?lang=mn");
  for (const lang of LANGS) {
    const view = page.locator(`#prerendered > .prerendered__view[lang="${lang}"]`);
    await expect(view).toBeVisible();
    await expect(view.locator(".timeline__item > .timeline__event")).toHaveCount(dataset.events.length);
    await expect(view.locator("h1")).toHaveText(TEXT[lang].title);
  }
  // Emulated "no JavaScript" still parses <noscript> as text, so its markup is checked as served.
  const served = await (await page.request.get("./")).text();
  for (const lang of LANGS) {
    expect(served).toContain(`<div id="fallback-${lang}" class="prerendered__view" lang="${lang}"><noscript><p class="prerendered__failed">${NEEDS_APP[lang]}`);
  }
  await page.getByRole("link", { name: "Română", exact: true }).click();
  await expect(page).toHaveURL(/\?lang=ro#fallback-ro$/);
  await expect(page.locator("#fallback-ro")).toBeInViewport();
  await context.close();
});

for (const lang of LANGS) {
  test(`[${lang}] without WebAssembly the timeline shows, says the app could not start, and its skip link works`, async ({ page, browser }) => {
    await page.route("**/*.wasm", noWasm);
    await page.goto(`./?lang=${lang}`);
    const markers = page.locator(FIRST_VIEW_MARKER);
    await expect(markers).toHaveCount(dataset.events.length);
    await expect(page.locator(".prerendered__view")).toHaveCount(1);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const notice = page.locator(".prerendered__failed:visible");
    await expect(notice).toHaveCount(1);
    await expect(notice).toHaveText(new RegExp(`^${FAILED[lang]}`));
    // What works without the app: the skip link, to the timeline; a marker stays put.
    await page.locator("#prerendered .skip-link").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#timeline$/);
    await expect(page.locator("#timeline")).toBeFocused();
    // A browser without WebAssembly at all (Safari's Lockdown Mode, some managed browsers).
    const bare = await browser.newPage();
    await bare.addInitScript(() => delete (window as any).WebAssembly);
    await bare.goto(`./?lang=${lang}`);
    await expect(bare.locator(".prerendered__failed:visible")).toHaveText(new RegExp(`^${FAILED[lang]}`));
    await expect(bare.locator(FIRST_VIEW_MARKER)).toHaveCount(dataset.events.length);
    await bare.close();
  });
}

// The first view is in the language the app would start in.
const languageCases = [
  { name: "the link's language", query: "?lang=ro", locale: "mn-MN", saved: "mn", want: "ro" },
  { name: "the saved choice", query: "", locale: "ro-RO", saved: "mn", want: "mn" },
  { name: "the browser's language", query: "?lang=xx", locale: "ro-MD", saved: null, want: "ro" },
  { name: "English when nothing matches", query: "", locale: "de-DE", saved: null, want: "en" },
] as const;
for (const c of languageCases) {
  test(`the first view is in ${c.name}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: c.locale });
    const page = await context.newPage();
    if (c.saved) await page.addInitScript((saved) => localStorage.setItem("foc-timeline.lang", saved), c.saved);
    await page.route("**/*.wasm", noWasm);
    await page.goto(`./${c.query}`);
    await expect(page.locator(".prerendered__view")).toHaveCount(1);
    await expect(page.locator(".prerendered__view")).toHaveAttribute("lang", c.want);
    await expect(page.locator("#prerendered h1")).toHaveText(TEXT[c.want].title);
    await expect(page.locator("html")).toHaveAttribute("lang", c.want);
    await expect(page).toHaveTitle(TEXT[c.want].title);
    await context.close();
  });
}

test("the first view paints from index.html alone: its styles are inside it, no style sheet is fetched", async ({ page }) => {
  // Every request but the page's own waits for ever: whatever is laid out is laid out from
  // index.html (a linked style sheet would hold back the first paint for a round trip).
  const heldBack: string[] = [];
  await page.route("**/*", (route) => {
    if (route.request().isNavigationRequest()) return route.fallback();
    heldBack.push(new URL(route.request().url()).pathname);
  });
  await page.goto("./?lang=mn", { waitUntil: "commit" });
  await expect(page.locator(FIRST_VIEW_MARKER)).toHaveCount(dataset.events.length);
  await expect(page.locator(FIRST_VIEW_MARKER).first()).toBeVisible();
  // Styled: what the style sheet hides from sight is one pixel wide.
  await expect.poll(() => page.locator("#prerendered .visually-hidden").first().evaluate((e) => getComputedStyle(e).width)).toBe("1px");
  expect(await page.evaluate(() => [...document.styleSheets].map((s) => s.ownerNode?.nodeName))).toEqual(["STYLE"]);
  expect(heldBack.filter((path) => path.endsWith(".css"))).toEqual([]);
});

test("while the app starts normally, the first view never says it could not", async ({ page }) => {
  // Every moment the "could not start" line is un-hidden, from the first byte of the page on.
  await page.addInitScript(() => {
    const shown: string[] = ((window as any).__failedShown = []);
    new MutationObserver((changes) => {
      for (const change of changes)
        if ((change.target as Element).matches?.(".prerendered__failed") && !(change.target as HTMLElement).hidden)
          shown.push(`${Math.round(performance.now())} ms`);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["hidden"] });
  });
  await slowWasm(page, 1200);
  await page.goto("./?lang=ro");
  await expect(page.locator(FIRST_VIEW_MARKER).first()).toBeVisible();
  await expect(page.locator(MARKER).first()).toBeVisible();
  await expect(page.locator("#prerendered")).toHaveCount(0);
  // Over the whole slow start, to the app's timeline.
  expect(await page.evaluate(() => (window as any).__failedShown)).toEqual([]);
});

// An embed's first view is the same page, made compact by the first view's script: its header
// must not gain a line (Open full view) when the app takes over, in any language.
const TAKEOVER_VIEWS = [
  ["desktop", 1280, 800, ""],
  ["phone", 390, 844, ""],
  ["embedded", 700, 600, "&embed=1"],
] as const;
for (const [name, width, height, query] of TAKEOVER_VIEWS) {
  for (const lang of LANGS) {
    test(`[${lang}] ${name}: the app takes the first view over with no layout shift, every marker where it was`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      // Every layout shift from the first paint on (CLS's entries; shifts right after input
      // do not count toward CLS and there is none here), and where each first-view marker is in
      // every frame until the app takes over: the last frame before it is what the app replaces.
      await page.addInitScript(() => {
        const shifts: number[] = ((window as any).__shifts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({ type: "layout-shift", buffered: true });
        const frame = () => {
          const markers = document.querySelectorAll<HTMLElement>("#prerendered .timeline__item > .timeline__event");
          if (markers.length)
            (window as any).__before = [...markers].map((m) => {
              const box = m.getBoundingClientRect();
              return `${m.id || m.dataset.id} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
            });
          if (!(window as any).__before || document.getElementById("prerendered")) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await slowWasm(page, 800);
      await page.goto(`./?lang=${lang}${query}`);
      await expect(page.locator("#prerendered")).toHaveCount(0);
      const before: string[] = await page.evaluate(() => (window as any).__before);
      expect(before).toHaveLength(dataset.events.length);
      const after = await page.locator(MARKER).evaluateAll((all) =>
        all.map((m) => {
          const box = m.getBoundingClientRect();
          return `${m.id} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
        }),
      );
      expect(after).toEqual(before);
      const cls = await page.evaluate(() => ((window as any).__shifts as number[]).reduce((a, b) => a + b, 0));
      expect(cls).toBeLessThan(0.02);
    });
  }
}

for (const lang of LANGS) {
  test(`[${lang}] what is typed into the first view's search before the app is live is searched once it is, and typing goes on there`, async ({ page }) => {
    // The module is held back until the reader has typed.
    let release = () => {};
    const typed = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/*.wasm", async (route) => {
      await typed;
      await route.fallback();
    });
    await page.goto(`./?lang=${lang}`);
    await page.locator("#prerendered .event-search__input").pressSequentially("tall");
    release();
    await expect(page.locator("#prerendered")).toHaveCount(0);
    const field = page.locator(".event-search__input");
    await expect(field).toHaveValue("tall");
    await expect(field).toBeFocused();
    await page.keyboard.type("inn");
    await expect(page).toHaveURL(/[?&]q=tallinn(&|$)/);
    await expect.poll(() => shownEventIds(page)).toEqual(SEARCH.tallinn);
  });
}

for (const lang of LANGS) {
  test(`[${lang}] a click on the first view before the app is live opens that event once it is`, async ({ page }) => {
    await slowWasm(page, 1500);
    await page.goto(`./?lang=${lang}`);
    await page.locator(`${FIRST_VIEW_MARKER}[id="event-conference-2014-tallinn"]`).click();
    await expect(page.locator("#event-detail-title")).toHaveText(title("conference-2014-tallinn", lang));
    await expect(page).toHaveURL(/event=conference-2014-tallinn/);
    await expect(page.locator("#prerendered")).toHaveCount(0);
  });

  test(`[${lang}] a deep link that arrives before the app is live opens its event when it is`, async ({ page }) => {
    await slowWasm(page, 1000);
    await page.goto(`./?lang=${lang}&event=conference-2015-ulaanbaatar`);
    await expect(page.locator(FIRST_VIEW_MARKER).first()).toBeVisible();
    await expect(page.locator("#event-detail-title")).toHaveText(title("conference-2015-ulaanbaatar", lang));
    await expect(page.locator("#event-conference-2015-ulaanbaatar")).toBeFocused();
  });
}

test("an early click on a language takes effect when the app is live", async ({ page }) => {
  await slowWasm(page, 1500);
  await page.goto("./?lang=en");
  await page.locator('#prerendered .language-switch__button[lang="ro"]').click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.locator(MARKER).first()).toBeVisible();
  await expect(page.locator("h1")).toHaveText(TEXT.ro.title);
  await expect(page).toHaveURL(/lang=ro/);
});
