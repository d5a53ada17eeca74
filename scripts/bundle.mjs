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
const renamed = shortImportNames(readFileSync(wasmPath), glue);
const wasm = renamed.wasm;
glue = renamed.glue;
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

// wasm-bindgen names each import after its JS function and a 16-digit hash
// (`__wbg_appendChild_7465eba84213c75f`), once in the glue and once in the
// wasm: 155 of them, whose hashes gzip cannot shrink. Renamed `$0`, `$1`...
// in both (and the module "./pmu_care_bg.js" to "w"): 3.5 KB less gzip.
// Binaryen's --minify-imports leaves modules other than "env" alone.
function shortImportNames(wasm, glue) {
  const MODULE = "./pmu_care_bg.js";
  const moduleKey = `"${MODULE}": import0`;
  if (glue.split(moduleKey).length !== 2) throw new Error(`wasm-bindgen glue changed: expected one ${moduleKey}`);
  glue = glue.replace(moduleKey, '"w": import0');
  const readLeb = (bytes, at) => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return [value, at];
    }
  };
  const leb = (value) => {
    const out = [];
    do {
      let byte = value & 0x7f;
      value = Math.floor(value / 128);
      if (value) byte |= 0x80;
      out.push(byte);
    } while (value);
    return Buffer.from(out);
  };
  const name = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  let seen = 0;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readLeb(wasm, body);
    const entries = [leb(count)];
    for (let i = 0; i < count; i++) {
      let length;
      [length, p] = readLeb(wasm, p);
      const module = wasm.subarray(p, p + length).toString();
      p += length;
      [length, p] = readLeb(wasm, p);
      const field = wasm.subarray(p, p + length).toString();
      p += length;
      // Only functions are imported; their description is a type index.
      if (wasm[p] !== 0 || module !== MODULE) throw new Error(`unexpected wasm import ${module} ${field}`);
      const descStart = p;
      [, p] = readLeb(wasm, p + 1);
      const short = `$${(seen++).toString(36)}`;
      const key = new RegExp(`\\b${field}(?=: function)`, "g");
      if ((glue.match(key) || []).length !== 1) throw new Error(`wasm-bindgen glue changed: expected one import ${field}`);
      glue = glue.replace(key, short);
      entries.push(name("w"), name(short), wasm.subarray(descStart, p));
    }
    const section = Buffer.concat(entries);
    parts.push(Buffer.from([2]), leb(section.length), section);
    at = end;
  }
  return { wasm: Buffer.concat(parts), glue };
}
