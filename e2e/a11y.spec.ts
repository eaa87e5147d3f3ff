// Accessibility: axe-core (WCAG 2.2 A and AA) finds nothing in any language, in the main view,
// with an event open, and with the member list open, on a wide screen, a tablet and a phone.
import type { Locator, Page } from "@playwright/test";
import { test, expect, openApp, dataset, LANGS, TEXT, MARKER, EMBED_BUTTON, axeViolations as violations } from "./fixtures";

for (const lang of LANGS) {
  test(`[${lang}] axe: main view, open event, open member list`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    expect(await violations(page)).toEqual([]);
    await page.locator("#event-conference-2014-tallinn").click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole("combobox", { name: TEXT[lang].members }).fill("a");
    expect(await violations(page)).toEqual([]);
  });
}

for (const lang of LANGS) for (const [device, width, height] of [["a phone", 390, 844], ["a tablet", 768, 1024]] as const) {
  test(`[${lang}] axe on ${device}: an event open at the foot of the screen, the member list open`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, `?lang=${lang}&event=conference-2015-ulaanbaatar`);
    await expect(page.locator("#event-detail-title")).toBeInViewport();
    expect(await violations(page)).toEqual([]);
    await page.getByRole("combobox", { name: TEXT[lang].members }).fill("a");
    expect(await violations(page)).toEqual([]);
  });
}


for (const lang of LANGS) {
  test(`[${lang}] axe: embed mode, and the Embed dialog`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&embed=1&event=conference-2014-tallinn`);
    expect(await violations(page)).toEqual([]);
    await openApp(page, `?lang=${lang}`);
    await page.getByRole("button", { name: EMBED_BUTTON[lang] }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await violations(page)).toEqual([]);
    // With the height refused (its message and the field's error state).
    await page.getByRole("dialog").locator('input[type="number"]').fill("12");
    await expect(page.locator("#embed-height-error")).not.toBeEmpty();
    expect(await violations(page)).toEqual([]);
  });
}

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  test("axe finds no contrast or other problems", async ({ page }) => {
    await openApp(page, "?lang=mn&event=conference-2015-ulaanbaatar");
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: EMBED_BUTTON.mn }).click();
    await page.getByRole("dialog").locator('input[type="number"]').fill("12");
    await expect(page.locator("#embed-height-error")).not.toBeEmpty();
    expect(await violations(page)).toEqual([]);
  });
});

// Windows High Contrast and other forced colours paint every background in the system's
// colour: what only a background showed (the kinds' dots and the lanes' swatches, the highlighted option,
// the chosen language) must still show.
for (const colorScheme of ["light", "dark"] as const)
  test.describe(`with forced colours (Windows High Contrast), ${colorScheme}`, () => {
    test.use({ forcedColors: "active", colorScheme });
    for (const lang of LANGS)
      test(`[${lang}] the kinds, the highlighted member and the chosen language stay visible`, async ({ page }) => {
        await openApp(page, `?lang=${lang}`);
        // Each kind keeps its own colour: on its lane's name, on the markers' dots, on the bars.
        const colours = (selector: string, pseudo?: string) =>
          page.locator(selector).evaluateAll(
            (all, pseudo) => [...new Set(all.map((el) => getComputedStyle(el, pseudo).backgroundColor))],
            pseudo,
          );
        expect(await colours(".timeline__swatch")).toHaveLength(5);
        expect(await colours(MARKER, "::before")).toHaveLength(5);
        expect((await colours(".timeline__bar")).length).toBeGreaterThan(1);
        // The chosen language and the member the arrow keys reach look unlike their neighbours:
        // compare the colours they are painted in (a transparent background shows its parent's).
        const look = (selector: string) =>
          page.locator(selector).evaluateAll((all) =>
            all.map((el) => {
              let bg = "";
              for (let at: Element | null = el; at && !bg; at = at.parentElement) {
                const c = getComputedStyle(at).backgroundColor;
                if (!/^rgba\(.*, 0\)$|^transparent$/.test(c)) bg = c;
              }
              return `${bg} ${getComputedStyle(el).color}`;
            }),
          );
        const [chosen] = await look('.language-switch__button[aria-pressed="true"]');
        const others = await look('.language-switch__button[aria-pressed="false"]');
        expect(others).toHaveLength(2);
        for (const other of others) expect(other).not.toBe(chosen);
        const combobox = page.getByRole("combobox", { name: TEXT[lang].members });
        await combobox.fill("a");
        await combobox.press("ArrowDown");
        const [active] = await look(".member-filter__option--active");
        const plain = await look(".member-filter__option:not(.member-filter__option--active)");
        expect(plain.length).toBeGreaterThan(1);
        for (const option of plain) expect(option).not.toBe(active);
        // The open event's marker is marked by more than its weight (its usual bar is a shadow).
        await combobox.press("Escape");
        await page.locator(MARKER).first().click();
        const underline = (selector: string) => page.locator(`${selector} .timeline__label`).first().evaluate((l) => getComputedStyle(l).textDecorationLine);
        expect(await underline(".timeline__event--open")).toBe("underline");
        expect(await underline(`${MARKER}:not(.timeline__event--open)`)).toBe("none");
      });
  });

/** Presses Tab until `target` has the focus; fails, saying what, after `limit` presses. */
async function tabTo(page: Page, target: Locator, what: string, limit = 30, key: "Tab" | "Shift+Tab" = "Tab") {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key);
  await expect(target, `${what} not reached in ${limit} Tab presses`).toBeFocused();
}

test("keyboard only: skip link, language, search, member filter, timeline, detail, without a mouse", async ({ page }) => {
  await openApp(page, "?lang=ro");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Salt la cronologie" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  // Language buttons come next; Enter switches.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Монгол" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "mn");
  // The event search: typing narrows the timeline, Escape empties the field and restores it.
  const search = page.getByRole("searchbox", { name: "Үйл явдал хайх" });
  await tabTo(page, search, "the event search");
  await page.keyboard.type("таллин");
  await expect(page.locator(".timeline__count")).toHaveText(/^[1-9] үйл явдал/);
  await page.keyboard.press("Escape");
  await expect(search).toHaveValue("");
  await expect(page.locator(".timeline__count")).toHaveText(TEXT.mn.showing(dataset.events.length));
  // The member combobox, just before the search: type, choose with arrows and Enter.
  const combo = page.getByRole("combobox", { name: "Гишүүн орнууд" });
  await tabTo(page, combo, "the member combobox", 5, "Shift+Tab");
  await page.keyboard.type("молд");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.locator(".chips__chip")).toContainText("Молдова");
  // Tab on to the timeline's single tab stop, move with arrows, open with Enter.
  const firstMarker = page.locator('.timeline__event[tabindex="0"]');
  await tabTo(page, firstMarker, "the timeline's tab stop");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await expect(page.locator("#event-detail-title")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.locator("#event-detail")).toHaveCount(0);
  await expect(page.locator(MARKER).last()).toBeFocused();
  // Focus is always visible: the focused marker has an outline.
  const outline = await page.locator(MARKER).last().evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});

for (const lang of LANGS) {
  test(`[${lang}] axe: the pre-rendered page shown when the WebAssembly cannot be had`, async ({ page }) => {
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator(`#prerendered > .prerendered__view[lang="${lang}"] .timeline__event`).first()).toBeVisible();
    await expect(page.locator(".prerendered__failed:visible")).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
  });
}

for (const lang of LANGS) {
  test(`[${lang}] every marker's name says its title once, then its kind and dates`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await expect(page.locator(MARKER).first()).toBeVisible();
    const names = await page.locator(MARKER).evaluateAll((markers) =>
      markers.map((m) => ({
        id: m.id,
        name: (m.getAttribute("aria-labelledby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
          .join(" "),
      })),
    );
    expect(names.length).toBe(dataset.events.length);
    for (const { id, name } of names) {
      const title = dataset.events.find((e: any) => `event-${e.id}` === id).title[lang];
      expect(name.split(title).length - 1, `${id}: ${name}`).toBe(1);
    }
  });
}
