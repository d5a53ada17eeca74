#!/usr/bin/env bash
# Builds the npm package from the committed bundle: target/npm/pmu-care-<version>.tgz.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PMU_ROOT"
out=target/npm/package
rm -rf "$out" && mkdir -p "$out"
cp npm/package.json npm/index.js npm/index.d.ts npm/README.md LICENSE www/pmu-care.js "$out/"
(cd target/npm && npm pack --silent ./package >/dev/null)
ls target/npm/*.tgz
