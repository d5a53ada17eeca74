#!/usr/bin/env bash
# Builds www/pmu-care.js from the sources: release wasm, wasm-bindgen
# no-modules glue, wasm-opt -Oz, then scripts/bundle.mjs inlines it all.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PMU_ROOT"

out=target/bundle
mkdir -p "$out" www
# std rebuilt for size: a panic traps at once (the loader catches the trap,
# logs it and shows its notice) instead of carrying the panic-message
# machinery, and no source locations or Debug output are compiled in.
# build-std is unstable, so RUSTC_BOOTSTRAP unlocks it for this build only.
# A 256 KB stack instead of 1 MB: the deepest recursion is Yew's render of a
# shallow DOM and the JSON reader, which stops at 64 levels.
# Its own target dir keeps these flags from invalidating the test builds.
RUSTC_BOOTSTRAP=1 \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Clink-arg=-zstack-size=262144" \
  cargo build --quiet --release --lib --target wasm32-unknown-unknown \
  -Z build-std=std,panic_abort --target-dir target/product
wasm-bindgen --target no-modules --no-typescript --out-dir "$out" \
  target/product/wasm32-unknown-unknown/release/pmu_care.wasm
# The features rustc emits, and no more: --all-features lets wasm-opt use
# encodings browsers reject ("Invalid import kind 127"). --converge repeats
# the passes while they still shrink it (about 1 KB gzip for 15 s).
# A function with one caller is inlined only when small (25): merging every
# one into its caller made a few huge functions that gzip compresses worse
# (9 KB more over the wire) and that the browser compiles whole even when
# most of their paths never run.
wasm-opt -Oz --one-caller-inline-max-function-size 25 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals --strip-debug --strip-producers \
  --converge \
  "$out/pmu_care_bg.wasm" -o "$out/pmu_care_bg.opt.wasm"
node scripts/bundle.mjs "$out/pmu_care.js" "$out/pmu_care_bg.opt.wasm"
