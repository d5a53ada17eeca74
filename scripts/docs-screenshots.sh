#!/usr/bin/env bash
# Refreshes the guides' screenshots in docs/images from the end-to-end run.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PMU_ROOT"
node --test tests/e2e/docs.test.mjs tests/e2e/salon.test.mjs
for f in target/screenshots/docs-*.png target/screenshots/salon-content-result-1280.png; do
  cp "$f" docs/images/"$(basename "$f" | sed 's/^docs-//')"
done
ls -l docs/images
