"""Trunk post-build hook. In the staging dir (TRUNK_STAGING_DIR, else dist/):

1. minifies data/*.json (the source stays pretty-printed for editors);
2. fills <div id="prerendered"> in index.html with the app's first view in each language,
   rendered by the app's own components (src/first_view.rs): painted before the WebAssembly
   arrives, and readable without it (the app takes its place when live), and the inline script
   that keeps only the reader's language (src/fallback.rs);
3. drops from index.html the `integrity` that browsers ignore on the wasm's preload, and puts
   the stylesheet inside it (no round trip before the first paint);
4. minifies the wasm-bindgen glue (terser; Trunk cannot) and updates its preload's integrity;
5. writes share/<event-id>.<lang>.html and .png for every event: a small page with the title,
   description, canonical link, Open Graph and Twitter tags in that language, and its 1200x630
   card image, which sends a person on to the app's deep link. Social sites and chat apps read
   these; they do not run wasm;
6. writes the deploy kit (nginx.conf, .htaccess, _headers) with this index.html's script and
   style hashes in its Content-Security-Policy (scripts/deploy_kit.py, which says what each file is for).

FOC_PUBLIC_URL (e.g. https://example.org/foc/) makes the previews' links absolute, as crawlers
need (without it the build says so and writes relative ones), and its path is where the deploy
kit puts the app (default /foc/). FOC_FRAME_ANCESTORS: see scripts/deploy_kit.py.
"""
import base64
import hashlib
import json
import os
import pathlib
import re
import subprocess
import sys

import deploy_kit

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))


def minify_data():
    for path in sorted((staging / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def prerender():
    """The block and its language chooser come from the app's own Rust code (src/fallback.rs,
    through src/bin/prerender.rs): the same components render it, so it cannot drift."""
    built = subprocess.run(
        ["cargo", "run", "--quiet", "--bin", "prerender", "--", str(staging / "data" / "foc.json")],
        capture_output=True, text=True,
    )
    if built.returncode != 0:
        raise SystemExit(f"post_build: the prerender binary failed:\n{built.stderr}")
    fallback = json.loads(built.stdout)
    # Each script runs as soon as it is parsed: the picker before the block is painted, the
    # chooser once the block is parsed.
    block = "<script>" + fallback["picker"] + "</script>" + fallback["html"] + "<script>" + fallback["script"] + "</script>"
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
    the wasm twice. The module script keeps its own."""
    def strip(tag):
        tag = tag.group(0)
        if re.search(r'\brel="?preload\b', tag) and re.search(r'\bas="?fetch\b', tag):
            tag = re.sub(r'\s+integrity=("[^"]*"|[^\s>]+)', "", tag)
        return tag
    index = staging / "index.html"
    text = index.read_text(encoding="utf-8")
    index.write_text(re.sub(r"<link\b[^>]*>", strip, text), encoding="utf-8")


def inline_stylesheet():
    """The stylesheet goes into index.html as a <style>: the first view paints as soon as the
    page has arrived, without waiting a round trip for a stylesheet that shares the line with the
    WebAssembly and the dataset (on a phone's slow 4G, about 120 ms sooner; `make bench`). Its
    hash joins the Content-Security-Policy (scripts/deploy_kit.py). Nothing else loads the file,
    so it leaves dist/."""
    index = staging / "index.html"
    text = index.read_text(encoding="utf-8")
    links = [m for m in re.finditer(r"<link\b[^>]*>", text) if re.search(r'\brel="?stylesheet\b', m.group(0))]
    if len(links) != 1:
        raise SystemExit(f"post_build: expected one stylesheet link in index.html, found {len(links)}")
    href = re.search(r'\bhref="?(?:\./)?([^"\s>]+)', links[0].group(0))
    sheet = staging / href.group(1) if href else None
    if sheet is None or not sheet.is_file():
        raise SystemExit(f"post_build: the stylesheet {links[0].group(0)} is not in the build")
    css = sheet.read_text(encoding="utf-8")
    if "</style" in css.lower():
        raise SystemExit("post_build: the stylesheet cannot be inlined: it contains </style")
    index.write_text(text.replace(links[0].group(0), "<style>" + css + "</style>", 1), encoding="utf-8")
    sheet.unlink()


def minify_glue():
    """Trunk cannot minify wasm-bindgen's JavaScript glue (its minifier stops at `export
    default`), so terser (npm, pinned) does: 9.5 KB gzip becomes about 7.2 KB, on the path to
    the app being live. Its name keeps Trunk's hash of the unminified text (the same text always
    minifies to the same bytes); the `integrity` of the link that preloads it is written anew."""
    index = staging / "index.html"
    text = index.read_text(encoding="utf-8")
    imported = re.search(r"""import init, \* as bindings from '\./([\w.-]+\.js)'""", text)
    if not imported:
        raise SystemExit("post_build: Trunk's loader, importing the glue, not found in index.html")
    glue = staging / imported.group(1)
    terser = pathlib.Path(__file__).resolve().parent.parent / "node_modules" / ".bin" / "terser"
    minified = subprocess.run(
        [str(terser), str(glue), "--module", "--compress", "--mangle", "--output", str(glue)],
        capture_output=True, text=True,
    )
    if minified.returncode != 0:
        raise SystemExit(f"post_build: terser could not minify {glue.name}:\n{minified.stderr}")
    digest = "sha384-" + base64.b64encode(hashlib.sha384(glue.read_bytes()).digest()).decode()

    def rehash(tag):
        tag = tag.group(0)
        if glue.name in tag and "integrity=" in tag:
            tag = re.sub(r"\bintegrity=(\"[^\"]*\"|[^\s>]+)", f'integrity="{digest}"', tag)
        return tag
    index.write_text(re.sub(r"<link\b[^>]*>", rehash, text), encoding="utf-8")


def previews():
    """The link previews come from the app's own Rust code (src/previews.rs, through
    src/bin/previews.rs), so titles, dates and places match the app's; it says what it wrote,
    and warns when FOC_PUBLIC_URL is unset."""
    built = subprocess.run(
        ["cargo", "run", "--quiet", "--bin", "previews", "--",
         str(staging / "data" / "foc.json"), str(staging / "share")],
        stderr=subprocess.PIPE, text=True,
    )
    sys.stderr.write(built.stderr)
    if built.returncode != 0:
        tail = "\n".join(built.stderr.splitlines()[-20:])
        raise SystemExit(f"post_build: the previews binary failed:\n{tail}")


def main():
    minify_data()
    prerender()
    drop_ignored_integrity()
    inline_stylesheet()
    minify_glue()
    previews()
    try:
        deploy_kit.write(staging)
    except deploy_kit.KitError as error:
        raise SystemExit(f"post_build: {error}")


def report(message):
    """Trunk prints its own error and backtrace after the hook's output, which buries the
    hook's message at the end of a CI log: keep a copy for `make build` to print last."""
    log = pathlib.Path(__file__).resolve().parent.parent / "target" / "post_build.error"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(message + "\n", encoding="utf-8")


try:
    main()
except SystemExit as failure:
    if failure.code not in (None, 0):
        report(str(failure.code))
    raise
except Exception as failure:
    report(f"post_build: {failure!r}")
    raise
