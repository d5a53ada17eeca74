#!/usr/bin/env bash
# Writes what a salon downloads, from the committed bundle, into
# target/release/: pmu-care-<version>.js, its SHA-384 for a Subresource
# Integrity attribute (pmu-care-<version>.js.sha384, "sha384-..."), and
# pmu-care-<version>.zip with the script, the configurator and the guides.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PMU_ROOT"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
out=target/release-files
rm -rf "$out" && mkdir -p "$out"
name="pmu-care-$version"
cp www/pmu-care.js "$out/$name.js"
integrity="sha384-$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha384(open(sys.argv[1], "rb").read()).digest()).decode())' "$out/$name.js")"
echo "$integrity" > "$out/$name.js.sha384"
# The zip's configurator carries the integrity value, so the code it gives
# for the CDN address has integrity="..." and crossorigin="anonymous".
python3 - "$out/$name.zip" "$name" "$integrity" <<'PY'
import sys, zipfile, pathlib
zip_path, name, integrity = sys.argv[1:]
files = {"pmu-care.js": "www/pmu-care.js", "configure.js": "www/configure.js"}
for doc in sorted(pathlib.Path("docs").rglob("*")):
    if doc.is_file():
        files[str(doc)] = str(doc)
page = pathlib.Path("www/configure.html").read_text()
meta = f'<meta name="pmu-care-integrity" content="{integrity}">'
assert page.count("<head>") == 1
with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
    for inside, source in files.items():
        z.write(source, f"{name}/{inside}")
    z.writestr(f"{name}/configure.html", page.replace("<head>", "<head>\n  " + meta))
PY
echo "$out/$name.js"
echo "$out/$name.zip"
echo "<script src=\"https://cdn.jsdelivr.net/npm/pmu-care@$version/pmu-care.js\" integrity=\"$integrity\" crossorigin=\"anonymous\" defer></script>"
