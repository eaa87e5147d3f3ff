// A member's own story (`?country=`): the card's facts for the two seed countries, as the seed
// pages and ../shared/foc-facts.md give them (worked out by hand here, not by the app's rules),
// the timeline's highlight and dim, the chart's mark, the ways in (roster, an accession's
// detail), Back and Forward, the Embed dialog's choice, the preview pages, axe, and an unknown
// or malformed country.
import { test, expect, LANGS, MARKER, TEXT, axeViolations, countryName, openApp, shownEventIds, waitForWholePage } from "./fixtures";
import { MEMBER_EVENTS } from "./expected";

/** What each language's card says of Moldova and Mongolia (SEED-MD, SEED-MN, foc-facts.md). */
const CARD = {
  en: {
    md: { heading: "Moldova in the coalition", joined: "January 1, 2014 · the 22nd member, as the sources count", region: "Europe", joins: "Moldova joins" },
    mn: { heading: "Mongolia in the coalition", joined: "December 8, 2011 · Founding member", region: "Asia-Pacific" },
    close: "Show the whole coalition",
    ulaanbaatar: "Ulaanbaatar",
    notMember: "“ZZ” is not a member of the coalition",
    notCode: "“Moldova” is not a member code",
    embedCountry: "One country's story",
  },
  mn: {
    md: { heading: "Эвсэл дэх Молдова", joined: "2014 оны 1 дүгээр сарын 1 · эх сурвалжуудын тооллоор 22 дугаар гишүүн", region: "Европ", joins: "Молдова элсэв" },
    mn: { heading: "Эвсэл дэх Монгол", joined: "2011 оны 12 дугаар сарын 8 · Үүсгэн байгуулагч", region: "Ази, Номхон далайн бүс" },
    close: "Бүх эвслийг харуулах",
    ulaanbaatar: "Улаанбаатар",
    notMember: "«ZZ» нь эвслийн гишүүн биш",
    notCode: "«Moldova» нь гишүүн орны код биш",
    embedCountry: "Нэг орны түүх",
  },
  ro: {
    md: { heading: "Republica Moldova în Coaliție", joined: "1 ianuarie 2014 · al 22-lea membru, după numărătoarea surselor", region: "Europa", joins: "Republica Moldova aderă" },
    mn: { heading: "Mongolia în Coaliție", joined: "8 decembrie 2011 · Membru fondator", region: "Asia-Pacific" },
    close: "Arată întreaga Coaliție",
    ulaanbaatar: "Ulan Bator",
    notMember: "„ZZ” nu este membru al Coaliției",
    notCode: "„Moldova” nu este un cod de stat membru",
    embedCountry: "Povestea unei țări",
  },
} as const;

const card = (page: import("@playwright/test").Page) => page.locator("#country-card");

/** The ids of the markers in each state, shown ones only. */
async function markerIds(page: import("@playwright/test").Page, state: "highlighted" | "dimmed") {
  return page
    .locator(`.timeline__item--${state}:not([hidden]):not(#prerendered *) > .timeline__event`)
    .evaluateAll((buttons) => buttons.map((b) => b.id.replace(/^event-/, "")));
}

for (const lang of LANGS) {
  const t = CARD[lang];

  test(`[${lang}] Moldova's card agrees with its ministry's page; its events stand out, the rest dim`, async ({ page, consoleErrors }) => {
    await openApp(page, `?lang=${lang}&country=MD`);
    const moldova = card(page);
    await expect(moldova.getByRole("heading", { level: 2 })).toHaveText(t.md.heading);
    const facts = moldova.locator(".country-card__facts dd");
    await expect(facts.nth(0)).toHaveText(t.md.joined);
    await expect(facts.nth(0).locator("time")).toHaveAttribute("datetime", "2014-01-01");
    await expect(facts.nth(1)).toHaveText(t.md.region);
    // Neither chaired nor hosted: two facts only.
    await expect(facts).toHaveCount(2);
    // Its three events, in order, each a link that opens it.
    const links = moldova.locator(".country-card__events a");
    await expect(links).toHaveCount(3);
    expect(await links.evaluateAll((as) => as.map((a) => new URLSearchParams(a.getAttribute("href")!).get("event")))).toEqual(MEMBER_EVENTS.MD);
    // The ministry's own page (its 2014 mirror) among the sources.
    await expect(moldova.locator(".source-links a[href='https://eguvernare.blogspot.com/2014/01/coalitia-privind-libertatea-in-spatiul.html']")).toHaveCount(1);
    await expect(page).toHaveTitle(new RegExp(`^${t.md.heading} · `));
    // Every event stays on the timeline: Moldova's highlighted, the rest dimmed.
    const all = await shownEventIds(page);
    expect(await markerIds(page, "highlighted")).toEqual(MEMBER_EVENTS.MD);
    const dimmed = await markerIds(page, "dimmed");
    expect(dimmed).toContain("conference-2012-nairobi");
    expect(dimmed.length + MEMBER_EVENTS.MD.length).toBe(all.length);
    // A screen reader hears which markers are Moldova's.
    await expect(page.locator("#event-accession-2014-moldova")).toHaveAccessibleName(new RegExp(`· ${countryName("MD", lang)}$`));
    // The growth chart marks its accession.
    await waitForWholePage(page);
    await expect(page.locator(".chart__story-label")).toHaveText(t.md.joins);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test(`[${lang}] on a phone the card leaves the timeline on the first screen; its notes unfold`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, `?lang=${lang}&country=MD`);
    await expect(card(page).getByRole("heading", { level: 2 })).toHaveText(t.md.heading);
    const first = await page.locator(MARKER).first().boundingBox();
    expect(first!.y + first!.height).toBeLessThan(844);
    const events = card(page).locator(".country-card__events");
    await expect(events).toBeHidden();
    await card(page).locator("summary").press("Enter");
    await expect(events).toBeVisible();
  });

  test(`[${lang}] a recent member's story starts with its events in sight`, async ({ page }) => {
    // Cape Verde joined in 2024: at 1280 px the axis opens on 2011–2018 without a story.
    await openApp(page, `?lang=${lang}&country=CV`);
    await expect(page.locator("#event-accession-2024-cape-verde")).toBeInViewport();
    expect(await markerIds(page, "highlighted")).toEqual(MEMBER_EVENTS.CV);
    await expect(card(page).locator(".country-card__facts dd").first()).toContainText("2024");
  });

  test(`[${lang}] Mongolia's card: a founder, its chairship, the conference it hosted`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&country=MN`);
    const mongolia = card(page);
    await expect(mongolia.getByRole("heading", { level: 2 })).toHaveText(t.mn.heading);
    const facts = mongolia.locator(".country-card__facts dd");
    await expect(facts.nth(0)).toHaveText(t.mn.joined);
    await expect(facts.nth(1)).toHaveText(t.mn.region);
    // Chaired 2014–2015 (SEED-MN; foc-facts.md §4), hosted Ulaanbaatar 2015.
    const chaired = facts.nth(2).locator("a");
    await expect(chaired).toHaveCount(1);
    await expect(chaired).toHaveAttribute("href", /event=chairship-2014-mongolia/);
    await expect(facts.nth(2)).toContainText("2014");
    await expect(facts.nth(2)).toContainText("2015");
    const hosted = facts.nth(3).locator("a");
    await expect(hosted).toHaveCount(1);
    await expect(hosted).toContainText(t.ulaanbaatar);
    expect(await markerIds(page, "highlighted")).toEqual(MEMBER_EVENTS.MN);
    // The hosted conference opens in place; the story stays.
    await hosted.click();
    await expect(page.locator("#event-detail-title")).toBeFocused();
    await expect(page).toHaveURL(/event=conference-2015-ulaanbaatar/);
    await expect(page).toHaveURL(/country=MN/);
    await expect(mongolia).toBeVisible();
  });

  test(`[${lang}] the roster opens a story; Back and Forward walk it; the card's button ends it`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await waitForWholePage(page);
    await expect(card(page)).toHaveCount(0);
    await page.locator(".roster__table a", { hasText: countryName("MD", lang) }).click();
    await expect(page.locator("#country-card-title")).toBeFocused();
    await expect(page).toHaveURL(/[?&]country=MD(&|$)/);
    await page.goBack();
    await expect(card(page)).toHaveCount(0);
    expect(await markerIds(page, "dimmed")).toEqual([]);
    await page.goForward();
    await expect(card(page).getByRole("heading", { level: 2 })).toHaveText(t.md.heading);
    await card(page).getByRole("button", { name: t.close }).click();
    await expect(card(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/country=/);
    expect(await markerIds(page, "highlighted")).toEqual([]);
    await expect(page.locator(`${MARKER}:focus`)).toHaveCount(1);
  });

  test(`[${lang}] a member chosen in the members box opens its story from its chip`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await page.locator("#member-filter-input").fill(countryName("MD", lang).slice(-7, -1));
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const chip = page.locator(".chips__chip").getByRole("link", { name: countryName("MD", lang) });
    await chip.click();
    await expect(page.locator("#country-card-title")).toBeFocused();
    await expect(page).toHaveURL(/country=MD/);
    // The filter stays: the story is told within it.
    await expect(page).toHaveURL(/members=MD/);
    expect(await markerIds(page, "highlighted")).toEqual(MEMBER_EVENTS.MD);
  });

  test(`[${lang}] an accession's detail leads to the member's story`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&event=accession-2014-moldova`);
    await page.locator("#event-detail").getByRole("link", { name: t.md.heading }).click();
    await expect(card(page).getByRole("heading", { level: 2 })).toHaveText(t.md.heading);
    await expect(page.locator("#event-detail")).toHaveCount(0);
    await expect(page).toHaveURL(/country=MD/);
    await expect(page).not.toHaveURL(/event=/);
  });

  test(`[${lang}] an unknown or malformed country gets the link notice and the whole timeline`, async ({ page, consoleErrors }) => {
    await openApp(page, `?lang=${lang}&country=ZZ`);
    const notice = page.locator(".notice");
    await expect(notice).toContainText(TEXT[lang].noticeTitle);
    await expect(notice).toContainText(t.notMember);
    await expect(card(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/country=/);
    await openApp(page, `?lang=${lang}&country=Moldova`);
    await expect(page.locator(".notice")).toContainText(t.notCode);
    await expect(card(page)).toHaveCount(0);
    expect(await markerIds(page, "dimmed")).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test(`[${lang}] the Embed dialog makes the code of one country's story`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await page.locator(".timeline__embed").click();
    const dialog = page.getByRole("dialog");
    const country = dialog.getByRole("combobox", { name: t.embedCountry });
    await country.selectOption("MD");
    await expect(dialog.locator("textarea")).toHaveValue(new RegExp(`lang=${lang}&amp;country=MD&amp;embed=1`));
    // The preview frame tells the story.
    await expect(dialog.frameLocator("iframe").locator("#country-card-title")).toHaveText(t.md.heading);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`[${lang}] each member's story has a preview page and card`, async ({ request, baseURL }) => {
    for (const [code, heading] of [["MD", t.md.heading], ["MN", t.mn.heading]] as const) {
      const response = await request.get(new URL(`share/country-${code}.${lang}.html`, baseURL).href);
      expect(response.ok()).toBe(true);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<meta property="og:title" content="${heading}">`);
      expect(html).toContain(`url=../?lang=${lang}&amp;country=${code}"`);
      const image = await request.get(new URL(`share/country-${code}.${lang}.png`, baseURL).href);
      expect(image.headers()["content-type"]).toBe("image/png");
      const bytes = await image.body();
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
}

test("a story keeps its own words out of HTML: a hostile code is only a notice", async ({ page, consoleErrors }) => {
  await openApp(page, "?country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
  await expect(page.locator(".notice")).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator(".notice img")).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
