// Writes www/pmu-care.js: the loader with the wasm-bindgen no-modules glue,
// the optimised wasm and the stylesheet (each gzip + base64) inlined, so that one
// classic <script> works from file://, any origin and a CDN. Prints sizes.
//
//   node scripts/bundle.mjs <glue.js> <optimised.wasm>
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { gzipAsync } from "@gfx/zopfli";
import { transform } from "lightningcss";
import { minify } from "terser";

import { inputsStamp } from "./stamp.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [gluePath, wasmPath] = process.argv.slice(2);
if (!gluePath || !wasmPath) {
  console.error("usage: node scripts/bundle.mjs <glue.js> <optimised.wasm>");
  process.exit(2);
}

const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];
// Changes to the wasm-bindgen glue, each expected exactly once.
const PATCHES = [
  // Every call from a browser event or a promise into the wasm goes through
  // the glue's two closure helpers; routing them through the loader's
  // `guard` keeps a Rust panic (a wasm trap) from ever reaching the host page.
  ["return f(state.a, state.b, ...args);", "return guard(() => f(state.a, state.b, ...args));"],
  ["return f(a, state.b, ...args);", "return guard(() => f(a, state.b, ...args));"],
  // Most strings the wasm hands over are short ASCII (tag, class and
  // attribute names, ids): read them with a loop, since a TextDecoder call
  // costs more than the decoding (about a tenth of first render's script time).
  [
    "return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));",
    `const bytes = getUint8ArrayMemory0();
        if (len <= 32) {
            let text = "";
            for (let i = ptr; i < ptr + len; i++) {
                if (bytes[i] > 127) return decodeText(bytes.subarray(ptr, ptr + len));
                text += String.fromCharCode(bytes[i]);
            }
            return text;
        }
        return decodeText(bytes.subarray(ptr, ptr + len));`,
  ],
];
let glue = readFileSync(gluePath, "utf8").replace(/\/\/# sourceMappingURL=.*$/m, "");
for (const [from, to] of PATCHES) {
  const count = glue.split(from).length - 1;
  if (count !== 1) throw new Error(`wasm-bindgen glue changed: expected one "${from}", found ${count}`);
  glue = glue.replace(from, to);
}
const wasm = readFileSync(wasmPath);
// Minified by a CSS parser: 13% smaller than stripping comments and
// spaces (12.8 against 14.7 KB), and a syntax error stops the build. No
// browser targets, so nothing is rewritten, only shortened.
const css = transform({
  filename: "widget.css",
  code: readFileSync(join(root, "src/web/widget.css")),
  minify: true,
}).code.toString();
const loader = readFileSync(join(root, "src/web/loader.js"), "utf8");

// Zopfli writes ordinary gzip (DecompressionStream reads it) about 5%
// smaller than zlib -9; it is deterministic, so the same wasm gives the
// same bytes.
const wasmGz = Buffer.from(await gzipAsync(wasm, { numiterations: 15 }));
const cssGz = Buffer.from(await gzipAsync(Buffer.from(css), { numiterations: 15 }));
const slots = {
  VERSION: version,
  STAMP: inputsStamp(root),
  GLUE: glue.trim(),
  WASM: wasmGz.toString("base64"),
  CSS: cssGz.toString("base64"),
};
// The glue's slot is a comment, so the loader parses as it is.
const source = loader.replace("/* {{GLUE}} */", "{{GLUE}}").replace(/\{\{(\w+)\}\}/g, (_, key) => {
  if (!(key in slots)) throw new Error(`loader.js has an unknown slot {{${key}}}`);
  return slots[key];
});
// Minified, keeping the /*! banner that carries the version and the stamp.
// V8 parses a function lazily, then again in full when it first runs,
// except a function in parentheses run at once: so the outer function keeps
// its parentheses (wrap_iife), and the 190 KB base64 string stays in it
// rather than being inlined into the function that decodes it
// (reduce_vars), where it was scanned twice (about 20 ms at 4x throttling).
const { code: bundle } = await minify(source, {
  compress: { passes: 2, reduce_vars: false },
  mangle: true,
  format: { comments: /^!/, ascii_only: true, wrap_iife: true },
});
writeFileSync(join(root, "www/pmu-care.js"), bundle);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = gzipSync(bundle, { level: 9 }).length;
const br = brotliCompressSync(bundle, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`www/pmu-care.js ${version} (inputs ${slots.STAMP})`);
console.log(`  bundle: ${kb(bundle.length)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);
console.log(`  wasm:   ${kb(wasm.length)} optimised, ${kb(wasmGz.length)} gzip; glue ${kb(glue.length)} before minifying; css ${kb(css.length)}, ${kb(cssGz.length)} gzip`);
