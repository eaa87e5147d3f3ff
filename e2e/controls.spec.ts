// The compact control bar (src/components/filter_bar.rs): the timeline in the first screen at
// four sizes, every filter's flow through the bar, the Filters button's count and panel, the
// chips, the hints and keyboard help shown on focus, and `controls=` in embeds and the Embed
// dialog. Expected counts come from e2e/expected.ts, worked out from the sources.
import type { Page } from "@playwright/test";
import { axeViolations, expect, LANGS, MARKER, openApp, test } from "./fixtures";
import { REGION_AFRICA, YEARS } from "./expected";

const TEXT = {
  en: {
    members: "Members",
    search: "Search events",
    filters: "Filters",
    region: "Region",
    africa: "Africa",
    from: "From",
    to: "To",
    clear: "Clear filters",
    remove: (name: string) => `Remove ${name}`,
    years: "2014\u2009–\u20092015",
    on: { 0: "0 filters on", 1: "1 filter on", 2: "2 filters on", 20: "20 filters on" },
    showing: (n: number) => `Showing ${n} events`,
    memberHint: "Type a country's name in any language, or its code",
    embed: "Embed",
    controls: "Controls",
    none: "None: the timeline alone",
    full: "Full: every filter in view",
    badControls: "unknown choice of controls “tiny” (full, compact or none)",
  },
  mn: {
    members: "Гишүүн орнууд",
    search: "Үйл явдал хайх",
    filters: "Шүүлтүүр",
    region: "Бүс нутаг",
    africa: "Африк",
    from: "Эхлэх он",
    to: "Дуусах он",
    clear: "Шүүлтүүрийг арилгах",
    remove: (name: string) => `Хасах: ${name}`,
    years: "2014 – 2015",
    on: { 0: "0 шүүлтүүр идэвхтэй", 1: "1 шүүлтүүр идэвхтэй", 2: "2 шүүлтүүр идэвхтэй", 20: "20 шүүлтүүр идэвхтэй" },
    showing: (n: number) => `${n} үйл явдал харуулж байна`,
    memberHint: "Улсын нэрийг аль ч хэлээр, эсвэл кодыг нь бичнэ үү",
    embed: "Вэб хуудсанд суулгах",
    controls: "Удирдлага",
    none: "Байхгүй: зөвхөн он цагийн хэлхээс",
    full: "Бүтэн: бүх шүүлтүүр харагдана",
    badControls: "удирдлагын үл мэдэгдэх хэлбэр «tiny»",
  },
  ro: {
    members: "State membre",
    search: "Caută evenimente",
    filters: "Filtre",
    region: "Regiunea",
    africa: "Africa",
    from: "De la",
    to: "Până la",
    clear: "Șterge filtrele",
    remove: (name: string) => `Elimină: ${name}`,
    years: "2014–2015",
    // CLDR: one for 1; few for 0 and 2–19; other ("de") from 20.
    on: { 0: "0 filtre active", 1: "1 filtru activ", 2: "2 filtre active", 20: "20 de filtre active" },
    showing: (n: number) => `Se afișează ${n} ${n === 1 ? "eveniment" : n % 100 >= 1 && n % 100 <= 19 ? "evenimente" : "de evenimente"}`,
    memberHint: "Scrie numele unei țări în orice limbă sau codul ei",
    embed: "Încorporează",
    controls: "Comenzi",
    none: "Fără: doar cronologia",
    full: "Complete: toate filtrele la vedere",
    badControls: "mod necunoscut de afișare a comenzilor „tiny”",
  },
} as const;

/** The four first screens of issue #26: size, embedded or not, and the markers wholly in it. */
const SCREENS = [
  { name: "desktop 1280×800", width: 1280, height: 800, embed: false, markers: 25 },
  { name: "embed 800×600", width: 800, height: 600, embed: true, markers: 12 },
  { name: "phone 390×844", width: 390, height: 844, embed: false, markers: 5 },
  { name: "embed on a phone 360×640", width: 360, height: 640, embed: true, markers: 5 },
] as const;

/** The first shown marker's top edge, and how many shown markers lie wholly in the window. */
async function firstScreen(page: Page) {
  return page.locator(MARKER).evaluateAll((markers) => {
    const boxes = markers.map((m) => m.getBoundingClientRect()).filter((b) => b.width > 0);
    const inside = boxes.filter((b) => b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth);
    return { top: Math.min(...boxes.map((b) => b.top)), inside: inside.length, height: innerHeight };
  });
}

for (const screen of SCREENS) {
  for (const lang of LANGS) {
    test(`[${lang}] ${screen.name}: the timeline starts in the top 35% with ${screen.markers}+ markers in view`, async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await openApp(page, `?lang=${lang}${screen.embed ? "&embed=1" : ""}`);
      // The bar's members box, search and Filters button are there, one row.
      const bar = [
        page.getByRole("combobox", { name: TEXT[lang].members }),
        page.getByRole("searchbox", { name: TEXT[lang].search }),
        page.getByRole("button", { name: TEXT[lang].filters, exact: true }),
      ];
      const middles = await Promise.all(
        bar.map(async (control) => {
          const box = (await control.boundingBox())!;
          return box.y + box.height / 2;
        }),
      );
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(3);
      const shown = await firstScreen(page);
      expect(shown.top).toBeGreaterThan(0);
      expect(shown.top / shown.height).toBeLessThanOrEqual(0.35);
      expect(shown.inside).toBeGreaterThanOrEqual(screen.markers);
    });
  }
}

for (const lang of LANGS) {
  const t = TEXT[lang];
  test(`[${lang}] region and years open from Filters, count as filters, show as chips and go with Clear`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const filters = page.getByRole("button", { name: t.filters, exact: true });
    const region = page.getByRole("combobox", { name: t.region });
    await expect(filters).toHaveAttribute("aria-expanded", "false");
    await expect(filters).toHaveAccessibleDescription(t.on[0]);
    await expect(region).toBeHidden();

    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    await region.selectOption("africa");
    await expect(page.locator(MARKER)).toHaveCount(REGION_AFRICA.length);
    await expect(page.getByText(t.showing(REGION_AFRICA.length))).toBeVisible();
    const withOne = page.getByRole("button", { name: `${t.filters} · 1` });
    await expect(withOne).toHaveAccessibleDescription(t.on[1]);

    await page.getByRole("combobox", { name: t.from }).selectOption("2014");
    await page.getByRole("combobox", { name: t.to }).selectOption("2015");
    const withTwo = page.getByRole("button", { name: `${t.filters} · 2` });
    await expect(withTwo).toHaveAccessibleDescription(t.on[2]);
    await expect(page).toHaveURL(/region=africa&from=2014&to=2015/);

    // Closed again, the filters on stay in view as chips.
    await withTwo.click();
    await expect(region).toBeHidden();
    await expect(page.locator(".chips__chip > :first-child")).toHaveText([t.africa, t.years]);

    // A chip's button removes its filter; focus goes to the chip left.
    await page.getByRole("button", { name: t.remove(t.africa) }).click();
    await expect(page.getByRole("button", { name: `${t.filters} · 1` })).toBeVisible();
    await expect(page.locator(".chips__chip > :first-child")).toHaveText([t.years]);
    await expect(page.getByRole("button", { name: t.remove(t.years) })).toBeFocused();
    await expect(page.locator(MARKER)).toHaveCount(YEARS["2014-2015"]);

    // Clear takes the rest and the search; focus goes to the members box, not the page body.
    await page.getByRole("searchbox", { name: t.search }).fill("tallinn");
    await page.getByRole("button", { name: t.clear }).click();
    await expect(page.locator(".chips__chip")).toHaveCount(0);
    await expect(page.getByRole("button", { name: t.clear })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: t.members })).toBeFocused();
    await expect(page.getByRole("searchbox", { name: t.search })).toHaveValue("");
    await expect(page.getByRole("button", { name: t.filters, exact: true })).toHaveAccessibleDescription(t.on[0]);
    await expect(page).toHaveURL(new RegExp(`\\?lang=${lang}$`));
  });

  test(`[${lang}] the Filters count takes the plural form of its number`, async ({ page }) => {
    // 18 members, a region and a span of years: 20 filters on.
    const members = "AT,AU,CA,CH,CR,CZ,DE,DK,EE,FI,FR,GB,GE,GH,IE,JP,KE,LT";
    await openApp(page, `?lang=${lang}&members=${members}&region=europe&from=2014`);
    await expect(page.getByRole("button", { name: `${t.filters} · 20` })).toHaveAccessibleDescription(t.on[20]);
  });

  test(`[${lang}] the bar's order is the keyboard's, and hints and keyboard help show on focus`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&members=MD`);
    const members = page.getByRole("combobox", { name: t.members });
    const hint = page.getByText(t.memberHint);
    await expect(hint).toBeHidden();
    await members.focus();
    await expect(hint).toBeVisible();
    await page.keyboard.type("mon");
    await expect(hint).toBeHidden();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");

    await page.keyboard.press("Tab");
    await expect(page.getByRole("searchbox", { name: t.search })).toBeFocused();
    await page.keyboard.press("Tab");
    const filters = page.getByRole("button", { name: `${t.filters} · 1` });
    await expect(filters).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: t.region })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: t.from })).toBeFocused();

    // The timeline's keyboard help is its markers' description, on screen only while a marker
    // has keyboard focus.
    const help = page.locator("#timeline-help");
    await expect(help).toBeHidden();
    const list = page.locator("#timeline-events");
    await expect(list).toHaveAttribute("aria-describedby", "timeline-help");
    await page.locator(MARKER).first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(help).toBeVisible();
  });

  test(`[${lang}] the bar with the panel open is axe-clean`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&members=MD&region=europe&from=2014`);
    await page.getByRole("button", { name: `${t.filters} · 3` }).click();
    await expect(page.getByRole("combobox", { name: t.region })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`[${lang}] an embed shows the controls its link asks for`, async ({ page }) => {
    // None: the timeline alone, the link's filters still applied.
    await openApp(page, `?lang=${lang}&embed=1&controls=none&region=africa`);
    await expect(page.locator(MARKER)).toHaveCount(REGION_AFRICA.length);
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: t.filters })).toHaveCount(0);
    // Full: region and years out, no Filters button.
    await openApp(page, `?lang=${lang}&embed=1&controls=full`);
    await expect(page.getByRole("combobox", { name: t.region })).toBeVisible();
    await expect(page.getByRole("combobox", { name: t.from })).toBeVisible();
    await expect(page.getByRole("button", { name: t.filters })).toHaveCount(0);
    // Compact, the default.
    await openApp(page, `?lang=${lang}&embed=1`);
    await expect(page.getByRole("button", { name: t.filters, exact: true })).toBeVisible();
    await expect(page.getByRole("combobox", { name: t.region })).toBeHidden();
    // A value it does not know: a notice in the page's language, and the compact bar.
    await openApp(page, `?lang=${lang}&embed=1&controls=tiny`);
    await expect(page.getByText(t.badControls)).toBeVisible();
    await expect(page.getByRole("button", { name: t.filters, exact: true })).toBeVisible();
  });

  test(`[${lang}] the Embed dialog offers full, compact or no controls, and the embed keeps the choice`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await page.getByRole("button", { name: t.embed }).click();
    const dialog = page.getByRole("dialog");
    const controls = dialog.getByRole("combobox", { name: t.controls });
    await controls.selectOption({ label: t.none });
    await expect(dialog.locator("textarea")).toHaveValue(/controls=none/);
    const preview = dialog.frameLocator("iframe");
    await expect(preview.locator(MARKER).first()).toBeVisible();
    await expect(preview.getByRole("searchbox")).toHaveCount(0);
    await controls.selectOption({ label: t.full });
    await expect(dialog.locator("textarea")).toHaveValue(/controls=full/);
    await expect(preview.getByRole("combobox", { name: t.region })).toBeVisible();
    // The embed as pasted opens with the controls chosen.
    const src = (await dialog.locator("textarea").inputValue()).match(/src="([^"]+)"/)![1].replaceAll("&amp;", "&");
    await page.goto(src);
    await expect(page.locator(MARKER).first()).toBeVisible();
    await expect(page.getByRole("combobox", { name: t.region })).toBeVisible();
    await expect(page.getByRole("button", { name: t.filters })).toHaveCount(0);
  });
}
