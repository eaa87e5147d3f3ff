// Serves dist/ under /foc/ with Debian's nginx or Apache (`node e2e/deploy/serve.mjs nginx|apache`)
// and the deploy kit, on loopback at DEPLOY_PORT, as a web team would: a copy of dist/ in the
// server's root as foc/, and the kit's own file (nginx.conf included in the server block;
// Apache reading foc/.htaccess). Everything (configuration, pid, logs, the copy) lives in a temp
// folder that goes when the server stops. Playwright starts it (e2e/deploy.config.ts).
//
// What differs from what a web team deploys, and why:
// - the kit is written again into the copy with FOC_FRAME_ANCESTORS="'self' <the embed tests'
//   host page origin>", so that e2e/embed.spec.ts's pages on another origin may frame the app
//   (the built kit allows 'self' only); the copy's kit must equal dist/'s apart from that value;
// - nginx: the two brotli lines are switched on as nginx.conf says to where the module is
//   installed (scripts/setup.sh installs it);
// - both: /foc/__host is passed to e2e/server.mjs, which makes the embed tests' host pages on
//   the app's own origin (a ministry page next to /foc/).
import { spawn, execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// From e2e/ports.ts, by way of e2e/deploy.config.ts.
const port = Number(process.env.E2E_PORT ?? 4173);
const deployPort = Number(process.env.DEPLOY_PORT ?? port + 2);
const hostOrigin = `http://localhost:${port}`;

const server = process.argv[2];
if (server !== "nginx" && server !== "apache") throw new Error("usage: serve.mjs nginx|apache");

const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";
// Debian's apache2 package enables these modules; the kit asks for headers (and brotli if there).
const APACHE_MODULES = [
  "mpm_event", "authz_core", "authz_host", "authz_user", "authn_core", "authn_file", "auth_basic",
  "access_compat", "alias", "autoindex", "deflate", "dir", "env", "filter", "mime", "negotiation",
  "reqtimeout", "setenvif", "status",
  "headers", "brotli",
  "proxy", "proxy_http", // test only: /foc/__host
];

const dist = resolve("dist");
const temp = mkdtempSync(join(tmpdir(), `foc-${server}-`));
// The server's workers run as an unprivileged user when started as root: they must read the copy.
chmodSync(temp, 0o755);
const www = join(temp, "www");
const app = join(www, "foc");
mkdirSync(www);
cpSync(dist, app, { recursive: true });
const env = { ...process.env, FOC_FRAME_ANCESTORS: `'self' ${hostOrigin}` };
delete env.FOC_PUBLIC_URL;
execFileSync("python3", ["scripts/deploy_kit.py", app], { env, stdio: "inherit" });
// The kit served is the built one, but for who may frame the app.
const ancestorsApart = (text) => text.replace(/frame-ancestors [^";\n]*/g, "frame-ancestors …");
for (const file of ["nginx.conf", ".htaccess", "_headers"]) {
  if (ancestorsApart(readFileSync(join(app, file), "utf-8")) !== ancestorsApart(readFileSync(join(dist, file), "utf-8"))) {
    rmSync(temp, { recursive: true, force: true });
    throw new Error(`dist/${file} is not the kit that scripts/deploy_kit.py writes for this build: build again`);
  }
}
const root = process.getuid?.() === 0;

function nginx() {
  const kit = readFileSync(join(app, "nginx.conf"), "utf-8");
  const brotli = kit.replace(/^(\s*)# (brotli(?:_types)? .*;)$/gm, "$1$2");
  if (brotli === kit) throw new Error("nginx.conf has no brotli lines to switch on");
  if (!existsSync(BROTLI_MODULE)) throw new Error(`${BROTLI_MODULE} is missing: run scripts/setup.sh servers`);
  writeFileSync(join(temp, "foc-timeline.conf"), brotli);
  const conf = join(temp, "nginx.conf");
  writeFileSync(
    conf,
    `load_module ${BROTLI_MODULE};
daemon off;
master_process on;
worker_processes 1;
pid ${temp}/nginx.pid;
error_log ${temp}/error.log warn;
${root ? "user www-data;" : ""}
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${temp}/access.log;
  client_body_temp_path ${temp}/client_body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  sendfile on;
  server {
    listen 127.0.0.1:${deployPort};
    server_name _;
    root ${www};
    location = /foc/__host { proxy_pass http://127.0.0.1:${port}/__host; }
    include ${temp}/foc-timeline.conf;
  }
}
`,
  );
  return ["nginx", ["-p", temp, "-e", `${temp}/error.log`, "-c", conf]];
}

function apache() {
  const conf = join(temp, "apache2.conf");
  const modules = APACHE_MODULES.flatMap((m) => {
    const lines = [`Include /etc/apache2/mods-available/${m}.load`];
    if (existsSync(`/etc/apache2/mods-available/${m}.conf`)) lines.push(`Include /etc/apache2/mods-available/${m}.conf`);
    return lines;
  });
  writeFileSync(
    conf,
    `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${deployPort}
PidFile ${temp}/apache2.pid
DefaultRuntimeDir ${temp}
Mutex file:${temp} default
ErrorLog ${temp}/error.log
LogLevel warn
${root ? "User www-data\nGroup www-data" : ""}
${modules.join("\n")}
LogFormat "%h %l %u %t \\"%r\\" %>s %O" common
CustomLog ${temp}/access.log common
# As Debian's apache2.conf has it.
AccessFileName .htaccess
<FilesMatch "^\\.ht">
  Require all denied
</FilesMatch>
<Directory />
  Options FollowSymLinks
  AllowOverride None
  Require all denied
</Directory>
DocumentRoot ${www}
<Directory ${www}>
  Options FollowSymLinks
  # What docs/deploying.md asks of the folder.
  AllowOverride FileInfo Indexes
  Require all granted
</Directory>
ProxyPass /foc/__host http://127.0.0.1:${port}/__host
`,
  );
  return ["apache2", ["-f", conf, "-DFOREGROUND"]];
}

const [command, args] = server === "nginx" ? nginx() : apache();
const child = spawn(command, args, { stdio: "inherit" });
console.log(`serving ${dist} at http://127.0.0.1:${deployPort}/foc/ with ${server} (${temp})`);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  // nginx: fast shutdown; apache2 -DFOREGROUND: stop.
  if (child.exitCode === null) child.kill("SIGTERM");
}
child.on("exit", (code, signal) => {
  if (!stopping) {
    const log = existsSync(join(temp, "error.log")) ? readFileSync(join(temp, "error.log"), "utf-8") : "";
    console.error(`${server} exited (${code ?? signal}):\n${log}`);
  }
  rmSync(temp, { recursive: true, force: true });
  process.exit(stopping ? 0 : 1);
});
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, stop);
