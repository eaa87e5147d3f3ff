// The event detail: what, when, where, participants, members that day, sources, discrepancies.
import { test, expect, dataset, openApp, countryName, shownEventIds, TEXT, LANGS } from "./fixtures";

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

/** STEPS[lang]: the detail's Previous event / Next event buttons' names. */
const STEPS = {
  en: { previous: "Previous event", next: "Next event" },
  mn: { previous: "Өмнөх үйл явдал", next: "Дараагийн үйл явдал" },
  ro: { previous: "Evenimentul anterior", next: "Evenimentul următor" },
} as const;

const title = (id: string, lang: "en" | "mn" | "ro") => dataset.events.find((e: any) => e.id === id).title[lang];

for (const lang of LANGS) {
  test(`[${lang}] Previous and Next step through the shown events in order, each a history entry`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const order = await shownEventIds(page);
    await page.locator(`#event-${order[0]}`).click();
    const detail = page.locator("#event-detail");
    const previous = detail.getByRole("button", { name: STEPS[lang].previous });
    const next = detail.getByRole("button", { name: STEPS[lang].next });
    await expect(previous).toBeDisabled();
    for (const id of order.slice(1, 4)) {
      await next.click();
      await expect(page.locator("#event-detail-title")).toHaveText(title(id, lang));
      await expect(page.locator("#event-detail-title")).toBeFocused();
      await expect(page.locator(`#event-${id}`)).toHaveAttribute("aria-expanded", "true");
      expect(new URL(page.url()).searchParams.get("event")).toBe(id);
    }
    await previous.click();
    await expect(page.locator("#event-detail-title")).toHaveText(title(order[2], lang));
    await page.goBack();
    await expect(page.locator("#event-detail-title")).toHaveText(title(order[3], lang));

    // The last shown event has no next one.
    await page.locator(`#event-${order[order.length - 1]}`).click();
    await expect(next).toBeDisabled();
    await expect(previous).toBeEnabled();
  });

  test(`[${lang}] Back closing the detail returns the focus in it to the event's marker`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const marker = page.locator("#event-conference-2014-tallinn");
    await marker.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#event-detail-title")).toBeFocused();
    await page.goBack();
    await expect(page.locator("#event-detail")).toHaveCount(0);
    await expect(marker).toBeFocused();
    await page.goForward();
    await expect(page.locator("#event-detail-title")).toHaveText(tallinn.title[lang]);
    await expect(marker).toBeFocused();
  });

  test(`[${lang}] with a member chosen, Next skips the events the filter hides`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&members=MD`);
    const order = await shownEventIds(page);
    expect(order.length).toBeGreaterThan(2);
    const all = dataset.events.map((e: any) => e.id);
    // Neighbours in the filtered list that are not neighbours in the whole dataset.
    const gap = order.findIndex((id: string, i: number) => i > 0 && all.indexOf(id) - all.indexOf(order[i - 1]) > 1);
    expect(gap).toBeGreaterThan(0);
    await page.locator(`#event-${order[gap - 1]}`).click();
    await page.locator("#event-detail").getByRole("button", { name: STEPS[lang].next }).click();
    await expect(page.locator("#event-detail-title")).toHaveText(title(order[gap], lang));
  });
}
