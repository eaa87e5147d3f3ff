// Link previews: share pages carry the right tags in each language and lead to the deep link.
// (The pre-rendered first view in index.html: first-view.spec.ts.)
import { test, expect, dataset, LANGS } from "./fixtures";

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
