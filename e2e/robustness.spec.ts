// Bad input never breaks the app: broken or hostile datasets, failed or slow fetches, and
// nonsense URLs give a clear message in the reader's language and a working app, no panic.
import { test, expect, dataset, LANGS, UI, type Page, MARKER } from "./fixtures";

const ISSUES = {
  en: "Some records were left out because they are invalid",
  mn: "Зарим бичлэг алдаатай тул хассан",
  ro: "Unele înregistrări au fost omise deoarece nu sunt valide",
} as const;
const WRONG_FORMAT = { en: "not a timeline dataset", mn: "өгөгдөл биш байна", ro: "nu este un set de date" } as const;
const NO_EVENTS = { en: "no usable events", mn: "ашиглах боломжтой үйл явдал алга", ro: "niciun eveniment utilizabil" } as const;

function clone() {
  return JSON.parse(JSON.stringify(dataset));
}

async function serve(page: Page, body: string, init: { status?: number; contentType?: string } = {}) {
  await page.route("**/data/foc.json", (route) =>
    route.fulfill({ status: init.status ?? 200, contentType: init.contentType ?? "application/json", body }),
  );
}

function noPanics(errors: string[]) {
  expect(errors.filter((e) => e.includes("panicked") || e.includes("RuntimeError") || e.includes("unreachable"))).toEqual([]);
}

for (const lang of LANGS) {
  test(`[${lang}] an empty, a truncated and an HTML answer each say the file is not JSON`, async ({ page, consoleErrors }) => {
    for (const body of ["", JSON.stringify(dataset).slice(0, 5000), "<!doctype html><title>Not found</title><p>Oops</p>"]) {
      await page.unrouteAll();
      await serve(page, body, body.startsWith("<!") ? { contentType: "text/html" } : {});
      await page.goto(`./?lang=${lang}`);
      await expect(page.getByRole("alert")).toContainText(UI[lang].notJson);
      await expect(page.getByRole("button", { name: UI[lang].retry })).toBeEnabled();
    }
    noPanics(consoleErrors);
  });

  test(`[${lang}] wrong types give a clear message, and so does a file with no usable event`, async ({ page, consoleErrors }) => {
    await serve(page, JSON.stringify([1, 2, 3]));
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole("alert")).toContainText(WRONG_FORMAT[lang]);
    await page.unrouteAll();
    const data = clone();
    data.events = data.events.map((e: any) => ({ ...e, start: 2014 }));
    await serve(page, JSON.stringify(data));
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole("alert")).toContainText(NO_EVENTS[lang]);
    noPanics(consoleErrors);
  });

  test(`[${lang}] broken records are named by id and field, and the valid rest works`, async ({ page, consoleErrors }) => {
    const data = clone();
    const [a, b, c, d, e] = data.events;
    delete a.title; // missing field
    b.id = c.id; // duplicate id: the first is kept
    d.members = ["XX"]; // dangling reference
    e.summary.en = "x".repeat(5 * 1024 * 1024); // a 5 MB string
    data.members.push({ ...data.members[0], country: "QQ" }); // a member of no known country
    await serve(page, JSON.stringify(data));
    await page.goto(`./?lang=${lang}`);
    const notice = page.locator(".data-issues");
    await expect(notice).toContainText(ISSUES[lang]);
    await expect(notice).toContainText(a.id);
    await expect(notice).toContainText(d.id);
    await expect(notice).toContainText("members[0]");
    await expect(notice).toContainText("summary.en");
    // Said in the reader's language: the member's record, and a whole record without an empty
    // field name; the JSON parser's own message is marked as the English it is.
    await expect(notice).toContainText({ en: "member QQ", mn: "QQ гишүүн улс", ro: "membrul QQ" }[lang]);
    await expect(notice).not.toContainText(/“”|«»|„”/);
    await expect(notice.locator("li", { hasText: a.id }).locator('span[lang="en"]')).toHaveCount(1);
    if (lang !== "en") await expect(notice).not.toContainText("member QQ");
    await expect(page.locator(MARKER)).toHaveCount(dataset.events.length - 4);
    await page.locator(MARKER).first().click();
    await expect(page.locator("#event-detail")).toBeVisible();
    noPanics(consoleErrors);
  });
}

for (const [lang, leftOut, missing] of [
  ["en", "the event “conference-2014-tallinn” was left out because its record is invalid", "there is no event"],
  ["mn", "«conference-2014-tallinn» үйл явдлын бичлэг алдаатай тул хассан", "үйл явдал байхгүй"],
  ["ro", "evenimentul „conference-2014-tallinn” a fost omis deoarece înregistrarea sa nu este validă", "nu există evenimentul"],
] as const) {
  test(`[${lang}] a link to an event left out as invalid says so, not that there is no such event`, async ({ page, consoleErrors }) => {
    const data = clone();
    data.events.find((e: any) => e.id === "conference-2014-tallinn").title.en = "";
    await serve(page, JSON.stringify(data));
    await page.goto(`./?lang=${lang}&event=conference-2014-tallinn`);
    await expect(page.locator(".notice")).toContainText(leftOut);
    await expect(page.locator(".notice")).not.toContainText(missing);
    await expect(page.locator(".data-issues")).toContainText("conference-2014-tallinn");
    await expect(page.locator(MARKER)).toHaveCount(dataset.events.length - 1);
    noPanics(consoleErrors);
  });
}

test("hostile text is shown as text, and javascript: sources never become links", async ({ page, consoleErrors }) => {
  const data = clone();
  const target = data.events.find((e: any) => e.id === "conference-2014-tallinn");
  target.title.en = `<img src=x onerror="window.__pwned=1">Tallinn<script>window.__pwned=2</script>`;
  target.summary.en = `<a href="javascript:window.__pwned=3">click</a>`;
  const other = data.events.find((e: any) => e.id === "conference-2012-nairobi");
  other.sources = ["javascript:window.__pwned=4"];
  await serve(page, JSON.stringify(data));
  await page.goto("./?lang=en&event=conference-2014-tallinn");
  await expect(page.locator("#event-detail-title")).toHaveText(target.title.en);
  await expect(page.locator("#event-detail")).toContainText(target.summary.en);
  await expect(page.locator(".data-issues")).toContainText("conference-2012-nairobi");
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await page.locator("#event-detail img, #event-detail script").count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  noPanics(consoleErrors);
});

test("a 404 names the error, and Retry recovers", async ({ page }) => {
  let missing = true;
  await page.route("**/data/foc.json", (route) => (missing ? route.fulfill({ status: 404, body: "" }) : route.fallback()));
  await page.goto("./?lang=ro");
  await expect(page.getByRole("alert")).toContainText("eroarea 404");
  missing = false;
  await page.getByRole("button", { name: UI.ro.retry }).click();
  await expect(page.locator(MARKER).first()).toBeVisible();
});

test("a 10-second answer keeps the first view up, then the app takes over in the language chosen meanwhile", async ({ page, consoleErrors }) => {
  await page.route("**/data/foc.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await route.fallback();
  });
  await page.goto("./?lang=mn");
  // The timeline, pre-rendered, is there from the start; a language chosen on it is kept.
  await expect(page.locator("#prerendered .timeline__item > .timeline__event").first()).toBeVisible();
  await page.locator('#prerendered .language-switch__button[lang="ro"]').click();
  await expect(page.locator(MARKER).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.locator(".timeline__count")).toContainText("Se afișează");
  noPanics(consoleErrors);
});

test("random, long and badly encoded URLs never break the app", async ({ page, consoleErrors }) => {
  const junk = [
    "?%",
    "?%%%=%%%",
    "?lang=%FF%FE&event=%E2%82",
    "?&&&==&=&lang",
    `?${"a=b&".repeat(3000)}`,
    "?lang=ro&lang=mn&event=conference-2014-tallinn&event=nope",
    "?from=9999999999999&to=-5&region=",
    "?members=" + encodeURIComponent("МД,md,🙂,<script>"),
    "?event=" + encodeURIComponent('"><img src=x onerror=alert(1)>'),
  ];
  for (const query of junk) {
    await page.goto(`./${query}`);
    await expect(page.locator(MARKER).first()).toBeVisible();
  }
  noPanics(consoleErrors);
});
