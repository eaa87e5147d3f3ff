// Shared test fixtures: console-error capture, the shipped dataset, an axe-core scan, and a page object.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const dataset = JSON.parse(
  readFileSync(join(__dirname, "..", "public", "data", "foc.json"), "utf-8"),
);

/** axe-core's findings for WCAG 2.2 A and AA on the page as it is: "rule: first targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** The Embed button's name in each language. */
export const EMBED_BUTTON = { en: "Embed", mn: "Вэб хуудсанд суулгах", ro: "Încorporează" } as const;

export const LANGS = ["en", "mn", "ro"] as const;
export type Lang = (typeof LANGS)[number];

/** What the app shows, per language, that tests look for. */
export const UI = {
  en: { retry: "Retry", loadFailed: "The timeline could not be loaded", http500: "error 500", notJson: "not valid JSON" },
  mn: { retry: "Дахин оролдох", loadFailed: "Он цагийн хэлхээсийг ачаалж чадсангүй", http500: "500 алдаагаар", notJson: "зөв JSON биш" },
  ro: { retry: "Reîncearcă", loadFailed: "Cronologia nu a putut fi încărcată", http500: "eroarea 500", notJson: "nu este JSON valid" },
} as const;

/** Console errors, page errors and Rust panics seen during a test. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.text().includes("panicked at")) errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("response", (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
    });
    await use(errors);
  },
});

/**
 * A shown marker on the app's timeline (markers the filters hide stay in the DOM, `hidden`), not
 * on the pre-rendered first view that the app takes over (`#prerendered`).
 */
export const MARKER = ".timeline__item:not([hidden]):not(#prerendered *) > .timeline__event";

/** Waits until the app has rendered the loaded dataset. */
export async function waitForEvents(page: Page) {
  await expect(page.locator(MARKER).first()).toBeVisible();
}

/**
 * Waits until the parts built after the timeline's first frame are there too: the growth chart
 * (its ticks), the roster (its rows) and About. A check of the whole page made before then
 * passes with nothing to check.
 */
export async function waitForWholePage(page: Page) {
  await expect(page.locator(".chart__svg .chart__tick").nth(5)).toBeAttached();
  await expect(page.locator(".roster__table tbody tr").first()).toBeAttached();
  await expect(page.locator(".about")).toBeAttached();
}

export { expect };

/**
 * For a check that something does not happen: waits `ms` (the window, stated where it is used)
 * while `record`, a log of everything the page did that counts (messages, scrolls, changes of
 * address), stays empty, and fails at the first entry. The log runs from before the action, so
 * whatever came at any moment of the window is seen, not only the state at its end.
 */
export async function expectNothingFor(ms: number, record: () => unknown[] | Promise<unknown[]>, what: string) {
  const end = Date.now() + ms;
  for (;;) {
    expect(await record(), `${what} (within ${ms} ms)`).toEqual([]);
    if (Date.now() >= end) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Country names by code and language, from the dataset. */
export function countryName(code: string, lang: Lang): string {
  return dataset.countries.find((c: any) => c.code === code).name[lang];
}

/** The timeline's markers, in order. */
export function markers(page: Page) {
  return page.locator(MARKER);
}

/** The ids of the events the timeline shows, in its (chronological) order, in a page or a frame. */
export function shownEventIds(page: Pick<Page, "locator">): Promise<string[]> {
  return page.locator(MARKER).evaluateAll((buttons) => buttons.map((b) => b.id.replace(/^event-/, "")));
}

/** Opens the app with a query and waits for the timeline. */
export async function openApp(page: Page, query = "") {
  await page.goto(`./${query}`);
  await expect(page.locator(MARKER).first()).toBeVisible();
}

/** Opens the compact bar's Filters panel (region and years), if it is not open yet. */
export async function openFilters(page: Page) {
  const button = page.locator("#filters-button");
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(page.locator("#region-filter")).toBeVisible();
}

/**
 * Strings the browser tests look for in each language (kept in step with src/i18n/strings.rs).
 * Romanian counts take CLDR's plural forms: one (1) "eveniment"; few (0, and 2–19 or 101–119 and
 * so on: n % 100 in 1–19 other than 1 itself) "evenimente"; other (20–100, 120…) "de evenimente".
 */
export const TEXT = {
  en: { close: "Close", copyLink: "Copy link", share: "Share", members: "Members", clear: "Clear filters", showing: (n: number) => `Showing ${n} event${n === 1 ? "" : "s"}`, noticeTitle: "Part of the link was not understood", roster: "Member states", title: "Freedom Online Coalition: a history", removeMember: (name: string) => `Remove ${name}` },
  mn: { close: "Хаах", copyLink: "Холбоос хуулах", share: "Хуваалцах", members: "Гишүүн орнууд", clear: "Шүүлтүүрийг арилгах", showing: (n: number) => `${n} үйл явдал харуулж байна`, noticeTitle: "Холбоосын зарим хэсгийг ойлгосонгүй", roster: "Гишүүн орнууд", title: "Онлайн эрх чөлөөний эвсэл: түүхэн замнал", removeMember: (name: string) => `Хасах: ${name}` },
  ro: { close: "Închide", copyLink: "Copiază linkul", share: "Distribuie", members: "State membre", clear: "Șterge filtrele", showing: (n: number) => `Se afișează ${n} ${n === 1 ? "eveniment" : n === 0 || (n % 100 >= 1 && n % 100 <= 19) ? "evenimente" : "de evenimente"}`, noticeTitle: "O parte din link nu a fost înțeleasă", roster: "Statele membre", title: "Coaliția privind Libertatea în Spațiul Virtual: istoric", removeMember: (name: string) => `Elimină: ${name}` },
} as const;
