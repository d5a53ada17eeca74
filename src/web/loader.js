/*! pmu-care {{VERSION}} | runs in your browser only, sends nothing | inputs {{STAMP}} */
// The loader: turns this one classic script into running widgets. The bundler
// (scripts/bundle.mjs) fills in the {{...}} slots, each inside a string or a
// comment so that this file is plain JavaScript a linter can read: the
// wasm-bindgen `no-modules` glue, the optimised wasm and the stylesheet (each
// gzip, base64).
(function () {
  "use strict";

  // Included twice: the first copy owns the element and the instances.
  if (window.PmuCare) {
    return;
  }

  var crashed = false; // set once the wasm has trapped; it is not called again
  var instances = new Map(); // host element -> handle

  // A Rust panic ends in a wasm trap, thrown to whoever called in. Calls come
  // from browser events (through the glue, patched by the bundler to use
  // this) and from the loader: either way the host page never sees it.
  function guard(call) {
    if (crashed) {
      return undefined;
    }
    try {
      return call();
    } catch (error) {
      crash(error);
      return undefined;
    }
  }

  var NOTICE = {
    en: "Sorry, this help box stopped working. Please reload the page. If you are worried about your health, contact a doctor.",
    es: "Lo sentimos, este recuadro de ayuda ha dejado de funcionar. Recarga la página. Si te preocupa tu salud, consulta a un médico.",
  };

  // Shows a small notice in place of every widget: better than a blank box
  // or a half-working one.
  function crash(error) {
    if (!crashed) {
      crashed = true;
      console.error("pmu-care: stopped after an internal error:", error);
    }
    instances.forEach(function (handle) {
      handle.showNotice();
    });
  }

  // The glue declares a `wasm_bindgen` binding; this function scope keeps it
  // private, so another widget's global of that name is left alone.
  var bindgen = (function () {
    /* global wasm_bindgen: readonly -- declared by the glue below */
    /* {{GLUE}} */
    return wasm_bindgen;
  })();

  var VERSION = "{{VERSION}}";
  var WASM_GZIP_BASE64 = "{{WASM}}";
  // Compressed like the wasm: 4 KB of base64 instead of 13 KB of text, for
  // hosts that serve the script uncompressed, at the same size gzipped.
  var CSS_GZIP_BASE64 = "{{CSS}}";

  var ready = null; // Promise of the instantiated module, shared by all widgets
  var sheet = null; // one constructable stylesheet, adopted by every shadow root
  var wasmExports = null;

  function report(what, error) {
    console.error("pmu-care: " + what + ":", error);
  }

  // The browser's own decoder where it has one: the byte loop costs tens of
  // milliseconds on a slow phone.
  function decodeBase64(text) {
    if (typeof Uint8Array.fromBase64 === "function") {
      return Uint8Array.fromBase64(text);
    }
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  function inflate(base64) {
    return new Blob([decodeBase64(base64)]).stream().pipeThrough(new DecompressionStream("gzip"));
  }

  // Decoding the inlined wasm needs no fetch, so it works from file:// pages,
  // which may not fetch .wasm files, and under a CSP without connect-src.
  function load() {
    if (!ready) {
      // The start-up is cut into tasks a phone can run without freezing the
      // page (Lighthouse counts every task over 50 ms against the salon's
      // page): inflate, compile off the main thread, read the content, and
      // render, each in its own task. Compiling the inflating stream
      // (instantiateStreaming) ran inflate and compile in the script's own
      // task: 143 ms at 4x CPU throttling, of which inflate 63 and compile
      // 48; WebAssembly.compile of the whole bytes leaves 42 to 65 ms there.
      var compiled = new Response(inflate(WASM_GZIP_BASE64)).arrayBuffer().then(function (bytes) {
        return WebAssembly.compile(bytes);
      });
      // The sheet is filled before any widget renders into its shadow root.
      var css = new Response(inflate(CSS_GZIP_BASE64)).text().then(function (text) {
        styles().replaceSync(text);
      });
      ready = Promise.all([
        compiled.then(function (module) {
          return bindgen({ module_or_path: module });
        }),
        css,
      ])
        .then(function (loaded) {
          wasmExports = loaded[0];
        })
        // Reading the bundled content (62 to 84 ms at 4x) and the first
        // render (70 to 90) were one task of 193 ms.
        .then(function prepare() {
          return nextTask().then(function () {
            return guard(bindgen.prepare) ? prepare() : nextTask();
          });
        });
    }
    return ready;
  }

  // Resolves in a later task, so the browser can paint and handle input
  // in between.
  function nextTask() {
    return new Promise(function (resolve) {
      setTimeout(resolve);
    });
  }

  function styles() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
    }
    return sheet;
  }

  // A shadow root of our own on `element`, or on a child div where the
  // element cannot have one (e.g. <ul>, or it already has a closed root).
  function shadowFor(element) {
    if (element.shadowRoot) {
      return { root: element.shadowRoot, extra: null };
    }
    try {
      return { root: element.attachShadow({ mode: "open" }), extra: null };
    } catch {
      var div = document.createElement("div");
      element.appendChild(div);
      return { root: div.attachShadow({ mode: "open" }), extra: div };
    }
  }

  /**
   * Mounts a widget into `element` and returns `{ destroy(), ready }`.
   * Mounting an element that already has a widget returns its handle.
   */
  function mount(element, options) {
    if (!(element instanceof Element)) {
      report("mount", new TypeError("PmuCare.mount needs a DOM element, got " + String(element)));
      return { destroy: function () {}, ready: Promise.resolve() };
    }
    var existing = instances.get(element);
    if (existing) {
      return existing;
    }
    var shadow = shadowFor(element);
    shadow.root.adoptedStyleSheets = [styles()];
    var container = document.createElement("div");
    container.className = "pmu-host";
    shadow.root.appendChild(container);

    var widget = null;
    var destroyed = false;
    var handle = {
      destroy: function () {
        if (destroyed) {
          return;
        }
        destroyed = true;
        instances.delete(element);
        if (widget) {
          guard(function () {
            widget.destroy();
            widget.free();
          });
          widget = null;
        }
        container.remove();
        var panel = shadow.root.querySelector(".pmu-preview");
        if (panel) {
          panel.remove();
        }
        shadow.root.adoptedStyleSheets = [];
        if (shadow.extra) {
          shadow.extra.remove();
        }
      },
      ready: null,
      showNotice: function () {
        var lang = (container.querySelector("[lang]") || element).getAttribute("lang") || "";
        var notice = document.createElement("p");
        notice.className = "pmu-crash";
        notice.setAttribute("role", "alert");
        notice.textContent = NOTICE[lang.slice(0, 2)] || NOTICE.en;
        container.replaceChildren(notice);
      },
    };
    var said = [];
    var clean = cleanOptions(options, said);
    strayAttributes(element, said);
    var preview = clean.preview != null || /[?&]pmu-debug\b/.test(location.search);
    handle.ready = Promise.all([load(), salonContent(clean.content)])
      .then(function (loaded) {
        if (crashed) {
          handle.showNotice();
        } else if (!destroyed) {
          widget = guard(function () {
            return bindgen.mount(container, settingsPairs(clean), loaded[1]);
          });
          if (widget) {
            afterRender(function () {
              said = said.concat(checkColours(element, container));
              if (preview) {
                shadow.root.insertBefore(previewPanel(said.concat(widget.notices())), container);
              }
            });
          }
        }
      })
      .catch(function (e) {
        report("could not start", e);
      });
    instances.set(element, handle);
    return handle;
  }

  // The settings by attribute name, as Rust's `settings::NAMES` lists them
  // (tests/settings.test.mjs compares the two). A `mount` option is the
  // camelCase name; on <div data-pmu-care> each is data-<name>. `content`
  // (the salon's file) and `preview` are the loader's own.
  var SETTINGS = [
    "lang",
    "languages",
    "salon-name",
    "phone",
    "booking-url",
    "emergency-number",
    "urgent-number",
    "urgent-url",
    "theme",
    "show",
    "open-category",
    "content-mode",
  ];
  var OWN = ["content", "preview"];
  var KNOWN = SETTINGS.concat(OWN);

  function camel(name) {
    return name.replace(/-(\w)/g, function (_, c) {
      return c.toUpperCase();
    });
  }

  // What Rust reads: [attribute name, text] pairs.
  function settingsPairs(clean) {
    return SETTINGS.filter(function (name) {
      return clean[camel(name)] != null;
    }).map(function (name) {
      return [name, clean[camel(name)]];
    });
  }

  // An attribute any element may have is not a misspelt setting.
  var GLOBAL = /^(id|class|style|title|hidden|dir|slot|part|tabindex|role|translate|inert|nonce|is|autofocus|draggable|spellcheck|contenteditable|accesskey|popover|aria-.+|data-.+|on.+)$/;

  // Attributes on <pmu-care> (or data- ones on <div data-pmu-care>) that
  // are no setting: a misspelling would otherwise leave a button missing
  // without a word.
  function strayAttributes(element, said) {
    var div = element.localName !== "pmu-care";
    if (div && !element.hasAttribute("data-pmu-care")) {
      return;
    }
    Array.prototype.forEach.call(element.attributes, function (attribute) {
      var name = attribute.name;
      if (div) {
        if (name.slice(0, 5) !== "data-" || name === "data-pmu-care") {
          return;
        }
        name = name.slice(5);
      } else if (GLOBAL.test(name)) {
        return;
      }
      if (KNOWN.indexOf(name) < 0) {
        var near = nearest(name);
        warn(said, 'unknown setting "' + attribute.name + '"' + (near ? '; did you mean "' + (div ? "data-" : "") + near + '"?' : "") + " Ignoring it");
      }
    });
  }

  // The setting a misspelt name was probably meant to be: one that contains
  // it or is contained in it ("phone-number"), or at most two edits away
  // ("lenguage"). Written out because no browser API measures it and a
  // package would outweigh these lines.
  function nearest(name) {
    var best = null;
    var bestCost = 3;
    KNOWN.forEach(function (known) {
      var cost = name.indexOf(known) >= 0 || known.indexOf(name) >= 0 ? 1 : edits(name, known);
      if (cost < bestCost) {
        best = known;
        bestCost = cost;
      }
    });
    return best;
  }

  // Levenshtein distance, one row at a time.
  function edits(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) {
      row[j] = j;
    }
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      for (j = 1; j <= b.length; j++) {
        var above = row[j];
        row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  }

  function warn(said, text) {
    console.warn("pmu-care: " + text);
    said.push(text);
  }

  // After the widget's first frame (Yew renders on its own schedule).
  function afterRender(then) {
    requestAnimationFrame(function () {
      setTimeout(function () {
        guard(then);
      });
    });
  }

  // A CSS colour as sRGB bytes, whatever its syntax (the browser's canvas
  // parses it), and the WCAG contrast of two colours.
  var pixel = null;
  function rgb(colour) {
    if (!pixel) {
      pixel = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    }
    pixel.clearRect(0, 0, 1, 1);
    pixel.fillStyle = "#000";
    pixel.fillStyle = colour;
    pixel.fillRect(0, 0, 1, 1);
    return pixel.getImageData(0, 0, 1, 1).data;
  }

  function luminance(colour) {
    var c = rgb(colour);
    var linear = [0, 1, 2].map(function (i) {
      var v = c[i] / 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }

  function contrast(a, b) {
    var la = luminance(a);
    var lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  // The stylesheet picks readable shades of a salon's accent; a salon's own
  // --pmu-text, --pmu-background or --pmu-on-accent are used as given, so
  // a pair of them below WCAG AA (4.5 : 1) is said on the console.
  var PAIRS = [
    ["--text", "--bg", "the text (--pmu-text) on the background (--pmu-background)"],
    ["--on-accent", "--accent", "the text on buttons (--pmu-on-accent) on the accent (--pmu-accent)"],
    ["--accent-text", "--bg", "the accent as text (--pmu-accent) on the background (--pmu-background)"],
  ];
  function checkColours(element, container) {
    var own = getComputedStyle(element);
    var set = ["--pmu-accent", "--pmu-accent-dark", "--pmu-on-accent", "--pmu-background", "--pmu-text"].some(function (name) {
      return own.getPropertyValue(name).trim() !== "";
    });
    var widget = container.querySelector(".pmu");
    var said = [];
    if (!set || !widget) {
      return said;
    }
    var probe = document.createElement("span");
    widget.appendChild(probe);
    PAIRS.forEach(function (pair) {
      probe.style.color = "var(" + pair[0] + ")";
      probe.style.backgroundColor = "var(" + pair[1] + ")";
      var style = getComputedStyle(probe);
      var ratio = contrast(style.color, style.backgroundColor);
      if (ratio < 4.5) {
        warn(said, pair[2] + " is " + ratio.toFixed(1) + " : 1, below the 4.5 : 1 that WCAG AA asks for text; choose a darker or lighter colour");
      }
    });
    probe.remove();
    return said;
  }

  // The owner's check, shown with the `preview` attribute or ?pmu-debug in
  // the page's address: everything the widget understood or ignored.
  function previewPanel(said) {
    var panel = document.createElement("div");
    panel.className = "pmu-preview";
    var title = document.createElement("p");
    title.textContent = said.length
      ? "pmu-care setup check: what was read differently or ignored"
      : "pmu-care setup check: every setting was understood";
    panel.appendChild(title);
    if (said.length) {
      var list = document.createElement("ul");
      said.forEach(function (text) {
        var item = document.createElement("li");
        item.textContent = text;
        list.appendChild(item);
      });
      panel.appendChild(list);
    }
    var hint = document.createElement("p");
    hint.textContent = "Only shown while the preview attribute (or ?pmu-debug in the address) is there.";
    panel.appendChild(hint);
    return panel;
  }

  // The salon's own content: "#id" of a <script type="application/json"> on
  // the page, or a URL fetched once (the only request the widget can make,
  // and only when a salon asks for it). Resolves to JSON text, or null with
  // a console error naming the problem (the bundled content is shown then).
  var fetched = new Map();
  function salonContent(ref) {
    if (!ref) {
      return Promise.resolve(null);
    }
    if (ref.charAt(0) === "#") {
      var el = document.getElementById(ref.slice(1));
      if (!el) {
        console.error('pmu-care: content="' + ref + '": no element has that id; showing the bundled content');
        return Promise.resolve(null);
      }
      return Promise.resolve(el.textContent);
    }
    if (!fetched.has(ref)) {
      fetched.set(
        ref,
        fetch(ref, { credentials: "omit" })
          .then(function (response) {
            if (!response.ok) {
              throw new Error("HTTP " + response.status);
            }
            return response.text();
          })
          .catch(function (e) {
            console.error('pmu-care: content="' + ref + '" could not be loaded (' + e.message + "); showing the bundled content");
            return null;
          }),
      );
    }
    return fetched.get(ref);
  }

  function contentRef(element) {
    return element.getAttribute("content") || element.getAttribute("data-content");
  }

  // Options from PmuCare.mount: known names only, each as a string (as an
  // attribute would be), so one odd value cannot spoil the others.
  function cleanOptions(options, said) {
    var clean = {};
    if (options == null || typeof options !== "object") {
      if (options != null) {
        warn(said, "options must be an object; using defaults");
      }
      return clean;
    }
    var known = KNOWN.map(camel);
    Object.keys(options).forEach(function (key) {
      if (known.indexOf(key) < 0) {
        warn(said, 'unknown option "' + key + '" ignored (known: ' + known.join(", ") + ")");
      } else if (options[key] != null) {
        clean[key] = String(options[key]);
      }
    });
    return clean;
  }

  function optionsFrom(element) {
    var options = {};
    var content = contentRef(element);
    if (content) {
      options.content = content;
    }
    SETTINGS.concat("preview").forEach(function (name) {
      var value = element.getAttribute(name);
      if (value == null) {
        value = element.getAttribute("data-" + name);
      }
      if (value != null) {
        options[camel(name)] = value;
      }
    });
    return options;
  }

  // <pmu-care>: mounts when connected, destroys when really removed (not
  // when merely moved, which disconnects and reconnects in one task).
  // Changing a setting after mount rebuilds the widget with the new one.
  function remount(element) {
    var handle = instances.get(element);
    if (handle && !handle.remounting) {
      handle.remounting = true;
      queueMicrotask(function () {
        handle.destroy();
        if (element.isConnected) {
          mount(element, optionsFrom(element));
        }
      });
    }
  }

  var OBSERVED = KNOWN;

  class PmuCareElement extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }
    connectedCallback() {
      mount(this, optionsFrom(this));
    }
    attributeChangedCallback() {
      remount(this);
    }
    disconnectedCallback() {
      var element = this;
      queueMicrotask(function () {
        var handle = instances.get(element);
        if (!element.isConnected && handle) {
          handle.destroy();
        }
      });
    }
  }

  // <div data-pmu-care>, for site builders that strip unknown tags.
  function mountDivs(root) {
    if (root.nodeType !== 1) {
      return;
    }
    if (root.matches("[data-pmu-care]")) {
      mount(root, optionsFrom(root));
    }
    root.querySelectorAll("[data-pmu-care]").forEach(function (el) {
      mount(el, optionsFrom(el));
    });
  }

  function unmountRemoved(node) {
    instances.forEach(function (handle, el) {
      if (!el.isConnected && el.localName !== "pmu-care" && (el === node || node.contains(el))) {
        handle.destroy();
      }
    });
  }

  function watchDivs() {
    mountDivs(document.documentElement);
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        if (record.type === "attributes") {
          if (record.target.localName !== "pmu-care") {
            remount(record.target);
          }
          return;
        }
        record.addedNodes.forEach(mountDivs);
        record.removedNodes.forEach(unmountRemoved);
      });
    }).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: OBSERVED.map(function (name) {
        return "data-" + name;
      }),
    });
  }

  // For tests and benchmarks: live widgets and the wasm's linear memory.
  function diagnostics() {
    return {
      instances: instances.size,
      wasmMemoryBytes: wasmExports ? wasmExports.memory.buffer.byteLength : 0,
      crashed: crashed,
    };
  }

  // PmuCare.check and PmuCare.triage: the widget's validator and engine,
  // once the wasm is ready. A mistake in the input rejects the promise with
  // an Error that says what; a trap (a bug of ours) is handled as in a widget.
  function whenReady(name) {
    return function (a, b) {
      return load().then(function () {
        if (crashed) {
          throw new Error("pmu-care: stopped after an internal error");
        }
        try {
          return bindgen[name](a, b);
        } catch (error) {
          if (error instanceof WebAssembly.RuntimeError) {
            crash(error);
          }
          throw error;
        }
      });
    };
  }

  window.PmuCare = Object.freeze({
    mount: mount,
    check: whenReady("check"),
    // Pairs as the loader passes them, or an object of mount options.
    checkSettings: function (settings) {
      var said = [];
      var pairs = Array.isArray(settings) ? settings : settingsPairs(cleanOptions(settings, said));
      return whenReady("checkSettings")(pairs);
    },
    triage: whenReady("triage"),
    contrast: contrast,
    version: VERSION,
    diagnostics: diagnostics,
  });

  if (!customElements.get("pmu-care")) {
    customElements.define("pmu-care", PmuCareElement);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchDivs, { once: true });
  } else {
    watchDivs();
  }
})();
