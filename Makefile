# The two commands: `make serve` runs the app, `make test` runs every test.
# Both install whatever is missing first (scripts/setup.sh), and skip it in seconds when present.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CARGO_TERM_COLOR := never

.PHONY: serve test setup setup-browser setup-servers lint unit build e2e deploy-test size bench check-data clean

## serve: install what is missing, build, serve at http://127.0.0.1:8080
serve: setup
	trunk serve --release --address 127.0.0.1 --port 8080

## test: install what is missing, then lint, native tests, release build, browser tests, deploy kit
test: setup setup-browser setup-servers lint unit build e2e deploy-test

setup:
	@scripts/setup.sh tools

setup-browser:
	@scripts/setup.sh browser

setup-servers:
	@scripts/setup.sh servers

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test

# When the build fails in its post-build hook, say why last (Trunk's backtrace comes after it)
# and how much disk is left (a clean clone's build and tests need a few GB).
build:
	@rm -f target/post_build.error
	trunk build --release || { cat target/post_build.error 2>/dev/null; df -h . | tail -1; exit 1; }

# The browser tests run against dist/: build it first, so they never test a stale build.
e2e: build
	playwright test --config e2e/playwright.config.ts

## deploy-test: the deploy kit in dist/: _headers as Netlify and Cloudflare Pages apply it, then
## dist/ under /foc/ through Debian's nginx and Apache (specs and a header check, e2e/deploy/)
deploy-test: setup setup-browser setup-servers build
	node --test e2e/deploy/kit.test.mjs
	DEPLOY_SERVER=nginx playwright test --config e2e/deploy.config.ts
	DEPLOY_SERVER=apache playwright test --config e2e/deploy.config.ts

## size: bytes of every file in dist/ (raw, gzip, brotli) and the total
size: setup build
	node scripts/size.mjs dist

## bench: our app against TimelineJS 3.9.11 (bytes, time to events, filter latency, memory, Lighthouse)
bench: setup setup-browser build
	node bench/run.mjs

## check-data: validate public/data/foc.json (or DATA=path) and list every problem
check-data:
	cargo run --quiet --bin check-data -- $(or $(DATA),public/data/foc.json)

clean:
	rm -rf dist target e2e/test-results
