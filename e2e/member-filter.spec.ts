// The member filter: typing in any language or a code finds members; chips narrow the
// timeline; the count is announced with the right plural; Clear resets.
import { test, expect, openApp, countryName, eventsInvolving, markers, TEXT } from "./fixtures";

const searches = [
  { lang: "en", typed: "md", code: "MD" },
  { lang: "en", typed: "молд", code: "MD" },
  { lang: "ro", typed: "republica", code: "MD" },
  { lang: "ro", typed: "tarile", code: "NL" },
  { lang: "mn", typed: "монгол", code: "MN" },
  { lang: "mn", typed: "Estonia", code: "EE" },
  { lang: "ro", typed: "elvetia", code: "CH" },
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
    const expected = eventsInvolving([code]).length;
    await expect(page.locator(".chips__chip")).toContainText(countryName(code, lang));
    await expect(markers(page)).toHaveCount(expected);
    await expect(page.locator(".timeline__count")).toHaveText(TEXT[lang].showing(expected));
    await expect(page).toHaveURL(new RegExp(`members=${code}`));
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

test("two members show the events of either; removing a chip and Clear restore the rest", async ({ page }) => {
  await openApp(page, "?lang=en&members=MD,MN");
  await expect(markers(page)).toHaveCount(eventsInvolving(["MD", "MN"]).length);
  await page.getByRole("button", { name: `Remove ${countryName("MD", "en")}` }).click();
  await expect(markers(page)).toHaveCount(eventsInvolving(["MN"]).length);
  await page.getByRole("button", { name: TEXT.en.clear }).click();
  await expect(page.locator(".chips__chip")).toHaveCount(0);
  await expect(page).not.toHaveURL(/members=/);
});

test("the region filter narrows the timeline and the options", async ({ page }) => {
  await openApp(page, "?lang=en");
  const all = await markers(page).count();
  await page.getByLabel("Region").selectOption("africa");
  await expect(page).toHaveURL(/region=africa/);
  await expect.poll(() => markers(page).count()).toBeLessThan(all);
  await page.getByRole("combobox", { name: "Members" }).fill("est");
  await expect(page.getByRole("option", { name: /Estonia/ })).toHaveCount(0);
});

test("Romanian plural forms in the announcement: few and other", async ({ page }) => {
  await openApp(page, "?lang=ro&members=MD");
  const n = eventsInvolving(["MD"]).length;
  await expect(page.locator(".timeline__count")).toHaveText(TEXT.ro.showing(n));
  await expect(page.locator(".timeline__count")).toHaveAttribute("role", "status");
});
