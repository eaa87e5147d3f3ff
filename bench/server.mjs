// The benchmark's own static server: both products, gzip-encoded as a real host would send them
// (gzip level 6, the usual default), and a log of the bytes each response put on the wire.
//
//   /x<N>/app/…        our dist/, with data/foc.json replaced by the dataset at N times its size
//   /x<N>/tljs.html    TimelineJS 3.9.11 (bench/timelinejs.html) loading data.json beside it
//   /x<N>/data.json    the same events in TimelineJS's format
//   /tljs/…            node_modules/@knight-lab/timelinejs/dist (timeline.js, timeline.css, …)
//
// At 1x, data/foc.json is the shipped file byte for byte. Everything is compressed once and
// kept in memory, so repeated loads measure the browser, not the server.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { scaleDataset, toTimelineJs } from "./generate.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".eot": "application/vnd.ms-fontobject",
};
// woff and woff2 are compressed already; hosts gzip the rest.
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|javascript|vnd\.ms-fontobject)|image\/svg|font\/ttf)/;

/** Starts the server; resolves to { base, log, close } where `log` lists {path, type, bytes}. */
export async function startServer({ dist, tljs, template }) {
  const dataset = JSON.parse(readFileSync(join(dist, "data/foc.json"), "utf-8"));
  const page = readFileSync(template);
  const cache = new Map();
  const log = [];

  /** The body for a path (null when there is none), computed once. */
  function body(path) {
    if (cache.has(path)) return cache.get(path);
    let raw = null;
    let type = null;
    const scaled = path.match(/^\/x(\d+)(\/.*)$/);
    const times = scaled ? Number(scaled[1]) : 1;
    const rest = scaled ? scaled[2] : path;
    if (scaled && rest === "/tljs.html") [raw, type] = [page, TYPES[".html"]];
    else if (scaled && rest === "/data.json") [raw, type] = [Buffer.from(JSON.stringify(toTimelineJs(scaleDataset(dataset, times)))), TYPES[".json"]];
    else if (scaled && rest === "/app/data/foc.json" && times > 1) [raw, type] = [Buffer.from(JSON.stringify(scaleDataset(dataset, times))), TYPES[".json"]];
    else {
      const [root, file] = scaled && rest.startsWith("/app/") ? [dist, rest.slice(5)] : path.startsWith("/tljs/") ? [tljs, path.slice(6)] : [null, null];
      if (root) {
        const full = normalize(join(root, file === "" || file.endsWith("/") ? `${file}index.html` : file));
        if (full.startsWith(root)) {
          try {
            raw = readFileSync(full);
            type = TYPES[extname(full)] ?? "application/octet-stream";
          } catch {}
        }
      }
    }
    const entry = raw && { raw, type, gzip: COMPRESSIBLE.test(type) ? gzipSync(raw, { level: 6 }) : null };
    cache.set(path, entry);
    return entry;
  }

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const entry = body(path);
    if (!entry) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    const sent = gzip ? entry.gzip : entry.raw;
    const headers = { "content-type": entry.type, "content-length": sent.length, "cache-control": "no-cache", vary: "accept-encoding" };
    if (gzip) headers["content-encoding"] = "gzip";
    res.writeHead(200, headers).end(sent);
    log.push({ path, type: entry.type, bytes: sent.length });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    log,
    /** How many events the dataset has at a scale. */
    events: (times) => dataset.events.length * times,
    /** Computes the bodies for a scale ahead of the timed runs. */
    warm: (times) => ["/app/data/foc.json", "/data.json"].forEach((p) => body(`/x${times}${p}`)),
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}
