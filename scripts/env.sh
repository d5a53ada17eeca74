# Sourced by every script that builds wasm: picks the Rust toolchain that can
# target wasm32-unknown-unknown and puts project tools on PATH.
#
# Two toolchains are possible (see scripts/setup.sh):
#   1. rustup's, when `rustup target add wasm32-unknown-unknown` worked;
#   2. Debian's rustc-web in /usr/bin with a self-built wasm32 std in its sysroot.
# wasm-pack runs `cargo` and `rustc --print sysroot` from PATH, so PATH is the lever.

PMU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PMU_ROOT

# PMU_TOOLCHAIN=debian forces the Debian path (to test it where rustup works).
# rust-src too: the product build rebuilds std for size (scripts/build.sh).
rustup_has_wasm() {
  [ "${PMU_TOOLCHAIN:-}" != debian ] &&
    command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown &&
    rustup component list --installed 2>/dev/null | grep -q '^rust-src'
}

debian_has_wasm() {
  [ -x /usr/bin/rustc ] && compgen -G "/usr/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null
}

# cargo-installed tools (wasm-bindgen, wasm-pack) and npm tools (wasm-opt).
export PATH="$HOME/.cargo/bin:$PMU_ROOT/node_modules/.bin:$PATH"
if ! rustup_has_wasm && debian_has_wasm; then
  export PATH="/usr/bin:$PATH"
fi
export CHROMEDRIVER=/usr/bin/chromedriver
