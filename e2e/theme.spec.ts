// The look an embed takes from its host page. Colour scheme: the reader's setting by default; a
// link's `theme=light|dark` wins over it, in the app and in the pre-rendered page. Accent: a
// link's `accent=<hex>` colours buttons and links in the light scheme, if text stays readable, in
// the app and in the pre-rendered page.
// The Embed dialog writes both; a bad value is named in a translated notice and the usual look
// stays.
import { test, expect, openApp, LANGS, MARKER, TEXT, EMBED_BUTTON, axeViolations, type Page } from "./fixtures";

const WHITE = "rgb(255, 255, 255)";
const DARK = "rgb(18, 22, 27)";
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const scheme = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);

const SCHEME = {
  en: { label: "Colour scheme", dark: "Dark" },
  mn: { label: "Өнгөний горим", dark: "Бараан" },
  ro: { label: "Schema de culori", dark: "Întunecată" },
} as const;
const BAD = {
  en: "unknown colour scheme “sepia” (light or dark)",
  mn: "үл мэдэгдэх өнгөний горим «sepia» (light буюу цайвар, эсвэл dark буюу бараан байж болно)",
  ro: "schemă de culori necunoscută „sepia” (valori acceptate: light – luminoasă, dark – întunecată)",
} as const;

test.describe("on a reader's dark setting", () => {
  test.use({ colorScheme: "dark" });

  test("the app follows it unless the link asks for light", async ({ page }) => {
    await openApp(page, "?lang=en");
    expect(await background(page)).toBe(DARK);
    await openApp(page, "?lang=en&embed=1&theme=light");
    expect(await background(page)).toBe(WHITE);
    expect(await scheme(page)).toBe("light");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  });

  test("the pre-rendered page (no WebAssembly) honours theme=light too", async ({ page }) => {
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto("./?lang=ro&theme=light");
    await expect(page.locator(`#prerendered > .prerendered__view[lang="ro"] .timeline__event`).first()).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    expect(await background(page)).toBe(WHITE);
  });
});

for (const lang of LANGS) {
  test(`[${lang}] theme=dark on a light setting is dark, axe-clean, and the full-view link leaves it to the reader`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&embed=1&theme=dark&event=conference-2014-tallinn`);
    expect(await background(page)).toBe(DARK);
    expect(await scheme(page)).toBe("dark");
    expect(await axeViolations(page)).toEqual([]);
    const full = await page.locator(".app-header__full-view").getAttribute("href");
    expect(full).toContain("event=conference-2014-tallinn");
    expect(full).not.toContain("theme");
  });

  test(`[${lang}] the Embed dialog writes the colour scheme, and its preview shows it`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await page.getByRole("button", { name: EMBED_BUTTON[lang] }).click();
    const dialog = page.getByRole("dialog");
    const code = dialog.locator("textarea");
    await expect(code).not.toHaveValue(/theme=/);
    await dialog.getByLabel(SCHEME[lang].label).selectOption({ label: SCHEME[lang].dark });
    await expect(code).toHaveValue(/theme=dark/);
    const preview = dialog.frameLocator("iframe");
    await expect(preview.locator(MARKER).first()).toBeVisible();
    // Retried: the preview reloads when a choice changes, and a read during the reload throws.
    await expect
      .poll(() => preview.locator("body").evaluate((b) => getComputedStyle(b).backgroundColor).catch(() => "reloading"))
      .toBe(DARK);
    // The main page keeps the reader's (light) colours.
    expect(await background(page)).toBe(WHITE);
  });

  test(`[${lang}] an unknown theme is named in the notice and the reader's setting stays`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&theme=sepia`);
    const notice = page.locator(".notice");
    await expect(notice).toContainText(TEXT[lang].noticeTitle);
    await expect(notice).toContainText(BAD[lang]);
    expect(await background(page)).toBe(WHITE);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  });
}

const USUAL_ACCENT = "rgb(11, 92, 173)";
const RED = "rgb(138, 21, 56)";
const pressedLanguage = (page: Page) =>
  page.locator('.language-switch__button[aria-pressed="true"]').evaluate((b) => getComputedStyle(b).backgroundColor);
const ACCENT = {
  en: {
    label: "Accent colour (light scheme)",
    tooLight: "the accent colour #ffcc00 is too light for text (contrast 1.3:1, at least 4.5:1 needed); the usual colour is used",
    notColour: "“pink” is not a colour (six hex digits, such as 0b5cad)",
  },
  mn: {
    label: "Тодотгол өнгө (цайвар горимд)",
    tooLight: "#ffcc00 өнгө бичвэрт хэт цайвар (контраст 1.3:1, дор хаяж 4.5:1 шаардлагатай); ердийн өнгийг хэрэглэв",
    notColour: "«pink» нь өнгө биш (0b5cad гэх мэт арван зургаатын зургаан орон)",
  },
  ro: {
    label: "Culoarea de accent (schema luminoasă)",
    tooLight: "culoarea de accent #ffcc00 este prea deschisă pentru text (contrast 1,3:1, este nevoie de cel puțin 4,5:1); se folosește culoarea obișnuită",
    notColour: "„pink” nu este o culoare (șase cifre hexazecimale, de exemplu 0b5cad)",
  },
} as const;

for (const lang of LANGS) {
  test(`[${lang}] a link's readable accent colours the buttons in the light scheme, axe-clean; the dark scheme keeps its own`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&embed=1&accent=8A1538`);
    expect(await pressedLanguage(page)).toBe(RED);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator(".app-header__full-view").getAttribute("href")).not.toContain("accent");
    await openApp(page, `?lang=${lang}&embed=1&accent=8a1538&theme=dark`);
    expect(await pressedLanguage(page)).toBe("rgb(125, 183, 240)");
  });

  test(`[${lang}] an accent too light for text is refused with its contrast, in the notice`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&accent=ffcc00`);
    await expect(page.locator(".notice")).toContainText(ACCENT[lang].tooLight);
    expect(await pressedLanguage(page)).toBe(USUAL_ACCENT);
  });

  test(`[${lang}] the Embed dialog takes an accent colour, refuses an unreadable one out loud, and previews it`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await page.getByRole("button", { name: EMBED_BUTTON[lang] }).click();
    const dialog = page.getByRole("dialog");
    const code = dialog.locator("textarea");
    const field = dialog.getByRole("textbox", { name: ACCENT[lang].label });
    const error = dialog.locator("#embed-accent-error");
    await field.fill("ffcc00");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(error).toHaveText(ACCENT[lang].tooLight);
    await expect(code).not.toHaveValue(/accent=/);
    await field.fill("pink");
    await expect(error).toHaveText(ACCENT[lang].notColour);
    await field.fill("#8A1538");
    await expect(field).toHaveAttribute("aria-invalid", "false");
    await expect(error).toBeEmpty();
    await expect(code).toHaveValue(/accent=8a1538/);
    const preview = dialog.frameLocator("iframe");
    await expect
      // The preview reloads as the code changes: a read during a reload gives nothing, and the
      // poll asks again.
      .poll(() =>
        preview
          .locator('.language-switch__button[aria-pressed="true"]')
          .evaluate((b) => getComputedStyle(b).backgroundColor)
          .catch(() => ""),
      )
      .toBe(RED);
    await field.fill("");
    await expect(code).not.toHaveValue(/accent=/);
    // The page itself keeps the usual colour throughout.
    expect(await pressedLanguage(page)).toBe(USUAL_ACCENT);
  });
}

test("the pre-rendered page (no WebAssembly) takes a readable accent, and only a readable one", async ({ page }) => {
  await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  // The chosen language's button is painted in the accent.
  const pressed = page.locator('#prerendered .language-switch__button[aria-pressed="true"]');
  const cases = [
    ["%238A1538", RED],
    ["ffcc00", USUAL_ACCENT],
    ["8a153", USUAL_ACCENT],
    ["8a1538", RED],
  ];
  for (const [accent, colour] of cases) {
    await page.goto(`./?lang=ro&accent=${accent}`);
    await expect(pressed).toBeVisible();
    expect(await pressed.evaluate((b) => getComputedStyle(b).backgroundColor), accent).toBe(colour);
  }
});
