// Link previews and the no-wasm fallback: share pages carry the right tags in each language and
// lead to the deep link; index.html lists the conferences before (or without) WebAssembly.
import { test, expect, dataset, LANGS, MARKER } from "./fixtures";

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

test("a share page sends the reader on to the deep link", async ({ page }) => {
  await page.goto("share/conference-2014-tallinn.ro.html");
  await expect(page).toHaveURL(/\/\?lang=ro&event=conference-2014-tallinn$/);
  const event = dataset.events.find((e: any) => e.id === "conference-2014-tallinn");
  await expect(page.locator("#event-detail-title")).toHaveText(event.title.ro);
});

test("without JavaScript the page still lists every conference", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./");
  const items = page.locator("#prerendered li");
  await expect(items).toHaveCount(conferences.length);
  await expect(items.first()).toContainText(conferences[0].title.en);
  // Shown after a short delay (style.css), which a quick app start never reaches.
  await expect(items.first()).toBeVisible();
  await context.close();
});

test("when the WebAssembly cannot be had, the fallback list shows", async ({ page }) => {
  await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./?lang=ro");
  await expect(page.locator("#prerendered li").first()).toBeVisible();
  await expect(page.locator("#prerendered li")).toHaveCount(conferences.length);
});

test("with WebAssembly the fallback is replaced by the app", async ({ page }) => {
  await page.goto("./?lang=en");
  await expect(page.locator(MARKER).first()).toBeVisible();
  await expect(page.locator("#prerendered")).toHaveCount(0);
});
