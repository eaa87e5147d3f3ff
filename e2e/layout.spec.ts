// Layout: horizontal time axis on wide screens, vertical list on phones; print shows the list.
import type { Page } from "@playwright/test";
import { test, expect, dataset, openApp, openFilters, markers, countryName, LANGS, MARKER, waitForWholePage } from "./fixtures";
import { ALTERNATIVE_COUNTS, FOUNDERS, NAMED_MEMBERS, REPORTED_COUNTS, ROSTER_EN, YEARS } from "./expected";

/** The ids of the shown markers whose label is cut short ("…"); fails if there are none. */
async function cutShortMarkers(page: Page): Promise<string[]> {
  const cut = await page.evaluate((selector) =>
    [...document.querySelectorAll(selector)]
      .filter((m) => {
        const label = m.querySelector(".timeline__label")!;
        return label.scrollWidth > label.clientWidth;
      })
      .map((m) => m.id),
  MARKER);
  expect(cut.length).toBeGreaterThan(0);
  return cut;
}

test("wide screens lay events along a horizontal time axis", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, "?lang=en");
  const first = await page.locator("#event-conference-2011-the-hague").boundingBox();
  const later = await page.locator("#event-conference-2014-tallinn").boundingBox();
  expect(later!.x).toBeGreaterThan(first!.x);
});

test("narrow screens stack events vertically, in order, with dates shown", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openApp(page, "?lang=mn");
  const boxes = await Promise.all([0, 1, 2].map((i) => markers(page).nth(i).boundingBox()));
  expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y);
  expect(boxes[2]!.y).toBeGreaterThan(boxes[1]!.y);
  expect(Math.abs(boxes[1]!.x - boxes[0]!.x)).toBeLessThan(5);
  await expect(markers(page).first().locator("time")).toBeVisible();
  await waitForWholePage(page);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
});

/** The page scrolls sideways when something is wider than the viewport (WCAG 1.4.10). */
const sideways = (page: import("@playwright/test").Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

type Box = { x: number; y: number; width: number; height: number } | null;
/** Whether two boxes on screen share any area. */
const overlap = (a: Box, b: Box) =>
  !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const lang of LANGS) {
  test(`[${lang}] on a phone a shared link shows the event in the list and its detail at the foot of the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./?lang=${lang}&event=conference-2014-tallinn`);
    const marker = page.locator("#event-conference-2014-tallinn");
    const detail = page.locator("#event-detail");
    await expect(marker).toBeFocused();
    await expect(marker).toBeInViewport();
    await expect(page.locator("#event-detail-title")).toBeInViewport();
    expect((await marker.boundingBox())!.y + (await marker.boundingBox())!.height).toBeLessThanOrEqual((await detail.boundingBox())!.y);
    await waitForWholePage(page);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    // Walking the list by keyboard never hides the focused event behind the detail.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("ArrowDown");
      const focused = (await page.locator(`${MARKER}:focus`).boundingBox())!;
      expect(focused.y + focused.height, `step ${i}`).toBeLessThanOrEqual((await detail.boundingBox())!.y + 1);
      expect(focused.y, `step ${i}`).toBeGreaterThanOrEqual(0);
    }
    const id = (await page.locator(`${MARKER}:focus`).getAttribute("id"))!.replace(/^event-/, "");
    const reached = page.locator(`#event-${id}`);
    await page.keyboard.press("Enter");
    await expect(page.locator("#event-detail-title")).toBeFocused();
    await expect(page.locator("#event-detail-title")).toHaveText(dataset.events.find((e: any) => e.id === id).title[lang]);
    await expect(page.locator("#event-detail-title")).toBeInViewport();
    await expect(reached).toBeInViewport();
    await page.keyboard.press("Escape");
    await expect(detail).toHaveCount(0);
    await expect(reached).toBeFocused();
    await expect(reached).toBeInViewport();
  });

  for (const [width, height] of [[1280, 720], [1024, 768]]) {
    test(`[${lang}] at ${width}x${height} a shared link shows the event in the timeline and its detail beside it`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./?lang=${lang}&event=conference-2015-ulaanbaatar`);
      const marker = page.locator("#event-conference-2015-ulaanbaatar");
      const detail = page.locator("#event-detail");
      await expect(marker).toBeFocused();
      await expect(marker).toBeInViewport({ ratio: 1 });
      await expect(page.locator("#event-detail-title")).toBeInViewport({ ratio: 1 });
      expect(overlap(await marker.boundingBox(), await detail.boundingBox())).toBe(false);
      await waitForWholePage(page);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      // The panel stays in view while the page scrolls down the timeline: until the foot of
      // the timeline (and of the panel's box) reaches the foot of the window.
      const both = (await page.locator(".explorer__timeline-and-detail").boundingBox())!;
      const down = Math.floor(both.y + both.height - height);
      expect(down).toBeGreaterThan(50);
      await page.mouse.wheel(0, down);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(40);
      await expect(page.locator("#event-detail-title")).toBeInViewport({ ratio: 1 });
      // ...and never over what comes after the timeline.
      for (const below of [".chart", ".roster"]) {
        await page.locator(below).evaluate((section) => section.scrollIntoView());
        expect(overlap(await page.locator(below).boundingBox(), await detail.boundingBox()), below).toBe(false);
      }
      // An event near the timeline's right edge, opened by pointer, is not pushed out of sight
      // when the timeline narrows for the panel.
      await detail.locator(".event-detail__close").click();
      await expect(detail).toHaveCount(0);
      await page.evaluate(() => scrollTo(0, 0));
      const edge = await page.evaluate((selector) => {
        const frame = document.querySelector(".timeline__scroller")!.getBoundingClientRect();
        const inside = [...document.querySelectorAll(selector)].filter((m) => {
          const box = m.getBoundingClientRect();
          return box.right <= frame.right && box.top >= 0 && box.bottom <= innerHeight;
        });
        return inside.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0].id;
      }, MARKER);
      await page.locator(`#${edge}`).click();
      await expect(page.locator("#event-detail-title")).toBeFocused();
      const scroller = (await page.locator(".timeline__scroller").boundingBox())!;
      const box = (await page.locator(`#${edge}`).boundingBox())!;
      expect(box.x, edge).toBeGreaterThanOrEqual(scroller.x);
      expect(box.x + box.width, edge).toBeLessThanOrEqual(scroller.x + scroller.width);
      expect(overlap(box, await detail.boundingBox())).toBe(false);
    });
  }

  test(`[${lang}] on a tablet an event opened by pointer low on the screen is scrolled clear of its detail`, async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await openApp(page, `?lang=${lang}`);
    // The lowest marker on screen: the detail, at the foot of the screen, would cover it.
    const low = await page.evaluate((selector) => {
      const shown = [...document.querySelectorAll(selector)].filter((m) => {
        const box = m.getBoundingClientRect();
        return box.bottom <= innerHeight - 20 && box.left >= 0 && box.right <= innerWidth;
      });
      return shown.sort((a, b) => b.getBoundingClientRect().bottom - a.getBoundingClientRect().bottom)[0].id;
    }, MARKER);
    await page.locator(`#${low}`).click();
    await expect(page.locator("#event-detail-title")).toBeFocused();
    await expect(page.locator("#event-detail-title")).toBeInViewport();
    await expect(page.locator(`#${low}`)).toBeInViewport({ ratio: 1 });
    expect(overlap(await page.locator(`#${low}`).boundingBox(), await page.locator("#event-detail").boundingBox()), low).toBe(false);
  });

  test(`[${lang}] a marker label cut short shows whole when pointed at or focused`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const cut = await cutShortMarkers(page);
    const whole = (id: string) =>
      page.locator(`#${id} .timeline__label`).evaluate((label) => label.scrollWidth <= label.clientWidth && label.getBoundingClientRect().height > 0);
    const onTop = (id: string) =>
      page.locator(`#${id}`).evaluate((marker) => {
        const box = marker.getBoundingClientRect();
        return marker.contains(document.elementFromPoint(box.right - 4, box.top + box.height / 2));
      });
    for (const id of cut.slice(0, 3)) {
      await page.locator(`#${id}`).hover();
      expect(await whole(id), id).toBe(true);
      expect(await onTop(id), id).toBe(true);
      await page.mouse.move(0, 0);
      expect(await whole(id), id).toBe(false);
      await page.locator(`#${id}`).focus();
      expect(await whole(id), id).toBe(true);
      expect(await onTop(id), id).toBe(true);
      await page.locator(`#${id}`).blur();
    }
  });

  test(`[${lang}] no marker covers the name of its kind's band, wherever the axis is scrolled`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, `?lang=${lang}`);
    const scroller = page.locator(".timeline__scroller");
    for (const at of [0, 0.5, 1]) {
      await scroller.evaluate((s, at) => (s.scrollLeft = at * (s.scrollWidth - s.clientWidth)), at);
      const covered = await page.evaluate((marker) => {
        const labels = [...document.querySelectorAll(".timeline__band-label")].map((l) => ({ text: l.textContent, box: l.getBoundingClientRect() }));
        const out: string[] = [];
        for (const m of document.querySelectorAll(marker)) {
          const b = m.getBoundingClientRect();
          for (const { text, box } of labels)
            if (b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom) out.push(`${text} under ${m.id}`);
        }
        return out;
      }, MARKER);
      expect(covered, `scrolled to ${at}`).toEqual([]);
    }
  });

  test(`[${lang}] with WCAG 1.4.12's text spacing, markers stay apart and nothing is cut off`, async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, `?lang=${lang}&event=conference-2014-tallinn`);
      await waitForWholePage(page);
      await page.addStyleTag({
        content: "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
      });
      const problems = await page.evaluate((marker) => {
        const out: string[] = [];
        const boxes = [...document.querySelectorAll(marker)].map((m) => [m.id, m.getBoundingClientRect()] as const);
        for (const [i, [a, ab]] of boxes.entries())
          for (const [b, bb] of boxes.slice(i + 1))
            if (ab.left < bb.right && bb.left < ab.right && ab.top < bb.bottom && bb.top < ab.bottom) out.push(`${a} overlaps ${b}`);
        // Text cut off: a box that hides what overflows it, and has more than it shows
        // (marker labels end in an ellipsis by design, and show whole on focus).
        for (const el of document.querySelectorAll("body *")) {
          const style = getComputedStyle(el);
          if (el.matches(".visually-hidden, .timeline__label") || el.clientHeight === 0) continue;
          if ([style.overflowX, style.overflowY].includes("hidden") && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
            out.push(`${el.className || el.tagName} cuts its text`);
        }
        if (document.documentElement.scrollWidth > innerWidth) out.push("the page scrolls sideways");
        return out;
      }, MARKER);
      expect(problems, `${width} px`).toEqual([]);
    }
  });

  test(`[${lang}] on 360- and 320-pixel phones the member roster fits without scrolling sideways`, async ({ page }) => {
    for (const width of [360, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await openApp(page, `?lang=${lang}`);
      const scroller = page.locator(".roster__scroller");
      await expect(scroller.locator("tbody tr").first()).toBeVisible();
      expect(await scroller.evaluate((s) => s.scrollWidth - s.clientWidth), `${width} px`).toBeLessThanOrEqual(0);
    }
  });

  test(`[${lang}] at 320 CSS pixels nothing makes the page scroll sideways, detail open or not`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openApp(page, `?lang=${lang}`);
    await waitForWholePage(page);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    for (const event of dataset.events.filter((e: any) => e.kind === "conference").slice(0, 4)) {
      await page.locator(`#event-${event.id}`).click();
      await expect(page.locator("#event-detail-title")).toHaveText(event.title[lang]);
      expect(await sideways(page), event.id).toBeLessThanOrEqual(0);
    }
  });
}

test("the growth chart's labels stay legible, apart and whole on phones", async ({ page }) => {
  for (const width of [320, 360, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, "?lang=ro");
    // The chart is built after the timeline's first frame: wait for it, then read its ticks.
    await waitForWholePage(page);
    const boxes = await page.locator(".chart__tick").evaluateAll((ticks) => ticks.map((t) => ({ ...t.getBoundingClientRect().toJSON(), middle: t.getAttribute("text-anchor") === "middle" })));
    expect(boxes.length).toBeGreaterThan(5);
    // Inside the drawing (which clips what reaches past it).
    const frame = (await page.locator(".chart__svg").boundingBox())!;
    for (const box of boxes) {
      expect(box.top, `${width} px`).toBeGreaterThanOrEqual(frame.y - 0.5);
      expect(box.bottom, `${width} px`).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
      expect(box.left, `${width} px`).toBeGreaterThanOrEqual(frame.x - 0.5);
    }
    // The box is about 1.2 times the font size: at least 9 px type.
    for (const box of boxes) expect(box.height, `${width} px`).toBeGreaterThanOrEqual(11);
    const years = boxes.filter((b) => b.middle).sort((a, b) => a.left - b.left);
    for (let i = 1; i < years.length; i++) expect(years[i].left, `${width} px`).toBeGreaterThan(years[i - 1].right);
  }
});

test("the growth chart draws the counts the sources reported, and the named members, at their values", async ({ page }) => {
  await openApp(page, "?lang=en");
  await waitForWholePage(page);
  const chart = await page.locator(".chart__svg").evaluate((svg) => {
    const number = (el: Element, name: string) => Number(el.getAttribute(name));
    // The value scale, from the grid lines and their labels (0, 10, 20 …).
    const grid = [...svg.querySelectorAll(".chart__grid")].map((line) => number(line, "y1"));
    const labels = [...svg.querySelectorAll('.chart__tick[text-anchor="end"]')].map((t) => Number(t.textContent));
    const value = (y: number) => Math.round((labels[0] + ((grid[0] - y) / (grid[0] - grid[1])) * (labels[1] - labels[0])) * 10) / 10;
    const dots = (selector: string) => [...svg.querySelectorAll(selector)].map((dot) => ({ x: number(dot, "cx"), value: value(number(dot, "cy")) }));
    const steps = [...svg.querySelector(".chart__line")!.getAttribute("d")!.matchAll(/V([\d.]+)/g)].map((m) => value(Number(m[1])));
    return { labels, reported: dots(".chart__dot:not(.chart__dot--alt)"), alternatives: dots(".chart__dot--alt"), steps };
  });
  expect(chart.labels.slice(0, 2)).toEqual([0, 10]);
  expect(chart.reported.map((d) => d.value)).toEqual(REPORTED_COUNTS);
  // In time order, left to right.
  const xs = chart.reported.map((d) => d.x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  expect(chart.alternatives.map((d) => d.value)).toEqual(ALTERNATIVE_COUNTS);
  // The line steps up as members join, to the named members.
  expect(chart.steps).toEqual([...chart.steps].sort((a, b) => a - b));
  expect(chart.steps[chart.steps.length - 1]).toBe(NAMED_MEMBERS);
  // The table, its text alternative, gives the same counts.
  const rows = page.locator(".chart__data tbody tr");
  expect(await rows.locator("td:nth-child(2)").allTextContents()).toEqual(REPORTED_COUNTS.map(String));
  expect((await rows.locator("td:nth-child(3)").allTextContents()).filter(Boolean).join(", ")).toBe(ALTERNATIVE_COUNTS.join(", "));
});

test("the year range narrows the timeline and goes into the URL", async ({ page }) => {
  await openApp(page, "?lang=en");
  await openFilters(page);
  await page.locator("#span-from").selectOption("2014");
  await page.locator("#span-to").selectOption("2015");
  await expect(page).toHaveURL(/from=2014&to=2015/);
  await expect(markers(page)).toHaveCount(YEARS["2014-2015"]);
});

for (const [lang, allYears] of [["en", "All years"], ["mn", "Бүх он"], ["ro", "Toți anii"]] as const) {
  test(`[${lang}] “${allYears}” restores the whole span and keeps the keyboard focus`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&from=2013&to=2015`);
    await openFilters(page);
    const button = page.getByRole("button", { name: allYears });
    await expect(button).toHaveAttribute("aria-disabled", "false");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(markers(page)).toHaveCount(dataset.events.length);
    await expect(page).not.toHaveURL(/from=|to=/);
    await expect(page.locator("#span-from")).toHaveValue(dataset.events[0].start.slice(0, 4));
    // Nothing left to reset: it says so, and focus stays on it rather than falling to the page.
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(markers(page)).toHaveCount(dataset.events.length);
    await expect(button).toBeFocused();
  });

  test(`[${lang}] the year selects show the span that applies: a year chosen past the other swaps the two`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&to=2011`);
    await openFilters(page);
    const [from, to] = [page.locator("#span-from"), page.locator("#span-to")];
    const [first, last] = [await from.locator("option").first().textContent(), await to.locator("option").last().textContent()];
    await expect(from).toHaveValue(first!);
    // From one year on, past To: the span becomes first–2012, and both selects say so.
    await from.focus();
    await page.keyboard.press("ArrowDown");
    await expect(page).toHaveURL(/[?&]to=2012(&|$)/);
    await expect(page).not.toHaveURL(/from=/);
    await expect(from).toHaveValue(first!);
    await expect(to).toHaveValue("2012");
    await expect(markers(page)).toHaveCount(YEARS["to 2012"]);
    // With the mouse: From 2016, past To (2012), swaps again ...
    await from.selectOption("2016");
    await expect(page).toHaveURL(/from=2012&to=2016/);
    await expect(from).toHaveValue("2012");
    await expect(to).toHaveValue("2016");
    // ... and so does To before From.
    await from.selectOption("2015");
    await to.selectOption("2013");
    await expect(page).toHaveURL(/from=2013&to=2015/);
    await expect(from).toHaveValue("2013");
    await expect(to).toHaveValue("2015");
    // A reset after the reader's own choices shows the whole span in both.
    await page.getByRole("button", { name: allYears }).click();
    await expect(page).not.toHaveURL(/from=|to=/);
    await expect(from).toHaveValue(first!);
    await expect(to).toHaveValue(last!);
  });

  test(`[${lang}] a link's years beyond the data come down to the whole span: “${allYears}” has nothing to reset`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&from=2030&to=1999`);
    await openFilters(page);
    await expect(markers(page)).toHaveCount(dataset.events.length);
    await expect(page).not.toHaveURL(/from=|to=/);
    await expect(page.getByRole("button", { name: allYears })).toHaveAttribute("aria-disabled", "true");
  });
}

for (const lang of LANGS) {
  test(`[${lang}] a printed source link shows its URL once`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&event=conference-2015-ulaanbaatar`);
    await page.emulateMedia({ media: "print" });
    const links = page.locator("#event-detail .source-links a");
    expect(await links.count()).toBeGreaterThan(0);
    const printed = await links.evaluateAll((all) => all.map((a) => [a.textContent, getComputedStyle(a, "::after").content]));
    for (const [text, after] of printed) expect(after, text!).toBe("none");
  });
}

test("printing shows the full chronological list with sources", async ({ page }) => {
  await openApp(page, "?lang=ro");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-list")).toBeVisible();
  await expect(page.locator(".print-list__item")).toHaveCount(dataset.events.length);
  await expect(page.locator(".timeline")).toBeHidden();
  await expect(page.locator(".print-list")).toContainText(dataset.events[0].sources[0]);
});

for (const lang of LANGS) {
  test(`[${lang}] printed, the About section lists its sources (closed on screen) and the roster's headers print no sort arrows`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const sources = page.locator(".about__sources a");
    await expect(sources.first()).toBeAttached();
    await expect(sources.first()).toBeHidden();
    await page.emulateMedia({ media: "print" });
    expect(await sources.count()).toBe(dataset.about.sources.length);
    for (const link of await sources.all()) await expect(link).toBeVisible();
    await expect(page.locator(".about__sources")).not.toHaveAttribute("open");
    await expect(page.locator(".roster__sort-icon").first()).toBeHidden();
    expect(await page.locator(".roster__table thead").innerText()).not.toMatch(/[↕▲▼]/);
  });
}

for (const [setting, query] of [["a dark setting", "?lang=mn"], ["a link's theme=dark", "?lang=mn&theme=dark"]] as const) {
  test(`with ${setting}, the page still prints dark text for paper`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openApp(page, query);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(232, 237, 242)");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const printed = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.querySelector(".print-list")!).color]);
    expect(printed).toEqual(["rgb(27, 31, 36)", "rgb(27, 31, 36)"]);
  });
}

test("the roster sorts by name and shows members as of an open event", async ({ page }) => {
  await openApp(page, "?lang=en");
  const roster = page.locator(".roster__table");
  await expect(roster.locator("tbody tr")).toHaveCount(NAMED_MEMBERS);
  await roster.getByRole("button", { name: /Country/ }).click();
  await expect(roster.locator("thead th").first()).toHaveAttribute("aria-sort", "ascending");
  await page.locator("#event-conference-2011-the-hague").click();
  await expect(roster.locator("tbody tr")).toHaveCount(FOUNDERS);
});

test("the roster sorts by name and by date joined, each either way", async ({ page }) => {
  await openApp(page, "?lang=en");
  const roster = page.locator(".roster__table");
  const codes = () => roster.locator("tbody .roster__code").allTextContents();
  const [byName, byJoined] = [roster.locator("thead th").nth(0), roster.locator("thead th").nth(1)];
  // It opens by date joined, earliest first.
  await expect(byJoined).toHaveAttribute("aria-sort", "ascending");
  await expect(byName).toHaveAttribute("aria-sort", "none");
  await expect.poll(codes).toEqual(ROSTER_EN.byJoined);
  await byJoined.getByRole("button").click();
  await expect(byJoined).toHaveAttribute("aria-sort", "descending");
  await expect.poll(codes).toEqual(ROSTER_EN.byJoinedLatestFirst);
  await byName.getByRole("button").click();
  await expect(byName).toHaveAttribute("aria-sort", "ascending");
  await expect(byJoined).toHaveAttribute("aria-sort", "none");
  await expect.poll(codes).toEqual(ROSTER_EN.byName);
  await byName.getByRole("button").click();
  await expect(byName).toHaveAttribute("aria-sort", "descending");
  await expect.poll(codes).toEqual([...ROSTER_EN.byName].reverse());
});

for (const lang of LANGS) {
  test(`[${lang}] the roster and the member list follow the language's alphabetical order`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    // Romanian: Ă Â Î Ș Ț are letters after A I S T ("Tunisia" before "Țările de Jos").
    // Chromium has no Mongolian collation data; its root order also puts Ө after О and Ү after У.
    const alphabetical = (names: string[]) => [...names].sort(new Intl.Collator(lang).compare);
    const rows = page.locator(".roster__table tbody th");
    await expect(rows).toHaveCount(NAMED_MEMBERS);
    const byName = page.locator(".roster__table thead th").first();
    await byName.getByRole("button").click();
    await expect(byName).toHaveAttribute("aria-sort", "ascending");
    const shown = await rows.evaluateAll((cells) =>
      cells.map((cell) => cell.firstChild!.textContent!.trim()),
    );
    expect(shown).toEqual(alphabetical(shown));
    await page.locator("#member-filter-input").focus();
    await page.keyboard.press("ArrowDown");
    const options = page.locator("#member-filter-listbox [id^=member-option-]");
    await expect(options.first()).toBeVisible();
    const listed = (await options.evaluateAll((all) => all.map((o) => o.id.replace("member-option-", ""))))
      .map((code) => countryName(code, lang));
    expect(listed.length).toBeGreaterThan(20);
    expect(listed).toEqual(alphabetical(listed));
  });
}

for (const lang of LANGS) {
  test(`[${lang}] on 320- and 360-pixel phones a title's long words wrap and Close stays whole in the detail`, async ({ page }) => {
    // "Telecommunications," / "Telecomunicațiile" are wider than a 320 px sheet's title column.
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 640 });
      await openApp(page, `?lang=${lang}&event=statement-2012-itu-wcit-dubai`);
      const detail = page.locator("#event-detail");
      await expect(detail).toBeVisible();
      expect(await detail.evaluate((d) => d.scrollWidth - d.clientWidth), `${width} px`).toBeLessThanOrEqual(0);
      const [sheet, close] = [(await detail.boundingBox())!, (await page.locator("#event-detail .event-detail__close").boundingBox())!];
      expect(close.x + close.width, `${width} px`).toBeLessThanOrEqual(sheet.x + sheet.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${width} px`).toBeLessThanOrEqual(0);
    }
  });

  test(`[${lang}] a marker given the focus back when a mouse closes its detail does not widen over its neighbours`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, `?lang=${lang}`);
    const id = (await cutShortMarkers(page))[0];
    const marker = page.locator(`#${id}`);
    const before = (await marker.boundingBox())!.width;
    await marker.click();
    await page.locator("#event-detail .event-detail__close").click();
    await expect(marker).toBeFocused();
    await page.mouse.move(0, 0);
    expect((await marker.boundingBox())!.width).toBe(before);
    // From the keyboard, the focus shows the whole label (and its ring).
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await expect(marker).toBeFocused();
    expect((await marker.boundingBox())!.width).toBeGreaterThan(before);
  });
}

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

  for (const lang of LANGS) {
    test(`[${lang}] a tapped marker's label cut short does not stay wide over its neighbours`, async ({ page }) => {
      await openApp(page, `?lang=${lang}`);
      const cut = await cutShortMarkers(page);
      for (const id of cut.slice(0, 3)) {
        const marker = page.locator(`#${id}`);
        const before = (await marker.boundingBox())!.width;
        await marker.tap();
        await expect(page.locator("#event-detail-title")).toBeFocused();
        // The browser keeps :hover on the tapped marker; its label stays as it was.
        expect(await marker.evaluate((m) => m.matches(":hover")), id).toBe(true);
        expect((await marker.boundingBox())!.width, id).toBe(before);
      }
    });
  }
});
