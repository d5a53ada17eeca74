//! Checker component tests in headless Chromium: each step, the live answer,
//! the result and its parts, and starting over.
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::{mount, Mounted};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Opens the checker, picks `procedure` and types `day`, goes to step 2.
async fn to_signs(options: &str, procedure: &str, day: &str) -> Mounted {
    let w = mount(options).await;
    w.click("#pmu-tab-checker").await;
    w.click(&format!("#pmu-proc-{procedure}")).await;
    w.type_into("#pmu-day", day).await;
    w.click(".pmu-nav .pmu-primary").await;
    w
}

#[wasm_bindgen_test]
async fn step_one_needs_a_procedure_and_a_valid_day() {
    let w = mount("").await;
    w.click("#pmu-tab-checker").await;
    assert_eq!(w.text(".pmu-step-title"), "What was done, and when?");
    w.click(".pmu-nav .pmu-primary").await;
    // The error is announced and focus goes to the first thing to fix.
    assert_eq!(w.focused(), "pmu-proc-brows");
    assert_eq!(
        w.one(".pmu-choices")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        w.one("#pmu-proc-error").get_attribute("role").as_deref(),
        Some("alert")
    );
    assert_eq!(
        w.text(".pmu-step-title"),
        "What was done, and when?",
        "stays on step 1"
    );
    assert!(w
        .text(".pmu-fieldset .pmu-error")
        .contains("Choose the procedure"));

    // The number box reads as a number of days.
    let day_row = w.one("#pmu-day").parent_element().unwrap();
    assert_eq!(day_row.text_content().unwrap(), "days");

    w.click("#pmu-proc-lips").await;
    w.click(".pmu-nav .pmu-primary").await;
    assert_eq!(w.focused(), "pmu-day", "then the day");
    w.type_into("#pmu-day", "-3").await;
    assert_eq!(
        w.one("#pmu-day").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert!(w.text("#pmu-day-error").contains("whole number"));

    // "5–7 days ago" counts as day 7, the later end of its range, and says so.
    w.click(".pmu-chip:nth-child(5)").await;
    assert_eq!(
        w.one(".pmu-chip:nth-child(5)")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let day: web_sys::HtmlInputElement = w.one("#pmu-day").unchecked_into();
    assert_eq!(day.value(), "7");
    assert_eq!(
        w.text("#pmu-day-said"),
        "Checked as day 7, the later end of that time, to be safe."
    );
    // A single day is said as that day; typing clears the choice.
    w.type_into("#pmu-day", "3").await;
    assert_eq!(w.text("#pmu-day-said"), "Day 3 after the procedure.");
    assert_eq!(
        w.one(".pmu-chip:nth-child(5)")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    w.click(".pmu-chip:nth-child(5)").await;
    w.click(".pmu-nav .pmu-primary").await;
    assert_eq!(w.text(".pmu-step-title"), "What do you notice?");
    assert_eq!(w.focused(), "", "focus is on the heading, which has no id");
    assert!(w
        .shadow
        .active_element()
        .unwrap()
        .class_name()
        .contains("pmu-step-title"));
}

#[wasm_bindgen_test]
async fn red_flags_come_first_set_apart_and_alert_at_once() {
    let w = to_signs("", "brows", "1").await;
    let first = w.one(".pmu-group");
    assert!(first.class_name().contains("pmu-redflags"));
    assert!(first
        .text_content()
        .unwrap()
        .contains("Struggling to breathe or to swallow"));
    assert!(w.text(".pmu-sofar").contains("Nothing ticked yet."));
    w.click("#pmu-sign-trouble-breathing").await;
    let so_far = w.one(".pmu-sofar");
    assert_eq!(so_far.get_attribute("role").as_deref(), Some("alert"));
    assert!(so_far
        .text_content()
        .unwrap()
        .contains("Call the emergency number now"));
}

#[wasm_bindgen_test]
async fn signs_offered_depend_on_the_procedure() {
    let w = to_signs("", "lips", "3").await;
    assert!(!w.exists("#pmu-sign-harsh-hairline"));
    assert!(!w.exists("#pmu-sign-lash-loss"));
    assert!(!w.exists("#pmu-risk-radiotherapy-or-reconstruction"));
    // Eye problems can follow any procedure.
    assert!(w.exists("#pmu-sign-sight-change"));
    let w = to_signs("", "scalp", "3").await;
    assert!(w.exists("#pmu-sign-harsh-hairline"));
    assert!(w.exists("#pmu-sign-sight-change"));
    let w = to_signs("", "eyeliner", "3").await;
    assert!(w.exists("#pmu-sign-lash-loss"));
    let w = to_signs("", "areola", "3").await;
    assert!(w.exists("#pmu-risk-radiotherapy-or-reconstruction"));
}

#[wasm_bindgen_test]
async fn the_answer_updates_as_signs_change() {
    let w = to_signs("", "brows", "1").await;
    assert_eq!(
        w.text("[role=status][aria-live=polite]"),
        "",
        "no verdict is announced before a sign is ticked"
    );
    // Each sign is named by its label and described by its help, once each.
    let input = w.one("#pmu-sign-redness");
    assert_eq!(
        w.text(&format!(
            "#{}",
            input.get_attribute("aria-labelledby").unwrap()
        )),
        "Redness or pinkness on the treated area"
    );
    let help = w.text(&format!(
        "#{}",
        input.get_attribute("aria-describedby").unwrap()
    ));
    assert!(
        !help.is_empty() && !help.contains("Redness or pinkness"),
        "{help}"
    );
    // A group's intro describes its group.
    let group = w.one(".pmu-redflags");
    let intro = w.text(&format!(
        "#{}",
        group.get_attribute("aria-describedby").unwrap()
    ));
    assert_eq!(intro, "Any one of these is an emergency.");
    w.click("#pmu-sign-redness").await;
    assert!(w
        .text(".pmu-sofar")
        .contains("This sounds like normal healing"));
    w.click("#pmu-sign-pus").await;
    assert!(w.text(".pmu-sofar").contains("Get medical care today"));
    w.click("#pmu-sign-pus").await;
    w.click("#pmu-risk-pigment-allergy").await;
    assert!(w
        .text(".pmu-sofar")
        .contains("See a doctor in the next day or two"));
    assert_eq!(
        w.text("[role=status][aria-live=polite]"),
        "See a doctor in the next day or two"
    );
}

#[wasm_bindgen_test]
async fn the_result_shows_level_reasons_safety_net_timeline_sources_and_disclaimer() {
    let w = to_signs("", "brows", "12").await;
    w.click("#pmu-sign-redness").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert_eq!(
        w.text(".pmu-level-title"),
        "See a doctor in the next day or two"
    );
    assert!(w
        .one(".pmu-level")
        .class_name()
        .contains("pmu-level-doctor"));
    assert!(
        w.exists(".pmu-level svg.pmu-icon"),
        "an icon, not colour alone"
    );
    assert!(
        w.shadow
            .active_element()
            .unwrap()
            .class_name()
            .contains("pmu-level-title"),
        "focus moves to the result"
    );
    assert!(w
        .text(".pmu-reasons")
        .contains("lasted longer than it does in most healing"));
    assert!(w
        .text(".pmu-reasons")
        .contains("You ticked: Redness or pinkness on the treated area"));
    // "If it gets worse" is built from the rules: pus is care today.
    let watch = w
        .one(".pmu-watch li.pmu-level-urgent")
        .text_content()
        .unwrap();
    assert!(watch.starts_with("Get medical care today"), "{watch}");
    assert!(watch.contains("Pus or cloudy fluid"), "{watch}");
    assert!(w.exists(".pmu-watch li.pmu-level-emergency svg.pmu-icon"));
    assert!(w
        .text(".pmu-sources")
        .contains("What Do I Do With This Abnormal Tattoo?"));
    assert!(w.text(".pmu-sources").contains("Our own cautious choice"));
    assert!(w
        .text(".pmu-disclaimer")
        .contains("guidance, not a diagnosis"));
    assert!(
        !w.exists(".pmu-call") && !w.exists(".pmu-if"),
        "no emergency number for a doctor level"
    );
    // The timeline in words, the visitor's sign marked as past its time.
    assert_eq!(
        w.text(".pmu-tl-legend"),
        "Each bar shades the days a sign is usual; the line is your day, day 12."
    );
    assert_eq!(
        w.text(".pmu-tl-yours"),
        "Redness or pinkness on the treated area: until about day 10; you see this, and it has lasted longer than usual"
    );
    assert_eq!(w.count(".pmu-tl-yours"), 1);
    // Its bar: shaded to the end of day 10, the line at day 12, on the
    // 0-44 day span that brows' longest window (colour, 42) needs; a
    // picture of the words, hidden from screen readers.
    let bar = w.element(".pmu-tl-yours .pmu-tl-bar");
    assert_eq!(bar.get_attribute("aria-hidden").as_deref(), Some("true"));
    let attr = |selector: &str, name: &str| {
        bar.query_selector(selector)
            .unwrap()
            .unwrap()
            .get_attribute(name)
            .unwrap()
    };
    assert_eq!(attr(".pmu-tl-window", "width"), "25%");
    assert_eq!(attr(".pmu-tl-today", "x1"), "27%");
}

#[wasm_bindgen_test]
async fn emergency_shows_the_configured_number_and_urgent_frames_it() {
    let w = to_signs(r#"{"emergencyNumber": "112"}"#, "lips", "0").await;
    w.click("#pmu-sign-sudden-swelling").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert_eq!(
        w.one(".pmu-level").get_attribute("role").as_deref(),
        Some("alert")
    );
    let call = w.one(".pmu-call");
    assert_eq!(call.get_attribute("href").as_deref(), Some("tel:112"));
    assert_eq!(call.text_content().unwrap(), "Call 112");
    // Nothing is higher than an emergency: its safety net is what to do
    // while help comes, headed so.
    assert_eq!(w.text("#pmu-watch"), "While you wait");

    let w = to_signs("", "lips", "2").await;
    w.click("#pmu-sign-fever").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert_eq!(w.text(".pmu-level-title"), "Get medical care today");
    assert_eq!(w.text("#pmu-watch"), "If it gets worse");
    // Whom to call today sits in the level card, then the emergency number.
    assert!(w
        .text(".pmu-level .pmu-call-text")
        .starts_with("Call your doctor, an urgent care service"));
    assert!(w
        .text(".pmu-level .pmu-if")
        .starts_with("If it becomes an emergency:"));
    assert!(w
        .text(".pmu-level .pmu-if")
        .contains("local emergency number"));

    // "If it gets worse" names the salon's number too.
    let w = to_signs(r#"{"emergencyNumber": "112"}"#, "brows", "4").await;
    w.click("#pmu-sign-pus").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert_eq!(
        w.text(".pmu-watch li.pmu-level-emergency strong"),
        "Call 112 now"
    );

    // Without a configured number, an emergency still says whom to call.
    let w = to_signs("", "brows", "2").await;
    w.click("#pmu-sign-sight-change").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert!(w
        .text(".pmu-level .pmu-call-text")
        .starts_with("Call your local emergency number: 999 or 112"));
}

#[wasm_bindgen_test]
async fn the_salons_contact_appears_when_configured() {
    let options = r#"{"salonName": "Linea Studio", "phone": "+44 20 7946 0958", "bookingUrl": "https://linea.example/book"}"#;
    let w = to_signs(options, "brows", "60").await;
    w.click("#pmu-sign-uneven-shape").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert_eq!(w.text(".pmu-level-title"), "Talk to your salon");
    // The salon is the answer: its name and buttons are in "What to do now".
    assert_eq!(
        w.text("[aria-labelledby=pmu-now] .pmu-now-salon"),
        "Linea Studio"
    );
    assert_eq!(
        w.one("[aria-labelledby=pmu-now] a[href^='tel:']")
            .get_attribute("href")
            .as_deref(),
        Some("tel:+442079460958")
    );
    // On one line, however narrow the phone: a number broken in two reads
    // as two numbers.
    assert!(w
        .text("[aria-labelledby=pmu-now] a[href^='tel:']")
        .ends_with("+44\u{a0}20\u{a0}7946\u{a0}0958"));
    assert_eq!(
        w.one("a[href^='https://linea']")
            .get_attribute("href")
            .as_deref(),
        Some("https://linea.example/book")
    );
    assert!(
        w.all("#pmu-salon").is_empty(),
        "not a second time further down"
    );
    assert!(
        w.all(".pmu-timeline").is_empty(),
        "no chart past the healing it draws"
    );

    // Care needed today: the salon's phone further down, no booking.
    let w = to_signs(options, "brows", "3").await;
    w.click("#pmu-sign-pus").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert_eq!(w.text(".pmu-level-title"), "Get medical care today");
    assert_eq!(w.text("#pmu-salon"), "Linea Studio");
    assert!(w.all("a[href^='https://linea']").is_empty());
}

#[wasm_bindgen_test]
async fn a_related_question_opens_in_the_faq() {
    let w = to_signs("", "scalp", "5").await;
    w.click("#pmu-sign-hot-painful-swelling").await;
    w.click(".pmu-sticky .pmu-primary").await;
    w.click(".pmu-links .pmu-link").await;
    assert_eq!(
        w.one("#pmu-tab-faq")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(w.focused(), "pmu-q-infection-from-poor-hygiene");
    assert_eq!(
        w.one("#pmu-q-infection-from-poor-hygiene")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn the_same_related_question_followed_twice_gets_focus_twice() {
    let w = to_signs("", "scalp", "5").await;
    w.click("#pmu-sign-hot-painful-swelling").await;
    w.click(".pmu-sticky .pmu-primary").await;
    w.click(".pmu-links .pmu-link").await;
    assert_eq!(w.focused(), "pmu-q-infection-from-poor-hygiene");

    w.click("#pmu-tab-checker").await;
    w.one("#pmu-tab-checker").focus().unwrap();
    w.click(".pmu-links .pmu-link").await;
    assert_eq!(w.focused(), "pmu-q-infection-from-poor-hygiene");
}

#[wasm_bindgen_test]
async fn the_checker_keeps_its_step_and_signs_while_the_faq_is_used() {
    let w = to_signs("", "brows", "3").await;
    w.click("#pmu-sign-pus").await;
    w.click("#pmu-tab-faq").await;
    w.click("#pmu-q-laser-removal").await;
    w.type_into("#pmu-search-input", "infection").await;
    w.click("#pmu-tab-checker").await;
    assert_eq!(w.text(".pmu-step-title"), "What do you notice?");
    assert!(w.one("#pmu-sign-pus").matches(":checked").unwrap());
    w.click(".pmu-nav .pmu-button:first-child").await; // Back
    assert!(w.one("#pmu-proc-brows").matches(":checked").unwrap());
    let day: web_sys::HtmlInputElement = wasm_bindgen::JsCast::unchecked_into(w.one("#pmu-day"));
    assert_eq!(day.value(), "3");
}

#[wasm_bindgen_test]
async fn back_keeps_the_choices_and_start_over_clears_them() {
    let w = to_signs("", "areola", "10").await;
    w.click("#pmu-sign-flaking").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert_eq!(
        w.text(".pmu-level-title"),
        "This sounds like normal healing"
    );
    w.click(".pmu-actions .pmu-button:nth-child(3)").await; // Back
    assert!(w.one("#pmu-sign-flaking").matches(":checked").unwrap());
    w.click(".pmu-sticky .pmu-primary").await;
    w.click(".pmu-actions .pmu-quiet").await; // Start over
    assert_eq!(w.text(".pmu-step-title"), "What was done, and when?");
    assert!(!w.one("#pmu-proc-areola").matches(":checked").unwrap());
}

#[wasm_bindgen_test]
async fn nothing_ticked_is_not_called_normal_healing() {
    let w = to_signs("", "lips", "2").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert_eq!(
        w.text(".pmu-level-title"),
        "You did not tick a warning sign"
    );
    assert!(w
        .text(".pmu-result")
        .contains("Something else that worries me"));
    // What normal healing looks like on this day after lips, and the safety net.
    assert!(w
        .text(".pmu-tl")
        .contains("Mild swelling of the treated area: until about day 5"));
    assert!(w.text(".pmu-watch").contains("Get medical care today"));
    assert!(!w
        .text(".pmu-result")
        .contains("This sounds like normal healing"));
    // No check mark: nothing ticked is not a verdict, and no empty "Why".
    assert!(w.one(".pmu-level").class_name().contains("pmu-level-none"));
    assert!(!w.exists("#pmu-why"));
}

#[wasm_bindgen_test]
async fn the_checker_speaks_spanish() {
    let w = to_signs(r#"{"lang": "es"}"#, "brows", "1").await;
    assert_eq!(w.text(".pmu-step-title"), "¿Qué notas?");
    w.click("#pmu-sign-redness").await;
    w.click(".pmu-sticky .pmu-primary").await;
    assert_eq!(
        w.text(".pmu-level-title"),
        "Parece una cicatrización normal"
    );
}
