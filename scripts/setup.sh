#!/usr/bin/env bash
# Brings a machine to a working toolchain; idempotent, seconds when warm.
#
# Fresh Debian 12 as root with only package registries reachable is the hard
# case: rustup cannot download the wasm32 target there, so we fall back to
# Debian's rustc-web 1.96 and build its wasm32 std once from rust-web-src.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PMU_ROOT"

export DEBIAN_FRONTEND=noninteractive
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
started=$(date +%s)

apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || { echo "setup: please install: ${missing[*]}" >&2; exit 1; }
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ $apt_updated -eq 0 ]; then $sudo apt-get update -q; apt_updated=1; fi
  say "apt-get install ${missing[*]}"
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# 1. Browser for component and end-to-end tests.
apt_install chromium chromium-driver

# 2. A Rust toolchain that targets wasm32.
if rustup_has_wasm || debian_has_wasm; then
  :
elif [ "${PMU_TOOLCHAIN:-}" != debian ] && command -v rustup >/dev/null &&
  timeout 60 rustup target add wasm32-unknown-unknown && timeout 120 rustup component add rust-src; then
  say "using rustup's wasm32 target"
else
  say "rustup cannot fetch wasm32 here; building Debian rustc-web's wasm32 std (about 3 min, once)"
  # Not Debian's binaryen: its wasm-opt cannot read what rustc 1.96 emits.
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm rust-web-clippy rustfmt-web lld-22
  d=$(mktemp -d)
  (
    cd "$d"
    PATH="/usr/bin:$PATH" cargo new --lib -q stdbuild
    cd stdbuild
    # `test` is needed by wasm-pack test's harness crates.
    PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 cargo build -q --release \
      --target wasm32-unknown-unknown -Z build-std=std,panic_abort,test
    mkdir -p /usr/lib/rustlib/wasm32-unknown-unknown/lib
    cp target/wasm32-unknown-unknown/release/deps/*.rlib /usr/lib/rustlib/wasm32-unknown-unknown/lib/
    rm -f /usr/lib/rustlib/wasm32-unknown-unknown/lib/libstdbuild-*.rlib
  )
  rm -rf "$d"
  . "$PMU_ROOT/scripts/env.sh"
fi

# 3. wasm-bindgen CLI at exactly the version in Cargo.lock, and wasm-pack.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "cargo install wasm-bindgen-cli $bindgen_version (about 4 min, once)"
  # Not --locked: a locked dependency of the CLI is missing from the registry.
  cargo install -q wasm-bindgen-cli --version "$bindgen_version" --force
fi
if ! command -v wasm-pack >/dev/null; then
  say "cargo install wasm-pack (about 4 min, once)"
  cargo install -q wasm-pack --locked
fi

# 4. npm tools (wasm-opt from binaryen, playwright-core, axe-core) from the lock file.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sum 2>/dev/null)" != "$lock_sum" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" >node_modules/.lock-sum
fi

say "ready in $(($(date +%s) - started)) s ($(rustc --version), wasm-bindgen $bindgen_version)"
