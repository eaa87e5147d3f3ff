import { chromium } from "playwright";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage();
for (const host of ["http://127.0.0.1:4190/__host", "http://localhost:4190/__host"]) {
  const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body><iframe data-foc-timeline src="http://127.0.0.1:4190/?embed=1&lang=en" width="100%" height="300"></iframe><script async src="http://127.0.0.1:4190/embed.js"></script></body></html>`;
  await p.goto(`${host}?page=${Buffer.from(html).toString("base64url")}#event=conference-2015-ulaanbaatar`);
  await p.waitForTimeout(3000);
  const f = p.frames()[1];
  console.log(host, await f.url(), await f.locator("#event-detail-title").count(), await p.locator("iframe").evaluate(e => e.getBoundingClientRect().height));
}
await b.close();
