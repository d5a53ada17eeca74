#!/usr/bin/env bash
# Runs every test: lints, host tests of the core, component tests in headless
# Chromium, and end-to-end tests of the committed bundle. Sets up first.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PMU_ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step setup
bash scripts/setup.sh

step "committed bundle is built from these sources"
node --test --test-reporter=spec tests/bundle.test.mjs tests/settings.test.mjs

step "format and lints (host and wasm32, JavaScript)"
npx --no-install eslint .
cargo fmt --all --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --all-targets --target wasm32-unknown-unknown -- -D warnings

step "core: cargo test"
cargo test --quiet

step "components: wasm-pack test --headless --chrome"
wasm-pack --log-level warn test --headless --chrome

step "end to end: the bundle in Chromium"
node --test --test-concurrency=1 tests/e2e/
