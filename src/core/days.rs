//! How people remember when their procedure was: "yesterday", "3 or 4 days
//! ago", "2 or 3 weeks". Each choice is a range of days judged at its later
//! end: a sign is only ever more worrying later in healing (past its
//! expected window), never less, so the later day is the safe reading
//! (`tests/engine.rs` checks this over every sign, risk and procedure).

/// One of the day choices, with the days it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRange {
    pub from: u32,
    /// The day the checker judges: the range's safe end.
    pub to: u32,
}

/// The choices, in the order shown: today, yesterday, 2 days, 3-4, 5-7,
/// 2-3 weeks, 1-2 months, longer (judged as a year).
pub const DAY_RANGES: [DayRange; 8] = [
    DayRange { from: 0, to: 0 },
    DayRange { from: 1, to: 1 },
    DayRange { from: 2, to: 2 },
    DayRange { from: 3, to: 4 },
    DayRange { from: 5, to: 7 },
    DayRange { from: 14, to: 21 },
    DayRange { from: 30, to: 60 },
    DayRange { from: 61, to: 365 },
];

impl DayRange {
    pub fn is_single_day(self) -> bool {
        self.from == self.to
    }
}

/// Whole days from `procedure` to `today`, both as local calendar dates in
/// days since 1970 (`None` for a date in the future).
pub fn days_between(procedure: i64, today: i64) -> Option<u32> {
    u32::try_from(today - procedure).ok()
}
