#!/usr/bin/env bash
# Installs what the build and the tests need, at pinned versions, skipping whatever is already
# present at the right version (a repeat run takes seconds). Says what it installs and why.
#
#   scripts/setup.sh tools     git hooks, Rust wasm target, Trunk, wasm-bindgen CLI, npm packages (wasm-opt, terser, Playwright, CLDR)
#   scripts/setup.sh browser   Debian's Chromium, for the end-to-end tests
#   scripts/setup.sh servers   Debian's nginx (with its brotli module) and Apache, for the deploy kit's tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must equal the crate version pinned with "=" in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

check_pins() {
  [ -n "$WASM_BINDGEN_VERSION" ] || { say "Cargo.toml must pin wasm-bindgen with \"=X.Y.Z\""; exit 1; }
  grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml \
    || { say "Trunk.toml [tools] wasm_bindgen must be $WASM_BINDGEN_VERSION, as in Cargo.toml"; exit 1; }
}

wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "installing the Rust target wasm32-unknown-unknown (the app compiles to WebAssembly)"
    rustup target add wasm32-unknown-unknown
  fi
}

trunk_cli() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing Trunk $TRUNK_VERSION from source (builds and bundles the app; about 10-15 minutes once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

wasm_bindgen_cli() {
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from source (Trunk's JS glue generator; about 7 minutes once)"
    # Not --locked: a dependency locked by that release is no longer in the registry.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

npm_packages() {
  local stamp=node_modules/.installed-lock-sha
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing npm packages from package-lock.json (wasm-opt via binaryen, terser, Playwright, axe-core, CLDR data)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
    echo "$want" > "$stamp"
  fi
}

browser() {
  if ! command -v chromium >/dev/null; then
    say "installing Debian's Chromium (the end-to-end tests drive it; Playwright cannot download browsers here)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

servers() {
  # The deploy kit's tests (make deploy-test) serve dist/ with Debian's nginx and Apache, each
  # started and stopped by the test run on loopback; the packages must not start them as services.
  local brotli=/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so
  if ! command -v nginx >/dev/null || ! command -v apache2 >/dev/null || [ ! -e "$brotli" ]; then
    say "installing Debian's nginx, its brotli module and Apache (the deploy kit's tests run each server; not as services)"
    export DEBIAN_FRONTEND=noninteractive
    # invoke-rc.d asks policy-rc.d before starting a service; 101 means "not now".
    local policy=/usr/sbin/policy-rc.d ours=""
    if [ ! -e "$policy" ]; then
      printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && ours=1
    fi
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends nginx libnginx-mod-http-brotli-filter apache2 >/dev/null
    [ -z "$ours" ] || rm -f "$policy"
  fi
}

git_hooks() {
  # The commit-msg hook keeps subjects to 72 characters (.githooks/commit-msg).
  if git rev-parse --git-dir >/dev/null 2>&1 && [ "$(git config core.hooksPath)" != .githooks ]; then
    say "setting git's hooks path to .githooks (commit messages: subject <= 72 characters)"
    git config core.hooksPath .githooks
  fi
}

case "${1:-tools}" in
  tools) git_hooks; check_pins; wasm_target; trunk_cli; wasm_bindgen_cli; npm_packages ;;
  browser) browser ;;
  servers) servers ;;
  *) say "usage: $0 tools|browser|servers"; exit 2 ;;
esac
