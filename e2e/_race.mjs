import { chromium } from "playwright";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const APP = "http://127.0.0.1:4190/";
const frame = `<iframe data-foc-timeline src="${APP}?embed=1&lang=mn" title="Timeline" width="100%" height="300" style="border:0"></iframe>`;
const body = `<h1>Ministry</h1><p><a id="to-nairobi" href="#event=conference-2012-nairobi">Nairobi</a></p><p style="height:900px">x</p>${frame}<script async src="${APP}embed.js"></script><p style="height:1200px">after</p>`;
const html = `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>${body}<script>window.__log=[];addEventListener("message",e=>__log.push([performance.now()|0, JSON.stringify(e.data)]));</script></body></html>`;
async function one(i) {
  const ctx = await b.newContext({ viewport: { width: 1280, height: 740 } });
  const p = await ctx.newPage();
  await p.goto(`http://localhost:4190/__host?page=${Buffer.from(html).toString("base64url")}#event=conference-2015-ulaanbaatar`);
  await p.frameLocator("iframe").locator("#event-detail-title").waitFor();
  await p.waitForTimeout(3000);
  const y = await p.evaluate(() => scrollY);
  const box = await p.frameLocator("iframe").locator("#event-detail-title").boundingBox();
  const ok = box.y >= 0 && box.y < 740;
  if (!ok) console.log(i, "FAIL scrollY", y, "box", box, await p.evaluate(() => __log.join("\n")));
  await ctx.close();
  return ok;
}
let fails = 0;
for (let round = 0; round < 4; round++) {
  const r = await Promise.all([0,1,2,3,4,5].map(i => one(round*6+i)));
  fails += r.filter(x => !x).length;
}
console.log("fails", fails);
await b.close();
