// Our member filter's latency, measured inside the page.
//
// A probe listens for keydown on window in the capture phase (so before the app's own handler)
// and notes performance.now() as the start. A MutationObserver notes the time of the last DOM
// change anywhere in the page. On every animation frame after the keydown the probe forces
// style and layout and notes when that frame was ready; the keystroke's latency is the time to
// the first frame that began after the last DOM change, decided once two frames in a row saw
// no change (the DOM has settled). So it counts the app's work, the DOM update, style and
// layout, and the wait for the next frame (up to one frame, ~16.7 ms at 60 Hz), as a person
// would see it; paint and compositing after that are not counted. It also reports the time to
// the last DOM change alone (the app's own work, without the wait for a frame).
//
// Keystrokes: "mold" typed one key at a time, then deleted with Backspace, repeated. Choosing:
// with "mold" typed (one option, Moldova, highlighted), Enter until the timeline shows only
// Moldova's events; then Backspace in the empty field removes the member again (also timed).
import { load } from "./load.mjs";

/** Installed in the loaded app: times each keydown to the settled frame. */
function probe(limit) {
  let lastChange = 0;
  new MutationObserver(() => (lastChange = performance.now())).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  let pending = Promise.resolve({ frame: 0, dom: 0 });
  addEventListener(
    "keydown",
    () => {
      const start = performance.now();
      const frames = [];
      pending = new Promise((resolve) => {
        const frame = () =>
          requestAnimationFrame(() => {
            const began = performance.now();
            document.body.getBoundingClientRect();
            frames.push({ began, ready: performance.now() });
            const quiet = frames.filter((f) => f.began > lastChange);
            if (quiet.length >= 2 || began - start > limit) {
              const settled = quiet[0] ?? frames.at(-1);
              resolve({ frame: settled.ready - start, dom: Math.max(0, lastChange - start) });
            } else frame();
          });
        frame();
      });
    },
    true,
  );
  window.__keystroke = () => pending;
}

/** Waits two frames in the page (lets a programmatic change settle). */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Opens the app at `times` the dataset and times `rounds` rounds of typing "mold" and deleting
 * it, then `chooses` rounds of Enter (narrow to Moldova) and Backspace (back to all events).
 * Each result is { frame, dom } in ms; `narrowed` is the number of Moldova's events at `times`,
 * and `mismatches` counts rounds whose timeline did not show the expected number of events.
 */
export async function filterLatency(browser, server, { times, rounds, chooses, narrowed }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const all = server.events(times);
    if (!(await load(page, server, "ours", times))) throw new Error(`our app at ${times}x: events not visible`);
    await page.evaluate(probe, 120_000);
    const input = page.locator("#member-filter-input");
    await input.focus();
    await settle(page);
    const count = () => page.evaluate(() => document.querySelectorAll(".timeline__item:not([hidden]) > .timeline__event").length);
    const key = async (name) => {
      await page.keyboard.press(name);
      return page.evaluate(() => window.__keystroke());
    };

    const keys = [];
    for (let round = 0; round < rounds; round++) {
      for (const ch of "mold") keys.push(await key(ch));
      for (let i = 0; i < 4; i++) keys.push(await key("Backspace"));
    }

    const choose = [];
    const remove = [];
    let mismatches = 0;
    for (let round = 0; round < chooses; round++) {
      await input.fill("mold");
      await settle(page);
      choose.push(await key("Enter"));
      if ((await count()) !== narrowed) mismatches++;
      remove.push(await key("Backspace"));
      if ((await count()) !== all) mismatches++;
    }
    return { keys, choose, remove, mismatches };
  } finally {
    await context.close();
  }
}
