import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking"] });
const cases = [[1280,720,"conference-2016-san-jose"],[1024,768,"conference-2015-ulaanbaatar"],[768,1024,"accession-2015-spain"],[390,844,"conference-2014-tallinn"]];
for (const [w,h,ev] of cases) {
const p = await b.newPage({ viewport: { width: w, height: h } });
await p.goto(`http://127.0.0.1:4199/?lang=en`);
await p.waitForSelector(".timeline__event");
await p.waitForTimeout(300);
const m = p.locator(`#event-${ev}`);
await m.scrollIntoViewIfNeeded();
console.log("before", await m.boundingBox());
await m.click();
await p.waitForSelector(".event-detail");
await p.waitForTimeout(300);
await p.screenshot({ path: `/tmp/prof/click-${w}.png` });
console.log(w, ev, await p.evaluate((ev) => { const r = (s) => { const e = document.querySelector(s); if (!e) return null; const b = e.getBoundingClientRect(); return [Math.round(b.top), Math.round(b.bottom), Math.round(b.left), Math.round(b.right)]; }; const sc = document.querySelector(`#event-${ev}`).closest(".timeline__scroller").getBoundingClientRect(); return { scroller: [Math.round(sc.left), Math.round(sc.right)], detail: r(".event-detail"), marker: r(`#event-${ev}`), focus: document.activeElement.id, scrollY }; }, ev));
}
await b.close();
