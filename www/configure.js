// The configurator (configure.html): a form for every setting, checked as
// the owner types by the widget's own checks (PmuCare.checkSettings,
// PmuCare.check), a live preview of the real widget, the code to paste for
// each platform, and the settings kept in the page's address. It works
// from file:// and sends nothing anywhere.
(function () {
  "use strict";

  // The FAQ's sections as src/content/faq.json has them: id, English and
  // Spanish title (tests/settings.test.mjs compares the two).
  var CATEGORIES = [
    ["worried", "Is something wrong?", "¿Algo no va bien?"],
    ["basics", "The basics", "Lo básico"],
    ["causes", "Why it can go wrong", "Por qué puede salir mal"],
    ["risks", "Risks and what they cost", "Riesgos y lo que cuestan"],
    ["putting-it-right", "Putting it right", "Cómo corregirlo"],
    ["prevention", "Preventing problems", "Cómo evitar problemas"],
    ["scalp", "Scalp micropigmentation (SMP)", "Micropigmentación capilar (SMP)"],
  ];

  // [id, title] pairs for a select, in one language (1 English, 2 Spanish).
  function categoryOptions(column) {
    return CATEGORIES.map(function (category) {
      return [category[0], category[column]];
    });
  }

  var TEXT = {
    en: {
      title: "Set up the pmu-care help box",
      "page-title": "pmu-care setup",
      picker: "Accent colour picker",
      "preview-width": "Preview width",
      "preview-title": "Preview of the widget",
      platform: "Platform",
      intro: "Fill in what applies to your salon. Each box is checked as you type, the preview shows the real widget, and the code to paste is at the end. Nothing you type leaves this page.",
      "h-contact": "Your salon",
      "h-look": "Colours and shape",
      "h-own": "Your own questions (optional)",
      "h-preview": "Preview",
      "h-code": "The code for your site",
      accent: "Accent colour",
      "accent-help": "Your brand colour for buttons and headings. Leave it empty to keep the widget's plum.",
      radius: "Corner radius",
      "radius-help": "How round the corners are, for example 4px, or 0 for square.",
      font: "Font",
      "font-help": 'A font your site already loads, for example "Lato", sans-serif. Empty: the visitor\'s system font.',
      "own-help": "Questions about your salon, shown first in the FAQ. Write each one in every language the widget offers.",
      "add-entry": "Add a question",
      remove: "Remove this question",
      download: "Download your questions and wording as a file (JSON)",
      "h-wording": "Your words in the checker (optional)",
      "wording-help": "Reword the two answers that are about looks and aftercare, or add your own note to them, such as your opening hours. Medical advice always keeps its words.",
      levels: { practitioner: "The answer \u201cTalk to your salon\u201d", healing: "The answer \u201cThis sounds like normal healing\u201d" },
      "w-title": "Title",
      "w-now": "What to do now",
      "w-note": "Your note beside it",
      integrity: "The code carries this version's integrity value, so a browser refuses a changed file. If you put a different file at this address, take out integrity=\"\u2026\" and crossorigin=\"anonymous\".",
      phone: "Phone",
      desktop: "Desktop",
      "script-url": "Where your copy of pmu-care.js is",
      "script-url-help": "The address of the file on your site or a CDN. Wix and Squarespace cannot host it: use a CDN address.",
      snippet: "Copy this and paste it where the widget should appear",
      copy: "Copy the code",
      copied: "Copied. Paste it into your site.",
      share: "To send these settings to your web designer, send them this page's address:",
      "share-link": "link with your settings",
      understood: "Will be used as: ",
      ignored: "This cannot be used, so the widget leaves it out. ",
      "category-title": "Title of your questions' section",
      question: "Question",
      answer: "Answer",
      "in-en": " (English)",
      "in-es": " (Spanish)",
      "own-errors": "Your questions and wording are not in the code yet: fix the marked boxes first.",
      // The validator's words for a box, said for an owner.
      boxErrors: [
        [/^(missing|is blank)$/, "Please fill this in."],
        [/^is longer than (\d+) characters$/, "Too long: at most $1 characters."],
        [/^the id ".*" is used twice$/, "Two questions start with the same words: change one of them."],
      ],
      contrast: function (c) {
        return "Text on your buttons will be " + c.ink + " (" + c.onAccent + " : 1). " +
          (c.asText >= 4.5 ? "As heading text your colour reads well (" + c.asText + " : 1)." :
            "As heading text it is too light (" + c.asText + " : 1 on white), so the widget uses a darker shade of it.");
      },
      black: "black",
      white: "white",
      badColour: "This is not a colour the browser knows: try a code like #d4af37.",
      fields: {
        "salon-name": ["Salon name", "Shown with your contact details on the checker's results."],
        phone: ["Phone", "Where clients reach you; words around the number are fine."],
        "booking-url": ["Booking page", "The address of your booking page, for example www.yoursalon.com/book."],
        "emergency-number": ["Emergency number", "The number your clients call in an emergency: 999 in the UK, 112 in the EU, 911 in the US and Canada. Set it: an emergency answer then has one Call button."],
        "urgent-number": ["Same-day medical line (optional)", "For example 111 (NHS 111): a Call button on \"get medical care today\" answers."],
        "urgent-url": ["Same-day medical advice online (optional)", "For example https://111.nhs.uk."],
        languages: ["Languages", "Which languages visitors can switch between. With one, there is no switch."],
        lang: ["Starting language", "Automatic: the language of your page, then of the visitor's browser."],
        show: ["What to show", "The questions (FAQ), the warning-sign checker, or both."],
        "open-category": ["Questions shown first", "One section of the questions to put first, with its answers open: for example scalp micropigmentation, if that is your work."],
        theme: ["Light or dark", "Automatic follows your page."],
        "content-mode": ["With your questions", "Whether your questions come before the widget's own, or are the only ones shown."],
      },
      options: {
        languages: [["", "English and Spanish"], ["en", "English only"], ["es", "Spanish only"]],
        lang: [["", "Automatic"], ["en", "English"], ["es", "Spanish"]],
        show: [["", "Both"], ["faq", "Questions only"], ["checker", "Checker only"]],
        "open-category": [["", "None: the usual order"]].concat(categoryOptions(1)),
        theme: [["", "Automatic"], ["light", "Light"], ["dark", "Dark"]],
        "content-mode": [["", "Add yours to the widget's"], ["replace", "Only yours (the widget's questions about problems are left out)"]],
      },
      platforms: {
        html: ["HTML", "Paste it into your page's HTML where the widget should appear, with the file next to the page (or the address of your copy below)."],
        wordpress: ["WordPress", "In the block editor: add a Custom HTML block and paste. Upload pmu-care.js with a file-manager plugin or your host's file manager, and put its address below."],
        wix: ["Wix", "Add → Embed Code → Embed HTML, choose Code and paste. Wix cannot host the file: the code uses the CDN address; if the preview on your site stays empty, the CDN does not have this version yet, so paste the file itself as the guide shows. Make the box about 700 px tall."],
        squarespace: ["Squarespace", "Add a Code block and paste. Squarespace cannot host .js files: the code uses the CDN address; if the box on your site stays empty, the CDN does not have this version yet, so paste the file itself as the guide shows."],
        div: ["<div> form", "For site builders that remove unknown tags: the same widget as a <div> with data- attributes."],
      },
    },
    es: {
      title: "Configura el recuadro de ayuda pmu-care",
      "page-title": "Configuración de pmu-care",
      picker: "Selector del color principal",
      "preview-width": "Ancho de la vista previa",
      "preview-title": "Vista previa del widget",
      platform: "Plataforma",
      intro: "Rellena lo que corresponda a tu salón. Cada casilla se revisa mientras escribes, la vista previa muestra el widget real y el código para pegar está al final. Nada de lo que escribes sale de esta página.",
      "h-contact": "Tu salón",
      "h-look": "Colores y forma",
      "h-own": "Tus propias preguntas (opcional)",
      "h-preview": "Vista previa",
      "h-code": "El código para tu web",
      accent: "Color principal",
      "accent-help": "El color de tu marca para botones y títulos. Déjalo vacío para mantener el morado del widget.",
      radius: "Redondeo de las esquinas",
      "radius-help": "Cuánto se redondean las esquinas, por ejemplo 4px, o 0 para esquinas rectas.",
      font: "Tipo de letra",
      "font-help": 'Una fuente que tu web ya carga, por ejemplo "Lato", sans-serif. Vacío: la fuente del sistema de cada visitante.',
      "own-help": "Preguntas sobre tu salón, que aparecen primero. Escribe cada una en todos los idiomas que ofrece el widget.",
      "add-entry": "Añadir una pregunta",
      remove: "Quitar esta pregunta",
      download: "Descargar tus preguntas y textos como archivo (JSON)",
      "h-wording": "Tus palabras en el comprobador (opcional)",
      "wording-help": "Cambia el texto de las dos respuestas que tratan del aspecto y de los cuidados, o añádeles una nota tuya, como tu horario. Los consejos médicos conservan siempre su texto.",
      levels: { practitioner: "La respuesta \u00abHabla con tu salón\u00bb", healing: "La respuesta \u00abParece una cicatrización normal\u00bb" },
      "w-title": "Título",
      "w-now": "Qué hacer ahora",
      "w-note": "Tu nota al lado",
      integrity: "El código lleva el valor de integridad de esta versión, así el navegador rechaza un archivo modificado. Si pones otro archivo en esta dirección, quita integrity=\"\u2026\" y crossorigin=\"anonymous\".",
      phone: "Móvil",
      desktop: "Escritorio",
      "script-url": "Dónde está tu copia de pmu-care.js",
      "script-url-help": "La dirección del archivo en tu web o en una CDN. Wix y Squarespace no pueden alojarlo: usa una dirección de CDN.",
      snippet: "Copia esto y pégalo donde quieras que aparezca el widget",
      copy: "Copiar el código",
      copied: "Copiado. Pégalo en tu web.",
      share: "Para enviar esta configuración a quien hace tu web, mándale la dirección de esta página:",
      "share-link": "enlace con tu configuración",
      understood: "Se usará así: ",
      ignored: "Esto no se puede usar, así que el widget lo deja fuera. ",
      "category-title": "Título de la sección de tus preguntas",
      question: "Pregunta",
      answer: "Respuesta",
      "in-en": " (inglés)",
      "in-es": " (español)",
      "own-errors": "Tus preguntas y textos aún no están en el código: corrige primero las casillas marcadas.",
      boxErrors: [
        [/^(missing|is blank)$/, "Rellena esta casilla."],
        [/^is longer than (\d+) characters$/, "Demasiado largo: como máximo $1 caracteres."],
        [/^the id ".*" is used twice$/, "Dos preguntas empiezan con las mismas palabras: cambia una de ellas."],
      ],
      contrast: function (c) {
        return "El texto de tus botones será " + c.ink + " (" + c.onAccent + " : 1). " +
          (c.asText >= 4.5 ? "Como texto de títulos tu color se lee bien (" + c.asText + " : 1)." :
            "Como texto de títulos es demasiado claro (" + c.asText + " : 1 sobre blanco), así que el widget usa un tono más oscuro.");
      },
      black: "negro",
      white: "blanco",
      badColour: "El navegador no reconoce este color: prueba con un código como #d4af37.",
      fields: {
        "salon-name": ["Nombre del salón", "Aparece con tus datos de contacto en los resultados."],
        phone: ["Teléfono", "Donde te localizan tus clientas; puede llevar palabras alrededor."],
        "booking-url": ["Página de reservas", "La dirección de tu página de reservas, por ejemplo www.tusalon.com/reservas."],
        "emergency-number": ["Número de emergencias", "El número al que se llama en una emergencia: 112 en España y la UE, 911 en México, Estados Unidos y gran parte de América. Ponlo: así una emergencia muestra un solo botón de llamada."],
        "urgent-number": ["Línea médica para hoy (opcional)", "Un teléfono de atención médica no urgente del mismo día, si lo hay en tu zona."],
        "urgent-url": ["Consulta médica en línea (opcional)", "La web de ese servicio, si la hay."],
        languages: ["Idiomas", "Entre qué idiomas pueden elegir. Con uno solo, no aparece el selector."],
        lang: ["Idioma inicial", "Automático: el idioma de tu página y después el del navegador."],
        show: ["Qué mostrar", "Las preguntas, el comprobador de señales de alarma o ambos."],
        "open-category": ["Preguntas que van primero", "Una sección de las preguntas para ponerla la primera, con sus respuestas abiertas: por ejemplo la micropigmentación capilar, si es lo tuyo."],
        theme: ["Claro u oscuro", "Automático sigue a tu página."],
        "content-mode": ["Con tus preguntas", "Si tus preguntas van antes que las del widget o son las únicas que se muestran."],
      },
      options: {
        languages: [["", "Inglés y español"], ["en", "Solo inglés"], ["es", "Solo español"]],
        lang: [["", "Automático"], ["en", "Inglés"], ["es", "Español"]],
        show: [["", "Ambos"], ["faq", "Solo preguntas"], ["checker", "Solo el comprobador"]],
        "open-category": [["", "Ninguna: el orden de siempre"]].concat(categoryOptions(2)),
        theme: [["", "Automático"], ["light", "Claro"], ["dark", "Oscuro"]],
        "content-mode": [["", "Añadir las tuyas a las del widget"], ["replace", "Solo las tuyas (se quitan las del widget sobre problemas)"]],
      },
      platforms: {
        html: ["HTML", "Pégalo en el HTML de tu página donde quieras el widget, con el archivo junto a la página (o la dirección de tu copia abajo)."],
        wordpress: ["WordPress", "En el editor de bloques: añade un bloque HTML personalizado y pega. Sube pmu-care.js con un plugin de archivos o el gestor de archivos de tu hosting y pon su dirección abajo."],
        wix: ["Wix", "Agregar → Insertar código → Insertar HTML, elige Código y pega. Wix no aloja el archivo: el código usa la dirección de la CDN; si el recuadro sigue vacío en tu web, la CDN aún no tiene esta versión, así que pega el propio archivo como explica la guía. Haz el recuadro de unos 700 px de alto."],
        squarespace: ["Squarespace", "Añade un bloque de código y pega. Squarespace no aloja archivos .js: el código usa la dirección de la CDN; si el recuadro sigue vacío en tu web, la CDN aún no tiene esta versión, así que pega el propio archivo como explica la guía."],
        div: ["Forma <div>", "Para creadores de webs que quitan etiquetas desconocidas: el mismo widget como <div> con atributos data-."],
      },
    },
  };

  // The settings the form offers, in the order of the widget's list.
  var TEXT_FIELDS = ["salon-name", "phone", "booking-url", "emergency-number", "urgent-number", "urgent-url"];
  var CHOICES = ["languages", "lang", "show", "open-category", "theme"];
  // Shown with the salon's own questions, and in the code only with them.
  var OWN_CHOICES = ["content-mode"];
  var SETTINGS = TEXT_FIELDS.concat(CHOICES, OWN_CHOICES);
  var LOOK = ["accent", "radius", "font"];
  var OWN_CATEGORY = "our-salon";
  // What a salon may reword in the checker (the rest is medical advice).
  var WORDING_LEVELS = ["practitioner", "healing"];
  var WORDING_FIELDS = ["title", "now", "note"];

  var ui = "en";
  var platform = "html";
  var notices = [];
  var entries = [];
  var categoryTitle = {};
  // By level, field and language: { practitioner: { title: { en: "…" } } }.
  var wording = {};
  var ownJson = null;
  // Boxes are marked only once the owner has typed in one: a question just
  // added is not yet a mistake.
  var ownTyped = false;

  var $ = function (id) {
    return document.getElementById(id);
  };
  var t = function (key) {
    return TEXT[ui][key];
  };

  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === "text") {
        node.textContent = props[key];
      } else {
        node.setAttribute(key, props[key]);
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(child);
    });
    return node;
  }

  function field(name) {
    var labels = t("fields")[name];
    var input;
    if (TEXT_FIELDS.indexOf(name) < 0) {
      input = el("select", { id: name, name: name });
      t("options")[name].forEach(function (option) {
        input.appendChild(el("option", { value: option[0], text: option[1] }));
      });
    } else {
      input = el("input", { id: name, name: name, type: name === "phone" || /number/.test(name) ? "tel" : "text", autocomplete: "off", spellcheck: "false" });
    }
    input.setAttribute("aria-describedby", name + "-help " + name + "-msg");
    return el("div", { class: "field" }, [
      el("label", { for: name, text: labels[0] }),
      el("p", { class: "help", id: name + "-help", text: labels[1] }),
      input,
      el("p", { class: "msg", id: name + "-msg", "aria-live": "polite" }),
    ]);
  }

  function offered() {
    var only = $("languages").value;
    return only ? [only] : ["en", "es"];
  }

  // Builds the form in the page's language with these values (by default,
  // what was typed).
  function render(values) {
    values = values || readForm();
    document.documentElement.lang = ui;
    document.title = t("page-title");
    document.querySelectorAll("[data-t]").forEach(function (node) {
      node.textContent = t(node.getAttribute("data-t"));
    });
    document.querySelectorAll("[data-t-label]").forEach(function (node) {
      node.setAttribute("aria-label", t(node.getAttribute("data-t-label")));
    });
    document.querySelectorAll("[data-t-title]").forEach(function (node) {
      node.setAttribute("title", t(node.getAttribute("data-t-title")));
    });
    document.querySelectorAll("[data-ui]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-ui") === ui));
    });
    var fields = $("fields");
    fields.replaceChildren();
    TEXT_FIELDS.concat(CHOICES).forEach(function (name) {
      fields.appendChild(field(name));
    });
    $("own-mode").replaceChildren(field("content-mode"));
    var tabs = $("platforms");
    tabs.replaceChildren();
    Object.keys(t("platforms")).forEach(function (id) {
      tabs.appendChild(el("button", { type: "button", "aria-pressed": String(id === platform), "data-platform": id, text: t("platforms")[id][0] }));
    });
    fillForm(values);
    renderOwn();
    renderWording();
    update();
  }

  function renderOwn() {
    var own = $("own");
    own.replaceChildren();
    if (!entries.length) {
      return;
    }
    var langs = offered();
    langs.forEach(function (lang) {
      own.appendChild(textField("cat-" + lang, t("category-title") + t("in-" + lang), categoryTitle[lang] || "", "input", function (value) {
        categoryTitle[lang] = value;
      }));
    });
    entries.forEach(function (entry, i) {
      var set = el("fieldset", {}, [el("legend", { text: t("question") + " " + (i + 1) })]);
      langs.forEach(function (lang) {
        set.appendChild(textField("q-" + i + "-" + lang, t("question") + t("in-" + lang), entry.question[lang] || "", "input", function (value) {
          entry.question[lang] = value;
        }));
        set.appendChild(textField("a-" + i + "-" + lang, t("answer") + t("in-" + lang), entry.answer[lang] || "", "textarea", function (value) {
          entry.answer[lang] = value;
        }));
      });
      var remove = el("button", { type: "button", text: t("remove") });
      remove.addEventListener("click", function () {
        entries.splice(i, 1);
        renderOwn();
        update();
      });
      set.appendChild(remove);
      own.appendChild(set);
    });
  }

  function renderWording() {
    var box = $("wording");
    box.replaceChildren();
    WORDING_LEVELS.forEach(function (level) {
      var set = el("fieldset", {}, [el("legend", { text: t("levels")[level] })]);
      WORDING_FIELDS.forEach(function (name) {
        offered().forEach(function (lang) {
          var texts = ((wording[level] = wording[level] || {})[name] = wording[level][name] || {});
          set.appendChild(textField("w-" + level + "-" + name + "-" + lang, t("w-" + name) + t("in-" + lang), texts[lang] || "", name === "title" ? "input" : "textarea", function (value) {
            texts[lang] = value;
          }));
        });
      });
      box.appendChild(set);
    });
  }

  function textField(id, label, value, tag, set) {
    var input = el(tag, tag === "input" ? { id: id, type: "text", "aria-describedby": id + "-msg" } : { id: id, "aria-describedby": id + "-msg" });
    input.value = value;
    input.addEventListener("input", function () {
      ownTyped = true;
      set(input.value);
      update();
    });
    return el("div", { class: "field" }, [el("label", { for: id, text: label }), input, el("p", { class: "msg bad", id: id + "-msg" })]);
  }

  // The boxes whose values are settings (kept in the address too).
  var INPUTS = SETTINGS.concat(LOOK, ["script-url"]);

  function readForm() {
    var values = {};
    INPUTS.forEach(function (name) {
      var input = $(name);
      if (input && input.value.trim()) {
        values[name] = input.value.trim();
      }
    });
    return values;
  }

  function fillForm(values) {
    INPUTS.forEach(function (name) {
      if (values[name] != null && $(name)) {
        $(name).value = values[name];
      }
    });
  }

  // --- Checks, as the widget runs them ---------------------------------

  var pending = 0;
  function update() {
    var values = readForm();
    var pairs = SETTINGS.filter(function (name) {
      return values[name];
    }).map(function (name) {
      return [name, values[name]];
    });
    var run = ++pending;
    Promise.all([window.PmuCare.checkSettings(pairs), checkOwn()]).then(function (results) {
      if (run !== pending) {
        return;
      }
      notices = results[0];
      showNotices();
      showColour(values.accent);
      $("snippet").value = snippet(values);
      $("platform-note").textContent = t("platforms")[platform][1] + (integrity(values) ? " " + t("integrity") : "");
      saveInAddress(values);
      preview();
    });
  }

  function showNotices() {
    SETTINGS.forEach(function (name) {
      var notice = notices.filter(function (n) {
        return n.setting === name;
      })[0];
      var msg = $(name + "-msg");
      var input = $(name);
      msg.className = "msg";
      msg.textContent = "";
      input.removeAttribute("aria-invalid");
      if (notice && notice.value != null) {
        msg.className = "msg ok";
        msg.textContent = t("understood") + notice.value;
      } else if (notice) {
        msg.className = "msg bad";
        msg.textContent = t("ignored") + t("fields")[name][1];
        input.setAttribute("aria-invalid", "true");
      }
    });
  }

  // The widget picks black or white text for the accent and darkens it as
  // text where needed; this says what it will do, with the ratios.
  function showColour(accent) {
    var msg = $("accent-msg");
    var input = $("accent");
    input.removeAttribute("aria-invalid");
    msg.className = "msg";
    msg.textContent = "";
    if (!accent) {
      return;
    }
    if (!CSS.supports("color", accent)) {
      msg.className = "msg bad";
      msg.textContent = t("badColour");
      input.setAttribute("aria-invalid", "true");
      return;
    }
    var contrast = window.PmuCare.contrast;
    var black = contrast(accent, "#000");
    var white = contrast(accent, "#fff");
    msg.textContent = t("contrast")({
      ink: black > white ? t("black") : t("white"),
      onAccent: Math.max(black, white).toFixed(1),
      asText: Number(white.toFixed(1)),
    });
    var hex = /^#[0-9a-f]{6}$/i.test(accent) ? accent : null;
    if (hex) {
      $("accent-picker").value = hex.toLowerCase();
    }
  }

  // --- The salon's own questions, checked by PmuCare.check -------------

  function slug(text, i) {
    var words = text
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .match(/[a-z0-9]+/g);
    return words ? words.slice(0, 6).join("-") : "question-" + (i + 1);
  }

  function ownContent() {
    var langs = offered();
    var pick = function (texts) {
      var out = {};
      langs.forEach(function (lang) {
        if ((texts[lang] || "").trim()) {
          out[lang] = texts[lang].trim();
        }
      });
      return out;
    };
    var content = { languages: langs };
    if (entries.length) {
      content.faq = {
        categories: [{ id: OWN_CATEGORY, title: pick(categoryTitle) }],
        entries: entries.map(function (entry, i) {
          return {
            id: slug(entry.question[langs[0]] || "", i),
            category: OWN_CATEGORY,
            question: pick(entry.question),
            answer: [{ p: pick(entry.answer) }],
          };
        }),
      };
    }
    // A text typed in any language is kept, so a missing one is named.
    var levels = {};
    WORDING_LEVELS.forEach(function (level) {
      WORDING_FIELDS.forEach(function (name) {
        var texts = pick((wording[level] || {})[name] || {});
        if (Object.keys(texts).length) {
          (levels[level] = levels[level] || {})[name] = texts;
        }
      });
    });
    if (Object.keys(levels).length) {
      content.checker = { levels: levels };
    }
    return content.faq || content.checker ? content : null;
  }

  // An error's JSON path names the box it belongs to.
  function boxFor(path) {
    var m = /^faq\.entries\[(\d+)\]\.(question|answer\[0\]\.p|id)(?:\.(\w+))?/.exec(path);
    if (m) {
      var lang = m[3] || offered()[0];
      return (m[2] === "question" || m[2] === "id" ? "q-" : "a-") + m[1] + "-" + lang;
    }
    m = /^checker\.levels\.(\w+)\.(\w+)(?:\.(\w+))?/.exec(path);
    if (m) {
      return "w-" + m[1] + "-" + m[2] + "-" + (m[3] || offered()[0]);
    }
    m = /^faq\.categories\[0\]\.title(?:\.(\w+))?/.exec(path);
    return m ? "cat-" + (m[1] || offered()[0]) : null;
  }

  function forOwner(message) {
    var known = t("boxErrors").filter(function (pair) {
      return pair[0].test(message);
    })[0];
    return known ? message.replace(known[0], known[1]) : message;
  }

  function checkOwn() {
    var content = ownContent();
    document.querySelectorAll("#own .msg, #wording .msg").forEach(function (msg) {
      msg.textContent = "";
    });
    document.querySelectorAll("#own [aria-invalid], #wording [aria-invalid]").forEach(function (box) {
      box.removeAttribute("aria-invalid");
    });
    $("own-msg").textContent = "";
    var link = $("download");
    if (!content) {
      ownJson = null;
      link.hidden = true;
      return Promise.resolve();
    }
    return window.PmuCare.check(content).then(function (result) {
      ownJson = result.ok ? JSON.stringify(content) : null;
      link.hidden = !result.ok;
      if (!result.ok && !ownTyped) {
        return;
      }
      var general = [];
      result.errors.forEach(function (error) {
        var id = boxFor(error.path);
        if (id && $(id)) {
          $(id).closest("details, form").open = true;
          $(id + "-msg").textContent = $(id + "-msg").textContent + forOwner(error.message) + " ";
          $(id).setAttribute("aria-invalid", "true");
        } else {
          general.push(error.path + ": " + error.message);
        }
      });
      $("own-msg").textContent = result.ok ? "" : [t("own-errors")].concat(general).join(" ");
      if (result.ok) {
        if (link.href.indexOf("blob:") === 0) {
          URL.revokeObjectURL(link.href);
        }
        link.href = URL.createObjectURL(new Blob([JSON.stringify(content, null, 2) + "\n"], { type: "application/json" }));
      }
    });
  }

  // --- The code to paste -------------------------------------------------

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  // Each setting as the widget will use it: the understood value where it
  // read one from text around it, nothing where it ignores the value.
  function used(values) {
    var out = [];
    SETTINGS.forEach(function (name) {
      if (!values[name] || (OWN_CHOICES.indexOf(name) >= 0 && !ownJson)) {
        return;
      }
      var notice = notices.filter(function (n) {
        return n.setting === name;
      })[0];
      if (!notice) {
        out.push([name, values[name]]);
      } else if (notice.value != null) {
        out.push([name, notice.value]);
      }
    });
    if (ownJson) {
      out.push(["content", "#pmu-salon-content"]);
    }
    return out;
  }

  function style(values) {
    var rules = [];
    if (values.accent && CSS.supports("color", values.accent)) {
      rules.push("--pmu-accent: " + values.accent);
    }
    if (values.radius && CSS.supports("border-radius", values.radius)) {
      rules.push("--pmu-radius: " + values.radius);
    }
    if (values.font && CSS.supports("font-family", values.font)) {
      rules.push("--pmu-font-family: " + values.font);
    }
    return rules.join("; ");
  }

  function scriptUrl(values) {
    if (values["script-url"]) {
      return values["script-url"];
    }
    return platform === "wix" || platform === "squarespace" ? cdnUrl() : "pmu-care.js";
  }

  // The integrity value of this version's file, which scripts/release.sh
  // writes into the released configure.html (none in the source tree).
  var INTEGRITY = (document.querySelector('meta[name="pmu-care-integrity"]') || {}).content || "";

  // Only on the CDN address: jsDelivr sends the CORS header that
  // crossorigin="anonymous" needs; a salon's own host may not.
  function integrity(values) {
    return INTEGRITY && scriptUrl(values) === cdnUrl() ? ' integrity="' + INTEGRITY + '" crossorigin="anonymous"' : "";
  }

  // The address the npm package gets on jsDelivr once it is published.
  function cdnUrl() {
    return "https://cdn.jsdelivr.net/npm/pmu-care@" + window.PmuCare.version + "/pmu-care.js";
  }

  function element(values, div) {
    var attrs = used(values).map(function (pair) {
      return (div ? "data-" : "") + pair[0] + '="' + escapeHtml(pair[1]) + '"';
    });
    var css = style(values);
    if (css) {
      attrs.push('style="' + escapeHtml(css) + '"');
    }
    var tag = div ? "div" : "pmu-care";
    var open = "<" + tag + (div ? " data-pmu-care" : "") + (attrs.length ? "\n  " + attrs.join("\n  ") : "") + ">";
    return open + "</" + tag + ">";
  }

  function snippet(values) {
    var parts = [element(values, platform === "div")];
    if (ownJson) {
      parts.push('<script type="application/json" id="pmu-salon-content">' + ownJson.replace(/</g, "\\u003c") + "</script>");
    }
    parts.push('<script src="' + escapeHtml(scriptUrl(values)) + '"' + integrity(values) + " defer></script>");
    return parts.join("\n");
  }

  // --- Preview: the snippet itself, in a page of its own -----------------

  var lastPreview = "";
  var previewTimer = 0;
  function preview() {
    var script = new URL("pmu-care.js", location.href).href;
    var code = $("snippet").value.replace(/<script src="[^"]*"[^>]*><\/script>$/, '<script src="' + script + '"></script>');
    var page =
      '<!doctype html><html lang="' + ui + '"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      "<style>body{margin:12px;font-family:Georgia,serif;background:#fff}</style></head><body>" + code + "</body></html>";
    if (page === lastPreview) {
      return;
    }
    lastPreview = page;
    clearTimeout(previewTimer);
    previewTimer = setTimeout(function () {
      $("preview").srcdoc = page;
    }, 250);
  }

  // --- The settings in the address, to send to a web designer ------------

  function saveInAddress(values) {
    var params = new URLSearchParams();
    Object.keys(values).forEach(function (name) {
      params.set(name, values[name]);
    });
    if (ui !== "en") {
      params.set("ui", ui);
    }
    if (entries.length) {
      params.set("own", JSON.stringify({ title: categoryTitle, entries: entries }));
    }
    var own = ownContent();
    if (own && own.checker) {
      params.set("words", JSON.stringify(wording));
    }
    var hash = "#" + params.toString();
    try {
      history.replaceState(null, "", hash);
    } catch {
      location.replace(hash);
    }
    $("share").href = location.href;
  }

  function loadFromAddress() {
    var params = new URLSearchParams(location.hash.slice(1));
    var values = {};
    params.forEach(function (value, name) {
      values[name] = value;
    });
    if (values.ui === "es") {
      ui = "es";
    }
    // What came in the address was typed before: its mistakes are shown.
    ownTyped = Boolean(values.own || values.words);
    if (values.own) {
      try {
        var own = JSON.parse(values.own);
        categoryTitle = own.title || {};
        entries = own.entries || [];
      } catch {
        entries = [];
      }
    }
    if (values.words) {
      try {
        wording = JSON.parse(values.words) || {};
      } catch {
        wording = {};
      }
    }
    return values;
  }

  // --- Wiring --------------------------------------------------------------

  document.addEventListener("click", function (e) {
    var target = e.target.closest("button");
    if (!target) {
      return;
    }
    if (target.hasAttribute("data-ui")) {
      ui = target.getAttribute("data-ui");
      render();
    } else if (target.hasAttribute("data-platform")) {
      platform = target.getAttribute("data-platform");
      press(target);
      update();
    } else if (target.hasAttribute("data-width")) {
      var width = target.getAttribute("data-width");
      $("frame").style.width = width === "100%" ? "100%" : width + "px";
      press(target);
    } else if (target.id === "add-entry") {
      entries.push({ question: {}, answer: {} });
      renderOwn();
      update();
      $("q-" + (entries.length - 1) + "-" + offered()[0]).focus();
    } else if (target.id === "copy") {
      copy();
    }
  });

  // One pressed button in its group.
  function press(target) {
    target.parentNode.querySelectorAll("button").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b === target));
    });
  }

  $("form").addEventListener("input", function (e) {
    if (e.target.id === "accent-picker") {
      $("accent").value = e.target.value;
    }
    if (!e.target.closest("#own, #wording")) {
      update();
    }
  });
  $("form").addEventListener("change", function (e) {
    if (e.target.id === "languages") {
      renderOwn();
      renderWording();
      update();
    }
  });
  $("script-url").addEventListener("input", update);

  function copy() {
    var text = $("snippet").value;
    var done = function () {
      $("copied").textContent = t("copied");
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
    function fallback() {
      $("snippet").select();
      document.execCommand("copy");
      done();
    }
  }

  render(loadFromAddress());
})();
