// The event detail: what, when, where, participants, members that day, sources, discrepancies.
import { test, expect, dataset, openApp, countryName, shownEventIds, TEXT, LANGS } from "./fixtures";
import { MEMBERS_AT } from "./expected";

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
  // 28–29 April 2014 by CLDR 48's interval formats in en and ro (yMMMd), with their thin
  // (U+2009) spaces; in mn the form running text uses (src/i18n/format.rs): the month as a
  // numeral with its ordinal suffix, "оны" after the year's narrow no-break space (U+202F).
  const date = page.locator("#event-detail time").first();
  await openApp(page, "?lang=ro&event=conference-2014-tallinn");
  await expect(date).toHaveText("28–29 aprilie 2014");
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(date).toHaveText("April 28\u2009–\u200929, 2014");
  await page.getByRole("button", { name: "Монгол" }).click();
  await expect(date).toHaveText("2014\u202Fоны 4 дүгээр сарын 28–29");
  // toHaveText folds every space into one: the exact characters, read as they are.
  expect(await date.evaluate((t) => t.textContent)).toBe("2014\u202Fоны 4 дүгээр сарын 28–29");
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
  await expect(page.locator("#event-detail")).toContainText(`${MEMBERS_AT["conference-2014-tallinn"][0]} members`);
});

// The counts are worked out by hand from the members' join windows (e2e/expected.ts); the rule
// is unit-tested in src/domain/membership.rs.
for (const lang of LANGS) {
  test(`[${lang}] the members at accessions, and at events dated by year, month or period, are those of the join windows`, async ({ page }) => {
    const ids = Object.keys(MEMBERS_AT);
    await openApp(page, `?lang=${lang}&event=${ids[0]}`);
    const value = page.locator("#event-detail .event-detail__facts dd").last();
    for (const id of ids) {
      await page.evaluate((id) => {
        const url = new URL(location.href);
        url.searchParams.set("event", id);
        history.pushState(null, "", url);
        dispatchEvent(new PopStateEvent("popstate"));
      }, id);
      await expect(page.locator("#event-detail-title")).toHaveText(title(id, lang));
      const numbers = ((await value.textContent()) ?? "").match(/\d+/g)!.map(Number);
      expect(numbers, id).toEqual(MEMBERS_AT[id]);
    }
  });

  test(`[${lang}] the roster as of Armenia's accession lists every member certainly in by then`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&event=accession-2024-armenia`);
    const [certain] = MEMBERS_AT["accession-2024-armenia"];
    await expect(page.locator(".roster__table caption")).toContainText(`: ${certain}`);
    await expect(page.locator(".roster__table tbody tr")).toHaveCount(certain);
  });
}

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

test("[mn] dates in the roster take their case ending as words, never a hyphen glued to a word", async ({ page }) => {
  // Lithuania joined between April and December 2014; Switzerland in November 2019.
  await openApp(page, "?lang=mn&event=accession-2019-switzerland");
  const caption = page.locator(".roster__table caption");
  await expect(caption).toContainText("2019\u202Fоны 11 дүгээр сарын байдлаар гишүүд:");
  await openApp(page, "?lang=mn");
  const table = page.locator(".roster__table");
  await expect(table).toContainText("2014\u202Fоны 4 дүгээр сар – 2014\u202Fоны 12 дугаар сарын хооронд");
  const text = (await page.locator(".roster").textContent()) ?? "";
  // (Hyphens inside names, Коста-Рика, are the names' own.)
  expect(text.match(/[А-Яа-яЁёӨөҮү]-(?:аас|ээс|оос|өөс|ны|ний|ын|ийн)(?![А-Яа-яЁёӨөҮү])/g)).toBeNull();
  await openApp(page, "?lang=mn&event=accession-2024-armenia");
  await expect(caption).toContainText("2024\u202Fоны 12 дугаар сарын 3-ны байдлаар гишүүд: 40");
});

test("[ro] the roster's date takes the preposition its precision needs: «la» before a day, «în» before a month or a year", async ({ page }) => {
  const caption = page.locator(".roster__table caption");
  await openApp(page, "?lang=ro&event=accession-2019-switzerland");
  await expect(caption).toContainText("Membri în noiembrie 2019:");
  await openApp(page, "?lang=ro&event=chairship-2011-netherlands");
  await expect(caption).toContainText("Membri în 2011:");
  await openApp(page, "?lang=ro&event=accession-2024-armenia");
  await expect(caption).toContainText("Membri la 3 decembrie 2024: 40");
});

const MEMBERS_WHEN = {
  en: { day: "Members of the coalition that day", then: "Members of the coalition at the time", period: "by its end: its date is a period, not one day", joining: "counting members whose joining date is uncertain" },
  mn: { day: "Тухайн өдөр эвслийн гишүүдийн тоо", then: "Тухайн үеийн эвслийн гишүүдийн тоо", period: "огноо нь нэг өдөр биш, хугацаа", joining: "элссэн огноо нь тодорхойгүй гишүүдийг оруулбал" },
  ro: { day: "Membri ai Coaliției la acea dată", then: "Membri ai Coaliției în acea perioadă", period: "la sfârșitul perioadei: data nu este o singură zi", joining: "dacă se numără și membrii cu dată de aderare incertă" },
} as const;

for (const lang of LANGS) {
  test(`[${lang}] an event dated by a period counts its members "at the time", and puts a range down to its dates only where members joined during them`, async ({ page }) => {
    const facts = page.locator("#event-detail .event-detail__facts");
    // The Netherlands chaired the coalition through 2011, the year it was founded (8 December).
    await openApp(page, `?lang=${lang}&event=chairship-2011-netherlands`);
    await expect(facts.locator("dt").last()).toHaveText(MEMBERS_WHEN[lang].then);
    await expect(facts.locator("dd").last()).toContainText(MEMBERS_WHEN[lang].period);
    expect(((await facts.locator("dd").last().textContent()) ?? "").match(/\d+/g)).toEqual(["0", "15"]);
    // Two days in April 2014, while Lithuania's joining window (April to December) was open: the
    // range is Lithuania's, not the conference's.
    await openApp(page, `?lang=${lang}&event=conference-2014-tallinn`);
    await expect(facts.locator("dt").last()).toHaveText(MEMBERS_WHEN[lang].then);
    await expect(facts.locator("dd").last()).toContainText(MEMBERS_WHEN[lang].joining);
    await expect(facts.locator("dd").last()).not.toContainText(MEMBERS_WHEN[lang].period);
    // One day: that day's members.
    await openApp(page, `?lang=${lang}&event=accession-2024-armenia`);
    await expect(facts.locator("dt").last()).toHaveText(MEMBERS_WHEN[lang].day);
    await expect(facts.locator("dd").last()).not.toContainText(MEMBERS_WHEN[lang].period);
  });
}
