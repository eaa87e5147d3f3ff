// Accessibility: axe-core (WCAG 2.2 A and AA) finds nothing in any language, in the main view,
// with an event open, and with the member list open.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, openApp, LANGS, TEXT } from "./fixtures";

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page: any) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

for (const lang of LANGS) {
  test(`[${lang}] axe: main view, open event, open member list`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    expect(await violations(page)).toEqual([]);
    await page.locator("#event-conference-2014-tallinn").click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole("combobox", { name: TEXT[lang].members }).fill("a");
    expect(await violations(page)).toEqual([]);
  });
}
