/** Settings of one widget; the same as the element's attributes, in camelCase. */
export interface PmuCareOptions {
  /** "en" or "es" (a tag such as "es-MX" works); default: the page's, then the browser's. */
  lang?: string;
  /** The only languages to offer, e.g. "es" or "en es"; with one, there is no language switch. */
  languages?: string;
  /** Shown with your contact details on results. */
  salonName?: string;
  /** A phone number; in text such as "020 7946 0958 (WhatsApp)" the number is found, and the console says so. */
  phone?: string;
  /** A web address for booking; https:// is added to a bare "www.salon.example/book". */
  bookingUrl?: string;
  /** For example "112", "911" or "999" ("999 or 112" uses the first); default: "your local emergency number". */
  emergencyNumber?: string;
  /** A medical line for "get medical care today", e.g. "111"; a "Call" button on those results. */
  urgentNumber?: string;
  /** An https:// page for the same, e.g. "https://111.nhs.uk"; a button on those results. */
  urgentUrl?: string;
  theme?: "auto" | "light" | "dark";
  show?: "both" | "faq" | "checker";
  /** A FAQ category id to put first, open. */
  openCategory?: string;
  /** Your own content: "#id" of a <script type="application/json">, or a URL. */
  content?: string;
  contentMode?: "add" | "replace";
  /** Any value: shows, above the widget, what was read differently or ignored (also with ?pmu-debug in the page address). */
  preview?: string | boolean;
}

/** What the widget made of one setting: `value` is what it uses, read from the text around it; null when it ignores the value. */
export interface PmuCareSettingNotice {
  setting: string;
  value: string | null;
  text: string;
}

/** One mounted widget. */
export interface PmuCareHandle {
  /** Removes the widget and everything it added. Safe to call twice. */
  destroy(): void;
  /** Settles once the widget has rendered (or failed, with a console error). */
  ready: Promise<void>;
}

/** One of the checker's answers, highest first. */
export type PmuCareLevel = "emergency" | "urgent" | "doctor" | "appointment" | "practitioner" | "healing";

/** What `check` found: every problem with its JSON path (`faq.entries[3].question.es`). */
export interface PmuCareCheckResult {
  ok: boolean;
  /** "salon": a salon's own file, checked against the bundled content; "complete": a whole content file. */
  kind: "salon" | "complete";
  errors: { path: string; message: string }[];
}

export interface PmuCareTriageInput {
  /** A procedure id: "brows", "lips", "eyeliner", "scalp", "areola" or "other". */
  procedure: string;
  /** Days since the procedure; 0 is the day itself. */
  day: number;
  /** Sign ids, as `pmu-content signs` lists them. */
  signs?: string[];
  /** Risk factor ids. */
  risks?: string[];
  /** "en" or "es"; default: the content's first language. */
  lang?: string;
}

/** The checker's answer, in words, as the widget shows it. */
export interface PmuCareReport {
  level: PmuCareLevel;
  /** No sign was given: the title says so, never "normal healing". */
  nothing_ticked: boolean;
  title: string;
  now: string;
  /** Whom to call; always there for "emergency" and "urgent". */
  call?: string;
  note?: string;
  /** "If it gets worse": which signs would lead to which level. */
  watch: { level: PmuCareLevel; title: string; signs: string[] }[];
  safety_net: string;
  /**
   * Below "urgent", while the day is within them: each healing sign's usual
   * time for this procedure (the last day), and whether it was ticked.
   */
  timeline: { sign: string; until_day: number; yours: boolean }[];
  healed_by_day?: number;
  procedure: string;
  day: number;
  signs: string[];
  risks: string[];
  reasons: { rule: string; level: PmuCareLevel; why: string; signs: string[] }[];
  faq: { id: string; question: string }[];
  sources: { id: string; citation: string; url?: string }[];
}

/** Dispatched on the widget's element (it bubbles) each time an answer is shown. */
export interface PmuCareResultEvent extends CustomEvent<{ level: PmuCareLevel; nothingTicked: boolean }> {}

export interface PmuCareApi {
  mount(element: Element, options?: PmuCareOptions): PmuCareHandle;
  /** Checks a salon's content file (or a complete one), as JSON text or an object. */
  check(content: string | object, mode?: "add" | "replace"): Promise<PmuCareCheckResult>;
  /** What a widget would make of these settings (attribute names and texts, or options): a notice for each value read differently or ignored. */
  checkSettings(settings: [string, string][] | PmuCareOptions): Promise<PmuCareSettingNotice[]>;
  /** Runs the checker; rejects with an Error naming unknown ids or wrong fields. */
  triage(input: PmuCareTriageInput): Promise<PmuCareReport>;
  /** The WCAG contrast ratio of two CSS colours, e.g. contrast("#f4a6c1", "#fff") is about 1.9. */
  contrast(a: string, b: string): number;
  readonly version: string;
  diagnostics(): { instances: number; wasmMemoryBytes: number; crashed: boolean };
}

export declare function mount(element: Element, options?: PmuCareOptions): PmuCareHandle;
export declare function check(content: string | object, mode?: "add" | "replace"): Promise<PmuCareCheckResult>;
export declare function checkSettings(settings: [string, string][] | PmuCareOptions): Promise<PmuCareSettingNotice[]>;
export declare function triage(input: PmuCareTriageInput): Promise<PmuCareReport>;
export declare function contrast(a: string, b: string): number;
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
  interface HTMLElementEventMap {
    "pmu-care:result": PmuCareResultEvent;
  }
}
