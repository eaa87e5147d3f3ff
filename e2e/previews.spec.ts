// Link previews read as a crawler reads them: for every event in every language the preview page
// is served, carries the tags link previews draw from, and its card image is a 1200×630 PNG within
// the weight budget. (The tests/previews.rs native test checks the same pages built with a public
// URL, whose links are absolute; this build has none, so they are relative to share/.)
import { test, expect, dataset, LANGS } from "./fixtures";

/** The most one card may weigh, and all of them together (they are fetched by crawlers only). */
const CARD_BUDGET = 40_000;
const ALL_CARDS_BUDGET = 6_000_000;

/** A crawler's view of a page: each meta's content by property or name (all values), each link. */
function metaTags(html: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const unescape = (t: string) => t.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  for (const [, attributes] of html.matchAll(/<(?:meta|link)\s([^>]*)>/g)) {
    const attribute = (name: string) => attributes.match(new RegExp(`(?:^|\\s)${name}="([^"]*)"`))?.[1];
    const key = attribute("property") ?? attribute("name") ?? attribute("http-equiv") ?? (attribute("rel") ? `link:${attribute("rel")}${attribute("hreflang") ? ":" + attribute("hreflang") : ""}` : undefined);
    const value = attribute("content") ?? attribute("href");
    if (key && value !== undefined) found.set(key, [...(found.get(key) ?? []), unescape(value)]);
  }
  return found;
}

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk header). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const OG_LOCALE = { en: "en_GB", mn: "mn_MN", ro: "ro_RO" } as const;

for (const lang of LANGS) {
  test(`[${lang}] every event's preview page has its tags and a 1200×630 card`, async ({ request, baseURL }) => {
    let total = 0;
    for (const event of dataset.events) {
      const pageUrl = new URL(`share/${event.id}.${lang}.html`, baseURL);
      const response = await request.get(pageUrl.href);
      expect(response.ok(), pageUrl.href).toBe(true);
      const tags = metaTags(await response.text());
      const only = (key: string) => {
        expect(tags.get(key), `${event.id}.${lang}: ${key}`).toHaveLength(1);
        return tags.get(key)![0];
      };
      expect(only("og:title")).toBe(event.title[lang]);
      expect(only("twitter:card")).toBe("summary_large_image");
      expect(only("og:locale")).toBe(OG_LOCALE[lang]);
      expect([...tags.get("og:locale:alternate")!].sort()).toEqual(LANGS.filter((l) => l !== lang).map((l) => OG_LOCALE[l]).sort());
      expect(only("og:image:width")).toBe("1200");
      expect(only("og:image:height")).toBe("630");
      expect(only("og:image:alt")).toContain(event.title[lang]);
      const description = only("og:description");
      expect(only("description")).toBe(description);
      expect([...description].length).toBeLessThanOrEqual(200);
      const summary = event.summary[lang].split(/\s+/).join(" ");
      const kept = description.replace(/…$/, "");
      expect(summary.startsWith(kept), `${event.id}.${lang}: ${description}`).toBe(true);
      if (kept.length < summary.length) expect(summary.slice(kept.length), `${event.id}.${lang}: cut mid-word`).toMatch(/^[\s,;:]/);
      // The deep link the page sends a person to, and the card, as a crawler resolves them.
      const deepLink = new URL(only("og:url"), pageUrl);
      expect(deepLink.search).toBe(`?lang=${lang}&event=${event.id}`);
      expect(only("refresh")).toBe(`0; url=${only("og:url")}`);
      const image = await request.get(new URL(only("og:image"), pageUrl).href);
      expect(image.ok()).toBe(true);
      expect(image.headers()["content-type"]).toBe("image/png");
      const bytes = await image.body();
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, `${event.id}.${lang}.png`).toBeLessThanOrEqual(CARD_BUDGET);
      total += bytes.length;
      for (const other of LANGS) {
        expect(new URL(only(`link:alternate:${other}`), pageUrl).pathname).toBe(new URL(`share/${event.id}.${other}.html`, baseURL).pathname);
      }
    }
    expect(total * LANGS.length).toBeLessThanOrEqual(ALL_CARDS_BUDGET);
  });
}

test("a preview page of an event that is not a conference opens that event in the app", async ({ page }) => {
  await page.goto("share/accession-2014-moldova.ro.html");
  await expect(page).toHaveURL(/\/\?lang=ro&event=accession-2014-moldova$/);
  await expect(page.locator("#event-detail-title")).toHaveText("Republica Moldova aderă la Coaliție");
});
