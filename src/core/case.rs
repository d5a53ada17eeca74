//! Upper and lower case for the Latin, Greek and Cyrillic letters salons
//! write in; other characters are kept as they are. By hand because std's
//! full Unicode case tables would add about 30 KB to the widget.

/// The lowercase of `c`, one char for one char (so search offsets map back).
pub fn lower(c: char) -> char {
    shift(c, true)
}

/// The uppercase of `c`.
pub fn upper(c: char) -> char {
    shift(c, false)
}

/// Moves from the capital to the small form (`to_small`) or back: each range
/// pairs them at a fixed distance.
fn shift(c: char, to_small: bool) -> char {
    let n = c as u32;
    let table: &[(u32, u32, u32)] = &[
        // (first capital, last capital, distance to the small letter)
        (0x41, 0x5A, 32),
        (0xC0, 0xD6, 32),
        (0xD8, 0xDE, 32),
        (0x391, 0x3A1, 32),
        (0x3A3, 0x3AB, 32),
        (0x410, 0x42F, 32),
        (0x400, 0x40F, 80),
    ];
    for &(first, last, d) in table {
        if to_small && (first..=last).contains(&n) {
            return char::from_u32(n + d).unwrap_or(c);
        }
        if !to_small && (first + d..=last + d).contains(&n) {
            return char::from_u32(n - d).unwrap_or(c);
        }
    }
    // Latin Extended-A: capital and small side by side, capital even or odd.
    let paired = |even_capital: bool| {
        let capital = if even_capital { n % 2 == 0 } else { n % 2 == 1 };
        match (to_small, capital) {
            (true, true) => n + 1,
            (false, false) => n - 1,
            _ => n,
        }
    };
    let m = match n {
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => paired(true),
        0x139..=0x148 | 0x179..=0x17E => paired(false),
        0x178 if to_small => 0xFF,
        0xFF if !to_small => 0x178,
        _ => n,
    };
    char::from_u32(m).unwrap_or(c)
}

/// `text` in capitals, as far as [`upper`] knows them.
pub fn to_upper(text: &str) -> String {
    text.chars().map(upper).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// std's mapping when it is one char for one char.
    fn single(mut it: impl Iterator<Item = char>, c: char) -> char {
        match (it.next(), it.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    }

    #[test]
    fn agrees_with_std_for_latin_greek_and_cyrillic() {
        for n in (0x20..=0x17F).chain(0x370..=0x4FF) {
            let Some(c) = char::from_u32(n) else { continue };
            let covered = matches!(n, 0x41..=0x17F | 0x391..=0x3CB | 0x400..=0x45F);
            // Letters with no partner in these ranges, or with special
            // rules (İ, ı, ſ, ŉ, final sigma, µ, ß, ĸ) are kept.
            let special = matches!(
                n,
                0xB5 | 0xDF | 0x130 | 0x131 | 0x138 | 0x149 | 0x17F | 0x3C2 | 0x3AC..=0x3B0
            );
            // std's tables are the reference here, on the host only.
            #[allow(clippy::disallowed_methods)]
            if covered && !special {
                assert_eq!(lower(c), single(c.to_lowercase(), c), "lower U+{n:04X} {c}");
                assert_eq!(upper(c), single(c.to_uppercase(), c), "upper U+{n:04X} {c}");
            } else if !covered {
                assert_eq!((lower(c), upper(c)), (c, c), "U+{n:04X} {c} is kept");
            }
        }
        assert_eq!(
            to_upper("Busque atención médica hoy"),
            "BUSQUE ATENCIÓN MÉDICA HOY"
        );
        assert_eq!(to_upper("zażółć ψ жё"), "ZAŻÓŁĆ Ψ ЖЁ");
    }
}
