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

/** Installed before the page's own scripts: reports when the events become visible. */
export function watcher({ ready, marker }) {
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
export async function load(page, server, product, times, timeout = 300_000) {
  let report;
  const visible = new Promise((resolve) => (report = resolve));
  await page.exposeFunction("__benchVisible", (result) => report(result));
  const { ready, marker, path } = PRODUCTS[product];
  await page.addInitScript(watcher, { ready: ready(server.events(times)), marker });
  let timer;
  const limit = new Promise((resolve) => (timer = setTimeout(() => resolve(null), timeout)));
  await page.goto(server.base + path(times), { waitUntil: "commit" });
  const result = await Promise.race([visible, limit]);
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
 * One fresh load with the CPU slowed `throttle` times: { ms, heap, wasm } (ms from navigation
 * start to events visible, peak JS heap, wasm memory bytes), or null past `timeout` ms.
 */
export async function timeToEvents(browser, server, product, times, throttle, timeout) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    }
    return await load(page, server, product, times, timeout);
  } finally {
    await context.close();
  }
}
