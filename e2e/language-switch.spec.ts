// The language switch changes everything at once, keeps the view, and is remembered.
import { test, expect, dataset, openApp, countryName, TEXT } from "./fixtures";

test("switching language keeps the open event and filters and translates everything", async ({ page }) => {
  await openApp(page, "?lang=en&event=conference-2015-ulaanbaatar&members=MN");
  const event = dataset.events.find((e: any) => e.id === "conference-2015-ulaanbaatar");
  for (const [name, lang] of [["Монгол", "mn"], ["Română", "ro"], ["English", "en"]] as const) {
    await page.getByRole("button", { name, exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("button", { name, exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("#event-detail-title")).toHaveText(event.title[lang]);
    await expect(page.locator(".chips__chip")).toContainText(countryName("MN", lang));
    await expect(page.getByRole("combobox", { name: TEXT[lang].members })).toBeVisible();
    await expect(page).toHaveTitle(`${event.title[lang]} · ${TEXT[lang].title}`);
    await expect(page).toHaveURL(new RegExp(`lang=${lang}`));
    await expect(page).toHaveURL(/members=MN/);
  }
});

test("the coalition's description reads as paragraphs in every language, switched with the rest", async ({ page }) => {
  await openApp(page, "?lang=en");
  const paragraphs = page.locator(".about__summary > p");
  for (const [name, lang] of [["Монгол", "mn"], ["Română", "ro"], ["English", "en"]] as const) {
    await page.getByRole("button", { name, exact: true }).click();
    const expected = dataset.about.summary[lang].split("\n\n");
    expect(expected.length).toBeGreaterThan(1);
    await expect(paragraphs).toHaveText(expected);
  }
});

test("the language buttons are named in their own language", async ({ page }) => {
  await openApp(page, "?lang=ro");
  for (const [name, lang] of [["English", "en"], ["Монгол", "mn"], ["Română", "ro"]]) {
    await expect(page.getByRole("button", { name, exact: true })).toHaveAttribute("lang", lang);
  }
});

test.describe("with a Romanian browser", () => {
  test.use({ locale: "ro-RO" });
  test("the browser's language is the default, and a choice is remembered", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("html")).toHaveAttribute("lang", "ro");
    await page.getByRole("button", { name: "Монгол" }).click();
    await page.goto("./");
    await expect(page.locator("html")).toHaveAttribute("lang", "mn");
    await page.goto("./?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test.describe("with a French browser", () => {
  test.use({ locale: "fr-FR" });
  test("an unsupported browser language falls back to English", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
