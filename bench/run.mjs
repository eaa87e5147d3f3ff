// `make bench`: our app and TimelineJS 3.9.11 side by side in one headless Chromium, showing
// the same events. Prints numbers only; it never fails a test.
//
// - first-load bytes (gzip, as a host would send them), by kind;
// - time from navigation to events visible (ours: every marker rendered; TimelineJS: its
//   first time marker), median of RUNS runs, unthrottled and with the CPU throttled 4x,
//   at 1x, 10x and 100x the dataset (copies of the events with new ids);
// - our filter latency per keystroke (keydown to the next frame after the DOM updated) and
//   time to narrow the timeline after choosing a member, p50 and p95;
// - peak JS heap and wasm memory.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DIST = resolve("dist");
const TLJS = resolve("node_modules/@knight-lab/timelinejs/dist");
const dataset = JSON.parse(readFileSync("public/data/foc.json", "utf-8"));
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml", ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf" };

/** The dataset with `times` copies of every event (new ids), as our app reads it. */
function scaled(times) {
  const events = [];
  for (let copy = 0; copy < times; copy++) {
    for (const e of dataset.events) events.push(copy === 0 ? e : { ...e, id: `${e.id}-x${copy}` });
  }
  return { ...dataset, events };
}

/** The same events in TimelineJS's JSON format (English). */
function timelinejs(data) {
  const date = (d) => {
    const [year, month, day] = d.split("-").map(Number);
    return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
  };
  return {
    events: data.events.map((e) => ({
      unique_id: e.id,
      start_date: date(e.start),
      ...(e.end ? { end_date: date(e.end) } : {}),
      text: { headline: e.title.en, text: e.summary.en },
      group: e.kind,
    })),
  };
}

const TLJS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/tljs/css/timeline.css"></head><body>
<div id="timeline-embed" style="width:100%;height:600px"></div>
<script src="/tljs/js/timeline.js"></script>
<script>fetch("/tljs-data.json").then(r => r.json()).then(d => { window.tl = new TL.Timeline("timeline-embed", d); });</script>
</body></html>`;

let scale = 1;
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const send = (body, type) => res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
  try {
    if (path === "/tljs.html") return send(TLJS_PAGE, "text/html");
    if (path === "/tljs-data.json") return send(JSON.stringify(timelinejs(scaled(scale))), "application/json");
    if (path === "/app/data/foc.json") return send(JSON.stringify(scaled(scale)), "application/json");
    const [root, rest] = path.startsWith("/tljs/") ? [TLJS, path.slice(6)] : [DIST, path.replace(/^\/app\//, "") || "index.html"];
    const file = normalize(join(root, rest.endsWith("/") || rest === "" ? `${rest}index.html` : rest));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    send(await readFile(file), types[extname(file)] ?? "application/octet-stream");
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--enable-precise-memory-info"],
});

const kindOf = (url, type) => {
  if (/\.wasm$/.test(url)) return "wasm";
  if (/\.json$/.test(url)) return "data";
  if (/\.(woff2?|ttf|otf)$/.test(url) || /font/.test(type)) return "fonts";
  if (/javascript/.test(type) || /\.js$/.test(url)) return "JS";
  if (/css/.test(type)) return "CSS";
  if (/html/.test(type)) return "HTML";
  return "other";
};

/** Loads a page once; returns gzip bytes by kind. */
async function bytes(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = {};
  const pending = [];
  page.on("response", (r) => pending.push(r.body().then((b) => {
    const kind = kindOf(r.url(), r.headers()["content-type"] ?? "");
    sizes[kind] = (sizes[kind] ?? 0) + gzipSync(b, { level: 9 }).length;
  }).catch(() => {})));
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await context.close();
  return sizes;
}

const visible = {
  ours: (n) => `document.querySelectorAll(".timeline__event").length === ${n}`,
  tljs: () => `document.querySelectorAll(".tl-timemarker").length > 0`,
};

/** Milliseconds from navigation start until the events are visible, one fresh run. */
async function timeToEvents(url, condition, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)));
  await page.goto(url);
  await page.waitForFunction(condition, null, { timeout: 120_000, polling: "raf" });
  const ms = await page.evaluate(() => performance.now());
  const metrics = Object.fromEntries((await cdp.send("Performance.enable").then(() => cdp.send("Performance.getMetrics"))).metrics.map((m) => [m.name, m.value]));
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
  await context.close();
  return { ms, heap: metrics.JSHeapUsedSize, wasm };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
const ms = (n) => n.toFixed(0).padStart(6) + " ms";

/** The events that involve Moldova, which the filter benchmark chooses ("md"). */
const moldovaEvents = dataset.events.filter((e) => (e.members ?? []).includes("MD") || e.place?.country === "MD").length;

/** Our filter: keydown to the frame after the options update, and Enter to the narrowed timeline. */
async function filterLatency(times) {
  scale = times;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/app/?lang=en`);
  await page.waitForFunction(visible.ours(dataset.events.length * times), null, { timeout: 120_000 });
  await page.evaluate(() => {
    window.__lat = [];
    const input = document.querySelector("#member-filter-input");
    input.addEventListener("keydown", () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
    }, { capture: true });
  });
  const input = page.locator("#member-filter-input");
  for (let round = 0; round < 10; round++) {
    await input.fill("");
    await input.pressSequentially("mold", { delay: 30 });
  }
  await page.waitForTimeout(100);
  const keys = await page.evaluate(() => window.__lat);
  const choose = [];
  for (let round = 0; round < 8; round++) {
    await input.fill("md");
    const t0 = await page.evaluate(() => performance.now());
    await input.press("Enter");
    await page.waitForFunction(
      (n) => document.querySelector(".chips__chip") && document.querySelectorAll(".timeline__event").length === n,
      moldovaEvents * times,
      { polling: "raf", timeout: 120_000 },
    );
    choose.push((await page.evaluate(() => performance.now())) - t0);
    await page.locator(".chips__remove").click();
    await page.waitForFunction(() => !document.querySelector(".chips__chip"), null, { polling: "raf" });
  }
  await context.close();
  return { keys, choose };
}

console.log(`FOC Timeline benchmark: our app vs TimelineJS 3.9.11, same ${dataset.events.length} events, Chromium headless, median of ${RUNS} runs (3 at 100x)\n`);

scale = 1;
const ours = await bytes(`${base}/app/?lang=en`);
const theirs = await bytes(`${base}/tljs.html`);
const total = (s) => Object.values(s).reduce((a, b) => a + b, 0);
console.log("First-load bytes, gzip        ours      TimelineJS");
for (const kind of ["wasm", "JS", "CSS", "HTML", "data", "fonts", "other"]) {
  console.log(`  ${kind.padEnd(24)}${kb(ours[kind] ?? 0)}  ${kb(theirs[kind] ?? 0)}`);
}
console.log(`  ${"total".padEnd(24)}${kb(total(ours))}  ${kb(total(theirs))}`);
const ourCode = (ours.wasm ?? 0) + (ours.JS ?? 0) + (ours.CSS ?? 0);
const theirCode = (theirs.JS ?? 0) + (theirs.CSS ?? 0);
console.log(`  ${"code (wasm/JS + CSS)".padEnd(24)}${kb(ourCode)}  ${kb(theirCode)}\n`);

console.log("Navigation to events visible   ours            TimelineJS      ours peak JS heap / wasm memory");
const timings = {};
for (const times of [1, 10, 100]) {
  scale = times;
  for (const throttle of [1, 4]) {
    // The 100x runs take minutes under throttling: fewer of them.
    const count = times === 100 ? Math.min(RUNS, 3) : RUNS;
    const o = [];
    const t = [];
    for (let run = 0; run < count; run++) {
      o.push(await timeToEvents(`${base}/app/?lang=en`, visible.ours(dataset.events.length * times), throttle));
      t.push(await timeToEvents(`${base}/tljs.html`, visible.tljs(), throttle));
    }
    const label = `${times}x data, CPU ${throttle}x`;
    timings[label] = { ours: median(o.map((r) => r.ms)), theirs: median(t.map((r) => r.ms)) };
    const heap = Math.max(...o.map((r) => r.heap));
    const wasm = Math.max(...o.map((r) => r.wasm ?? 0));
    console.log(`  ${label.padEnd(28)}${ms(timings[label].ours)}       ${ms(timings[label].theirs)}       ${kb(heap)} / ${wasm ? kb(wasm) : "n/a"}`);
  }
}

console.log("\nOur member filter (p50 / p95)     per keystroke            choose member -> timeline narrowed");
const latency = {};
for (const times of [1, 100]) {
  const { keys, choose } = await filterLatency(times);
  latency[times] = pct(keys, 95);
  console.log(`  ${`${times}x data`.padEnd(32)}${ms(pct(keys, 50))} / ${ms(pct(keys, 95))}      ${ms(pct(choose, 50))} / ${ms(pct(choose, 95))}   (${keys.length} keystrokes)`);
}

const met = (ok) => (ok ? "met" : "not met");
const t1 = timings["1x data, CPU 1x"];
console.log("\nTargets (informative)");
console.log(`  first-load code <= TimelineJS JS+CSS: ${kb(ourCode)} vs ${kb(theirCode)}: ${met(ourCode <= theirCode)}`);
console.log(`  first-load total incl. data:          ${kb(total(ours))} vs ${kb(total(theirs))}: ${met(total(ours) <= total(theirs))}`);
console.log(`  events visible <= half TimelineJS:    ${ms(t1.ours)} vs ${ms(t1.theirs / 2)}: ${met(t1.ours <= t1.theirs / 2)}`);
console.log(`  p95 filter latency at 100x < 16 ms:   ${ms(latency[100])}: ${met(latency[100] < 16)}`);
console.log("  Lighthouse: not run (not installed; see the closing notes)");

await browser.close();
server.close();
