import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking"] });
for (const w of [320, 360, 390, 480]) for (const lang of ["en","mn","ro"]) {
const p = await b.newPage({ viewport: { width: w, height: 844 } });
await p.goto(`http://127.0.0.1:4199/?lang=${lang}`);
await p.waitForSelector(".roster");
console.log(w, lang, await p.evaluate(() => { const s = document.querySelector(".roster__scroller"); const rows = [...document.querySelectorAll(".roster__table tbody tr")].map(r => r.getBoundingClientRect().height); return { over: s.scrollWidth - s.clientWidth, maxRow: Math.max(...rows), total: Math.round(document.querySelector(".roster__table").getBoundingClientRect().height) }; }));
await p.close();
}
await b.close();
