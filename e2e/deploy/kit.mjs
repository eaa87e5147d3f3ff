// What the deploy kit's tests expect of any server, worked out apart from scripts/deploy_kit.py:
// the policy as docs/deploying.md states it, with the hashes of the built index.html's inline
// scripts; a year's immutable lifetime for the files index.html loads by a hashed name and
// revalidation for every other file; the content type by extension. Also a reader of the
// `_headers` format, applied as Netlify (a later rule's header replaces an earlier one's) and
// as Cloudflare Pages (the values are joined) apply it. Used by e2e/deploy/*.ts and *.test.mjs,
// and by e2e/server.mjs, which serves the build's policy from dist/_headers.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export const REVALIDATE = "no-cache";
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const DEFAULT_ANCESTORS = "'self'";
export const KIT_FILES = ["nginx.conf", ".htaccess", "_headers"];
export const BASE = "/foc/";

/** The frame-ancestors the build was told (scripts/deploy_kit.py reads the same variable). */
export const builtAncestors = () => (process.env.FOC_FRAME_ANCESTORS ?? "").trim().split(/\s+/).filter(Boolean).join(" ") || DEFAULT_ANCESTORS;

/** Every file of the build but the kit's own, as paths relative to dist/ with "/". */
export function builtFiles(dist) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!(dir === dist && KIT_FILES.includes(name))) files.push(relative(dist, path).split("\\").join("/"));
    }
  };
  walk(dist);
  return files.sort();
}

/** The hash source of each inline script of index.html, as a browser computes it. */
export function scriptHashes(indexHtml) {
  return inlineHashes(indexHtml, "script");
}

/** 'sha256-…' for each inline element of this name (script, style) in index.html. */
function inlineHashes(indexHtml, element) {
  return [...indexHtml.matchAll(new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`, "g"))]
    .filter((m) => m[1].trim())
    .map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
}

/** The policy of docs/deploying.md (its "Content-Security-Policy:" block) for this build. */
export function expectedPolicy(root, dist, ancestors) {
  const docs = readFileSync(join(root, "docs", "deploying.md"), "utf-8");
  const block = docs.match(/```\n(Content-Security-Policy: [\s\S]*?)\n(?=[A-Z][\w-]*: |```)/);
  if (!block) throw new Error("docs/deploying.md has no Content-Security-Policy block");
  const documented = block[1].replace(/^Content-Security-Policy: /, "").split(/\s*\n\s*/).join(" ");
  if (!documented.includes("'sha256-<HASH>'")) throw new Error("the documented policy has no 'sha256-<HASH>'");
  if (!documented.includes("'sha256-<STYLE-HASH>'")) throw new Error("the documented policy has no 'sha256-<STYLE-HASH>'");
  const index = readFileSync(join(dist, "index.html"), "utf-8");
  const hashes = scriptHashes(index);
  if (hashes.length === 0) throw new Error("dist/index.html has no inline script");
  const styles = inlineHashes(index, "style");
  if (styles.length !== 1) throw new Error(`dist/index.html has ${styles.length} inline style sheets, not one`);
  return documented
    .replace("'sha256-<HASH>'", hashes.join(" "))
    .replace("'sha256-<STYLE-HASH>'", styles[0])
    .replace(/frame-ancestors [^;]*$/, `frame-ancestors ${ancestors}`);
}

/** The other headers the documentation asks for on every response. */
export function documentedHeaders(root) {
  const docs = readFileSync(join(root, "docs", "deploying.md"), "utf-8");
  return Object.fromEntries(
    ["X-Content-Type-Options", "Referrer-Policy"].map((name) => {
      const m = docs.match(new RegExp(`^${name}: (.+)$`, "m"));
      if (!m) throw new Error(`docs/deploying.md does not state ${name}`);
      return [name.toLowerCase(), m[1].trim()];
    }),
  );
}

/** The files index.html loads by a name that carries Trunk's hash of their content. */
export function hashedFiles(dist) {
  const index = readFileSync(join(dist, "index.html"), "utf-8");
  const names = new Set(index.match(/[\w.-]+-[0-9a-f]{1,16}(?:_bg)?\.(?:js|wasm|css|svg|png|ico)\b/g) ?? []);
  return [...names].filter((n) => builtFiles(dist).includes(n)).sort();
}

export function expectedCache(file, hashed) {
  return hashed.includes(file) ? IMMUTABLE : REVALIDATE;
}

/** Content types by extension: exact for wasm (browsers insist), the usual choices elsewhere. */
export const TYPES = {
  html: /^text\/html(; ?charset=utf-8)?$/i,
  js: /^(text|application)\/javascript(; ?charset=utf-8)?$/i,
  css: /^text\/css(; ?charset=utf-8)?$/i,
  json: /^application\/json(; ?charset=utf-8)?$/i,
  wasm: /^application\/wasm$/,
  svg: /^image\/svg\+xml(; ?charset=utf-8)?$/i,
  png: /^image\/png$/,
  ico: /^image\/(x-icon|vnd\.microsoft\.icon)$/,
  txt: /^text\/plain(; ?charset=utf-8)?$/i,
};
export const COMPRESSIBLE = ["html", "js", "css", "json", "wasm", "svg", "txt"];
export const extension = (file) => file.split(".").pop();

/** Reads a `_headers` file: [{path, headers: [[name, value]]}]; throws on anything else. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      if (!line.startsWith("/")) throw new Error(`_headers line ${i + 1}: a path starts with /`);
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const m = line.match(/^\s+([A-Za-z0-9-]+):\s*(.*)$/);
    if (!m || rules.length === 0) throw new Error(`_headers line ${i + 1}: not "  Name: value" under a path`);
    rules.at(-1).headers.push([m[1], m[2].trim()]);
  }
  return rules;
}

/** A rule's path as a regex: * matches anything (also nothing), :name one path segment. */
const pattern = (path) =>
  new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/:[A-Za-z]\w*/g, "[^/]+")}$`);

/** The headers a request path gets: "netlify" keeps the last rule's value, "cloudflare" joins. */
export function headersFor(rules, path, host) {
  const out = {};
  for (const rule of rules) {
    if (!pattern(rule.path).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = host === "cloudflare" && key in out ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
