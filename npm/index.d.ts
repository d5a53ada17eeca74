/** Settings of one widget; the same as the element's attributes, in camelCase. */
export interface PmuCareOptions {
  /** "en" or "es" (a tag such as "es-MX" works); default: the page's, then the browser's. */
  lang?: string;
  /** Shown with your contact details on results. */
  salonName?: string;
  /** Digits, spaces and + - ( ) . */
  phone?: string;
  /** An https:// or http:// address for booking. */
  bookingUrl?: string;
  /** For example "112", "911" or "999"; default: "your local emergency number". */
  emergencyNumber?: string;
  theme?: "auto" | "light" | "dark";
  show?: "both" | "faq" | "checker";
  /** A FAQ category id to put first, open. */
  openCategory?: string;
  /** Your own content: "#id" of a <script type="application/json">, or a URL. */
  content?: string;
  contentMode?: "add" | "replace";
}

/** One mounted widget. */
export interface PmuCareHandle {
  /** Removes the widget and everything it added. Safe to call twice. */
  destroy(): void;
  /** Settles once the widget has rendered (or failed, with a console error). */
  ready: Promise<void>;
}

export interface PmuCareApi {
  mount(element: Element, options?: PmuCareOptions): PmuCareHandle;
  readonly version: string;
  diagnostics(): { instances: number; wasmMemoryBytes: number; crashed: boolean };
}

export declare function mount(element: Element, options?: PmuCareOptions): PmuCareHandle;
export declare const version: string;
declare const PmuCare: PmuCareApi;
export default PmuCare;

declare global {
  interface Window {
    PmuCare: PmuCareApi;
  }
  interface HTMLElementTagNameMap {
    "pmu-care": HTMLElement;
  }
}
