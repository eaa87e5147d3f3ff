// The deploy kit as the build wrote it (dist/nginx.conf, dist/.htaccess, dist/_headers), and
// dist/_headers applied to every built file as Netlify and as Cloudflare Pages apply it: the
// documented CSP with this build's script hashes, nosniff, the referrer policy and the cache
// lifetimes, the same on both hosts (no two rules give one path the same header). Then the
// kit's settings (FOC_FRAME_ANCESTORS, the path of FOC_PUBLIC_URL), written into a copy.
// `node --test e2e/deploy/kit.test.mjs`, after the build; `make deploy-test` runs it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  BASE, builtAncestors, builtFiles, documentedHeaders, expectedCache, expectedPolicy, hashedFiles, headersFor, parseHeadersFile,
} from "./kit.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
const read = (dir, name) => readFileSync(join(dir, name), "utf-8");

/** The policy each kit file sends (nginx's add_header, Apache's Header, the _headers line). */
function policies(dir) {
  return {
    nginx: [...read(dir, "nginx.conf").matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)].map((m) => m[1]),
    apache: [...read(dir, ".htaccess").matchAll(/^Header always set Content-Security-Policy "([^"]+)"$/gm)].map((m) => m[1]),
    headers: [...read(dir, "_headers").matchAll(/^\s+Content-Security-Policy: (.+)$/gm)].map((m) => m[1]),
  };
}

test("the three kit files send the documented policy, with this build's script hashes", () => {
  const policy = expectedPolicy(root, dist, builtAncestors());
  const found = policies(dist);
  // nginx repeats it in the location for hashed files (add_header is not inherited there).
  assert.deepEqual(found, { nginx: [policy, policy], apache: [policy], headers: [policy] });
});

test("docs/deploying.md's frame-ancestors is the kit's default", () => {
  const docs = read(root, "docs/deploying.md");
  assert.match(docs, /\n  frame-ancestors 'self'\n/);
});

test("_headers, applied by Netlify and by Cloudflare Pages to every built file", () => {
  const text = read(dist, "_headers");
  const rules = parseHeadersFile(text);
  // Cloudflare's limits: 100 rules, 2,000 characters a line.
  assert.ok(rules.length <= 100, `${rules.length} rules`);
  for (const line of text.split("\n")) assert.ok(line.length <= 2000, `a line of ${line.length} characters`);
  const policy = expectedPolicy(root, dist, builtAncestors());
  const documented = documentedHeaders(root);
  const hashed = hashedFiles(dist);
  assert.ok(hashed.some((f) => f.endsWith(".wasm")) && hashed.some((f) => f.endsWith(".js")));
  const files = builtFiles(dist);
  for (const file of ["index.html", "embed.js", "data/foc.json"]) assert.ok(files.includes(file), file);
  for (const [path, file] of [[BASE, "index.html"], ...files.map((f) => [BASE + f, f])]) {
    const netlify = headersFor(rules, path, "netlify");
    const cloudflare = headersFor(rules, path, "cloudflare");
    assert.deepEqual(cloudflare, netlify, `${path}: the same on both hosts`);
    assert.equal(netlify["content-security-policy"], policy, path);
    assert.equal(netlify["x-content-type-options"], documented["x-content-type-options"], path);
    assert.equal(netlify["referrer-policy"], documented["referrer-policy"], path);
    assert.equal(netlify["cache-control"], expectedCache(file, hashed), path);
  }
});

/** Runs scripts/deploy_kit.py on a copy of dist/ with these settings. */
function kitWith(env) {
  const copy = mkdtempSync(join(tmpdir(), "foc-kit-"));
  cpSync(dist, copy, { recursive: true });
  const settings = { ...process.env, FOC_FRAME_ANCESTORS: "", FOC_PUBLIC_URL: "", ...env };
  const run = spawnSync("python3", [join(root, "scripts", "deploy_kit.py"), copy], { env: settings, encoding: "utf-8" });
  return { copy, run, done: () => rmSync(copy, { recursive: true, force: true }) };
}

test("FOC_FRAME_ANCESTORS sets frame-ancestors in all three files; the default is 'self'", () => {
  for (const [value, want] of [["", "'self'"], ["  'self'   https://mfa.gov.mn https://*.gov.md:8443 ", "'self' https://mfa.gov.mn https://*.gov.md:8443"], ["*", "*"], ["'none'", "'none'"]]) {
    const { copy, run, done } = kitWith({ FOC_FRAME_ANCESTORS: value });
    try {
      assert.equal(run.status, 0, run.stderr);
      const policy = expectedPolicy(root, copy, want);
      assert.deepEqual(policies(copy), { nginx: [policy, policy], apache: [policy], headers: [policy] }, value);
    } finally {
      done();
    }
  }
});

test("a FOC_FRAME_ANCESTORS that a server would read as syntax is refused, naming it", () => {
  for (const bad of ['https://a.example"; add_header X y', "https://a.example;", "'self' 'unsafe-inline'", "$host", "'none' 'self'", "https://a.example,https://b.example"]) {
    const { run, done } = kitWith({ FOC_FRAME_ANCESTORS: bad });
    try {
      assert.notEqual(run.status, 0, bad);
      assert.match(run.stderr, /deploy_kit: FOC_FRAME_ANCESTORS/, bad);
    } finally {
      done();
    }
  }
});

test("the path of FOC_PUBLIC_URL is where nginx.conf and _headers put the app", () => {
  const { copy, run, done } = kitWith({ FOC_PUBLIC_URL: "https://example.org/history/timeline" });
  try {
    assert.equal(run.status, 0, run.stderr);
    assert.match(read(copy, "nginx.conf"), /^location \^~ \/history\/timeline\/ \{$/m);
    const rules = parseHeadersFile(read(copy, "_headers"));
    assert.equal(rules[0].path, "/history/timeline/*");
    assert.equal(headersFor(rules, "/history/timeline/data/foc.json", "netlify")["cache-control"], "no-cache");
    assert.equal(headersFor(rules, "/foc/data/foc.json", "netlify")["cache-control"], undefined);
  } finally {
    done();
  }
});
