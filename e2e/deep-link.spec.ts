// Deep links restore the view; Back and Forward walk through opened events; nonsense in a link
// gives a notice and a working app.
import { test, expect, dataset, openApp, openFilters, countryName, markers, TEXT, MARKER } from "./fixtures";
import { app } from "./ports";

test("a deep link restores language, event, members and span, focusing the event", async ({ page }) => {
  await page.goto("./?lang=ro&event=conference-2015-ulaanbaatar&members=MN&from=2012&to=2016");
  const event = dataset.events.find((e: any) => e.id === "conference-2015-ulaanbaatar");
  await expect(page.locator("#event-detail-title")).toHaveText(event.title.ro);
  await expect(page.locator("#event-conference-2015-ulaanbaatar")).toBeFocused();
  await expect(page.locator("#event-conference-2015-ulaanbaatar")).toBeInViewport();
  await expect(page.locator(".chips__chip > :first-child")).toHaveText([countryName("MN", "ro"), "2012–2016"]);
  await expect(page.locator("#span-from")).toHaveValue("2012");
  await expect(page.locator("#span-to")).toHaveValue("2016");
  await expect(page).toHaveTitle(new RegExp(event.title.ro.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
});

for (const lang of ["en", "mn", "ro"] as const) {
  test(`[${lang}] a deep link whose own filters hide its event lands on the event's detail, and closing it on the timeline`, async ({ page }) => {
    // Nairobi 2012 involves Kenya and Tunisia, not Mongolia: a link copied after changing members.
    await page.goto(`./?lang=${lang}&members=MN&event=conference-2012-nairobi`);
    const event = dataset.events.find((e: any) => e.id === "conference-2012-nairobi");
    await expect(page.locator("#event-detail-title")).toHaveText(event.title[lang]);
    await expect(page.locator("#event-conference-2012-nairobi")).toBeHidden();
    await expect(page.locator("#event-detail-title")).toBeFocused();
    await expect(page.locator("#event-detail-title")).toBeInViewport();
    // Closing it cannot return focus to a hidden marker: it goes to the timeline's tab stop.
    await page.keyboard.press("Escape");
    await expect(page.locator("#event-detail")).toHaveCount(0);
    await expect(page.locator('#timeline .timeline__event[tabindex="0"]')).toBeFocused();
    await expect(page.locator('#timeline .timeline__event[tabindex="0"]')).toBeVisible();
  });
}

test("a deep link works under a sub-path", async ({ page }) => {
  await page.goto("/foc/?lang=mn&event=conference-2014-tallinn");
  const event = dataset.events.find((e: any) => e.id === "conference-2014-tallinn");
  await expect(page.locator("#event-detail-title")).toHaveText(event.title.mn);
});

test("Back and Forward walk through opened events; filters do not add history", async ({ page }) => {
  await openApp(page, "?lang=en");
  await page.locator("#event-conference-2012-nairobi").click();
  await page.locator("#event-conference-2014-tallinn").click();
  await page.getByRole("combobox", { name: "Members" }).fill("est");
  await page.getByRole("option", { name: /Estonia/ }).click();
  await page.goBack();
  await expect(page.locator("#event-detail-title")).toHaveText(dataset.events.find((e: any) => e.id === "conference-2012-nairobi").title.en);
  await page.goBack();
  await expect(page.locator("#event-detail")).toHaveCount(0);
  await page.goForward();
  await expect(page.locator("#event-detail")).toBeVisible();
  await expect(page).toHaveURL(/event=conference-2012-nairobi/);
});

test("Back and Forward keep the language the reader chose since", async ({ page }) => {
  await openApp(page, "?lang=en");
  await page.locator("#event-conference-2012-nairobi").click();
  await page.locator("#event-conference-2014-tallinn").click();
  await page.getByRole("button", { name: "Română" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await page.goBack();
  const nairobi = dataset.events.find((e: any) => e.id === "conference-2012-nairobi");
  await expect(page.locator("#event-detail-title")).toHaveText(nairobi.title.ro);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page).toHaveURL(/lang=ro/);
  await page.goForward();
  await expect(page).toHaveURL(/event=conference-2014-tallinn/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
});

for (const lang of ["en", "mn", "ro"] as const) {
  test(`[${lang}] unknown and malformed parameters give a notice and keep the rest`, async ({ page, consoleErrors }) => {
    await page.goto(`./?lang=${lang}&event=conference-1999-nowhere&members=MD,XX,moldova&region=mars&from=abc&utm_source=x&%E0%A4%A=1`);
    await expect(page.locator(MARKER).first()).toBeVisible();
    const notice = page.locator(".notice");
    await expect(notice).toContainText(TEXT[lang].noticeTitle);
    await expect(notice).toContainText("conference-1999-nowhere");
    await expect(notice).toContainText("XX");
    await expect(notice).toContainText("utm_source");
    await expect(page.locator(".chips__chip")).toHaveCount(1);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    expect(consoleErrors.filter((e) => e.includes("panicked"))).toEqual([]);
    // Dismissed by keyboard, the notice goes and focus moves on to the timeline.
    await notice.getByRole("button", { name: { en: "Dismiss", mn: "Хаах", ro: "Închide" }[lang] }).press("Enter");
    await expect(notice).toHaveCount(0);
    await expect(page.locator("#timeline")).toBeFocused();
    await expect(page.locator(".chips__chip")).toHaveCount(1);
  });
}

test("a very long garbage URL neither hangs nor breaks the app", async ({ page }) => {
  await page.goto(`./?lang=en&members=${"ZZ,".repeat(2000)}&event=${"x".repeat(5000)}`);
  await expect(page.locator(MARKER).first()).toBeVisible();
  await expect(page.locator(".notice")).toBeVisible();
});

test("Copy link puts the event's link-preview page on the clipboard, and it opens the event", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // From a ministry's embed in its own colours, with a filter on: what a reader pastes into a chat
  // is the preview page (a card in chat apps), which carries neither the embed's look nor filters.
  await openApp(page, "?lang=ro&event=conference-2014-tallinn&members=EE&embed=1&theme=dark&accent=8a1538");
  await page.getByRole("button", { name: TEXT.ro.copyLink }).click();
  await expect(page.locator(".event-detail__copy-status")).toContainText("Linkul a fost copiat");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${app}share/conference-2014-tallinn.ro.html`);
  await page.goto(copied);
  await expect(page).toHaveURL(`${app}?lang=ro&event=conference-2014-tallinn`);
  await expect(page.locator("#event-detail")).toBeVisible();
});

for (const lang of ["en", "mn", "ro"] as const) {
  test(`[${lang}] every Copy link is announced, and a language switch announces no copy`, async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, `?lang=${lang}&event=conference-2014-tallinn`);
    const status = page.locator(".event-detail__copy-status");
    // Each change to the status region's text, as a screen reader would hear it.
    await status.evaluate((region) => {
      (window as any).__said = [];
      const said: string[] = ((window as any).__said = []);
      new MutationObserver(() => said.at(-1) !== region.textContent && said.push(region.textContent ?? "")).observe(region, { childList: true, subtree: true, characterData: true });
    });
    const copy = page.getByRole("button", { name: TEXT[lang].copyLink });
    await copy.click();
    await expect(status).not.toBeEmpty();
    const said = (await status.textContent())!;
    await copy.click();
    await expect.poll(() => page.evaluate(() => (window as any).__said.filter((t: string) => t).length)).toBe(2);
    const other = ["en", "mn", "ro"].find((l) => l !== lang)!;
    await page.locator(`.language-switch__button[lang="${other}"]`).click();
    await expect(page.locator("html")).toHaveAttribute("lang", other);
    await expect(status).toBeEmpty();
    const heard = await page.evaluate(() => (window as any).__said.filter((t: string) => t));
    expect(heard).toEqual([said, said]);
  });
}

test("the link to copy by hand follows a language switch", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
  });
  await openApp(page, "?lang=ro&event=conference-2014-tallinn");
  await page.getByRole("button", { name: TEXT.ro.copyLink }).click();
  await expect(page.locator(".event-detail__manual-copy input")).toHaveValue(`${app}share/conference-2014-tallinn.ro.html`);
  await page.locator('.language-switch__button[lang="mn"]').click();
  await expect(page.locator(".event-detail__manual-copy input")).toHaveValue(`${app}share/conference-2014-tallinn.mn.html`);
});

test("Copy link shows the link to copy by hand when the clipboard is refused", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
  });
  await openApp(page, "?lang=en&event=conference-2014-tallinn");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByLabel("Copy this link:")).toHaveValue(`${app}share/conference-2014-tallinn.en.html`);
});

for (const lang of ["en", "mn", "ro"] as const) {
  test(`[${lang}] on a phone, the link to copy by hand comes into sight in the detail sheet`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    await openApp(page, `?lang=${lang}&event=conference-2015-ulaanbaatar`);
    await page.getByRole("button", { name: TEXT[lang].copyLink }).click();
    const field = page.locator(".event-detail__manual-copy input");
    await expect(field).toHaveValue(`${app}share/conference-2015-ulaanbaatar.${lang}.html`);
    await expect(field).toBeInViewport({ ratio: 0.95 });
  });
}

for (const lang of ["en", "mn", "ro"] as const) {
  test(`[${lang}] Share hands the event's title and its link-preview page to the system share sheet`, async ({ page }) => {
    // Debian's Chromium has no Web Share on Linux; a stand-in records what the app asks for.
    await page.addInitScript(() => {
      (window as any).__shared = [];
      Object.defineProperty(navigator, "share", { value: (data: ShareData) => ((window as any).__shared.push(data), Promise.resolve()) });
    });
    await openApp(page, `?lang=${lang}&event=conference-2015-ulaanbaatar&embed=1&theme=light&accent=8a1538`);
    await page.getByRole("button", { name: TEXT[lang].share, exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as any).__shared.length)).toBe(1);
    const [shared] = await page.evaluate(() => (window as any).__shared);
    const event = dataset.events.find((e: any) => e.id === "conference-2015-ulaanbaatar");
    expect(shared.title).toBe(event.title[lang]);
    expect(shared.url).toBe(`${app}share/conference-2015-ulaanbaatar.${lang}.html`);
  });
}

test("a cancelled share leaves the app working; without Web Share there is no Share button", async ({ page, consoleErrors }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", { value: () => Promise.reject(new DOMException("cancelled", "AbortError")) });
  });
  await openApp(page, "?lang=en&event=conference-2014-tallinn");
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await page.locator("#event-conference-2012-nairobi").click();
  await expect(page.locator("#event-detail-title")).toHaveText(dataset.events.find((e: any) => e.id === "conference-2012-nairobi").title.en);
  expect(consoleErrors.filter((e) => e.includes("panicked"))).toEqual([]);

  const plain = await page.context().newPage();
  await openApp(plain, "?lang=en&event=conference-2014-tallinn");
  await expect(plain.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(plain.getByRole("button", { name: "Share", exact: true })).toHaveCount(0);
});

for (const [lang, link] of [["en", "event=conference-1999-nowhere"], ["mn", "event=Conference-2014-Tallinn"], ["ro", "event=conference-2014-tallin"]] as const) {
  test(`[${lang}] a link to an event the data does not have is repaired in place: one Back leaves it`, async ({ page }) => {
    await openApp(page, "?lang=en&members=MD");
    await page.goto(`./?lang=${lang}&${link}`);
    await expect(page.locator(".notice")).toBeVisible();
    await expect(page).not.toHaveURL(/event=/);
    await page.goBack();
    await expect(page).toHaveURL(/\?lang=en&members=MD$/);
    await expect(page.locator(".chips__chip")).toContainText(countryName("MD", "en"));
  });
}

for (const lang of ["en", "mn", "ro"] as const) {
  test(`[${lang}] the region and year selects show the filters in force after Clear filters, Back and Forward`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await openFilters(page);
    const [region, from] = [page.locator("#region-filter"), page.locator("#span-from")];
    const first = await from.locator("option").first().textContent();
    await page.locator("#event-conference-2012-nairobi").click();
    await region.selectOption("europe");
    await from.selectOption("2013");
    await page.locator("#event-conference-2014-tallinn").click();
    await region.selectOption("africa");
    await from.selectOption("2014");
    await page.goBack();
    await expect(page).toHaveURL(/event=conference-2012-nairobi/);
    await expect(page).toHaveURL(/from=2013/);
    await expect(region).toHaveValue("europe");
    await expect(from).toHaveValue("2013");
    await page.goForward();
    await expect(region).toHaveValue("africa");
    await expect(from).toHaveValue("2014");
    await page.getByRole("button", { name: TEXT[lang].clear }).click();
    await expect(page).not.toHaveURL(/region=|from=/);
    await expect(region).toHaveValue("");
    await expect(from).toHaveValue(first!);
  });
}
