import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking"] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
const w = process.argv[2] ?? "700", script = process.argv[3] !== "noscript";
const html = (`<!doctype html><body style="margin:0"><div style="width:${w}px;margin:auto"><h1>Ministry</h1><iframe data-foc-timeline src="http://127.0.0.1:4199/?embed=1&lang=mn&event=conference-2015-ulaanbaatar" title="t" width="100%" height="700" style="border:0"></iframe>${script ? '<script async src="http://127.0.0.1:4199/embed.js"></script>' : ''}<p>Footer</p></div></body>`);
await p.goto(`http://localhost:4199/__host?page=${Buffer.from(html).toString("base64url")}`);
const f = p.frameLocator("iframe");
await f.locator("#event-detail").waitFor();
for (let i = 0; i < 6; i++) {
  await p.waitForTimeout(500);
  const h = await p.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
  const d = await f.locator("#event-detail").evaluate((e) => ({ sh: e.scrollHeight, ch: e.clientHeight, pos: getComputedStyle(e).position, body: document.body.scrollHeight, ih: innerHeight }));
  console.log(i, "iframe", h, d);
}
await p.screenshot({ path: "/tmp/prof/emb.png", fullPage: true });
await b.close();
