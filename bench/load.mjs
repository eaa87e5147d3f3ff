// Page loads in the benchmark's Chromium: first-load bytes by kind, and the time from
// navigation start to the events being visible, with the peak JS heap and wasm memory.
//
// "Visible" is decided inside the page, so no round trip to Node is counted: a script added
// before any of the page's own watches the DOM (MutationObserver); once the events are there
// (ours: as many shown `.timeline__event` markers as the dataset has events; TimelineJS: a
// `.tl-timemarker` and a slide's content), it waits for the next animation frame, forces layout and
// checks that the first marker has a non-empty box; the time then (performance.now(), whose
// origin is navigation start) is the result. Each run has a fresh browser context (no cache).
import { chromium } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"],
  });
}

/** What "events visible" means for each product. */
export const PRODUCTS = {
  ours: { path: (times) => `/x${times}/app/?lang=en`, marker: ".timeline__event", ready: (n) => `document.querySelectorAll(".timeline__item:not([hidden]) > .timeline__event").length === ${n}` },
  tljs: { path: (times) => `/x${times}/tljs.html`, marker: ".tl-timemarker-content-container", ready: () => `!!document.querySelector(".tl-timemarker") && !!document.querySelector(".tl-slide-content")` },
};

/** Installed before the page's own scripts: reports when the events become visible (and, with
 * `click`, clicks the first marker then and reports when its detail is open). */
export function watcher({ ready, marker, click }) {
  const state = { visibleAt: 0, peakHeap: 0, wasm: null };
  window.__bench = state;
  const isReady = new Function(`return ${ready}`);
  const sample = () => (state.peakHeap = Math.max(state.peakHeap, performance.memory?.usedJSHeapSize ?? 0));
  const sampler = setInterval(sample, 50);
  addEventListener("TrunkApplicationStarted", (e) => (state.wasm = e.detail?.wasm ?? null));
  let waiting = false;
  const frame = () =>
    requestAnimationFrame(() => {
      const box = document.querySelector(marker)?.getBoundingClientRect();
      if (!(box && box.width > 0 && box.height > 0 && isReady())) return frame();
      state.visibleAt = performance.now();
      sample();
      clearInterval(sampler);
      observer.disconnect();
      // Straight to Node (a binding), so a busy page cannot delay the report.
      window.__benchVisible?.({ ms: state.visibleAt, heap: state.peakHeap, wasm: state.wasm?.memory?.buffer?.byteLength ?? null });
      if (click) {
        // A reader's click on the first marker as soon as it shows; the detail counts once it
        // has a box on screen (a click before the app is live is kept for it, src/fallback.rs).
        document.querySelector(marker).click();
        const opened = () =>
          requestAnimationFrame(() => {
            const detail = document.getElementById("event-detail")?.getBoundingClientRect();
            if (detail && detail.width > 0 && detail.height > 0) window.__benchDetail?.(performance.now());
            else opened();
          });
        opened();
      }
    });
  const observer = new MutationObserver(() => {
    if (!waiting && isReady()) {
      waiting = true;
      frame();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Loads a product at `times` the dataset in `page` and resolves to { ms, heap, wasm } when its
 * events are visible, or to null after `timeout` ms.
 */
export async function load(page, server, product, times, timeout = 300_000, click = false) {
  let report, reportDetail;
  const visible = new Promise((resolve) => (report = resolve));
  const detail = new Promise((resolve) => (reportDetail = resolve));
  await page.exposeFunction("__benchVisible", (result) => report(result));
  await page.exposeFunction("__benchDetail", (ms) => reportDetail(ms));
  const { ready, marker, path } = PRODUCTS[product];
  await page.addInitScript(watcher, { ready: ready(server.events(times)), marker, click });
  let timer;
  const limit = new Promise((resolve) => (timer = setTimeout(() => resolve(null), timeout)));
  await page.goto(server.base + path(times), { waitUntil: "commit" });
  const result = await Promise.race([visible, limit]);
  if (result && click) result.detailMs = await Promise.race([detail, limit.then(() => null)]);
  clearTimeout(timer);
  return result;
}

/** The kind of a response, for the bytes table. */
export function kindOf(path, type) {
  if (/wasm/.test(type)) return "wasm";
  if (/json/.test(type)) return "data";
  if (/^font\//.test(type) || /\.(woff2?|ttf|otf|eot)$/.test(path)) return "fonts";
  if (/javascript/.test(type)) return "JS";
  if (/css/.test(type)) return "CSS";
  if (/html/.test(type)) return "HTML";
  return "other";
}

/** One first load at 1x; returns the bytes on the wire (gzip where it applies) by kind. */
export async function firstLoadBytes(browser, server, product) {
  const context = await browser.newContext();
  const from = server.log.length;
  try {
    const page = await context.newPage();
    if (!(await load(page, server, product, 1, 60_000))) throw new Error(`${product}: events not visible within 60 s`);
    await page.waitForLoadState("networkidle");
  } finally {
    await context.close();
  }
  const bytes = {};
  for (const { path, type, bytes: n } of server.log.slice(from)) {
    const kind = kindOf(path, type);
    bytes[kind] = (bytes[kind] ?? 0) + n;
  }
  return bytes;
}

/**
 * One fresh load with the CPU slowed `throttle` times (and, with `network`, the network shaped
 * so): { ms, heap, wasm, detailMs } (ms from navigation start to events visible, peak JS heap,
 * wasm memory bytes; with `click`, ms to the detail of the first marker, clicked as soon as it
 * shows), or null past `timeout` ms.
 */
export async function timeToEvents(browser, server, product, times, throttle, timeout, { network = null, click = false } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (throttle > 1 || network) {
      const cdp = await context.newCDPSession(page);
      if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
      if (network) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...network });
    }
    return await load(page, server, product, times, timeout, click);
  } finally {
    await context.close();
  }
}

/** Lighthouse's "slow 4G" (its mobile default): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
