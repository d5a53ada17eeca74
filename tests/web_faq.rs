//! FAQ component tests in headless Chromium (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::{mount, mount_at, tick, Mounted};
use pmu_care::core::content::Content;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn every_bundled_question_is_rendered_in_its_category() {
    let w = mount("").await;
    let content = Content::bundled();
    assert_eq!(w.all(".pmu-category").len(), content.faq.categories.len());
    let buttons = w.all(".pmu-toggle");
    assert_eq!(buttons.len(), content.faq.entries.len());
    for (button, entry) in buttons.iter().zip(&content.faq.entries) {
        assert_eq!(
            button.text_content().unwrap(),
            entry.question.get("en", "en")
        );
    }
}

#[wasm_bindgen_test]
async fn clicking_a_question_opens_and_closes_its_answer() {
    let w = mount("").await;
    let (button, panel) = ("#pmu-q-warning-signs", "#pmu-a-warning-signs");
    assert_eq!(
        w.one(button).get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        w.one(panel).get_attribute("hidden").as_deref(),
        Some("until-found")
    );

    w.click(button).await;
    assert_eq!(
        w.one(button).get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(w.one(panel).get_attribute("hidden"), None);
    assert!(w.text(panel).contains("emergency"));

    w.click(button).await;
    assert_eq!(
        w.one(button).get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        w.one(panel).get_attribute("hidden").as_deref(),
        Some("until-found")
    );
}

#[wasm_bindgen_test]
async fn each_panel_is_labelled_by_the_button_that_controls_it() {
    let w = mount("").await;
    // Open (a closed answer is no landmark at all: see open_all_and_close_all).
    w.click(".pmu-faq-buttons .pmu-button:first-child").await;
    for button in w.all(".pmu-toggle") {
        let panel = w.one(&format!(
            "#{}",
            button.get_attribute("aria-controls").unwrap()
        ));
        assert_eq!(panel.get_attribute("role").as_deref(), Some("region"));
        assert_eq!(panel.get_attribute("aria-labelledby"), Some(button.id()));
        assert_eq!(
            button.parent_element().unwrap().tag_name(),
            "H3",
            "the button sits in a heading"
        );
    }
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_between_questions() {
    let w = mount("").await;
    let ids: Vec<String> = w.all(".pmu-toggle").iter().map(|b| b.id()).collect();
    w.one(&format!("#{}", ids[0])).focus().unwrap();
    w.key(&format!("#{}", ids[0]), "ArrowDown").await;
    assert_eq!(w.focused(), ids[1]);
    w.key(&format!("#{}", ids[1]), "End").await;
    assert_eq!(w.focused(), *ids.last().unwrap());
    w.key(&format!("#{}", ids.last().unwrap()), "ArrowUp").await;
    assert_eq!(w.focused(), ids[ids.len() - 2]);
    w.key(&format!("#{}", ids[ids.len() - 2]), "Home").await;
    assert_eq!(w.focused(), ids[0]);
}

#[wasm_bindgen_test]
async fn open_all_and_close_all() {
    let w = mount("").await;
    let n = Content::bundled().faq.entries.len();
    // Closed answers are not landmarks: no empty named regions.
    assert!(w.all(".pmu-answer[role=region]").is_empty());
    w.click(".pmu-faq-buttons .pmu-button:first-child").await;
    assert_eq!(w.all(".pmu-toggle[aria-expanded=true]").len(), n);
    assert_eq!(w.all(".pmu-answer[role=region][aria-labelledby]").len(), n);
    assert_eq!(
        w.text("[role=status][aria-live=polite]"),
        format!("{n} questions open")
    );
    w.click(".pmu-faq-buttons .pmu-button:last-child").await;
    assert_eq!(w.all(".pmu-toggle[aria-expanded=true]").len(), 0);
    assert_eq!(
        w.text("[role=status][aria-live=polite]"),
        "All questions closed"
    );
}

#[wasm_bindgen_test]
async fn search_ignores_accents_and_case_highlights_and_counts() {
    let w = mount(r#"{"lang": "es"}"#).await;
    w.type_into("#pmu-search-input", "HINCHAZON").await;
    let marks: Vec<String> = w
        .all("mark")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    // The word itself, other forms of it (hinchada) and its synonym
    // (inflamación), each marked as a whole word.
    assert!(marks.iter().any(|m| m == "hinchazón"), "{marks:?}");
    assert!(
        marks.iter().all(|m| ["hinch", "Hinch", "inflam", "Inflam"]
            .iter()
            .any(|p| m.starts_with(p))),
        "{marks:?}"
    );
    let shown = w.all(".pmu-toggle").len();
    assert!(shown > 0 && shown < Content::bundled().faq.entries.len());
    assert_eq!(
        w.text("#pmu-search-count"),
        format!("{shown} preguntas coinciden")
    );
    // Matching answers open so the highlights can be seen.
    assert_eq!(w.all(".pmu-toggle[aria-expanded=true]").len(), shown);
    // And the count reaches screen readers through the live region.
    assert_eq!(
        w.text("[role=status][aria-live=polite]"),
        format!("{shown} preguntas coinciden")
    );
}

#[wasm_bindgen_test]
async fn a_search_with_no_result_says_so_and_offers_the_checker() {
    let w = mount("").await;
    w.type_into("#pmu-search-input", "zebra").await;
    assert_eq!(w.all(".pmu-toggle").len(), 0);
    // Said once, by the count beside the search box, then what to do.
    assert_eq!(
        w.text("#pmu-search-count"),
        "No question matches your search."
    );
    let faq = w.text(".pmu-faq");
    assert_eq!(faq.matches("No question matches").count(), 1, "{faq}");
    assert!(w.text(".pmu-empty").contains("sign checker"));
    assert!(!w.exists(".pmu-faq-buttons"), "nothing to open or close");
    w.click(".pmu-search-row .pmu-button").await;
    assert_eq!(
        w.all(".pmu-toggle").len(),
        Content::bundled().faq.entries.len()
    );

    // The offer is a button that shows the checker and keeps focus in reach.
    w.type_into("#pmu-search-input", "zebra").await;
    w.click(".pmu-empty .pmu-button").await;
    let tab = w.one("#pmu-tab-checker");
    assert_eq!(tab.get_attribute("aria-selected").as_deref(), Some("true"));
    assert!(!w.one("#pmu-panel-checker").hidden());
    assert!(w.one("#pmu-panel-faq").hidden());
    assert_eq!(w.shadow.active_element().unwrap().id(), "pmu-tab-checker");
}

#[wasm_bindgen_test]
async fn the_faq_invites_a_worried_visitor_to_the_checker_and_the_checker_alone_has_a_title() {
    let w = mount("").await;
    assert_eq!(
        w.text(".pmu-invite"),
        "Worried about how it is healing? Check what you see"
    );
    w.click(".pmu-invite .pmu-link").await;
    let tab = w.one("#pmu-tab-checker");
    assert_eq!(tab.get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(w.shadow.active_element().unwrap().id(), "pmu-tab-checker");
    assert!(
        !w.exists(".pmu-checker-title"),
        "with tabs, the tab names it"
    );

    let w = mount(r#"{"show": "checker", "lang": "es"}"#).await;
    assert_eq!(
        w.text("h2.pmu-checker-title"),
        "¿Es normal? Revisa tu cicatrización"
    );
    let w = mount(r#"{"show": "faq"}"#).await;
    assert!(
        !w.exists(".pmu-invite"),
        "no invitation to a checker that is not there"
    );
}

#[wasm_bindgen_test]
async fn with_the_faq_alone_no_result_does_not_offer_a_checker_that_is_not_there() {
    let w = mount(r#"{"show": "faq"}"#).await;
    w.type_into("#pmu-search-input", "zebra").await;
    let empty = w.text(".pmu-empty");
    assert!(empty.contains("ask your salon or a doctor"), "{empty}");
    assert!(!empty.contains("checker"), "{empty}");
    assert!(!w.exists(".pmu-empty .pmu-button"));
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_and_focuses_its_question_and_opening_updates_the_link() {
    let location = web_sys::window().unwrap().location();
    let w = mount_at("pmu-care/laser-removal", "").await;
    assert_eq!(
        w.one("#pmu-q-laser-removal")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    assert_eq!(w.focused(), "pmu-q-laser-removal");

    location.set_hash("pmu-care/smp-fixing").unwrap();
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
    assert_eq!(w.focused(), "pmu-q-smp-fixing");

    w.click("#pmu-q-cost-of-correction").await;
    // Written when the browser is idle (within 200 ms), after the answer shows.
    yew::platform::time::sleep(std::time::Duration::from_millis(250)).await;
    assert_eq!(location.hash().unwrap(), "#pmu-care/cost-of-correction");
    location.set_hash("").unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_text() {
    let w = mount(r#"{"lang": "en"}"#).await;
    assert_eq!(w.text(".pmu-category-title"), "Is something wrong?");
    w.click(".pmu-lang[lang=es]").await;
    assert_eq!(w.text(".pmu-category-title"), "¿Algo no va bien?");
    assert_eq!(w.one(".pmu").get_attribute("lang").as_deref(), Some("es"));
    assert_eq!(w.text("#pmu-tab-checker"), "¿Es normal?");
    assert_eq!(
        w.one(".pmu-lang[lang=es]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn a_switch_of_language_during_a_search_shows_the_same_questions() {
    let w = mount(r#"{"lang": "en"}"#).await;
    w.type_into("#pmu-search-input", "removal").await;
    let ids =
        |w: &Mounted| -> Vec<String> { w.all(".pmu-toggle").iter().map(|b| b.id()).collect() };
    let found = ids(&w);
    assert!(!found.is_empty() && found.len() < Content::bundled().faq.entries.len());
    let english = w.text(".pmu-question-text");
    w.click(".pmu-lang[lang=es]").await;
    assert_eq!(ids(&w), found, "the questions found stay, now in Spanish");
    assert_ne!(w.text(".pmu-question-text"), english);
    assert_eq!(
        w.text("#pmu-search-count"),
        format!("{} preguntas coinciden", found.len())
    );
}

#[wasm_bindgen_test]
async fn spanish_is_shown_when_asked_for_and_unknown_languages_fall_back() {
    let w = mount(r#"{"lang": "es-MX"}"#).await;
    assert_eq!(w.one(".pmu").get_attribute("lang").as_deref(), Some("es"));
    assert_eq!(
        w.text(".pmu-toggle"),
        "¿Cuáles son las señales de alarma de que algo va mal?"
    );
    // French is not in the content: the page's <html lang> or the browser's decides.
    let w = mount(r#"{"lang": "fr"}"#).await;
    assert_eq!(w.one(".pmu").get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn invalid_options_fall_back_to_defaults() {
    let w = mount(r#"{"lang": 42, "theme": "purple"}"#).await;
    assert_eq!(
        w.all(".pmu-toggle").len(),
        Content::bundled().faq.entries.len()
    );
    assert_eq!(
        w.one(".pmu").get_attribute("data-theme").as_deref(),
        Some("auto")
    );
}

#[wasm_bindgen_test]
async fn tabs_follow_the_aria_tabs_pattern() {
    let w = mount("").await;
    assert_eq!(
        w.one("#pmu-tab-faq")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert!(!w.one("#pmu-panel-faq").hidden());
    assert!(w.one("#pmu-panel-checker").hidden());
    w.one("#pmu-tab-faq").focus().unwrap();
    w.key("#pmu-tab-faq", "ArrowRight").await;
    assert_eq!(w.focused(), "pmu-tab-checker");
    assert_eq!(
        w.one("#pmu-tab-checker")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        w.one("#pmu-tab-faq").get_attribute("tabindex").as_deref(),
        Some("-1")
    );
    assert!(w.one("#pmu-panel-faq").hidden());
}

#[wasm_bindgen_test]
async fn typing_a_search_keeps_the_focus_in_the_search_box() {
    let w = mount("").await;
    w.one("#pmu-search-input").focus().unwrap();
    // Each step changes which categories are shown.
    for query in ["l", "la", "las", "lase", "laser", "", "smp"] {
        w.type_into("#pmu-search-input", query).await;
        assert_eq!(
            w.focused(),
            "pmu-search-input",
            "focus lost after typing {query:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn find_in_page_opens_the_closed_answer_it_matched_without_moving_focus() {
    let w = mount("{}").await;
    let panel = w.one("#pmu-a-laser-removal");
    assert_eq!(
        panel.get_attribute("hidden").as_deref(),
        Some("until-found")
    );
    // What the browser does when find-in-page matches text in a closed
    // answer: it removes `hidden` and fires a bubbling `beforematch`.
    panel.remove_attribute("hidden").unwrap();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    panel
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("beforematch", &init).unwrap())
        .unwrap();
    tick().await;
    assert_eq!(
        w.one("#pmu-q-laser-removal")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    assert!(!w.one("#pmu-a-laser-removal").has_attribute("hidden"));
    assert_ne!(w.focused(), "pmu-q-laser-removal");
}
