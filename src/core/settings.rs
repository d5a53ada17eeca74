//! The salon's settings (element attributes or `PmuCare.mount` options),
//! checked: a value typed the way people type it is understood and the
//! widget says how ("020 7946 0958 (WhatsApp)" is the number 020 7946 0958);
//! a value it cannot use is dropped with a notice that names it, and the
//! widget carries on with the default.

use serde::{Deserialize, Serialize};

use crate::core::content::language_code;
use crate::core::salon::Mode;
use crate::core::validate::is_slug;

/// Every setting, by its attribute name (a `mount` option is its camelCase).
/// The loader's list, `npm/index.d.ts` and the guide are compared with this
/// one (`tests/settings.test.mjs`), and `check` reads exactly these
/// (a unit test below).
pub const NAMES: [&str; 12] = [
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

/// Settings as given: (attribute name, text) pairs, as the loader collects
/// them. Pairs rather than a struct with a field per setting: serde's
/// visitor for that struct was 4 KB of the wasm, and each new setting grew it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct RawSettings(pub Vec<(String, String)>);

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Preferred language as given, one the content has ("es-MX" for es).
    pub lang: Option<String>,
    /// The only languages to offer, in the content's codes; empty for all.
    /// With one, there is no language switch.
    pub languages: Vec<String>,
    pub salon_name: Option<String>,
    /// As understood, for display; `tel_href` is the dialable form.
    pub phone: Option<String>,
    pub booking_url: Option<String>,
    /// The number to call in an emergency, e.g. "112"; none means the widget
    /// tells people to use their local number.
    pub emergency_number: Option<String>,
    /// A medical line for "get care today" (NHS 111 and the like) and a
    /// page for it; none means the content's words say whom to call.
    pub urgent_number: Option<String>,
    pub urgent_url: Option<String>,
    pub theme: Theme,
    pub show: Parts,
    /// Checked against the content by the widget, which knows the categories.
    pub open_category: Option<String>,
    pub content_mode: Mode,
}

impl Settings {
    /// Whether the widget offers the content's language `code`.
    pub fn offers(&self, code: &str) -> bool {
        self.languages.is_empty() || self.languages.iter().any(|l| l == code)
    }
}

/// What the check did with one setting: for the console, the page's
/// `preview` panel and the configurator, which shows it beside the field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub setting: String,
    /// The value used, when it was understood from the text around it;
    /// `None` when the value was dropped.
    pub value: Option<String>,
    pub text: String,
}

/// The parts of the widget to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Parts {
    #[default]
    Both,
    Faq,
    Checker,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the visitor's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

fn text(
    name: &'static str,
    understand: fn(&str, &[String]) -> Option<String>,
    expected: &'static str,
) -> Reading {
    Reading {
        name,
        understand,
        expected,
    }
}

/// How one setting is read: what it understands in the text (`None`: nothing
/// it can use), and what it expected, for the notice.
struct Reading {
    name: &'static str,
    understand: fn(&str, &[String]) -> Option<String>,
    expected: &'static str,
}

impl RawSettings {
    /// The value given for `name`, taken out so that what is left over is
    /// unknown. The last one wins, as with a repeated attribute.
    fn take(&mut self, name: &str) -> Option<String> {
        let mut value = None;
        self.0.retain(|(n, v)| {
            let this = n == name;
            if this {
                value = Some(v.clone());
            }
            !this
        });
        value
    }

    /// The checked settings and a notice for each value that was dropped or
    /// read from the text around it. `languages` are the content's.
    pub fn check(mut self, languages: &[String]) -> (Settings, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut read = |raw: &mut RawSettings, r: Reading| {
            let given = raw.take(r.name)?;
            let given = given.trim();
            if given.is_empty() {
                return None;
            }
            let understood = (r.understand)(given, languages);
            let text = match &understood {
                Some(u) if u == given => return understood,
                Some(u) => format!("{}=\"{given}\": using \"{u}\"", r.name),
                None => format!("{}=\"{given}\" is not {}; ignoring it", r.name, r.expected),
            };
            notices.push(Notice {
                setting: r.name.to_string(),
                value: understood.clone(),
                text,
            });
            understood
        };
        let lang = read(
            &mut self,
            text(
                "lang",
                |v, langs| {
                    (is_language_tag(v) && language_code(langs, v).is_some()).then(|| v.to_string())
                },
                "a language this widget has (en for English, es for Spanish)",
            ),
        );
        let languages = read(
            &mut self,
            text(
                "languages",
                |v, langs| {
                    let mut codes: Vec<&str> = Vec::new();
                    for code in v
                        .split([',', ' ', ';'])
                        .filter_map(|w| language_code(langs, w))
                    {
                        if !codes.contains(&code) {
                            codes.push(code);
                        }
                    }
                    (!codes.is_empty()).then(|| codes.join(" "))
                },
                "a list of languages this widget has, like \"es\" or \"en es\"",
            ),
        )
        .map_or_else(Vec::new, |v| v.split(' ').map(str::to_string).collect());
        let salon_name = read(
            &mut self,
            text(
                "salon-name",
                |v, _| (v.chars().count() <= 80).then(|| v.to_string()),
                "a name of at most 80 characters",
            ),
        );
        let phone = read(
            &mut self,
            text(
                "phone",
                |v, _| first_phone(v),
                "a phone number (digits, spaces, + - ( ) .)",
            ),
        );
        let booking_url = read(
            &mut self,
            text(
                "booking-url",
                |v, _| web_url(v),
                "a web address like https://salon.example/book",
            ),
        );
        let emergency_number = read(
            &mut self,
            text(
                "emergency-number",
                |v, _| first_phone(v),
                "a phone number like \"112\" or \"911\"",
            ),
        );
        let urgent_number = read(
            &mut self,
            text(
                "urgent-number",
                |v, _| first_phone(v),
                "a phone number like \"111\"",
            ),
        );
        let urgent_url = read(
            &mut self,
            text(
                "urgent-url",
                |v, _| web_url(v),
                "a web address like https://111.nhs.uk",
            ),
        );
        let theme = match read(
            &mut self,
            text(
                "theme",
                |v, _| word(v, &["auto", "light", "dark"]),
                "one of auto, light, dark",
            ),
        )
        .as_deref()
        {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        };
        let show = match read(
            &mut self,
            text(
                "show",
                |v, _| word(v, &["both", "faq", "checker"]),
                "one of both, faq, checker",
            ),
        )
        .as_deref()
        {
            Some("faq") => Parts::Faq,
            Some("checker") => Parts::Checker,
            _ => Parts::Both,
        };
        let open_category = read(
            &mut self,
            text(
                "open-category",
                |v, _| is_slug(v).then(|| v.to_string()),
                "a category id (kebab-case)",
            ),
        );
        let content_mode = match read(
            &mut self,
            text(
                "content-mode",
                |v, _| word(v, &["add", "replace"]),
                "add or replace",
            ),
        )
        .as_deref()
        {
            Some("replace") => Mode::Replace,
            _ => Mode::Add,
        };
        for (name, _) in self.0 {
            notices.push(Notice {
                text: format!("unknown setting \"{name}\"; ignoring it"),
                setting: name,
                value: None,
            });
        }
        let settings = Settings {
            lang,
            languages,
            salon_name,
            phone,
            booking_url,
            emergency_number,
            urgent_number,
            urgent_url,
            theme,
            show,
            open_category,
            content_mode,
        };
        (settings, notices)
    }
}

/// A phone number as a button shows it: on one line, since a number broken
/// across two lines reads as two numbers on a narrow phone.
pub fn tel_label(phone: &str) -> String {
    phone.replace(' ', "\u{a0}")
}

/// `tel:` link target for a checked phone number: digits and a leading +.
pub fn tel_href(phone: &str) -> String {
    let mut out = String::from("tel:");
    out.extend(phone.chars().filter(|c| c.is_ascii_digit() || *c == '+'));
    out
}

fn is_language_tag(v: &str) -> bool {
    let mut parts = v.split(['-', '_']);
    let base = parts.next().unwrap_or("");
    (2..=3).contains(&base.len())
        && base.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `v` if it is one of `words`.
fn word(v: &str, words: &[&str]) -> Option<String> {
    words.contains(&v).then(|| v.to_string())
}

fn is_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    (2..=20).contains(&digits)
        && v.chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && !v[1..].contains('+')
}

/// The phone number in text such as "020 7946 0958 (WhatsApp)" or "999 or
/// 112": each run of digits, spaces and + - ( ) . with its loose ends
/// trimmed; the one with the most digits, the first of equals ("999"), so
/// that "open 9-5, call 020 7946 0958" is the number, not the hours.
fn first_phone(v: &str) -> Option<String> {
    let mut best: Option<&str> = None;
    for run in v.split(|c: char| !(c.is_ascii_digit() || " +-().".contains(c))) {
        let start = run.find(|c: char| c.is_ascii_digit()).unwrap_or(run.len());
        // A "+" or "(" just before the first digit belongs to the number.
        let start = run[..start]
            .rfind(|c| c != '+' && c != '(')
            .map_or(0, |i| i + 1);
        let mut number = run[start..].trim_end_matches(|c: char| !c.is_ascii_digit() && c != ')');
        if number.matches(')').count() > number.matches('(').count() {
            number = number.trim_end_matches(')').trim_end();
        }
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).count();
        if is_phone(number) && best.is_none_or(|b| digits(number) > digits(b)) {
            best = Some(number);
        }
    }
    best.map(str::to_string)
}

/// A web address, with https:// added to a bare "www.salon.example/book",
/// or found among words ("book at salon.example").
fn web_url(v: &str) -> Option<String> {
    v.split_whitespace().find_map(|word| {
        if is_web_url(word) {
            return Some(word.to_string());
        }
        let host = word.split(['/', '?', '#']).next().unwrap_or("");
        let hostlike = host.contains('.')
            && !host.starts_with('.')
            && !host.ends_with('.')
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        let url = format!("https://{word}");
        (hostlike && is_web_url(&url)).then_some(url)
    })
}

fn is_web_url(v: &str) -> bool {
    let rest = v
        .strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
            && !r
                .chars()
                .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(pairs: &[(&str, &str)]) -> (Settings, Vec<Notice>) {
        let raw = RawSettings(
            pairs
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        );
        raw.check(&["en".to_string(), "es".to_string()])
    }

    fn texts(notices: &[Notice]) -> Vec<&str> {
        notices.iter().map(|n| n.text.as_str()).collect()
    }

    #[test]
    fn valid_settings_are_kept_without_a_word() {
        let (s, notices) = check(&[
            ("lang", "es-MX"),
            ("languages", "es"),
            ("salon-name", "Linea Studio"),
            ("phone", "+44 (0)20 7946 0958"),
            ("booking-url", "https://linea.example/book?x=1"),
            ("emergency-number", "112"),
            ("urgent-number", "111"),
            ("urgent-url", "https://111.nhs.uk"),
            ("theme", "dark"),
            ("show", "checker"),
            ("open-category", "scalp"),
            ("content-mode", "replace"),
        ]);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(s.lang.as_deref(), Some("es-MX"));
        assert_eq!(s.languages, ["es"]);
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.urgent_number.as_deref(), Some("111"));
        assert_eq!((s.show, s.content_mode), (Parts::Checker, Mode::Replace));
        assert_eq!(tel_href(s.phone.as_deref().unwrap()), "tel:+4402079460958");
    }

    #[test]
    fn check_reads_every_name_in_the_list_and_no_other() {
        let every: Vec<(&str, &str)> = NAMES.iter().map(|n| (*n, "?")).collect();
        let (_, notices) = check(&every);
        assert!(
            notices.iter().all(|n| !n.text.starts_with("unknown")),
            "{notices:?}"
        );
        assert_eq!(
            notices
                .iter()
                .map(|n| n.setting.as_str())
                .collect::<Vec<_>>(),
            NAMES
                .iter()
                .filter(|n| **n != "salon-name")
                .copied()
                .collect::<Vec<_>>(),
            "each name with a bad value gets its notice, in the list's order"
        );
        let (_, notices) = check(&[("phone-number", "020 7946 0958")]);
        assert_eq!(
            texts(&notices),
            ["unknown setting \"phone-number\"; ignoring it"]
        );
    }

    #[test]
    fn values_typed_the_way_people_type_them_are_understood_and_said_so() {
        let (s, notices) = check(&[
            ("phone", "020 7946 0958 (WhatsApp)"),
            ("booking-url", "www.linea.example/book"),
            ("emergency-number", "999 or 112"),
            ("urgent-number", "Call NHS 111"),
            ("urgent-url", "see https://111.nhs.uk"),
            ("languages", "ES, fr"),
        ]);
        assert_eq!(s.phone.as_deref(), Some("020 7946 0958"));
        assert_eq!(
            s.booking_url.as_deref(),
            Some("https://www.linea.example/book")
        );
        assert_eq!(s.emergency_number.as_deref(), Some("999"));
        assert_eq!(s.urgent_number.as_deref(), Some("111"));
        assert_eq!(s.urgent_url.as_deref(), Some("https://111.nhs.uk"));
        assert_eq!(s.languages, ["es"]);
        assert_eq!(
            texts(&notices),
            [
                "languages=\"ES, fr\": using \"es\"",
                "phone=\"020 7946 0958 (WhatsApp)\": using \"020 7946 0958\"",
                "booking-url=\"www.linea.example/book\": using \"https://www.linea.example/book\"",
                "emergency-number=\"999 or 112\": using \"999\"",
                "urgent-number=\"Call NHS 111\": using \"111\"",
                "urgent-url=\"see https://111.nhs.uk\": using \"https://111.nhs.uk\"",
            ]
        );
        assert!(notices.iter().all(|n| n.value.is_some()));
    }

    #[test]
    fn a_number_is_found_in_the_text_around_it() {
        let phone = |v: &str| first_phone(v);
        assert_eq!(
            phone("Tel: +44 (0)20 7946 0958, ext. 2").as_deref(),
            Some("+44 (0)20 7946 0958")
        );
        assert_eq!(phone("(020) 7946 0958").as_deref(), Some("(020) 7946 0958"));
        assert_eq!(
            phone("open 9-5, call 020 7946 0958").as_deref(),
            Some("020 7946 0958")
        );
        assert_eq!(phone("15 (SAMU)").as_deref(), Some("15"));
        assert_eq!(phone("WhatsApp only"), None);
        assert_eq!(phone("1+1"), None);
    }

    #[test]
    fn each_value_it_cannot_use_gives_one_notice_naming_it() {
        let (s, notices) = check(&[
            ("lang", "fr"),
            ("phone", "call me"),
            ("booking-url", "javascript:alert(1)"),
            ("emergency-number", "1+1"),
            ("urgent-number", "NHS"),
            ("urgent-url", "NHS 111"),
            ("theme", "purple"),
            ("show", "everything"),
            ("languages", "fr de"),
        ]);
        assert_eq!(s, Settings::default());
        assert_eq!(
            texts(&notices),
            [
                "lang=\"fr\" is not a language this widget has (en for English, es for Spanish); ignoring it",
                "languages=\"fr de\" is not a list of languages this widget has, like \"es\" or \"en es\"; ignoring it",
                "phone=\"call me\" is not a phone number (digits, spaces, + - ( ) .); ignoring it",
                "booking-url=\"javascript:alert(1)\" is not a web address like https://salon.example/book; ignoring it",
                "emergency-number=\"1+1\" is not a phone number like \"112\" or \"911\"; ignoring it",
                "urgent-number=\"NHS\" is not a phone number like \"111\"; ignoring it",
                "urgent-url=\"NHS 111\" is not a web address like https://111.nhs.uk; ignoring it",
                "theme=\"purple\" is not one of auto, light, dark; ignoring it",
                "show=\"everything\" is not one of both, faq, checker; ignoring it",
            ]
        );
        assert!(notices.iter().all(|n| n.value.is_none()));
    }

    #[test]
    fn blank_values_are_simply_absent() {
        let (s, notices) = check(&[("phone", "   ")]);
        assert_eq!(s.phone, None);
        assert!(notices.is_empty());
    }
}
