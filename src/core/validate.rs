//! Semantic checks on parsed content: what serde's types cannot say. Each
//! error names the JSON path of the offending value, so a salon editing its
//! own file can find it.

use crate::core::checker::{Checker, Level, Rule, SourceKind, EMERGENCY_GROUP};
use crate::core::content::{Content, BUNDLED_JSON};
use crate::core::error::{ContentError, ErrorKind};
use crate::core::faq::Block;
use crate::core::read;
use crate::core::text::Text;

/// Latest day a window or a healing time may name.
const MAX_DAY: u32 = 365;

/// Longest text we accept; far above any real answer, it keeps a broken or
/// hostile file from making the widget unusable.
const MAX_TEXT_CHARS: usize = 20_000;

impl Content {
    /// Parses and checks content JSON. Never panics, whatever the input.
    pub fn parse(json: &str) -> Result<Content, Vec<ContentError>> {
        let content: Content = read::from_str(json).map_err(|e| vec![e])?;
        let errors = check(&content);
        if errors.is_empty() {
            Ok(content)
        } else {
            Err(errors)
        }
    }

    /// The content built into the widget.
    pub fn bundled() -> Content {
        Content::parse(BUNDLED_JSON).expect("bundled content is checked by the tests")
    }
}

/// Every problem found, in document order; empty means the content is usable.
pub fn check(content: &Content) -> Vec<ContentError> {
    let (mut c, entry_ids) = faq_checks(content);
    c.checker(&content.checker, &entry_ids);
    c.errors
}

/// The languages and FAQ checks alone (a salon's file has no rules).
pub fn check_faq(content: &Content) -> Vec<ContentError> {
    faq_checks(content).0.errors
}

/// Problems with one text in `languages`, named by `path`.
pub fn check_text(languages: &[String], path: &str, text: &Text) -> Vec<ContentError> {
    let mut c = Check {
        languages,
        errors: Vec::new(),
    };
    c.text(path, text);
    c.errors
}

fn faq_checks(content: &Content) -> (Check<'_>, IdSet<'_>) {
    let mut c = Check {
        languages: &content.languages,
        errors: Vec::new(),
    };
    c.languages_are_sane();

    let mut category_ids = IdSet::default();
    for (i, cat) in content.faq.categories.iter().enumerate() {
        let path = format!("faq.categories[{i}]");
        c.id(&format!("{path}.id"), &cat.id, &mut category_ids);
        c.text(&format!("{path}.title"), &cat.title);
    }
    if content.faq.categories.is_empty() {
        c.errors.push(ContentError::of(
            ErrorKind::NoCategories,
            "faq.categories",
            "needs at least one category",
        ));
    }

    let mut entry_ids = IdSet::default();
    for (i, entry) in content.faq.entries.iter().enumerate() {
        let path = format!("faq.entries[{i}]");
        c.id(&format!("{path}.id"), &entry.id, &mut entry_ids);
        if !category_ids.contains(entry.category.as_str()) {
            c.errors.push(ContentError::of(
                ErrorKind::UnknownCategory(entry.category.clone()),
                &format!("{path}.category"),
                format!("no category has the id \"{}\"", entry.category),
            ));
        }
        c.text(&format!("{path}.question"), &entry.question);
        if entry.answer.is_empty() {
            c.error(&format!("{path}.answer"), "the answer is empty");
        }
        for (j, block) in entry.answer.iter().enumerate() {
            match block {
                Block::P(text) => c.text(&format!("{path}.answer[{j}].p"), text),
                Block::List(items) => {
                    if items.is_empty() {
                        c.error(&format!("{path}.answer[{j}].list"), "the list is empty");
                    }
                    for (k, item) in items.iter().enumerate() {
                        c.text(&format!("{path}.answer[{j}].list[{k}]"), item);
                    }
                }
            }
        }
    }
    for (i, cat) in content.faq.categories.iter().enumerate() {
        if !content.faq.entries.iter().any(|e| e.category == cat.id) {
            c.error(
                &format!("faq.categories[{i}]"),
                "no entry is in this category",
            );
        }
    }
    (c, entry_ids)
}

struct Check<'a> {
    languages: &'a [String],
    errors: Vec<ContentError>,
}

impl Check<'_> {
    fn error(&mut self, path: &str, message: &str) {
        self.errors.push(ContentError::at(path, message));
    }

    fn languages_are_sane(&mut self) {
        if self.languages.is_empty() {
            self.error("languages", "list at least one language, e.g. [\"en\"]");
        }
        let mut seen = IdSet::default();
        for (i, lang) in self.languages.iter().enumerate() {
            let ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
            if !ok {
                self.error(
                    &format!("languages[{i}]"),
                    &format!("\"{lang}\" is not a two- or three-letter lowercase language code"),
                );
            } else if !seen.insert(lang.as_str()) {
                self.error(
                    &format!("languages[{i}]"),
                    &format!("\"{lang}\" is listed twice"),
                );
            }
        }
    }

    fn checker(&mut self, checker: &Checker, faq_ids: &IdSet<'_>) {
        let mut procedures = IdSet::default();
        for (i, p) in checker.procedures.iter().enumerate() {
            let path = format!("checker.procedures[{i}]");
            self.id(&format!("{path}.id"), &p.id, &mut procedures);
            self.text(&format!("{path}.label"), &p.label);
            self.day(&format!("{path}.healed_by_day"), p.healed_by_day);
        }
        if checker.procedures.is_empty() {
            self.error("checker.procedures", "needs at least one procedure");
        }
        let mut risks = IdSet::default();
        for (i, r) in checker.risk_factors.iter().enumerate() {
            let path = format!("checker.risk_factors[{i}]");
            self.id(&format!("{path}.id"), &r.id, &mut risks);
            self.text(&format!("{path}.label"), &r.label);
            self.text(&format!("{path}.help"), &r.help);
            for (j, p) in r.procedures.iter().enumerate() {
                self.known(
                    &format!("{path}.procedures[{j}]"),
                    p,
                    &procedures,
                    "procedure",
                );
            }
        }
        let mut groups = IdSet::default();
        for (i, g) in checker.groups.iter().enumerate() {
            self.id(&format!("checker.groups[{i}].id"), &g.id, &mut groups);
            self.text(&format!("checker.groups[{i}].title"), &g.title);
            self.text(&format!("checker.groups[{i}].help"), &g.help);
        }
        let mut signs = IdSet::default();
        for (i, sign) in checker.signs.iter().enumerate() {
            let path = format!("checker.signs[{i}]");
            self.id(&format!("{path}.id"), &sign.id, &mut signs);
            self.known(&format!("{path}.group"), &sign.group, &groups, "group");
            self.text(&format!("{path}.label"), &sign.label);
            self.text(&format!("{path}.help"), &sign.help);
            for (j, p) in sign.procedures.iter().enumerate() {
                self.known(
                    &format!("{path}.procedures[{j}]"),
                    p,
                    &procedures,
                    "procedure",
                );
            }
            for (procedure, &day) in sign.window.iter() {
                let at = format!("{path}.window.{procedure}");
                self.known(&at, procedure, &procedures, "procedure");
                self.day(&at, day);
            }
            // A window must say how long for every procedure it is offered
            // for, so no procedure is judged by another's healing.
            if !sign.window.0.is_empty() {
                for p in checker
                    .procedures
                    .iter()
                    .filter(|p| sign.offered_for(&p.id))
                {
                    if sign.window_for(&p.id).is_none() {
                        self.error(
                            &format!("{path}.window"),
                            &format!("has no day for \"{}\", where the sign is offered", p.id),
                        );
                    }
                }
            }
        }
        for (level, text) in Level::ALL.iter().map(|&l| (l, checker.levels.get(l))) {
            let path = format!("checker.levels.{}", level.id());
            self.text(&format!("{path}.title"), &text.title);
            self.text(&format!("{path}.now"), &text.now);
            self.text(&format!("{path}.safety_net"), &text.safety_net);
            match &text.call {
                Some(call) => self.text(&format!("{path}.call"), call),
                None if level >= Level::Urgent => self.error(
                    &format!("{path}.call"),
                    "say whom to call: this level needs it",
                ),
                None => {}
            }
            if let Some(note) = &text.note {
                self.text(&format!("{path}.note"), note);
            }
            for (j, id) in text.watch.iter().enumerate() {
                self.known(&format!("{path}.watch[{j}]"), id, &signs, "sign");
            }
        }
        self.text("checker.no_signs.title", &checker.no_signs.title);
        self.text("checker.no_signs.now", &checker.no_signs.now);
        let mut sources = IdSet::default();
        for (i, src) in checker.sources.iter().enumerate() {
            let path = format!("checker.sources[{i}]");
            self.id(&format!("{path}.id"), &src.id, &mut sources);
            if src.title.trim().is_empty() || src.publisher.trim().is_empty() {
                self.error(&path, "a source needs a publisher and a title");
            }
            let has_url = src
                .url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://") || u.starts_with("http://"));
            let published = !matches!(src.kind, SourceKind::Own | SourceKind::Article);
            if published && !has_url {
                self.error(
                    &format!("{path}.url"),
                    "a published source needs its web address",
                );
            }
        }
        self.rules(checker, &signs, &risks, &procedures, &sources, faq_ids);
    }

    fn rules(
        &mut self,
        checker: &Checker,
        signs: &IdSet<'_>,
        risks: &IdSet<'_>,
        procedures: &IdSet<'_>,
        sources: &IdSet<'_>,
        faq_ids: &IdSet<'_>,
    ) {
        let mut ids = IdSet::default();
        for (i, rule) in checker.rules.iter().enumerate() {
            let path = format!("checker.rules[{i}]");
            self.id(&format!("{path}.id"), &rule.id, &mut ids);
            self.text(&format!("{path}.why"), &rule.why);
            let when = &rule.when;
            if when.signs.is_empty() {
                self.error(
                    &format!("{path}.when.signs"),
                    "a rule needs at least one group of signs",
                );
            }
            for (j, group) in when.signs.iter().enumerate() {
                if group.is_empty() {
                    self.error(&format!("{path}.when.signs[{j}]"), "the group is empty");
                }
                for (k, id) in group.iter().enumerate() {
                    let at = format!("{path}.when.signs[{j}][{k}]");
                    self.known(&at, id, signs, "sign");
                    if when.window.is_some()
                        && checker.sign(id).is_some_and(|s| s.window.0.is_empty())
                    {
                        self.error(
                            &at,
                            &format!("\"{id}\" has no window, so a window cannot apply"),
                        );
                    }
                }
            }
            if when.window.is_some() && when.signs.len() > 1 {
                self.error(
                    &format!("{path}.when.window"),
                    "a window needs exactly one group of signs",
                );
            }
            for (j, id) in when.risks.iter().enumerate() {
                self.known(&format!("{path}.when.risks[{j}]"), id, risks, "risk factor");
            }
            for (j, id) in when.procedures.iter().enumerate() {
                self.known(
                    &format!("{path}.when.procedures[{j}]"),
                    id,
                    procedures,
                    "procedure",
                );
            }
            if rule.sources.is_empty() {
                self.error(
                    &format!("{path}.sources"),
                    "every rule must name at least one source",
                );
            }
            for (j, id) in rule.sources.iter().enumerate() {
                self.known(&format!("{path}.sources[{j}]"), id, sources, "source");
            }
            for (j, id) in rule.faq.iter().enumerate() {
                self.known(&format!("{path}.faq[{j}]"), id, faq_ids, "FAQ entry");
            }
        }
        for (i, sign) in checker.signs.iter().enumerate() {
            let used = checker
                .rules
                .iter()
                .any(|r| r.when.signs.iter().flatten().any(|s| *s == sign.id));
            if !used {
                self.error(
                    &format!("checker.signs[{i}]"),
                    &format!("no rule uses \"{}\"", sign.id),
                );
            }
            // A red flag must give `emergency` on its own, whatever else holds.
            if sign.group == EMERGENCY_GROUP
                && !checker
                    .rules
                    .iter()
                    .any(|r| alone_gives_emergency(r, &sign.id))
            {
                self.error(
                    &format!("checker.signs[{i}]"),
                    &format!(
                        "\"{}\" is in the emergency group, so a rule must give \"emergency\" for it alone (one sign group, no risks, procedures or window)",
                        sign.id
                    ),
                );
            }
        }
        for (i, src) in checker.sources.iter().enumerate() {
            if !checker.rules.iter().any(|r| r.sources.contains(&src.id)) {
                self.error(
                    &format!("checker.sources[{i}]"),
                    &format!("no rule cites \"{}\"", src.id),
                );
            }
        }
    }

    /// A day count: healing takes weeks, not years.
    fn day(&mut self, path: &str, day: u32) {
        if day > MAX_DAY {
            self.error(path, &format!("must be at most {MAX_DAY} days"));
        }
    }

    fn known(&mut self, path: &str, id: &str, known: &IdSet<'_>, what: &str) {
        if !known.contains(id) {
            self.error(path, &format!("no {what} has the id \"{id}\""));
        }
    }

    /// Ids are stable kebab-case slugs, unique within their list.
    fn id<'b>(&mut self, path: &str, id: &'b str, seen: &mut IdSet<'b>) {
        if !is_slug(id) {
            self.error(
                path,
                &format!("\"{id}\" is not a kebab-case id (lowercase letters, digits and single hyphens)"),
            );
        } else if !seen.insert(id) {
            self.error(path, &format!("the id \"{id}\" is used twice"));
        }
    }

    /// A text has every language of the content, none blank or absurdly long,
    /// and no language the content does not declare.
    fn text(&mut self, path: &str, text: &Text) {
        for lang in self.languages {
            match text.0.get(lang) {
                None => self.error(&format!("{path}.{lang}"), "missing"),
                Some(s) if s.trim().is_empty() => self.error(&format!("{path}.{lang}"), "is blank"),
                Some(s) if s.chars().count() > MAX_TEXT_CHARS => self.error(
                    &format!("{path}.{lang}"),
                    &format!("is longer than {MAX_TEXT_CHARS} characters"),
                ),
                Some(_) => {}
            }
        }
        for (lang, _) in text.0.iter() {
            if !self.languages.contains(lang) {
                self.error(
                    &format!("{path}.{lang}"),
                    &format!("\"{lang}\" is not in the content's languages"),
                );
            }
        }
    }
}

/// `a-z0-9` words joined by single hyphens, at most 80 characters.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn alone_gives_emergency(rule: &Rule, sign: &str) -> bool {
    let when = &rule.when;
    rule.level == Level::Emergency
        && when.signs.len() == 1
        && when.signs[0].iter().any(|s| s == sign)
        && when.risks.is_empty()
        && when.procedures.is_empty()
        && when.window.is_none()
}

/// The ids seen so far. A list: contents have tens of ids, and a hash set
/// would add its code (and a random seed) to the wasm for nothing.
#[derive(Default)]
struct IdSet<'a>(Vec<&'a str>);

impl<'a> IdSet<'a> {
    /// Adds `id`; false if it was there already.
    fn insert(&mut self, id: &'a str) -> bool {
        let new = !self.contains(id);
        if new {
            self.0.push(id);
        }
        new
    }

    fn contains(&self, id: &str) -> bool {
        self.0.contains(&id)
    }
}
