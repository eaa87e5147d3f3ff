// The member filter: typing in any language or a code finds members; chips narrow the
// timeline; the count is announced with the right plural; Clear resets.
// Which events each member shows is hard-coded in e2e/expected.ts (read off the dataset); the
// filter's rule itself is unit-tested in src/domain/filter.rs.
import { test, expect, openApp, openFilters, countryName, markers, dataset, TEXT, LANGS, shownEventIds } from "./fixtures";
import { MEMBER_EVENTS, MD_OR_MN, REGION_AFRICA } from "./expected";

const searches = [
  { lang: "en", typed: "md", code: "MD" },
  { lang: "en", typed: "молд", code: "MD" },
  { lang: "ro", typed: "republica", code: "MD" },
  { lang: "ro", typed: "tarile", code: "NL" },
  { lang: "mn", typed: "монгол", code: "MN" },
  { lang: "mn", typed: "Estonia", code: "EE" },
  { lang: "ro", typed: "elvetia", code: "CH" },
  // A space for the hyphen of a compound name, and the other way round.
  { lang: "mn", typed: "коста рика", code: "CR" },
  { lang: "mn", typed: "кабо верде", code: "CV" },
  { lang: "en", typed: "costa-rica", code: "CR" },
] as const;

for (const { lang, typed, code } of searches) {
  test(`[${lang}] typing “${typed}” finds ${code}; choosing it narrows the timeline`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const combo = page.getByRole("combobox", { name: TEXT[lang].members });
    await combo.fill(typed);
    await expect(combo).toHaveAttribute("aria-expanded", "true");
    const option = page.getByRole("option", { name: new RegExp(countryName(code, lang)) });
    await expect(option.first()).toBeVisible();
    await option.first().click();
    const expected = MEMBER_EVENTS[code];
    await expect(page.locator(".chips__chip")).toContainText(countryName(code, lang));
    await expect(markers(page)).toHaveCount(expected.length);
    expect(await shownEventIds(page)).toEqual(expected);
    await expect(page.locator(".timeline__count")).toHaveText(TEXT[lang].showing(expected.length));
    await expect(page).toHaveURL(new RegExp(`members=${code}`));
  });
}

const joinedText = { en: (y: string) => `joined ${y}`, mn: (y: string) => `${y} онд элссэн`, ro: (y: string) => `membru din ${y}` };
/** A span of years by CLDR's year interval: en and mn space the dash (en with thin spaces). */
const yearInterval = { en: "\u2009–\u2009", mn: " – ", ro: "–" };
/** The years a member joined in, from the dataset: "2014", or a window "2020–2021". */
function joinedYears(code: string, lang: (typeof LANGS)[number]): string {
  const member = dataset.members.find((m: { country: string }) => m.country === code);
  const [from, to] = [member.joined, member.joined_by ?? member.joined].map((d: string) => d.slice(0, 4));
  return from === to ? from : `${from}${yearInterval[lang]}${to}`;
}
const window = dataset.members.find((m: { joined: string; joined_by?: string }) => m.joined_by && m.joined_by.slice(0, 4) !== m.joined.slice(0, 4));

for (const lang of LANGS) {
  test(`[${lang}] each option says when that member joined`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const combo = page.getByRole("combobox", { name: TEXT[lang].members });
    for (const code of ["MD", "MN", window.country]) {
      await combo.fill(code);
      const option = page.locator(`#member-option-${code}`);
      const name = countryName(code, lang);
      await expect(option).toHaveAccessibleName(`${name} ${code} ${joinedText[lang](joinedYears(code, lang))}`);
    }
    expect(joinedYears(window.country, lang)).toContain("–");
  });
}

test("keyboard: arrows pick an option, Enter chooses, Backspace removes the last chip", async ({ page }) => {
  await openApp(page, "?lang=en");
  const combo = page.getByRole("combobox", { name: "Members" });
  await combo.fill("mo");
  await page.keyboard.press("ArrowDown");
  const active = await combo.getAttribute("aria-activedescendant");
  expect(active).toMatch(/^member-option-[A-Z]{2}$/);
  await page.keyboard.press("Enter");
  await expect(page.locator(".chips__chip")).toHaveCount(1);
  await page.keyboard.press("Backspace");
  await expect(page.locator(".chips__chip")).toHaveCount(0);
});

for (const lang of LANGS) {
  test(`[${lang}] the list scrolls to keep the option picked with the arrow keys in view`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const combo = page.getByRole("combobox", { name: TEXT[lang].members });
    const listbox = page.getByRole("listbox");
    await combo.click();
    await expect(listbox).toBeVisible();
    const count = await listbox.getByRole("option").count();
    expect(count).toBeGreaterThan(20);
    /** The active option's box lies within the list's visible box. */
    const activeInView = () =>
      page.evaluate(() => {
        const input = document.getElementById("member-filter-input")!;
        const active = document.getElementById(input.getAttribute("aria-activedescendant") ?? "");
        const list = document.querySelector('[role="listbox"]')!;
        if (!active) return "no active option";
        const a = active.getBoundingClientRect();
        const l = list.getBoundingClientRect();
        const top = l.top + list.clientTop;
        return a.top >= top - 1 && a.bottom <= top + list.clientHeight + 1 ? "in view" : `${a.top}-${a.bottom} outside ${top}-${top + list.clientHeight}`;
      });
    // A click picks no option; down through every option, then round to the first, then up to the last.
    await expect(combo).not.toHaveAttribute("aria-activedescendant", /./);
    for (let i = 0; i < count; i++) {
      await page.keyboard.press("ArrowDown");
      await expect.poll(activeInView, { message: `option ${i + 1}` }).toBe("in view");
    }
    await expect(combo).toHaveAttribute("aria-activedescendant", (await listbox.getByRole("option").last().getAttribute("id"))!);
    await page.keyboard.press("ArrowDown");
    await expect.poll(activeInView).toBe("in view");
    await page.keyboard.press("ArrowUp");
    await expect.poll(activeInView).toBe("in view");
    // The page itself did not move.
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
}

for (const lang of LANGS) {
  test(`[${lang}] removing a chip moves focus to the next chip, the previous one, then the input`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&members=MD,MN,EE`);
    const removeButton = (code: string) => page.getByRole("button", { name: TEXT[lang].removeMember(countryName(code, lang)) });
    await removeButton("MD").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".chips__chip")).toHaveCount(2);
    await expect(removeButton("MN")).toBeFocused();
    await removeButton("EE").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".chips__chip")).toHaveCount(1);
    await expect(removeButton("MN")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator(".chips__chip")).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: TEXT[lang].members })).toBeFocused();
    await expect(page).not.toHaveURL(/members=/);
  });
}

test("two members show the events of either; removing a chip and Clear restore the rest", async ({ page }) => {
  await openApp(page, "?lang=en&members=MD,MN");
  await expect(markers(page)).toHaveCount(MD_OR_MN);
  await page.getByRole("button", { name: `Remove ${countryName("MD", "en")}` }).click();
  await expect(markers(page)).toHaveCount(MEMBER_EVENTS.MN.length);
  expect(await shownEventIds(page)).toEqual(MEMBER_EVENTS.MN);
  await page.getByRole("button", { name: TEXT.en.clear }).click();
  await expect(page.locator(".chips__chip")).toHaveCount(0);
  await expect(page).not.toHaveURL(/members=/);
});

test("the region filter narrows the timeline and the options", async ({ page }) => {
  await openApp(page, "?lang=en");
  await openFilters(page);
  await page.getByLabel("Region").selectOption("africa");
  await expect(page).toHaveURL(/region=africa/);
  await expect(markers(page)).toHaveCount(REGION_AFRICA.length);
  expect(await shownEventIds(page)).toEqual(REGION_AFRICA);
  await expect(page.locator(".timeline__count")).toHaveText(TEXT.en.showing(REGION_AFRICA.length));
  await page.getByRole("combobox", { name: "Members" }).fill("est");
  await expect(page.getByRole("option", { name: /Estonia/ })).toHaveCount(0);
});

test("the count with a member chosen is announced, in Romanian's plural form", async ({ page }) => {
  // (Every plural form is checked in event-search.spec.ts, at 0, 1, 2, 19, 20 and 101.)
  await openApp(page, "?lang=ro&members=MD");
  await expect(page.locator(".timeline__count")).toHaveText(TEXT.ro.showing(MEMBER_EVENTS.MD.length));
  await expect(page.locator(".timeline__count")).toHaveAttribute("role", "status");
});

for (const [lang, said] of [["en", "Already in the filter: "], ["mn", "Шүүлтүүрт аль хэдийн байгаа: "], ["ro", "Deja în filtru: "]] as const) {
  test(`[${lang}] typing a member already chosen says it is in the filter, not that no member matches`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&members=MD`);
    const combo = page.getByRole("combobox", { name: TEXT[lang].members });
    await combo.fill("MD");
    await expect(page.locator(".member-filter__empty")).toHaveText(said + countryName("MD", lang));
    await combo.fill("zzz");
    await expect(page.locator(".member-filter__empty")).not.toContainText(said);
  });
}

for (const lang of LANGS) {
  test(`[${lang}] Enter chooses only a member the reader picked; the list closes on a choice`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const combo = page.getByRole("combobox", { name: TEXT[lang].members });
    // A click (a tap) opens the list with nothing picked: Enter, or a phone keyboard's Go, adds nobody.
    await combo.click();
    await expect(page.getByRole("listbox")).toBeVisible();
    await expect(combo).not.toHaveAttribute("aria-activedescendant", /./);
    await page.keyboard.press("Enter");
    await expect(page.locator(".chips__chip")).toHaveCount(0);
    await expect(page).not.toHaveURL(/members=/);
    // Typing picks the best match; Enter chooses it, and the list closes.
    await combo.fill("MD");
    await page.keyboard.press("Enter");
    await expect(page.locator(".chips__chip")).toHaveCount(1);
    await expect(page.getByRole("listbox")).toBeHidden();
    await page.keyboard.press("Enter");
    await expect(page.locator(".chips__chip")).toHaveCount(1);
    await expect(page).toHaveURL(/members=MD$/);
    // A tap on an option closes the list too, off the chips and the controls below it.
    await combo.click();
    await page.getByRole("option").first().click();
    await expect(page.locator(".chips__chip")).toHaveCount(2);
    await expect(page.getByRole("listbox")).toBeHidden();
  });
}
