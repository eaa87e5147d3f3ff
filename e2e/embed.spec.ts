// Embedding: a host page on another origin with two timelines; auto-height, host deep links,
// foreign messages ignored, the Embed dialog's snippet, and the fixed-height fallback.
import { test, expect, expectNothingFor, dataset, openApp, type Page, MARKER, LANGS, countryName, shownEventIds } from "./fixtures";
import { app, port } from "./ports";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const APP = app;
// Another origin on the same loopback server: pages there are not the app's origin.
const HOST = `http://localhost:${port}/__host`;

/** Opens a host page, served from localhost (a different origin from the app's 127.0.0.1), with a CSP of its own if given. */
async function hostPage(page: Page, body: string, hash = "", csp?: string) {
  const html = `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
  const policy = csp ? `&csp=${encodeURIComponent(csp)}` : "";
  await page.goto(`${HOST}?page=${Buffer.from(html).toString("base64url")}${policy}${hash}`);
}

const frame = (lang: string, extra = "") =>
  `<iframe data-foc-timeline src="${APP}?embed=1&lang=${lang}${extra}" title="Timeline" width="100%" height="300" style="border:0"></iframe>`;
const script = `<script async src="${APP}embed.js"></script>`;

/**
 * Logs, in the host page (the top frame), every change of its address (hash changes, and
 * history.replaceState / pushState, which fire no event) and every scroll, from before it loads.
 */
async function recordHost(page: Page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const log = ((window as any).__host = { addresses: [] as string[], scrolls: [] as number[] });
    const address = () => log.addresses.push(location.hash);
    for (const method of ["replaceState", "pushState"] as const) {
      const original = history[method].bind(history);
      history[method] = (...args: Parameters<History["pushState"]>) => {
        original(...args);
        address();
      };
    }
    addEventListener("hashchange", address);
    addEventListener("scroll", () => log.scrolls.push(Math.round(scrollY)));
  });
}
const hostLog = (page: Page, key: "addresses" | "scrolls") => page.evaluate((key) => (window as any).__host[key].splice(0), key);

/**
 * An event opened in the first frame has settled: after a click, the app has moved focus to its
 * title (scrolling the host page, as focus does), and embed.js has sized the frame to its
 * content. A click aimed before that can land where the Close button was a frame earlier.
 */
async function openedAndSettled(page: Page, { clicked }: { clicked: boolean }) {
  const inner = page.frameLocator("iframe").first();
  if (clicked) await expect(inner.locator("#event-detail-title")).toBeFocused();
  await expect
    .poll(async () => Math.abs((await frameHeight(page, 0)) - (await inner.locator("body").evaluate((b) => b.scrollHeight))))
    .toBeLessThanOrEqual(2);
}

async function frameHeight(page: Page, index: number) {
  return page.locator("iframe").nth(index).evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
}

test("two embedded timelines size themselves to their content and follow it", async ({ page, consoleErrors }) => {
  await hostPage(page, `<h1>Ministry</h1>${frame("ro")}${frame("mn", "&members=MN")}${script}`);
  const first = page.frameLocator("iframe").nth(0);
  await expect(first.locator(MARKER).first()).toBeVisible();
  await expect(page.frameLocator("iframe").nth(1).locator(".chips__chip")).toBeVisible();
  await expect.poll(() => frameHeight(page, 0)).toBeGreaterThan(400);
  const before = await frameHeight(page, 0);
  await first.locator("#event-conference-2014-tallinn").click();
  await expect(first.locator("#event-detail")).toBeVisible();
  await expect.poll(() => frameHeight(page, 0)).toBeGreaterThan(before + 100);
  const inner = await first.locator("body").evaluate((b) => b.scrollHeight);
  expect(Math.abs((await frameHeight(page, 0)) - inner)).toBeLessThanOrEqual(2);
  expect(consoleErrors).toEqual([]);
});

test("a host page's #event= opens that event inside the embed", async ({ page }) => {
  await hostPage(page, `${frame("en")}${script}`, "#event=conference-2015-ulaanbaatar");
  const inner = page.frameLocator("iframe");
  const event = dataset.events.find((e: any) => e.id === "conference-2015-ulaanbaatar");
  await expect(inner.locator("#event-detail-title")).toHaveText(event.title.en);
  await page.evaluate(() => (location.hash = "#event=conference-2012-nairobi"));
  await expect(inner.locator("#event-detail-title")).toHaveText(dataset.events.find((e: any) => e.id === "conference-2012-nairobi").title.en);
});

test("passing the host page's #event= on adds nothing to the reader's history: Back walks the host's links with the embed along, then leaves", async ({ page }) => {
  const title = (id: string) => dataset.events.find((e: any) => e.id === id).title.en;
  await page.goto(`${APP}__host?page=${Buffer.from("<!doctype html><title>Before</title><link rel=icon href='data:,'><p>before</p>").toString("base64url")}`);
  const before = page.url();
  await hostPage(page, `${frame("en")}${script}`, "#event=conference-2015-ulaanbaatar");
  const inner = page.frameLocator("iframe");
  await expect(inner.locator("#event-detail-title")).toHaveText(title("conference-2015-ulaanbaatar"));
  await page.evaluate(() => (location.hash = "#event=conference-2012-nairobi"));
  await expect(inner.locator("#event-detail-title")).toHaveText(title("conference-2012-nairobi"));
  await page.goBack();
  await expect(page).toHaveURL(/#event=conference-2015-ulaanbaatar$/);
  await expect(inner.locator("#event-detail-title")).toHaveText(title("conference-2015-ulaanbaatar"));
  await page.goBack();
  await expect(page).toHaveURL(before);
});

test("a host page on the timeline's own origin (the app under /foc/ of the ministry's site) passes its #event= on too", async ({ page }) => {
  const html = `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>${frame("en")}${script}</body></html>`;
  await page.goto(`${APP}__host?page=${Buffer.from(html).toString("base64url")}#event=conference-2015-ulaanbaatar`);
  const inner = page.frameLocator("iframe");
  await expect(inner.locator("#event-detail-title")).toHaveText(dataset.events.find((e: any) => e.id === "conference-2015-ulaanbaatar").title.en);
  await expect(inner.locator("body.sized-by-host")).toHaveCount(1);
  await page.evaluate(() => (location.hash = "#event=conference-2012-nairobi"));
  await expect(inner.locator("#event-detail-title")).toHaveText(dataset.events.find((e: any) => e.id === "conference-2012-nairobi").title.en);
});

test("resize messages from any window but the iframe's own are ignored", async ({ page }) => {
  await hostPage(page, `${frame("en")}<iframe id="other" srcdoc="<p>other</p>"></iframe>${script}`);
  await expect(page.frameLocator("iframe").first().locator(MARKER).first()).toBeVisible();
  await expect.poll(() => frameHeight(page, 0)).toBeGreaterThan(400);
  const settled = await frameHeight(page, 0);
  // Every height the iframe takes from now on.
  await page.evaluate(() => {
    const heights: number[] = ((window as any).__heights = []);
    new ResizeObserver((entries) => entries.forEach((e) => heights.push(Math.round(e.target.getBoundingClientRect().height)))).observe(document.querySelector("iframe")!);
  });
  await page.evaluate(() => window.postMessage({ type: "foc-timeline:resize", height: 9999 }, "*"));
  await page.evaluate(() => {
    const other = document.getElementById("other") as HTMLIFrameElement;
    (other.contentWindow as any).eval("parent.postMessage({ type: 'foc-timeline:resize', height: 7777 }, '*')");
  });
  // Messages to one window arrive in order: once a last one is in, embed.js has had the two.
  await page.evaluate(() => new Promise<void>((done) => {
    addEventListener("message", (e) => e.data === "last" && done());
    postMessage("last", "*");
  }));
  // The ResizeObserver's first report is the height it found; then nothing else, for 1 s.
  await expectNothingFor(1000, async () => (await page.evaluate(() => (window as any).__heights as number[])).filter((h) => h !== Math.round(settled)), "heights other than the settled one");
  expect(await frameHeight(page, 0)).toBe(settled);
});

test("without the script the iframe keeps its fixed height and scrolls inside", async ({ page }) => {
  await hostPage(page, frame("en"));
  await expect(page.frameLocator("iframe").locator(MARKER).first()).toBeVisible();
  expect(await frameHeight(page, 0)).toBe(300);
  const scrolls = await page.frameLocator("iframe").locator("html").evaluate((h) => h.scrollHeight > h.clientHeight);
  expect(scrolls).toBe(true);
});

for (const lang of LANGS) {
  test(`[${lang}] sized to its content, an embed shows the longest event detail whole; at a fixed height it keeps it in view`, async ({ page }) => {
    // In a 700-pixel column the detail at the foot of the frame would be cut to half the frame's
    // height and scroll inside it, under a host page that scrolls too.
    const longest = "conference-2013-tunis";
    const column = (body: string) => `<div style="width:700px">${body}</div>`;
    await hostPage(page, column(`${frame(lang, `&event=${longest}`)}${script}`));
    const inner = page.frameLocator("iframe");
    const detail = inner.locator("#event-detail");
    await expect(detail).toBeVisible();
    await expect.poll(() => detail.evaluate((d) => d.scrollHeight - d.clientHeight)).toBeLessThanOrEqual(1);
    const whole = await inner.locator("body").evaluate((b) => b.scrollHeight);
    await expect.poll(() => frameHeight(page, 0)).toBeGreaterThanOrEqual(whole - 2);
    // Without the script the frame keeps its height and scrolls inside, and the detail stays
    // at its foot, in view.
    await hostPage(page, column(frame(lang, `&event=${longest}`).replace('height="300"', 'height="700"')));
    await expect(inner.locator("#event-detail-title")).toBeVisible();
    const title = await inner.locator("#event-detail-title").evaluate((t) => t.getBoundingClientRect().bottom);
    expect(title).toBeLessThanOrEqual(700);
    expect(await frameHeight(page, 0)).toBe(700);
  });
}

for (const lang of LANGS) {
  for (const width of [360, 800]) {
    test(`[${lang}] at ${width} px, sized to its content, an embed scrolls its host page to the event opened and back to its marker`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await hostPage(page, `<h1>Ministry</h1><p style="height:400px">Text before the timeline.</p>${frame(lang)}${script}<p style="height:1200px">Text after.</p>`);
      const inner = page.frameLocator("iframe");
      await expect(inner.locator("body.sized-by-host")).toHaveCount(1);
      // Taller than the host's window: its content's height, not the iframe's 300 pixels.
      await expect.poll(() => frameHeight(page, 0)).toBeGreaterThan(800);
      const inSight = async (selector: string) => {
        const box = await inner.locator(selector).boundingBox();
        return !!box && box.y >= 0 && box.y + box.height <= 740;
      };
      const marker = "#event-conference-2014-tallinn";
      await inner.locator(marker).click();
      await expect(inner.locator("#event-detail-title")).toBeFocused();
      await expect.poll(() => inSight("#event-detail-title")).toBe(true);
      // The frame's own page does not scroll: the host's does.
      expect(await inner.locator("html").evaluate(() => window.scrollY)).toBe(0);
      await page.keyboard.press("Escape");
      await expect(inner.locator(marker)).toBeFocused();
      await expect.poll(() => inSight(marker)).toBe(true);
    });
  }
}

// A link to the host page with #event= (a shared address, or a link on the page itself) brings
// the reader to that event's detail, as a fragment link to any part of a page does.
const tall = (body: string) => `<h1>Ministry</h1><p><a id="to-nairobi" href="#event=conference-2012-nairobi">Nairobi, 2012</a></p><p style="height:900px">Text before the timeline.</p>${body}<p style="height:1200px">Text after.</p>`;
const inHostSight = async (page: Page, selector: string, index = 0) => {
  const box = await page.frameLocator("iframe").nth(index).locator(selector).boundingBox();
  const height = page.viewportSize()!.height;
  return !!box && box.y >= 0 && box.y < height && box.y + Math.min(box.height, 40) <= height;
};

for (const lang of LANGS) {
  for (const width of [360, 1280]) {
    test(`[${lang}] at ${width} px, a host page opened at #event= scrolls to that event's detail, and again when its own link moves there`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await hostPage(page, tall(frame(lang) + script), "#event=conference-2015-ulaanbaatar");
      const inner = page.frameLocator("iframe");
      const title = (id: string) => dataset.events.find((e: { id: string }) => e.id === id).title[lang];
      await expect(inner.locator("#event-detail-title")).toHaveText(title("conference-2015-ulaanbaatar"));
      await expect.poll(() => inHostSight(page, "#event-detail-title")).toBe(true);
      // The host keeps its focus: the timeline took none.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator("#to-nairobi").click();
      await expect(inner.locator("#event-detail-title")).toHaveText(title("conference-2012-nairobi"));
      await expect.poll(() => inHostSight(page, "#event-detail-title")).toBe(true);
    });
  }

  test(`[${lang}] a host page opened at #event= of no event scrolls to the notice that says so`, async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 740 });
    await hostPage(page, tall(frame(lang) + script), "#event=conference-1999-nowhere");
    const inner = page.frameLocator("iframe");
    await expect(inner.locator(".notice")).toContainText("conference-1999-nowhere");
    await expect.poll(() => inHostSight(page, ".notice")).toBe(true);
  });
}

for (const lang of LANGS) {
  test(`[${lang}] an embed below the fold takes its content's height before the reader scrolls to it`, async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 740 });
    await hostPage(page, tall(frame(lang) + script));
    await expect(page.frameLocator("iframe").locator("body.sized-by-host")).toHaveCount(1);
    // Taller than the host's window: its content's height, not the iframe's 300 pixels.
    await expect.poll(() => frameHeight(page, 0)).toBeGreaterThan(800);
    const inner = await page.frameLocator("iframe").locator("body").evaluate((b) => b.scrollHeight);
    expect(Math.abs((await frameHeight(page, 0)) - inner)).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test("an event the host page's author put in the iframe's own address does not scroll the host page", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 740 });
  await recordHost(page);
  await hostPage(page, tall(frame("en", "&event=conference-2015-ulaanbaatar") + script));
  const inner = page.frameLocator("iframe");
  await expect(inner.locator("body.sized-by-host")).toHaveCount(1);
  await expect(inner.locator("#event-detail")).toBeVisible();
  await expect.poll(() => frameHeight(page, 0)).toBeGreaterThan(1000);
  // No scroll of the host page from its first byte, to 1 s after the embed took its height.
  await expectNothingFor(1000, () => hostLog(page, "scrolls"), "scrolls of the host page");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("with two timelines, a host page opened at #event= scrolls to the detail in one of them only", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 740 });
  await recordHost(page);
  const keeping = frame("ro").replace("data-foc-timeline", "data-foc-timeline data-foc-timeline-hash");
  await hostPage(page, tall(frame("en") + `<p style="height:1500px">Between.</p>` + keeping + script), "#event=conference-2015-ulaanbaatar");
  for (const index of [0, 1]) {
    await expect(page.frameLocator("iframe").nth(index).locator("#event-detail")).toBeVisible();
  }
  // The one that keeps the host's address is the one the reader came for ...
  await expect.poll(() => inHostSight(page, "#event-detail-title", 1)).toBe(true);
  // ... and the page stays there: no scroll for 1 s after it got there.
  await hostLog(page, "scrolls");
  await expectNothingFor(1000, () => hostLog(page, "scrolls"), "scrolls of the host page once there");
  expect(await inHostSight(page, "#event-detail-title", 1)).toBe(true);
  expect(await inHostSight(page, "#event-detail-title", 0)).toBe(false);
});

test("embed mode is compact and links to the full view", async ({ page }) => {
  await openApp(page, "?embed=1&lang=ro&event=conference-2014-tallinn");
  await expect(page.locator("body")).toHaveClass(/embedded/);
  await expect(page.locator(".roster")).toHaveCount(0);
  const full = page.getByRole("link", { name: "Deschide versiunea completă" });
  await expect(full).toHaveAttribute("href", /\?lang=ro&event=conference-2014-tallinn$/);
});

for (const [lang, button, title] of [
  ["en", "Embed", "Timeline of the Freedom Online Coalition"],
  ["mn", "Вэб хуудсанд суулгах", "Онлайн эрх чөлөөний эвслийн он цагийн хэлхээс"],
  ["ro", "Încorporează", "Cronologia Coaliției privind Libertatea în Spațiul Virtual"],
] as const) {
  test(`[${lang}] the Embed dialog's snippet, pasted into a page, works`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&members=MD`);
    await page.getByRole("button", { name: button }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.locator('select[name="embed-event"]').selectOption("conference-2014-tallinn");
    await dialog.locator('input[type="number"]').fill("640");
    await expect(dialog.locator("iframe")).toBeVisible();
    const code = await dialog.locator("textarea").inputValue();
    expect(code).toContain(`title="${title}"`);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('allow="clipboard-write; web-share"');
    expect(code).toContain('height="640"');
    expect(code).toContain("embed.js");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await hostPage(page, code);
    const inner = page.frameLocator("iframe");
    await expect(inner.locator("#event-detail")).toBeVisible();
    await expect(inner.locator(".chips__chip")).toHaveCount(1);
    await expect(inner.locator("html")).toHaveAttribute("lang", lang);
    // Sized to its content (the detail open), not the 640 pixels of the code.
    await expect.poll(() => frameHeight(page, 0)).toBeGreaterThan(640);
    const content = await inner.locator("body").evaluate((b) => b.scrollHeight);
    await expect.poll(() => frameHeight(page, 0)).toBeGreaterThanOrEqual(content - 2);
    expect(Math.abs((await frameHeight(page, 0)) - content)).toBeLessThanOrEqual(2);
  });

  test(`[${lang}] the embed code carries every filter as set now, and says which`, async ({ page }) => {
    const lines = {
      en: [`Members: ${countryName("MD", "en")}`, "Region: Europe", "Years shown: 2014\u2009–\u20092020", "Search events: “tallinn”"],
      mn: [`Гишүүн орнууд: ${countryName("MD", "mn")}`, "Бүс нутаг: Европ", "Харуулах он: 2014 – 2020", "Үйл явдал хайх: «tallinn»"],
      ro: [`State membre: ${countryName("MD", "ro")}`, "Regiunea: Europa", "Anii afișați: 2014–2020", "Caută evenimente: „tallinn”"],
    }[lang];
    await page.goto(`./?lang=${lang}&members=MD&region=europe&from=2014&to=2020&q=tallinn`);
    await expect(page.locator(MARKER).first()).toBeVisible();
    const shown = await shownEventIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(dataset.events.length);
    await page.getByRole("button", { name: button }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("list").getByRole("listitem")).toHaveText(lines);
    const code = await dialog.locator("textarea").inputValue();
    for (const part of ["members=MD", "region=europe", "from=2014", "to=2020", "q=tallinn"]) expect(code, part).toContain(part);
    // The preview, and the snippet pasted into a host page, show the same events.
    const preview = dialog.frameLocator("iframe");
    await expect(preview.locator(MARKER).first()).toBeVisible();
    expect(await shownEventIds(preview)).toEqual(shown);
    await page.keyboard.press("Escape");
    await hostPage(page, code);
    const inner = page.frameLocator("iframe");
    await expect(inner.locator(MARKER).first()).toBeVisible();
    expect(await shownEventIds(inner)).toEqual(shown);
    await expect(inner.locator(".chips__chip")).toHaveCount(3);
    await expect(inner.locator("#region-filter")).toHaveValue("europe");
    await expect(inner.locator('input[type="search"]')).toHaveValue("tallinn");
  });

  test(`[${lang}] the Embed dialog offers to keep the open event in the host page's address, with the script only`, async ({ page }) => {
    const label = {
      en: "Keep the open event in your page's address",
      mn: "Нээсэн үйл явдлыг таны хуудасны хаягт",
      ro: "Păstrează evenimentul deschis în adresa paginii",
    }[lang];
    const scriptLabel = { en: "Add the auto-height script", mn: "Өндрийг автоматаар тохируулах скрипт нэмэх", ro: "Adaugă scriptul de înălțime automată" }[lang];
    await openApp(page, `?lang=${lang}`);
    await page.getByRole("button", { name: button }).click();
    const dialog = page.getByRole("dialog");
    const code = dialog.locator("textarea");
    const keep = dialog.getByRole("checkbox", { name: new RegExp(label) });
    await expect(keep).not.toBeChecked();
    await expect(code).not.toHaveValue(/data-foc-timeline-hash/);
    await keep.check();
    await expect(code).toHaveValue(/<iframe data-foc-timeline data-foc-timeline-hash src=/);
    await dialog.getByRole("checkbox", { name: scriptLabel }).uncheck();
    await expect(keep).toBeDisabled();
    await expect(code).not.toHaveValue(/data-foc-timeline-hash|embed\.js/);
  });

  test(`[${lang}] a height out of range is refused out loud, and the code keeps the last good one`, async ({ page }) => {
    const refused = {
      en: "Enter a whole number from 300 to 4,000. The code keeps the current height, 650 pixels.",
      mn: "300-аас 4,000 хүртэлх бүхэл тоо оруулна уу. Код одоогийн 650 пикселийн өндрийг хэвээр үлдээнэ.",
      ro: "Introdu un număr întreg de la 300 la 4.000. Codul păstrează înălțimea actuală, 650 px.",
    }[lang];
    await openApp(page, `?lang=${lang}`);
    await page.getByRole("button", { name: button }).click();
    const dialog = page.getByRole("dialog");
    const field = dialog.locator('input[type="number"]');
    const error = dialog.locator("#embed-height-error");
    await expect(dialog.getByRole("list").getByRole("listitem")).toHaveText([
      { en: "None: every event is shown", mn: "Байхгүй: бүх үйл явдлыг харуулна", ro: "Niciunul: se afișează toate evenimentele" }[lang],
    ]);
    await field.fill("650");
    await expect(dialog.locator("textarea")).toHaveValue(/height="650"/);
    await expect(field).toHaveAttribute("aria-invalid", "false");
    await expect(error).toBeEmpty();
    for (const bad of ["50", "99999", ""]) {
      await field.fill(bad);
      await expect(field, bad).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(refused);
      await expect(error).toHaveText(refused);
      await expect(dialog.locator("textarea")).toHaveValue(/height="650"/);
    }
    await field.fill("1200");
    await expect(error).toBeEmpty();
    await expect(field).toHaveAttribute("aria-invalid", "false");
    await expect(dialog.locator("textarea")).toHaveValue(/height="1200"/);
    // Left invalid and closed, the dialog reopens showing the height its code uses.
    await field.fill("7");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: button }).click();
    await expect(field).toHaveValue("1200");
    await expect(error).toBeEmpty();
  });

  test(`[${lang}] at 320 CSS pixels (a phone, or a desktop zoomed to 400%) the Embed dialog fits the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openApp(page, `?lang=${lang}&members=MD`);
    await page.getByRole("button", { name: button }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.locator("textarea")).toBeVisible();
    const fit = await dialog.evaluate((d) => ({ inside: d.scrollWidth - d.clientWidth, right: d.getBoundingClientRect().right - innerWidth }));
    expect(fit.inside).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(0);
    for (const control of await dialog.locator("select, input, textarea, button").all()) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
  });
}

const hostHash = (page: Page) => new URL(page.url()).hash;

test("with data-foc-timeline-hash the host page's address follows the event its reader opens, and opens it again", async ({ page }) => {
  const keeping = frame("en").replace("data-foc-timeline", "data-foc-timeline data-foc-timeline-hash");
  await recordHost(page);
  await hostPage(page, `<h1>Ministry</h1>${keeping}${script}`);
  const inner = page.frameLocator("iframe");
  await expect(inner.locator(MARKER).first()).toBeVisible();
  // Loading, with no event opened, leaves the address alone: from the first byte to 1 s after.
  await expectNothingFor(1000, () => hostLog(page, "addresses"), "changes of the host page's address");
  expect(hostHash(page)).toBe("");
  await inner.locator("#event-conference-2014-tallinn").click();
  await expect.poll(() => hostHash(page)).toBe("#event=conference-2014-tallinn");
  await inner.getByRole("button", { name: "Next event" }).click();
  await expect.poll(() => hostHash(page)).toMatch(/^#event=(?!conference-2014-tallinn$)[a-z0-9-]+$/);
  const next = hostHash(page).slice("#event=".length);
  await expect(inner.locator("#event-detail")).toContainText(dataset.events.find((e: { id: string }) => e.id === next).title.en);
  // The page's address, as a reader would copy it, opens that event.
  const address = page.url();
  await page.goto("about:blank");
  await page.goto(address);
  await expect(page.frameLocator("iframe").locator("#event-detail")).toContainText(dataset.events.find((e: { id: string }) => e.id === next).title.en);
  // Closed, the event leaves the address.
  await openedAndSettled(page, { clicked: false });
  await page.frameLocator("iframe").getByRole("button", { name: "Close" }).click();
  await expect.poll(() => hostHash(page)).toBe("");
});

test("without data-foc-timeline-hash the host page's address, and a fragment of its own, are left alone", async ({ page }) => {
  await recordHost(page);
  await hostPage(page, `<h1 id="top">Ministry</h1>${frame("en")}${script}`, "#top");
  const inner = page.frameLocator("iframe");
  await inner.locator("#event-conference-2014-tallinn").click();
  await expect(inner.locator("#event-detail")).toBeVisible();
  await openedAndSettled(page, { clicked: true });
  await inner.getByRole("button", { name: "Close" }).click();
  await expect(inner.locator("#event-detail")).toHaveCount(0);
  // Not one change of the address, from the first byte to 1 s after the detail closed.
  await expectNothingFor(1000, () => hostLog(page, "addresses"), "changes of the host page's address");
  expect(hostHash(page)).toBe("#top");
});

test("a parent's open command is ignored unless its origin is allowed in index.html", async ({ page, context }) => {
  const body = `${frame("en")}${script}`;
  await hostPage(page, body);
  const inner = page.frameLocator("iframe");
  await expect(inner.locator(MARKER).first()).toBeVisible();
  const send = () =>
    page.evaluate(() =>
      document.querySelector("iframe")!.contentWindow!.postMessage({ type: "foc-timeline:open", event: "conference-2014-tallinn" }, "*"),
    );
  // Every detail the timeline opens, logged inside its frame.
  const opened = () => page.frames()[1].evaluate(() => (window as any).__opened as string[]);
  await page.frames()[1].evaluate(() => {
    const log: string[] = ((window as any).__opened = []);
    new MutationObserver(() => document.getElementById("event-detail") && log.push(location.search)).observe(document.body, { subtree: true, childList: true });
  });
  await send();
  // Messages to the frame arrive in order: its answer to a height request (which any page may
  // send) comes after it has had the open command.
  await page.evaluate(() => new Promise<void>((done) => {
    addEventListener("message", (e) => e.data?.type === "foc-timeline:resize" && done());
    document.querySelector("iframe")!.contentWindow!.postMessage({ type: "foc-timeline:measure" }, "*");
  }));
  await expectNothingFor(1000, opened, "details opened by a parent not allowed to");
  await expect(inner.locator("#event-detail")).toHaveCount(0);

  // The same, with the host's origin on the list.
  await context.route(`${APP}?*`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta content="?"? name="?foc-timeline:allowed-origins"?>|<meta name="?foc-timeline:allowed-origins"?[^>]*>/, `<meta name="foc-timeline:allowed-origins" content="http://localhost:${port}">`);
    await route.fulfill({ response, body: html });
  });
  await hostPage(page, body);
  await expect(inner.locator(MARKER).first()).toBeVisible();
  await send();
  await expect(inner.locator("#event-detail-title")).toHaveText(dataset.events.find((e: any) => e.id === "conference-2014-tallinn").title.en);
});

test("in a host page with a strict Content-Security-Policy of its own, the embed sizes itself and opens the host's #event=, with no violation", async ({ page }) => {
  // A ministry page that allows no inline script or style, only embed.js and frames from the
  // timeline's site.
  const policy = `default-src 'none'; script-src ${APP}embed.js; frame-src ${APP}; img-src data:`;
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const log: string[] = ((window as any).__violations = []);
    document.addEventListener("securitypolicyviolation", (e) => log.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setViewportSize({ width: 800, height: 740 });
  const body = `<h1>Ministry</h1><p>Text before the timeline.</p><iframe data-foc-timeline src="${APP}?embed=1&lang=ro" title="Cronologia" width="100%" height="300"></iframe>${script}`;
  await hostPage(page, body, "#event=conference-2015-ulaanbaatar", policy);
  const inner = page.frameLocator("iframe");
  await expect(inner.locator("#event-detail-title")).toHaveText(dataset.events.find((e: any) => e.id === "conference-2015-ulaanbaatar").title.ro);
  await expect(inner.locator("body.sized-by-host")).toHaveCount(1);
  await expect.poll(() => frameHeight(page, 0)).toBeGreaterThan(1000);
  const content = await inner.locator("body").evaluate((b) => b.scrollHeight);
  await expect.poll(() => frameHeight(page, 0)).toBeGreaterThanOrEqual(content - 2);
  await page.evaluate(() => (location.hash = "#event=conference-2012-nairobi"));
  await expect(inner.locator("#event-detail-title")).toHaveText(dataset.events.find((e: any) => e.id === "conference-2012-nairobi").title.ro);
  await expect.poll(() => inHostSight(page, "#event-detail-title")).toBe(true);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
});

test("embed.js stays within its size budget: 3,000 bytes gzip-compressed (docs/deploying.md)", async () => {
  // A budget of bytes, not of time: every host page that embeds the timeline loads it.
  const built = readFileSync(join(__dirname, "..", process.env.DIST_DIR ?? "dist", "embed.js"));
  const gzip = gzipSync(built, { level: 9 }).length;
  expect(gzip).toBeLessThanOrEqual(3000);
  // The docs state its size; they stay within a tenth of a kilobyte of it.
  const docs = readFileSync(join(__dirname, "..", "docs", "deploying.md"), "utf-8");
  const stated = Number(/embed\.js` \(no dependencies, about ([\d.]+) KB gzip/.exec(docs)?.[1]);
  expect(Math.abs(gzip / 1000 - stated), `docs say ${stated} KB, it is ${gzip} bytes`).toBeLessThanOrEqual(0.1);
});
