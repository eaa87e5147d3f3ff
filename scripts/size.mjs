// `make size`: raw, gzip and brotli bytes of every file in a directory (default dist/), the
// total, and the first-load subtotal: what a reader's browser fetches to show the timeline.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const root = process.argv[2] ?? "dist";
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(root);
files.sort();

const rows = files.map((path) => {
  const bytes = readFileSync(path);
  return {
    file: relative(root, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
});
const total = rows.reduce(
  (sum, r) => ({ file: "TOTAL", raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
  { file: "TOTAL", raw: 0, gzip: 0, brotli: 0 },
);
const firstLoad = /^(index\.html|[^/]+\.(js|wasm|css|svg)|data\/foc\.json)$/;
const sum = (label, list) =>
  list.reduce((acc, r) => ({ file: label, raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip, brotli: acc.brotli + r.brotli }), {
    file: label,
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
const firstLoadRows = rows.filter((r) => firstLoad.test(r.file) && r.file !== "embed.js");
const width = Math.max(...rows.map((r) => r.file.length), 24);
const line = (r) =>
  `${r.file.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
console.log(`${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip".padStart(9)}  ${"brotli".padStart(9)}`);
rows.forEach((r) => console.log(line(r)));
console.log(line(total));
console.log(line(sum("FIRST LOAD (app + data)", firstLoadRows)));
console.log(line(sum("  of which wasm + JS + CSS", firstLoadRows.filter((r) => /\.(js|wasm|css)$/.test(r.file)))));
