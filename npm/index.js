// The npm entry: loads the single-file widget (which defines <pmu-care> and
// window.PmuCare) and re-exports its API as ES module bindings.
import "./pmu-care.js";

const api = globalThis.PmuCare;

/** Mounts a widget into `element`; see index.d.ts for the options. */
export const mount = (element, options) => api.mount(element, options);
export const check = (content, mode) => api.check(content, mode);
export const checkSettings = (settings) => api.checkSettings(settings);
export const triage = (input) => api.triage(input);
export const contrast = (a, b) => api.contrast(a, b);
export const version = api.version;
export default api;
