//! Every DOM id the widget writes and reads back, and the deep-link
//! fragment, as one format each: `write` makes it, `read` takes the
//! content id out again. Delegated handlers find which question or sign an
//! event was for by reading the id the view wrote, so both sides use these.

pub struct IdFormat(&'static str);

impl IdFormat {
    pub fn write(&self, id: &str) -> String {
        format!("{}{id}", self.0)
    }

    /// The content id in `dom_id`, if `dom_id` is of this format.
    pub fn read<'a>(&self, dom_id: &'a str) -> Option<&'a str> {
        dom_id.strip_prefix(self.0).filter(|id| !id.is_empty())
    }
}

/// A FAQ question's button.
pub const QUESTION: IdFormat = IdFormat("pmu-q-");
/// A FAQ answer's panel.
pub const ANSWER: IdFormat = IdFormat("pmu-a-");
/// A FAQ category's heading.
pub const CATEGORY: IdFormat = IdFormat("pmu-cat-");
/// A procedure's radio button.
pub const PROCEDURE: IdFormat = IdFormat("pmu-proc-");
/// A sign's checkbox.
pub const SIGN: IdFormat = IdFormat("pmu-sign-");
/// A risk factor's checkbox.
pub const RISK: IdFormat = IdFormat("pmu-risk-");
/// The location fragment that opens a question: `#pmu-care/<question-id>`.
pub const DEEP_LINK: IdFormat = IdFormat("#pmu-care/");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_reads_back_what_it_writes_and_nothing_else() {
        let all = [
            &QUESTION, &ANSWER, &CATEGORY, &PROCEDURE, &SIGN, &RISK, &DEEP_LINK,
        ];
        for (i, format) in all.iter().enumerate() {
            let written = format.write("laser-removal");
            assert_eq!(format.read(&written), Some("laser-removal"));
            for (j, other) in all.iter().enumerate() {
                if i != j {
                    assert_eq!(
                        other.read(&written),
                        None,
                        "{written} read as another format"
                    );
                }
            }
        }
        assert_eq!(QUESTION.read("pmu-q-"), None);
        assert_eq!(DEEP_LINK.write("scars"), "#pmu-care/scars");
    }
}
