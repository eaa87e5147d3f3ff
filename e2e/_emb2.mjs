import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
const ds = JSON.parse(readFileSync("public/data/foc.json"));
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking"] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
const w = process.argv[2] ?? "700";
let worst = [];
for (const lang of ["en","mn","ro"]) {
const html = `<!doctype html><body style="margin:0"><div style="width:${w}px;margin:auto"><iframe data-foc-timeline src="http://127.0.0.1:4199/?embed=1&lang=${lang}" title="t" width="100%" height="700" style="border:0"></iframe><script async src="http://127.0.0.1:4199/embed.js"></script></div></body>`;
await p.goto(`http://localhost:4199/__host?page=${Buffer.from(html).toString("base64url")}`);
const fr = p.frames()[1];
await fr.waitForSelector(".timeline__event");
for (const e of ds.events) {
  await fr.evaluate((id) => document.getElementById("event-" + id)?.click(), e.id);
  await p.waitForTimeout(60);
  const d = await fr.evaluate(() => { const e = document.getElementById("event-detail"); return e ? { sh: e.scrollHeight, ch: e.clientHeight, body: document.body.scrollHeight } : null; });
  if (d) worst.push([lang, e.id, d.sh, d.ch, d.body, (d.sh / d.body).toFixed(2)]);
}
}
worst.sort((a, b) => b[5] - a[5]);
console.log(worst.slice(0, 5));
await b.close();
