// The event search: its words narrow the timeline to the events that contain them all, in
// any of the three languages, ignoring case and Latin diacritics; the search is in the link.
// What each search finds is hard-coded in e2e/expected.ts (worked out by reading the dataset);
// the matching rule itself is unit-tested in src/domain/search.rs.
import { test, expect, dataset, LANGS, MARKER, TEXT, openApp, shownEventIds } from "./fixtures";
import { SEARCH } from "./expected";

/** A search in each language's own script, one in another's, and quoted or punctuated ones, with the answer each must give. */
const SEARCHES = {
  en: [["tallinn", "tallinn"], ["joint statement", "joint statement"], ["\"joint statement\"", "joint statement"], ["Tallinn,", "tallinn"]],
  mn: [["таллин", "tallinn"], ["Tallinn", "tallinn"], ["«Таллин»", "tallinn"]],
  ro: [["declarație comună", "declaratie comuna"], ["tarile de jos", "tarile de jos"], ["„Declarație comună”", "declaratie comuna"]],
} as const;

for (const lang of LANGS) {
  test(`[${lang}] typing words narrows the timeline to the events that contain them all, and the link keeps them`, async ({ page, consoleErrors }) => {
    await openApp(page, `?lang=${lang}`);
    const field = page.locator("#event-search-input");
    for (const [search, answer] of SEARCHES[lang]) {
      const ids = SEARCH[answer];
      await field.fill(search);
      await expect(page.locator(".timeline__count")).toHaveText(TEXT[lang].showing(ids.length));
      await expect.poll(() => shownEventIds(page), { message: search }).toEqual(ids);
      expect(new URL(page.url()).searchParams.get("q")).toBe(search);
    }

    // The link opens on the same search, field filled in.
    await page.reload();
    await expect(page.locator(MARKER).first()).toBeVisible();
    const [last, answer] = SEARCHES[lang][SEARCHES[lang].length - 1];
    await expect(field).toHaveValue(last);
    await expect.poll(() => shownEventIds(page)).toEqual(SEARCH[answer]);

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
    // To the next language, so that each one's "0 events" is checked.
    const other = LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];
    await page.locator(`.language-switch__button[lang="${other}"]`).click();
    await expect(page.locator("html")).toHaveAttribute("lang", other);
    await expect(field).toHaveValue("tallinn");
    await expect(page.locator(".timeline__count")).toHaveText(TEXT[other].showing(SEARCH.tallinn.length));

    await field.fill("tallinn nairobi");
    await expect(page.locator(".timeline__count")).toHaveText(TEXT[other].showing(SEARCH["tallinn nairobi"].length));
    await expect(page.locator(".timeline__count")).toHaveText({ en: "Showing 0 events", mn: "0 үйл явдал харуулж байна", ro: "Se afișează 0 evenimente" }[other]);
    await expect(page.locator(".timeline__empty")).toBeVisible();
  });
}

test("a search typed with spaces around it is kept as typed in the field and trimmed in the link", async ({ page }) => {
  await openApp(page, "?lang=en");
  const field = page.locator("#event-search-input");
  await field.pressSequentially(" tallinn ");
  await expect(field).toHaveValue(" tallinn ");
  await expect(page.locator(".timeline__count")).toHaveText(TEXT.en.showing(SEARCH.tallinn.length));
  expect(new URL(page.url()).searchParams.get("q")).toBe("tallinn");
});

// The count in each language's plural forms, CLDR's (Romanian: one, few, other), at the numbers
// where the forms change. A dataset of 101 copies of one conference, some with a word in their
// English title, lets a search show exactly 0, 1, 2, 19, 20 and 101 events.
const COUNTS = {
  en: ["Showing 0 events", "Showing 1 event", "Showing 2 events", "Showing 19 events", "Showing 20 events", "Showing 101 events"],
  mn: ["0 үйл явдал харуулж байна", "1 үйл явдал харуулж байна", "2 үйл явдал харуулж байна", "19 үйл явдал харуулж байна", "20 үйл явдал харуулж байна", "101 үйл явдал харуулж байна"],
  ro: ["Se afișează 0 evenimente", "Se afișează 1 eveniment", "Se afișează 2 evenimente", "Se afișează 19 evenimente", "Se afișează 20 de evenimente", "Se afișează 101 evenimente"],
} as const;
const COUNT_SEARCHES = ["qxnone", "qxone", "qxtwo", "qxnineteen", "qxtwenty", ""];

for (const lang of LANGS) {
  test(`[${lang}] the count of events shown takes the plural form of 0, 1, 2, 19, 20 and 101`, async ({ page }) => {
    const tallinn = dataset.events.find((e: any) => e.id === "conference-2014-tallinn");
    const copies = Array.from({ length: 101 }, (_, i) => {
      const n = i + 1;
      const words = [n === 1 && "qxone", n <= 2 && "qxtwo", n <= 19 && "qxnineteen", n <= 20 && "qxtwenty"].filter(Boolean).join(" ");
      return { ...tallinn, id: `copy-${n}`, title: { ...tallinn.title, en: `Copy ${n} ${words}`.trim() } };
    });
    await page.route("**/data/foc.json", (route) => route.fulfill({ json: { ...dataset, events: copies } }));
    await openApp(page, `?lang=${lang}`);
    const count = page.locator(".timeline__count");
    await expect(count).toHaveAttribute("role", "status");
    for (const [i, search] of COUNT_SEARCHES.entries()) {
      await page.locator("#event-search-input").fill(search);
      await expect(count, search).toHaveText(COUNTS[lang][i]);
    }
    expect(COUNT_SEARCHES.map((_, i) => TEXT[lang].showing([0, 1, 2, 19, 20, 101][i]))).toEqual(COUNTS[lang]);
  });
}
