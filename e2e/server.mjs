// A tiny static server for the end-to-end tests: serves dist/ at "/" and again under the
// sub-path "/foc/", with the right content types (wasm must be application/wasm).
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { headersFor, parseHeadersFile } from "./deploy/kit.mjs";

const root = resolve(process.env.DIST_DIR ?? "dist");
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? "127.0.0.1";
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// With CSP=1, every response carries the headers the build's deploy kit gives it in
// dist/_headers (scripts/deploy_kit.py): the recommended Content-Security-Policy with the hashes
// of this build's inline scripts, and the rest, as Netlify or Cloudflare Pages would send them.
const rules = process.env.CSP === "1" ? parseHeadersFile(readFileSync(join(root, "_headers"), "utf-8")) : null;
const base = rules?.[0].path.replace(/\*$/, "");

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  // Test-only: /__host?page=<base64url HTML> serves that HTML, so that e2e/embed.spec.ts can
  // load host pages from another origin (localhost vs 127.0.0.1) that really is on loopback;
  // &csp=<policy> sends it with that Content-Security-Policy of the host's own.
  if (url.pathname === "/__host") {
    const html = Buffer.from(url.searchParams.get("page") ?? "", "base64url").toString("utf-8");
    const headers = { "content-type": "text/html; charset=utf-8" };
    if (url.searchParams.has("csp")) headers["content-security-policy"] = url.searchParams.get("csp");
    res.writeHead(200, headers).end(html);
    return;
  }
  let path = decodeURIComponent(url.pathname);
  if (path.startsWith("/foc/")) path = path.slice(4);
  else if (path === "/foc") {
    res.writeHead(301, { location: "/foc/" }).end();
    return;
  }
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    const headers = { "content-type": types[extname(file)] ?? "application/octet-stream" };
    if (rules) Object.assign(headers, headersFor(rules, base + file.slice(root.length + 1).split("\\").join("/"), "netlify"));
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
});
server.listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}/ and /foc/`));
