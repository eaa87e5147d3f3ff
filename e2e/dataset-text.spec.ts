// The dataset and translation fixes of issue 21 as a reader meets them, in each language: the
// expected texts are written out here, not read from the dataset, so that a data edit cannot
// silently revert them. Also: one record per happening, linked to its conference; an accession
// involves only the joining country; a removed id in an old link is repaired.
import { test, expect, openApp, shownEventIds, TEXT, LANGS, axeViolations } from "./fixtures";

const detail = "#event-detail";
const title = "#event-detail-title";
const summary = ".event-detail__summary";

test("[en] the online 2021 conference, the Rome claim and the inferred month read as the sources allow", async ({ page, consoleErrors }) => {
  await openApp(page, "?lang=en&event=conference-2021-helsinki");
  await expect(page.locator(title)).toHaveText("10th Anniversary Freedom Online Conference (online, hosted by Finland)");
  await expect(page.locator(detail)).toContainText("Online (Finland)");
  await expect(page.locator("#event-conference-2021-helsinki")).toContainText("Online");
  await openApp(page, "?lang=en&event=milestone-2022-rome-meeting");
  await expect(page.locator(summary)).toHaveText(
    "The sources consulted show no Freedom Online Conference after 2021; the coalition met at Strategy and Coordination Meetings such as this one, held in Rome during the Canadian chairship.",
  );
  await openApp(page, "?lang=en&event=statement-2012-world-press-freedom-day");
  await expect(page.locator(summary)).toContainText("the month shown, May, is inferred from World Press Freedom Day (3 May)");
  await openApp(page, "?lang=en&event=accession-2019-switzerland");
  await expect(page.locator(summary)).toContainText("It took over the chair of the coalition in January 2026.");
  expect(consoleErrors).toEqual([]);
});

test("[en] a part names its conference and links to it; the conference links back", async ({ page }) => {
  await openApp(page, "?lang=en&event=accession-2012-tunisia");
  const partOf = page.locator(".event-detail__part-of");
  await expect(partOf).toHaveText("Part of: 2nd Freedom Online Conference, Nairobi");
  await partOf.getByRole("link", { name: "2nd Freedom Online Conference, Nairobi" }).click();
  await expect(page.locator(title)).toHaveText("2nd Freedom Online Conference, Nairobi");
  await expect(page).toHaveURL(/event=conference-2012-nairobi/);
  const parts = page.locator(".event-detail__parts");
  await expect(parts.getByRole("link")).toHaveText(["Nairobi Terms of Reference adopted", "Tunisia joins the coalition at the Nairobi conference"]);
  await parts.getByRole("link", { name: "Nairobi Terms of Reference adopted" }).click();
  await expect(page.locator(title)).toHaveText("Nairobi Terms of Reference adopted");
  // The founding is the Hague conference itself, not a second record beside it.
  await openApp(page, "?lang=en");
  const ids = await shownEventIds(page);
  for (const gone of ["milestone-2011-founding", "milestone-2014-tallinn-recommendations", "statement-2016-san-jose", "milestone-2012-digital-defenders-partnership"]) {
    expect(ids).not.toContain(gone);
  }
  expect(ids).toContain("conference-2011-the-hague");
});

test("[mn] fixed Mongolian texts and dates in the rendered app", async ({ page }) => {
  await openApp(page, "?lang=mn&event=milestone-2025-chair-handover");
  await expect(page.locator(summary)).toContainText("шилжүүлж, Швейцар Улс 2026 оны Үйл ажиллагааны хөтөлбөрөө танилцуулав");
  await openApp(page, "?lang=mn&event=conference-2021-helsinki");
  await expect(page.locator(`${detail} time`).first()).toHaveText("2021\u202Fоны 11 дүгээр сарын 30 – 12 дугаар сарын 3");
  await expect(page.locator(detail)).toContainText("Цахим хэлбэрээр (Финланд)");
  await expect(page.locator(title)).toHaveText("Онлайн эрх чөлөөний эвслийн 10 жилийн ойн бага хурал (цахим хэлбэрээр, Финланд Улс зохион байгуулсан)");
  await openApp(page, "?lang=mn&event=accession-2023-south-korea");
  await expect(page.locator(title)).toHaveText("БНСУ эвслийн 38 дахь гишүүн болов");
  await openApp(page, "?lang=mn&event=statement-2012-itu-wcit-dubai");
  await expect(page.locator(summary)).toContainText("ОУЦХБ-ын Олон улсын цахилгаан холбооны дэлхийн бага хурлын үеэр");
  await expect(page.locator(summary)).not.toContainText("WCIT");
  await openApp(page, "?lang=mn&event=accession-2012-tunisia");
  await expect(page.locator(summary)).toContainText("анхны араб гишүүн");
  await expect(page.locator(".event-detail__part-of")).toHaveText("Дараах бага хурлын хүрээнд: Онлайн эрх чөлөөний хоёрдугаар бага хурал, Найроби");
  await expect(page.locator(".roster__note")).toHaveText("Эвсэл 42 гишүүнтэй гэж мэдээлдэг; ашигласан эх сурвалжид тэдгээрийн 40 нь нэрээр дурдагдсан.");
  await expect(page.locator("#timeline-help")).toHaveText(/^Үйл явдлуудын хооронд сум, Home, End товчоор шилжиж, Enter товчоор нээж/);
});

test("[ro] fixed Romanian texts in the rendered app", async ({ page }) => {
  await openApp(page, "?lang=ro&event=conference-2014-tallinn");
  await expect(page.locator(summary)).toContainText("Conferința a fost găzduită de guvernul Estoniei.");
  await expect(page.locator(summary)).toContainText("Mongolia a fost confirmată pentru următoarea președinție");
  await openApp(page, "?lang=ro&event=accession-2020-luxembourg");
  await expect(page.locator(title)).toHaveText("Luxemburgul devine al 34-lea membru al Coaliției");
  await openApp(page, "?lang=ro&event=statement-2012-itu-wcit-dubai");
  await expect(page.locator(summary)).toContainText("; Ministerul Afacerilor Externe al Mongoliei citează această coordonare drept un bun exemplu");
  await openApp(page, "?lang=ro&event=conference-2021-helsinki");
  await expect(page.locator(detail)).toContainText("Online (Finlanda)");
  await expect(page.locator(".roster__table th").nth(1)).toHaveText(/Data aderării/);
  await expect(page.locator(".roster__note")).toHaveText("Coaliția raportează 42 de membri; sursele consultate îi menționează nominal pe 40 dintre ei.");
  await expect(page.locator(".chart__legend")).toContainText("Membri identificați nominal (după data aderării)");
  await expect(page.getByRole("heading", { name: "Filtrează cronologia" })).toHaveCount(1);
});

for (const lang of LANGS) {
  test(`[${lang}] filtering by Kenya no longer shows Tunisia's accession, nor the Netherlands Armenia's`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&members=KE`);
    let ids = await shownEventIds(page);
    expect(ids).toContain("conference-2012-nairobi");
    expect(ids).toContain("chairship-2012-kenya");
    expect(ids).not.toContain("accession-2012-tunisia");
    await openApp(page, `?lang=${lang}&members=NL`);
    ids = await shownEventIds(page);
    expect(ids).toContain("chairship-2024-netherlands");
    expect(ids).not.toContain("accession-2024-armenia");
    await openApp(page, `?lang=${lang}&members=TN`);
    expect(await shownEventIds(page)).toContain("accession-2012-tunisia");
  });
}

test("an old link to a merged record is repaired: a notice, and the timeline works", async ({ page }) => {
  await page.goto("./?lang=en&event=milestone-2011-founding");
  const notice = page.locator(".notice");
  await expect(notice).toContainText(TEXT.en.noticeTitle);
  await expect(notice).toContainText("milestone-2011-founding");
  await expect(page.locator(detail)).toHaveCount(0);
  await expect(page.locator("#event-conference-2011-the-hague")).toBeVisible();
});

test("the growth chart says why 2015 zig-zags where the reader meets it", async ({ page }) => {
  await openApp(page, "?lang=en");
  const titles = await page.locator(".chart__dot title").allTextContents();
  const in2015 = titles.filter((t) => /^(October )?2015: /.test(t));
  expect(in2015.map((t) => t.split(".")[0])).toEqual(["2015: 24 members", "2015: 26 members", "October 2015: 25 members"]);
  for (const t of in2015) expect(t).toMatch(/The 2015 figures disagree|the sources disagree/);
});

for (const lang of LANGS) {
  test(`[${lang}] axe: the links between a conference and what came from it`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&event=conference-2012-nairobi`);
    await expect(page.locator(".event-detail__parts a")).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
    await openApp(page, `?lang=${lang}&event=accession-2012-tunisia`);
    await expect(page.locator(".event-detail__part-of a")).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}
