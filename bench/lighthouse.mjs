// Lighthouse scores for a URL: the npm `lighthouse` CLI (pinned in package.json) with its
// default settings (mobile form factor, simulated slow 4G and 4x CPU), driving Debian's
// Chromium (CHROME_PATH) in its own headless instance, categories performance, accessibility,
// best-practices and seo, JSON report to a temporary file. Never throws: when Lighthouse
// cannot run, the result says why.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CHROMIUM_ARGS } from "./load.mjs";

const BIN = resolve("node_modules/.bin/lighthouse");
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Resolves to { scores: {category: 0..100}, metrics: {fcp, lcp, tbt, cls} } or { error }. */
export async function lighthouse(url) {
  if (!existsSync(BIN)) return { error: "not installed (npm ci)" };
  const dir = mkdtempSync(join(tmpdir(), "bench-lighthouse-"));
  const out = join(dir, "report.json");
  const args = [
    url,
    `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" };
  try {
    await new Promise((ok, fail) =>
      execFile(BIN, args, { env, timeout: 150_000, maxBuffer: 16 << 20 }, (error, _stdout, stderr) =>
        error ? fail(new Error(error.killed ? "timed out after 150 s" : (stderr.trim().split("\n").at(-1) || error.message))) : ok(),
      ),
    );
    const report = JSON.parse(readFileSync(out, "utf-8"));
    if (report.runtimeError) return { error: report.runtimeError.message ?? report.runtimeError.code };
    const audit = (id) => report.audits[id]?.numericValue;
    return {
      version: report.lighthouseVersion,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, report.categories[c]?.score == null ? null : Math.round(report.categories[c].score * 100)])),
      metrics: { fcp: audit("first-contentful-paint"), lcp: audit("largest-contentful-paint"), tbt: audit("total-blocking-time"), cls: audit("cumulative-layout-shift") },
    };
  } catch (error) {
    return { error: error.message.split("\n")[0].slice(0, 200) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
