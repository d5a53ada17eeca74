// The hand-written JavaScript that ships (the loader, the npm entry) and the
// build scripts: ESLint's recommended rules, as `scripts/test.sh` runs them.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    files: ["src/web/loader.js", "www/configure.js"],
    ...js.configs.recommended,
    languageOptions: { sourceType: "script", ecmaVersion: 2020, globals: globals.browser },
  },
  {
    files: ["npm/index.js"],
    ...js.configs.recommended,
    languageOptions: { sourceType: "module", globals: globals.browser },
  },
  {
    // Node, with browser names too for the functions they run in pages.
    files: ["scripts/*.mjs", "tests/bundle.test.mjs", "tests/e2e/*.mjs"],
    ...js.configs.recommended,
    languageOptions: { sourceType: "module", globals: { ...globals.node, ...globals.browser } },
  },
];
