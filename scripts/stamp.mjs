// The stamp of the inputs a bundle is built from: a hash over what, in every
// source file that can change www/pmu-care.js, can change it. The bundle
// carries it in its first line; tests/bundle.test.mjs fails when the
// committed bundle is stale. Comments, Rust unit tests and layout are left
// out of the hash (none of them reaches the bundle), so a change to a doc
// comment or a test does not ask for a rebuild.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const INPUTS = ["Cargo.toml", "Cargo.lock", "src", "scripts/build.sh", "scripts/bundle.mjs", "scripts/stamp.mjs"];

function files(root, path) {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => files(root, join(path, name)));
}

/**
 * `text` without what cannot reach the bundle: comments and runs of
 * whitespace outside string literals in Rust, JavaScript and CSS, and a Rust
 * file's trailing `#[cfg(test)] mod tests`. Other files are kept whole.
 */
export function normalise(path, text) {
  text = text.replace(/\r\n/g, "\n");
  const kind = /\.(rs|js|css)$/.exec(path)?.[1];
  if (!kind) return text;
  if (kind === "rs") text = text.replace(/\n#\[cfg\(test\)\]\nmod tests \{[\s\S]*$/, "\n");
  let out = "";
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i, i + 2);
    const raw = kind === "rs" && /^r#*"/.exec(text.slice(i, i + 10));
    if (raw) {
      // A Rust raw string: r"...", r#"..."#, up to its own closing.
      const close = '"' + "#".repeat(raw[0].length - 2);
      const end = text.indexOf(close, i + raw[0].length) + close.length;
      out += text.slice(i, end);
      i = end;
    } else if (kind === "rs" && text[i] === "'" && (text[i + 1] === "\\" || text[i + 2] === "'")) {
      // A Rust char literal ('"', '\''), not a lifetime: kept whole.
      const end = text.indexOf("'", i + (text[i + 1] === "\\" ? 3 : 2)) + 1;
      out += text.slice(i, end);
      i = end;
    } else if (text[i] === '"' || (kind !== "rs" && text[i] === "'")) {
      const quote = text[i];
      let j = i + 1;
      while (j < text.length && text[j] !== quote) j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (rest === "//" && kind !== "css") {
      i = text.indexOf("\n", i);
      if (i < 0) break;
    } else if (rest === "/*") {
      // A bundle's banner (/*!) carries the version and the stamp slots.
      const end = text.indexOf("*/", i + 2) + 2;
      if (text[i + 2] === "!") out += text.slice(i, end);
      i = end;
    } else if (/\s/.test(text[i])) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (!out.endsWith(" ")) out += " ";
    } else {
      out += text[i++];
    }
  }
  return out.trim();
}

export function inputsStamp(root) {
  const hash = createHash("sha256");
  const all = INPUTS.flatMap((p) => files(root, p)).sort();
  for (const path of all) {
    const name = relative(root, join(root, path)).split("\\").join("/");
    const text = normalise(name, readFileSync(join(root, path)).toString("latin1"));
    hash.update(name + "\0" + text + "\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export function bundleStamp(bundleText) {
  const m = /\| inputs ([0-9a-f]{16}) \*\//.exec(bundleText.slice(0, 300));
  return m ? m[1] : null;
}
