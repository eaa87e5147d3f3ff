// The event search: its words narrow the timeline to the events that contain them all, in
// any of the three languages, ignoring case and Latin diacritics; the search is in the link.
import { test, expect, dataset, LANGS, MARKER, TEXT, openApp, shownEventIds } from "./fixtures";

/** Lower case, Latin letters without their diacritics (Cyrillic letters kept whole). */
const fold = (text: string) =>
  text.normalize("NFD").replace(/([A-Za-z])\p{M}+/gu, "$1").normalize("NFC").toLowerCase();

/** The ids of the events whose title, summary, theme or place contains every word. */
function expected(search: string): string[] {
  // Words are runs of letters and digits: quotation marks and punctuation do not count.
  const words = fold(search).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return dataset.events
    .filter((event: any) => {
      const country = dataset.countries.find((c: any) => c.code === event.place?.country);
      const texts = [event.title, event.summary, event.theme, event.place?.city, country?.name]
        .filter(Boolean)
        .flatMap((text: any) => Object.values(text));
      const haystack = fold(texts.join("\n"));
      return words.every((word) => haystack.includes(word));
    })
    .map((event: any) => event.id);
}

/** A search in each language's own script, one in another's, and quoted or punctuated ones. */
const SEARCHES = {
  en: ["tallinn", "joint statement", "\"joint statement\"", "Tallinn,"],
  mn: ["таллин", "Tallinn", "«Таллин»"],
  ro: ["declarație comună", "tarile de jos", "„Declarație comună”"],
} as const;

for (const lang of LANGS) {
  test(`[${lang}] typing words narrows the timeline to the events that contain them all, and the link keeps them`, async ({ page, consoleErrors }) => {
    await openApp(page, `?lang=${lang}`);
    const field = page.locator("#event-search-input");
    for (const search of SEARCHES[lang]) {
      const ids = expected(search);
      expect(ids.length, search).toBeGreaterThan(0);
      expect(ids.length, search).toBeLessThan(dataset.events.length);
      await field.fill(search);
      await expect(page.locator(".timeline__count")).toHaveText(TEXT[lang].showing(ids.length));
      expect(await shownEventIds(page)).toEqual(expect.arrayContaining(ids));
      expect((await shownEventIds(page)).length).toBe(ids.length);
      expect(new URL(page.url()).searchParams.get("q")).toBe(search);
    }

    // The link opens on the same search, field filled in.
    await page.reload();
    await expect(page.locator(MARKER).first()).toBeVisible();
    const last = SEARCHES[lang][SEARCHES[lang].length - 1];
    await expect(field).toHaveValue(last);
    expect((await shownEventIds(page)).length).toBe(expected(last).length);

    // Clear filters empties the field and brings every event back.
    await page.getByRole("button", { name: TEXT[lang].clear }).click();
    await expect(field).toHaveValue("");
    await expect(page.locator(".timeline__count")).toHaveText(TEXT[lang].showing(dataset.events.length));
    expect(new URL(page.url()).searchParams.has("q")).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  test(`[${lang}] a search that finds nothing says so, and switching language keeps the search`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&q=tallinn`);
    const field = page.locator("#event-search-input");
    await expect(field).toHaveValue("tallinn");
    const other = LANGS.find((l) => l !== lang)!;
    await page.locator(`.language-switch__button[lang="${other}"]`).click();
    await expect(page.locator("html")).toHaveAttribute("lang", other);
    await expect(field).toHaveValue("tallinn");
    await expect(page.locator(".timeline__count")).toHaveText(TEXT[other].showing(expected("tallinn").length));

    await field.fill("tallinn nairobi");
    await expect(page.locator(".timeline__count")).toHaveText(TEXT[other].showing(0));
    await expect(page.locator(".timeline__empty")).toBeVisible();
  });
}

test("a search typed with spaces around it is kept as typed in the field and trimmed in the link", async ({ page }) => {
  await openApp(page, "?lang=en");
  const field = page.locator("#event-search-input");
  await field.pressSequentially(" tallinn ");
  await expect(field).toHaveValue(" tallinn ");
  await expect(page.locator(".timeline__count")).toHaveText(TEXT.en.showing(expected("tallinn").length));
  expect(new URL(page.url()).searchParams.get("q")).toBe("tallinn");
});
