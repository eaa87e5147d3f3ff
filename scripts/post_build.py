"""Trunk post-build hook. In the staging dir (TRUNK_STAGING_DIR, else dist/):

1. minifies data/*.json (the source stays pretty-printed for editors);
2. fills <div id="prerendered"> in index.html with the coalition's summary and the list of
   conferences in each language, readable without JavaScript or WebAssembly (the app removes
   it on start), and the inline script that shows only the reader's language (src/fallback.rs);
3. drops from index.html the `integrity` that browsers ignore on the wasm's preload;
4. writes share/<event-id>.<lang>.html for every conference: a small page with the title,
   description, canonical link and Open Graph tags in that language, which sends a person on
   to the app's deep link. Social sites and chat apps read these; they do not run wasm;
5. writes the deploy kit (nginx.conf, .htaccess, _headers) with this index.html's script hashes
   in its Content-Security-Policy (scripts/deploy_kit.py, which says what each file is for).

FOC_PUBLIC_URL (e.g. https://example.org/foc/) makes canonical and og:url absolute, and its path
is where the deploy kit puts the app (default /foc/). FOC_FRAME_ANCESTORS: see scripts/deploy_kit.py.
"""
import html
import json
import os
import pathlib
import re
import subprocess

import deploy_kit

LANGS = ("en", "mn", "ro")
OG_LOCALE = {"en": "en_GB", "mn": "mn_MN", "ro": "ro_RO"}
staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
public_url = os.environ.get("FOC_PUBLIC_URL", "").strip()
if public_url and not public_url.endswith("/"):
    public_url += "/"
esc = html.escape


def deep_link(lang, event_id):
    return f"?lang={lang}&event={event_id}"


def minify_data():
    for path in sorted((staging / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def prerender():
    """The block and its language chooser come from the app's own Rust code (src/fallback.rs,
    through src/bin/prerender.rs), so dates, places and escaping match the app's."""
    built = subprocess.run(
        ["cargo", "run", "--quiet", "--bin", "prerender", "--", str(staging / "data" / "foc.json")],
        capture_output=True, text=True,
    )
    if built.returncode != 0:
        raise SystemExit(f"post_build: the prerender binary failed:\n{built.stderr}")
    fallback = json.loads(built.stdout)
    # The script runs as soon as it is parsed: after the block, before the first paint.
    block = fallback["html"] + "<script>" + fallback["script"] + "</script>"
    index = staging / "index.html"
    text = index.read_text(encoding="utf-8")
    # The placeholder, as written or as Trunk's minifier leaves it (<div id=prerendered></div>).
    placeholder = re.compile(r'<div id="?prerendered"?>\s*</div>')
    if not placeholder.search(text):
        raise SystemExit("post_build: <div id=\"prerendered\"></div> not found in index.html")
    index.write_text(placeholder.sub(lambda _: block, text, count=1), encoding="utf-8")


def drop_ignored_integrity():
    """Trunk puts `integrity` on the wasm's `<link rel=preload as=fetch>`, where Chrome ignores
    it and warns in the console of every page that loads the app (crbug.com/981419); a browser
    that honoured it would not match the preload to wasm-bindgen's plain fetch and would fetch
    the wasm twice. The module script and the stylesheet keep theirs."""
    def strip(tag):
        tag = tag.group(0)
        if re.search(r'\brel="?preload\b', tag) and re.search(r'\bas="?fetch\b', tag):
            tag = re.sub(r'\s+integrity=("[^"]*"|[^\s>]+)', "", tag)
        return tag
    index = staging / "index.html"
    text = index.read_text(encoding="utf-8")
    index.write_text(re.sub(r"<link\b[^>]*>", strip, text), encoding="utf-8")


def share_pages(data, conferences):
    out = staging / "share"
    out.mkdir(exist_ok=True)
    site = data["about"]["name"]
    for event in conferences:
        for lang in LANGS:
            title = f'{event["title"][lang]} · {site[lang]}'
            summary = event["summary"][lang]
            description = summary if len(summary) <= 200 else summary[:197].rsplit(" ", 1)[0] + "…"
            target = "../" + deep_link(lang, event["id"])
            canonical = (public_url + deep_link(lang, event["id"])) if public_url else target
            alternates = "".join(
                f'<link rel="alternate" hreflang="{other}" href="{esc(event["id"])}.{other}.html">'
                for other in LANGS
            )
            page = (
                f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{esc(title)}</title>"
                f'<meta name="description" content="{esc(description)}">'
                f'<link rel="canonical" href="{esc(canonical)}">{alternates}'
                '<meta property="og:type" content="article">'
                f'<meta property="og:site_name" content="{esc(site[lang])}">'
                f'<meta property="og:title" content="{esc(event["title"][lang])}">'
                f'<meta property="og:description" content="{esc(description)}">'
                f'<meta property="og:url" content="{esc(canonical)}">'
                f'<meta property="og:locale" content="{OG_LOCALE[lang]}">'
                '<meta name="twitter:card" content="summary">'
                f'<meta http-equiv="refresh" content="0; url={esc(target)}">'
                f'</head><body><p><a href="{esc(target)}">{esc(event["title"][lang])}</a></p></body></html>'
            )
            (out / f'{event["id"]}.{lang}.html').write_text(page, encoding="utf-8")


def main():
    data = json.loads((staging / "data" / "foc.json").read_text(encoding="utf-8"))
    conferences = [e for e in data["events"] if e["kind"] == "conference"]
    minify_data()
    prerender()
    drop_ignored_integrity()
    share_pages(data, conferences)
    try:
        deploy_kit.write(staging)
    except deploy_kit.KitError as error:
        raise SystemExit(f"post_build: {error}")


main()
