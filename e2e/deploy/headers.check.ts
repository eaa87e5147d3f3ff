// The response headers of the real server that e2e/deploy.config.ts runs (nginx or Apache with
// the deploy kit), for every file of the build under /foc/: the documented CSP with this build's
// script hashes, nosniff and the referrer policy; the content type (application/wasm for the
// module); gzip and brotli, which decode to the file's own bytes; a year's immutable lifetime
// for hashed names and revalidation for the rest, which really answers 304; the kit's own files
// kept from readers; the longest address the server takes. Raw HTTP (node:http), so that
// nothing decodes or follows on our behalf.
import { test, expect, MARKER } from "../fixtures";
import { request as get, type IncomingHttpHeaders } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { app, deployServer, hostOrigin } from "../ports";
import {
  COMPRESSIBLE, IMMUTABLE, REVALIDATE, TYPES, builtFiles, documentedHeaders, expectedCache, expectedPolicy, extension, hashedFiles,
} from "./kit.mjs";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const files = builtFiles(dist);
const hashed = hashedFiles(dist);
// e2e/deploy/serve.mjs writes the served kit with the embed tests' host page allowed to frame it.
const policy = expectedPolicy(root, dist, `'self' ${hostOrigin}`);
const documented = documentedHeaders(root);

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };
function fetchRaw(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, app);
    const req = get(url, { headers: { "accept-encoding": "identity", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

function expectSecurityHeaders(reply: Reply, what: string) {
  expect(reply.headers["content-security-policy"], `${what}: CSP`).toBe(policy);
  expect(reply.headers["x-content-type-options"], what).toBe(documented["x-content-type-options"]);
  expect(reply.headers["referrer-policy"], what).toBe(documented["referrer-policy"]);
}

test.describe(`${deployServer} with the deploy kit`, () => {
  test("the build has hashed JavaScript and WebAssembly, its styles inside index.html, and the files that must revalidate", () => {
    expect(hashed.map(extension).sort()).toEqual(expect.arrayContaining(["js", "wasm"]));
    expect(files.filter((f) => f.endsWith(".css"))).toEqual([]);
    for (const file of ["index.html", "embed.js", "data/foc.json"]) expect(files).toContain(file);
  });

  test("every file: CSP and security headers, content type, cache lifetime", async () => {
    for (const file of ["", ...files]) {
      const reply = await fetchRaw(file);
      const name = file || "index.html";
      expect(reply.status, file).toBe(200);
      expectSecurityHeaders(reply, file || "/foc/");
      expect(reply.headers["cache-control"], file || "/foc/").toBe(expectedCache(name, hashed));
      const type = TYPES[extension(name) as keyof typeof TYPES];
      expect(type, `a type for ${name}`).toBeDefined();
      expect(reply.headers["content-type"], file).toMatch(type);
      expect(reply.body.equals(readFileSync(join(dist, name))), `${file}: the file's bytes`).toBe(true);
    }
  });

  for (const [encoding, decode] of [["gzip", gunzipSync], ["br", brotliDecompressSync]] as const) {
    test(`${encoding}: every text and WebAssembly file, decoding to the file itself`, async () => {
      for (const file of files.filter((f) => COMPRESSIBLE.includes(extension(f)))) {
        const raw = readFileSync(join(dist, file));
        const reply = await fetchRaw(file, { "accept-encoding": encoding });
        expect(reply.headers["content-encoding"], file).toBe(encoding);
        expect(reply.headers.vary ?? "", file).toMatch(/accept-encoding/i);
        expect(decode(reply.body).equals(raw), `${file} decoded`).toBe(true);
        if (raw.length > 2048) expect(reply.body.length, file).toBeLessThan(raw.length * 0.8);
      }
    });
  }

  test("what a browser sends (gzip, deflate, br) gets a compressed WebAssembly module", async () => {
    const wasm = hashed.find((f) => f.endsWith(".wasm"))!;
    const reply = await fetchRaw(wasm, { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(reply.headers["content-type"]).toBe("application/wasm");
    expect(["gzip", "br"]).toContain(reply.headers["content-encoding"]);
    expect(reply.headers["cache-control"]).toBe(IMMUTABLE);
  });

  test("revalidating index.html, data/*.json and embed.js gets 304 Not Modified, compressed or not", async () => {
    for (const file of ["", "index.html", "embed.js", "data/foc.json", files.find((f) => f.startsWith("share/"))!]) {
      for (const encoding of ["identity", "gzip", "br"]) {
        const first = await fetchRaw(file, { "accept-encoding": encoding });
        expect(first.headers["cache-control"], file).toBe(REVALIDATE);
        const validators: Record<string, string> = {};
        if (first.headers.etag) validators["if-none-match"] = first.headers.etag;
        if (first.headers["last-modified"]) validators["if-modified-since"] = first.headers["last-modified"];
        expect(Object.keys(validators).length, `${file}: a validator`).toBeGreaterThan(0);
        const again = await fetchRaw(file, { "accept-encoding": encoding, ...validators });
        expect(again.status, `${file || "/foc/"} (${encoding}) revalidated with ${JSON.stringify(validators)}`).toBe(304);
        expect(again.body.length).toBe(0);
      }
    }
  });

  test("a missing file is a 404 with the security headers, never cached for a year", async () => {
    for (const path of ["no-such-file.js", `${hashed.find((f) => f.endsWith(".js"))!.replace(/\.js$/, "0.js")}`]) {
      const reply = await fetchRaw(path);
      expect(reply.status, path).toBe(404);
      expectSecurityHeaders(reply, path);
      expect(reply.headers["cache-control"] ?? "", path).not.toContain("immutable");
    }
  });

  test("the kit's own files are not served", async () => {
    for (const file of ["nginx.conf", "_headers", ".htaccess"]) {
      const reply = await fetchRaw(file);
      expect([403, 404], file).toContain(reply.status);
    }
  });

  test("a garbage address as long as the server takes neither hangs nor breaks the app; a longer one is refused", async ({ page }) => {
    // deep-link.spec.ts's 11 KB address, cut to what nginx and Apache read by default (8 KB).
    const garbage = (n: number) => `?lang=en&members=${"ZZ,".repeat(n)}&event=${"x".repeat(2 * n)}`;
    expect((await fetchRaw(garbage(2000))).status).toBe(414);
    const fits = garbage(1200);
    expect(fits.length).toBeGreaterThan(6000);
    await page.goto(fits);
    await expect(page.locator(MARKER).first()).toBeVisible();
    await expect(page.locator(".notice")).toBeVisible();
  });

  test("/foc without the slash is sent on to /foc/", async () => {
    const reply = await fetchRaw("/foc");
    expect(reply.status).toBe(301);
    expect(new URL(reply.headers.location!, app).href).toBe(app);
  });
});
