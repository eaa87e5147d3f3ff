// Link previews and the no-wasm fallback: share pages carry the right tags in each language and
// lead to the deep link; index.html lists the conferences before (or without) WebAssembly.
import { test, expect, dataset, LANGS, MARKER, TEXT } from "./fixtures";

const conferences = dataset.events.filter((e: any) => e.kind === "conference");

for (const lang of LANGS) {
  test(`[${lang}] a conference's share page has title, description, canonical and Open Graph tags`, async ({ request }) => {
    for (const event of conferences) {
      const response = await request.get(`share/${event.id}.${lang}.html`);
      expect(response.ok()).toBe(true);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}">`);
      const escaped = (t: string) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      expect(html).toContain(`<meta property="og:title" content="${escaped(event.title[lang])}">`);
      expect(html).toMatch(/<meta name="description" content="[^"]+">/);
      expect(html).toContain(`<link rel="canonical" href="../?lang=${lang}&amp;event=${event.id}">`);
      expect(html).toContain(`url=../?lang=${lang}&amp;event=${event.id}`);
    }
  });
}

/** The `content` of each `<meta property|name=…>` in a page's HTML, unescaped (the last one of a
 * property given more than once). */
function metas(html: string): Record<string, string> {
  const unescape = (t: string) => t.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return Object.fromEntries([...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)].map((m) => [m[1], unescape(m[2])]));
}

const SITE = { en: "Freedom Online Coalition", mn: "Онлайн эрх чөлөөний эвсэл", ro: "Coaliția privind Libertatea în Spațiul Virtual" } as const;

// e2e/previews.spec.ts holds every page's title, locale, deep link, card and the description's
// limit (at most 200 characters, a prefix of the summary, not cut mid-word). Here, what it does
// not: the kind of page and the site's name, the same values for X (Twitter) as for Open Graph,
// a summary that fits given whole, and a cut one ending at a sentence or marked as cut.
for (const lang of LANGS) {
  test(`[${lang}] a share page's Open Graph values: an article of the site, the same for X, the summary whole when it fits`, async ({ request }) => {
    for (const event of dataset.events) {
      const tags = metas(await (await request.get(`share/${event.id}.${lang}.html`)).text());
      expect(tags["og:type"], event.id).toBe("article");
      expect(tags["og:site_name"], event.id).toBe(SITE[lang]);
      expect(tags["og:image:type"], event.id).toBe("image/png");
      expect(tags["twitter:title"], event.id).toBe(tags["og:title"]);
      expect(tags["twitter:description"], event.id).toBe(tags["og:description"]);
      expect(tags["twitter:image"], event.id).toBe(tags["og:image"]);
      expect(tags["twitter:image:alt"], event.id).toBe(tags["og:image:alt"]);
      const summary: string = event.summary[lang].split(/\s+/).join(" ");
      const description = tags["og:description"];
      if ([...summary].length <= 200) expect(description, event.id).toBe(summary);
      else expect(description, event.id).toMatch(/(?:[.!?]|\S…)$/);
    }
  });
}

test("a share page sends the reader on to the deep link", async ({ page }) => {
  await page.goto("share/conference-2014-tallinn.ro.html");
  await expect(page).toHaveURL(/\/\?lang=ro&event=conference-2014-tallinn$/);
  const event = dataset.events.find((e: any) => e.id === "conference-2014-tallinn");
  await expect(page.locator("#event-detail-title")).toHaveText(event.title.ro);
});

test("without JavaScript the page lists every conference in every language, behind a language menu", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./?lang=mn");
  // Shown after a short delay (style.css), which a quick app start never reaches.
  for (const lang of LANGS) {
    const section = page.locator(`#prerendered > section[lang="${lang}"]`);
    await expect(section).toBeVisible();
    await expect(section.locator("li")).toHaveCount(conferences.length);
    await expect(section.locator("li").first()).toContainText(conferences[0].title[lang]);
    await expect(section.locator("h1")).toHaveText(dataset.about.name[lang]);
    await expect(section.locator("li a").first()).toHaveAttribute("href", `?lang=${lang}&event=${conferences[0].id}`);
  }
  // Emulated "no JavaScript" still parses <noscript> as text, so its markup is checked as served.
  const served = await (await page.request.get("./")).text();
  for (const lang of LANGS) {
    const needsApp = { en: "The interactive timeline needs JavaScript", mn: "Интерактив он цагийн хэлхээсийг харахад JavaScript", ro: "Cronologia interactivă are nevoie de JavaScript" }[lang];
    expect(served).toMatch(new RegExp(`<section id="fallback-${lang}" lang="${lang}"><h1>[^<]+</h1><noscript><p>${needsApp}`));
  }
  await page.getByRole("link", { name: "Română", exact: true }).click();
  await expect(page).toHaveURL(/\?lang=ro#fallback-ro$/);
  await expect(page.locator("#fallback-ro")).toBeInViewport();
  await context.close();
});

for (const lang of LANGS) {
  test(`[${lang}] when the WebAssembly cannot be had, a shared link's conference is marked in the fallback list`, async ({ page }) => {
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`./?lang=${lang}&event=conference-2014-tallinn`);
    const shown = page.locator(`#prerendered > section[lang="${lang}"]`);
    await expect(shown.locator("li").first()).toBeVisible();
    const marked = page.locator('#prerendered li > a[aria-current="true"]:visible');
    await expect(marked).toHaveCount(1);
    await expect(marked).toHaveText(dataset.events.find((e: any) => e.id === "conference-2014-tallinn").title[lang]);
    await expect(marked).toHaveCSS("font-weight", "700");
    await expect(marked).toBeInViewport();
    // A link to an event the list does not have marks nothing.
    await page.goto(`./?lang=${lang}&event=no-such-event`);
    await expect(shown.locator("li").first()).toBeVisible();
    await expect(page.locator('#prerendered li > a[aria-current]')).toHaveCount(0);
  });
}

const FAILED = {
  en: "The interactive timeline could not start in this browser",
  mn: "Интерактив он цагийн хэлхээс энэ хөтөч дээр ажиллаж чадсангүй",
  ro: "Cronologia interactivă nu a putut porni în acest browser",
} as const;
for (const lang of LANGS) {
  test(`[${lang}] when the app cannot start, the fallback says so above its list`, async ({ page, browser }) => {
    // The module cannot be had.
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`./?lang=${lang}`);
    const notice = page.locator(`#prerendered > section[lang="${lang}"] .prerendered__failed`);
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(new RegExp(`^${FAILED[lang]}`));
    await expect(page.locator(".prerendered__failed:visible")).toHaveCount(1);
    // A browser without WebAssembly (Safari's Lockdown Mode, some managed browsers).
    const bare = await browser.newPage();
    await bare.addInitScript(() => delete (window as any).WebAssembly);
    await bare.goto(`./?lang=${lang}`);
    await expect(bare.locator(`#prerendered > section[lang="${lang}"] .prerendered__failed`)).toBeVisible();
    await bare.close();
  });
}

test("while the app starts normally, the fallback never says it could not", async ({ page }) => {
  // Every moment the "could not start" line is un-hidden, from the first byte of the page on.
  await page.addInitScript(() => {
    const shown: string[] = ((window as any).__failedShown = []);
    new MutationObserver((changes) => {
      for (const change of changes)
        if ((change.target as Element).matches?.(".prerendered__failed") && !(change.target as HTMLElement).hidden)
          shown.push(`${Math.round(performance.now())} ms`);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["hidden"] });
  });
  await page.route("**/*.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await route.continue();
  });
  await page.goto("./?lang=ro");
  await expect(page.locator("#prerendered > section[lang=ro] li").first()).toBeVisible();
  await expect(page.locator(MARKER).first()).toBeVisible();
  // Over the whole slow start, to the app's timeline.
  expect(await page.evaluate(() => (window as any).__failedShown)).toEqual([]);
});

// Without the WebAssembly, the pre-rendered page is in the language the app would start in.
const fallbackCases = [
  { name: "the link's language", query: "?lang=ro", locale: "mn-MN", saved: "mn", want: "ro" },
  { name: "the saved choice", query: "", locale: "ro-RO", saved: "mn", want: "mn" },
  { name: "the browser's language", query: "?lang=xx", locale: "ro-MD", saved: null, want: "ro" },
  { name: "English when nothing matches", query: "", locale: "de-DE", saved: null, want: "en" },
] as const;
for (const c of fallbackCases) {
  test(`when the WebAssembly cannot be had, the fallback is in ${c.name}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: c.locale });
    const page = await context.newPage();
    if (c.saved) await page.addInitScript((saved) => localStorage.setItem("foc-timeline.lang", saved), c.saved);
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`./${c.query}`);
    const shown = page.locator(`#prerendered > section[lang="${c.want}"]`);
    await expect(shown.locator("li").first()).toBeVisible();
    await expect(shown.locator("li")).toHaveCount(conferences.length);
    await expect(page.locator("#prerendered > section:visible")).toHaveCount(1);
    await expect(page.locator('#prerendered > nav a[aria-current="true"]')).toHaveAttribute("lang", c.want);
    await expect(page.locator("#prerendered > nav a[aria-current]")).toHaveCount(1);
    await expect(page.locator("html")).toHaveAttribute("lang", c.want);
    await expect(page).toHaveTitle(TEXT[c.want].title);
    await context.close();
  });
}

for (const lang of LANGS) {
  test(`[${lang}] the fallback writes dates and places as the app does`, async ({ page, browser }) => {
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`./?lang=${lang}`);
    const items = page.locator(`#prerendered > section[lang="${lang}"] li`);
    await expect(items.first()).toBeVisible();
    const app = await browser.newPage();
    await app.goto(`./?lang=${lang}`);
    await expect(app.locator(MARKER).first()).toBeVisible();
    for (const [i, event] of conferences.entries()) {
      const appDate = await app.locator(`#event-${event.id} time`).textContent();
      await expect(items.nth(i).locator("time")).toHaveText(appDate!);
      await expect(items.nth(i).locator("time")).toHaveAttribute("datetime", event.start);
      // The 2021 conference was online: no city, "Online" in the reader's language.
      await expect(items.nth(i)).toContainText(event.place.online ? { en: "Online", mn: "Цахим хэлбэрээр", ro: "Online" }[lang] : event.place.city[lang]);
    }
    await app.close();
  });
}

test("with WebAssembly the fallback is replaced by the app", async ({ page }) => {
  await page.goto("./?lang=en");
  await expect(page.locator(MARKER).first()).toBeVisible();
  await expect(page.locator("#prerendered")).toHaveCount(0);
});
