// The event detail: what, when, where, participants, members that day, sources, discrepancies.
import { test, expect, dataset, openApp, countryName, TEXT, LANGS } from "./fixtures";

const tallinn = dataset.events.find((e: any) => e.id === "conference-2014-tallinn");

for (const lang of LANGS) {
  test(`[${lang}] clicking a conference shows its full detail`, async ({ page, consoleErrors }) => {
    await openApp(page, `?lang=${lang}`);
    await page.locator("#event-conference-2014-tallinn").click();
    const detail = page.locator("#event-detail");
    await expect(detail.locator("#event-detail-title")).toHaveText(tallinn.title[lang]);
    await expect(detail).toContainText(tallinn.place.city[lang]);
    await expect(detail).toContainText(countryName("EE", lang));
    await expect(detail).toContainText(tallinn.summary[lang]);
    await expect(detail.locator("time").first()).toHaveAttribute("datetime", "2014-04-28");
    for (const url of tallinn.sources) {
      await expect(detail.locator(`a[href="${url}"]`).first()).toBeVisible();
    }
    await expect(page).toHaveTitle(new RegExp(tallinn.title[lang].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await detail.getByRole("button", { name: TEXT[lang].close }).click();
    await expect(detail).toHaveCount(0);
    await expect(page.locator("#event-conference-2014-tallinn")).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });
}

test("dates follow each language's CLDR patterns", async ({ page }) => {
  await openApp(page, "?lang=ro&event=conference-2014-tallinn");
  await expect(page.locator("#event-detail time").first()).toContainText("aprilie 2014");
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("#event-detail time").first()).toContainText("April");
  await page.getByRole("button", { name: "Монгол" }).click();
  await expect(page.locator("#event-detail time").first()).toContainText("2014");
  await expect(page.locator("#event-detail time").first()).not.toContainText("April");
});

test("an event with disagreeing sources lists the disagreement with its sources", async ({ page }) => {
  const disputed = dataset.events.find((e: any) => (e.discrepancies ?? []).length > 0);
  await openApp(page, `?lang=en&event=${disputed.id}`);
  const detail = page.locator("#event-detail");
  await expect(detail).toContainText("Where sources disagree");
  await expect(detail).toContainText(disputed.discrepancies[0].note.en);
});

test("the detail says how many members the coalition had that day", async ({ page }) => {
  await openApp(page, "?lang=en&event=conference-2014-tallinn");
  const day = "2014-04-28";
  const certain = dataset.members.filter((m: any) => {
    const last = m.joined_by ?? m.joined;
    const padded = last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last;
    return padded <= day;
  }).length;
  await expect(page.locator("#event-detail")).toContainText(`${certain} members`);
});
