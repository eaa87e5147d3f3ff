"""The deploy kit: one file per kind of server that serves dist/ with the right headers.

Written into the build (dist/) by scripts/post_build.py, for that build:

  nginx.conf  a `location` block for nginx's `server { }` (include it, or paste it in);
  .htaccess   for Apache, read from the folder it is in (copying dist/ brings it along);
  _headers    for Netlify and Cloudflare Pages (at the root of the published folder).

Each sends the same headers: the Content-Security-Policy (with the hash of each inline script
and of the inline stylesheet in this build's index.html, so the kit belongs with its own dist/), nosniff, the referrer policy,
revalidation (`no-cache`) for everything that keeps its name from build to build (index.html,
data/*.json, embed.js, the share pages) and a year's `immutable` lifetime for the files whose
name carries a hash of their content; nginx.conf and .htaccess also set application/wasm and
gzip (and brotli where the server has it: Apache's mod_brotli, nginx's brotli module). The
static hosts compress and type the files themselves.

The policy is written here and only here: e2e/server.mjs serves it from dist/_headers, the
deploy tests (e2e/deploy/) check every server's response against docs/deploying.md.

Settings (environment, read when the kit is written):
  FOC_FRAME_ANCESTORS  the sites that may show the timeline in a frame (CSP frame-ancestors),
                       space-separated: default 'self' (pages of the site that serves it);
                       e.g. "'self' https://mfa.gov.mn https://www.mfa.gov.md"; * for any site.
  FOC_PUBLIC_URL       the app's address; its path (default /foc/) is where nginx.conf and
                       _headers put the app (e.g. https://example.org/timeline/ -> /timeline/).

Run alone to rewrite the kit of an existing build (no rebuild needed), e.g. after changing who
may embed the timeline:  FOC_FRAME_ANCESTORS="'self' https://mfa.gov.mn" python3 scripts/deploy_kit.py dist
"""
import base64
import hashlib
import os
import pathlib
import re
import sys
import urllib.parse

DEFAULT_ANCESTORS = "'self'"
DEFAULT_BASE = "/foc/"
REVALIDATE = "no-cache"
IMMUTABLE = "public, max-age=31536000, immutable"
KIT_FILES = ("nginx.conf", ".htaccess", "_headers")
# Types the servers compress (nginx always compresses text/html and warns if it is listed).
NGINX_COMPRESSIBLE = (
    "text/css text/javascript application/javascript application/json application/wasm image/svg+xml text/plain"
)
COMPRESSIBLE = "text/html " + NGINX_COMPRESSIBLE

# One source for a frame-ancestors entry: 'self', 'none', *, a scheme (https:) or a host
# (https://mfa.gov.mn, *.example.org, example.org:8443). Nothing that a server's configuration
# would read as syntax (quotes, $, %, ;, spaces inside an entry).
SOURCE = re.compile(
    r"'self'|'none'|\*|[a-z][a-z0-9+.-]*:"
    r"|(?:[a-z][a-z0-9+.-]*://)?(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::(?:[0-9]+|\*))?(?:/[A-Za-z0-9._~/-]*)?"
)


class KitError(Exception):
    pass


def frame_ancestors():
    value = " ".join(os.environ.get("FOC_FRAME_ANCESTORS", "").split()) or DEFAULT_ANCESTORS
    sources = value.split(" ")
    bad = [s for s in sources if not SOURCE.fullmatch(s)]
    if bad:
        raise KitError(f"FOC_FRAME_ANCESTORS: not a frame-ancestors source: {' '.join(bad)}")
    if "'none'" in sources and len(sources) > 1:
        raise KitError("FOC_FRAME_ANCESTORS: 'none' stands alone")
    return value


def base_path():
    public_url = os.environ.get("FOC_PUBLIC_URL", "").strip()
    path = urllib.parse.urlsplit(public_url).path if public_url else DEFAULT_BASE
    if not path.endswith("/"):
        path += "/"
    if not re.fullmatch(r"/(?:[A-Za-z0-9._~-]+/)*", path):
        raise KitError(f"FOC_PUBLIC_URL: the app's path {path!r} must be plain /segments/")
    return path


def inline_hashes(index_html, element):
    """'sha256-…' for each inline `element` (script or style), as the browser hashes it (its
    text, UTF-8)."""
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode() + "'"
        for m in re.finditer(rf"<{element}\b[^>]*>([\s\S]*?)</{element}>", index_html)
        if m.group(1).strip()
    ]


def script_hashes(index_html):
    return inline_hashes(index_html, "script")


def style_hashes(index_html):
    return inline_hashes(index_html, "style")


def policy(index_html, ancestors):
    """The Content-Security-Policy documented in docs/deploying.md, for this index.html."""
    return "; ".join([
        "default-src 'self'",
        " ".join(["script-src 'self' 'wasm-unsafe-eval'", *script_hashes(index_html)]),
        " ".join(["style-src", *style_hashes(index_html)]),
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
        f"frame-ancestors {ancestors}",
    ])


def hashed_files(dist, index_html):
    """The files index.html loads whose name carries Trunk's hash of their content."""
    names = set(re.findall(r"[A-Za-z0-9_.-]+-[0-9a-f]{1,16}(?:_bg)?\.(?:js|wasm|css|svg|png|ico)\b", index_html))
    found = sorted(n for n in names if (dist / n).is_file())
    if not any(n.endswith(".wasm") for n in found) or not any(n.endswith(".js") for n in found):
        raise KitError(f"no hashed .js and .wasm found in {dist / 'index.html'}")
    return found


def revalidated(dist, hashed):
    """Every other path: the top-level files, and the folders (data/, share/) as a whole."""
    files, folders = [], []
    for entry in sorted(dist.iterdir(), key=lambda p: p.name):
        if entry.name in KIT_FILES or entry.name in hashed:
            continue
        (folders if entry.is_dir() else files).append(entry.name)
    return files, folders


def security_headers(index_html, ancestors):
    return [
        ("Content-Security-Policy", policy(index_html, ancestors)),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ]


def regex_names(names):
    """Names (letters, digits, . _ -) as a regex alternation: only the dots need escaping."""
    return "|".join(n.replace(".", r"\.") for n in names)


def nginx_conf(base, headers, hashed):
    def sec(indent):
        return "".join(f'{indent}add_header {name} "{value}" always;\n' for name, value in headers)

    return f"""\
# FOC Timeline under {base} for nginx: written by scripts/deploy_kit.py for this build (its
# Content-Security-Policy lists the hashes of this build's inline scripts: use it with this dist/).
#
# Copy dist/ to {base.rstrip('/')} under your server's root (or add `alias /path/to/dist/;` below)
# and include this file in your `server {{ }}` block, e.g. from /etc/nginx/snippets/:
#     include snippets/foc-timeline.conf;
# then `nginx -t && nginx -s reload`. Gzip is built into nginx. For brotli too, install the
# module (Debian and Ubuntu: libnginx-mod-http-brotli-filter) and remove the "# " before the
# two brotli lines. `^~` keeps your server's regex locations (e.g. for *.js) out of {base}.
location ^~ {base} {{
{sec('    ')}    # Everything that keeps its name from build to build (index.html, data/*.json,
    # embed.js, share/): browsers ask each time whether it changed.
    add_header Cache-Control "{REVALIDATE}" always;
    charset utf-8;

    gzip on;
    gzip_vary on;
    gzip_proxied any;
    gzip_comp_level 5;
    gzip_types {NGINX_COMPRESSIBLE};
    # brotli on;
    # brotli_types {NGINX_COMPRESSIBLE};

    # The app's JavaScript, WebAssembly and icon carry a hash of their content in
    # their name: a new build brings new names, so browsers keep these for a year.
    location ~ "^{regex_names([base])}({regex_names(hashed)})$" {{
        types {{ text/javascript js; application/wasm wasm; text/css css; image/svg+xml svg; image/png png; image/x-icon ico; }}
{sec('        ')}        add_header Cache-Control "{IMMUTABLE}";
    }}

    # The kit's own files are for servers, not readers.
    location ~ "^{regex_names([base])}({regex_names(KIT_FILES)})$" {{
        return 404;
    }}
}}
"""


def htaccess(base, headers, hashed):
    sec = "".join(f'Header always set {name} "{value}"\n' for name, value in headers)
    return f"""\
# FOC Timeline for Apache: written by scripts/deploy_kit.py for this build (its
# Content-Security-Policy lists the hashes of this build's inline scripts: use it with this dist/).
#
# Copy dist/ with this file (it is dist/.htaccess) to the folder that serves {base}. Apache reads
# it if that folder allows it (`AllowOverride FileInfo Indexes`, or All) and mod_headers is on
# (Debian and Ubuntu: `a2enmod headers`). Gzip uses mod_deflate (on by default); brotli is used
# too where mod_brotli is on (`a2enmod brotli`).

DirectoryIndex index.html
AddType application/wasm .wasm
AddType text/javascript .js
AddType application/json .json
AddCharset utf-8 .html .js .css .json .svg

{sec}
# Everything that keeps its name from build to build (index.html, data/*.json, embed.js,
# share/): browsers ask each time whether it changed.
Header set Cache-Control "{REVALIDATE}"
# The app's JavaScript, WebAssembly and icon carry a hash of their content in
# their name: a new build brings new names, so browsers keep these for a year.
<FilesMatch "^({regex_names(hashed)})$">
    Header set Cache-Control "{IMMUTABLE}"
</FilesMatch>

# Brotli where the server has it, else gzip. mod_deflate adds "-gzip" (mod_brotli "-br") to a
# compressed response's ETag, so that a browser's revalidation never matched: with no ETag it
# revalidates by date (Last-Modified) and gets its 304.
FileETag None
<IfModule mod_brotli.c>
    AddOutputFilterByType BROTLI_COMPRESS;DEFLATE {COMPRESSIBLE}
</IfModule>
<IfModule !mod_brotli.c>
    AddOutputFilterByType DEFLATE {COMPRESSIBLE}
</IfModule>

# The kit's own files are for servers, not readers (Apache already refuses .ht* files).
RedirectMatch 404 "/(nginx\\.conf|_headers)$"
"""


def headers_file(base, headers, hashed, files, folders):
    sec = "".join(f"  {name}: {value}\n" for name, value in headers)
    revalidate = [base] + [base + f for f in files] + [f"{base}{d}/*" for d in folders]
    return (
        f"# FOC Timeline under {base} for Netlify and Cloudflare Pages: written by scripts/deploy_kit.py\n"
        "# for this build (its Content-Security-Policy lists the hashes of this build's inline scripts).\n"
        f"# Publish dist/ as {base} and put this file at the root of the published folder (merge its\n"
        "# rules into a _headers you have). The hosts compress and type the files themselves.\n"
        "# No two rules set the same header for one path: Netlify would keep one, Cloudflare join both.\n"
        "\n"
        f"{base}*\n{sec}"
        "\n# Everything that keeps its name from build to build: browsers ask each time whether it changed.\n"
        + "".join(f"{path}\n  Cache-Control: {REVALIDATE}\n" for path in revalidate)
        + "\n# Names that carry a hash of the content: a new build brings new names.\n"
        + "".join(f"{base}{name}\n  Cache-Control: {IMMUTABLE}\n" for name in hashed)
    )


def write(dist):
    dist = pathlib.Path(dist)
    base, ancestors = base_path(), frame_ancestors()
    index_html = (dist / "index.html").read_text(encoding="utf-8")
    headers = security_headers(index_html, ancestors)
    hashed = hashed_files(dist, index_html)
    files, folders = revalidated(dist, hashed)
    (dist / "nginx.conf").write_text(nginx_conf(base, headers, hashed), encoding="utf-8")
    (dist / ".htaccess").write_text(htaccess(base, headers, hashed), encoding="utf-8")
    (dist / "_headers").write_text(headers_file(base, headers, hashed, files, folders), encoding="utf-8")


if __name__ == "__main__":
    try:
        write(sys.argv[1] if len(sys.argv) > 1 else "dist")
    except KitError as error:
        raise SystemExit(f"deploy_kit: {error}")
