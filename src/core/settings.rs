//! The salon's settings (element attributes or `PmuCare.mount` options),
//! checked: each invalid value is dropped with one warning that names it,
//! and the widget carries on with the default.

use serde::Deserialize;

use crate::core::salon::Mode;
use crate::core::validate::is_slug;

/// Settings as given (attributes, or `mount` options by their camelCase
/// names), before checking. Every value is text, as an attribute is; the
/// loader has already warned about names it does not know.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RawSettings {
    pub lang: Option<String>,
    pub salon_name: Option<String>,
    pub phone: Option<String>,
    pub booking_url: Option<String>,
    pub emergency_number: Option<String>,
    pub urgent_number: Option<String>,
    pub urgent_url: Option<String>,
    pub theme: Option<String>,
    /// Which parts to show: "faq", "checker" or "both".
    pub show: Option<String>,
    /// The id of the FAQ category to put first, open.
    pub open_category: Option<String>,
    /// "add" (the salon's FAQ first, then the bundled one) or "replace".
    pub content_mode: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Preferred language as given; the content decides what it can show.
    pub lang: Option<String>,
    pub salon_name: Option<String>,
    /// As written, for display; `tel_href` is the dialable form.
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

impl RawSettings {
    /// The checked settings and a warning for each value that was dropped.
    pub fn check(self) -> (Settings, Vec<String>) {
        let mut warnings = Vec::new();
        let mut keep = |name: &str, value: Option<String>, ok: fn(&str) -> bool, expected: &str| {
            let value = value
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())?;
            if ok(&value) {
                Some(value)
            } else {
                warnings.push(format!("{name}=\"{value}\" is not {expected}; ignoring it"));
                None
            }
        };
        let lang = keep(
            "lang",
            self.lang,
            is_language_tag,
            "a language code like \"en\" or \"es-MX\"",
        );
        let salon_name = keep(
            "salon-name",
            self.salon_name,
            |v| v.chars().count() <= 80,
            "a name of at most 80 characters",
        );
        let phone = keep(
            "phone",
            self.phone,
            is_phone,
            "a phone number (digits, spaces, + - ( ) .)",
        );
        let booking_url = keep(
            "booking-url",
            self.booking_url,
            is_web_url,
            "an https:// or http:// address",
        );
        let emergency_number = keep(
            "emergency-number",
            self.emergency_number,
            is_phone,
            "a phone number like \"112\" or \"911\"",
        );
        let urgent_number = keep(
            "urgent-number",
            self.urgent_number,
            is_phone,
            "a phone number like \"111\"",
        );
        let urgent_url = keep(
            "urgent-url",
            self.urgent_url,
            is_web_url,
            "an https:// or http:// address",
        );
        let theme = match keep(
            "theme",
            self.theme,
            |v| matches!(v, "auto" | "light" | "dark"),
            "one of auto, light, dark",
        )
        .as_deref()
        {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        };
        let show = match keep(
            "show",
            self.show,
            |v| matches!(v, "both" | "faq" | "checker"),
            "one of both, faq, checker",
        )
        .as_deref()
        {
            Some("faq") => Parts::Faq,
            Some("checker") => Parts::Checker,
            _ => Parts::Both,
        };
        let open_category = keep(
            "open-category",
            self.open_category,
            is_slug,
            "a category id (kebab-case)",
        );
        let content_mode = match keep(
            "content-mode",
            self.content_mode,
            |v| matches!(v, "add" | "replace"),
            "add or replace",
        )
        .as_deref()
        {
            Some("replace") => Mode::Replace,
            _ => Mode::Add,
        };
        let settings = Settings {
            lang,
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
        (settings, warnings)
    }
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

fn is_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    (2..=20).contains(&digits)
        && v.chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && !v[1..].contains('+')
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

    fn raw() -> RawSettings {
        RawSettings::default()
    }

    #[test]
    fn valid_settings_are_kept() {
        let (s, warnings) = RawSettings {
            lang: Some("es-MX".into()),
            salon_name: Some("Linea Studio".into()),
            phone: Some("+44 (0)20 7946 0958".into()),
            booking_url: Some("https://linea.example/book?x=1".into()),
            emergency_number: Some("112".into()),
            urgent_number: Some("111".into()),
            urgent_url: Some("https://111.nhs.uk".into()),
            theme: Some("dark".into()),
            show: Some("checker".into()),
            open_category: Some("scalp".into()),
            content_mode: Some("replace".into()),
        }
        .check();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.urgent_number.as_deref(), Some("111"));
        assert_eq!((s.show, s.content_mode), (Parts::Checker, Mode::Replace));
        assert_eq!(tel_href(s.phone.as_deref().unwrap()), "tel:+4402079460958");
    }

    #[test]
    fn each_invalid_value_gives_one_warning_naming_it() {
        let (s, warnings) = RawSettings {
            lang: Some("english please".into()),
            phone: Some("call me".into()),
            booking_url: Some("javascript:alert(1)".into()),
            emergency_number: Some("1+1".into()),
            urgent_number: Some("NHS".into()),
            urgent_url: Some("111.nhs".into()),
            theme: Some("purple".into()),
            show: Some("everything".into()),
            ..raw()
        }
        .check();
        assert_eq!(s, Settings::default());
        assert_eq!(
            warnings,
            [
                "lang=\"english please\" is not a language code like \"en\" or \"es-MX\"; ignoring it",
                "phone=\"call me\" is not a phone number (digits, spaces, + - ( ) .); ignoring it",
                "booking-url=\"javascript:alert(1)\" is not an https:// or http:// address; ignoring it",
                "emergency-number=\"1+1\" is not a phone number like \"112\" or \"911\"; ignoring it",
                "urgent-number=\"NHS\" is not a phone number like \"111\"; ignoring it",
                "urgent-url=\"111.nhs\" is not an https:// or http:// address; ignoring it",
                "theme=\"purple\" is not one of auto, light, dark; ignoring it",
                "show=\"everything\" is not one of both, faq, checker; ignoring it",
            ]
        );
    }

    #[test]
    fn blank_values_are_simply_absent() {
        let (s, warnings) = RawSettings {
            phone: Some("   ".into()),
            ..raw()
        }
        .check();
        assert_eq!(s.phone, None);
        assert!(warnings.is_empty());
    }
}
