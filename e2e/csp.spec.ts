// Served with the recommended Content-Security-Policy, the app works with no violation.
import { test, expect } from "./fixtures";
import { cspApp } from "./ports";

const CSP_APP = cspApp;

test("the app works under the documented CSP with no violations", async ({ page, consoleErrors }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${CSP_APP}?lang=ro&event=conference-2014-tallinn`);
  expect(response!.headers()["content-security-policy"]).toContain("'wasm-unsafe-eval'");
  await expect(page.locator("#event-detail")).toBeVisible();
  await page.getByRole("combobox", { name: "State membre" }).fill("md");
  await page.getByRole("option").first().click();
  await page.getByRole("button", { name: "Română" }).click();
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("an embed's colour scheme and accent apply under the documented CSP", async ({ page, consoleErrors }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${CSP_APP}?lang=mn&embed=1&theme=light&accent=8a1538`);
  await expect(page.locator(".timeline__event").first()).toBeVisible();
  const pressed = page.locator('.language-switch__button[aria-pressed="true"]');
  // Retried: read while the app takes over the first view, the button can be the one leaving.
  await expect.poll(() => pressed.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe("rgb(138, 21, 56)");
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
