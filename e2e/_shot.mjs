import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking"] });
const ev = process.argv[2] ?? "conference-2012-nairobi", lang = process.argv[3] ?? "en";
for (const [w,h] of [[1280,720],[1024,768],[768,1024]]) {
const p = await b.newPage({ viewport: { width: w, height: h } });
await p.goto(`http://127.0.0.1:4199/?lang=${lang}&event=${ev}`);
await p.waitForSelector(".event-detail");
await p.waitForTimeout(600);
await p.screenshot({ path: `/tmp/prof/deep-${w}.png` });
console.log(w, await p.evaluate(() => { const r = (s) => { const e = document.querySelector(s); if (!e) return null; const b = e.getBoundingClientRect(); return [Math.round(b.top), Math.round(b.bottom), Math.round(b.left), Math.round(b.right)]; }; return { timeline: r("#timeline"), detail: r(".event-detail"), marker: r(".timeline__event--open"), focus: document.activeElement.className, scrollY, sw: document.documentElement.scrollWidth }; }));
}
await b.close();
