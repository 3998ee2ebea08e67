//! Language and local-time helpers. Storage is UTC; a seller's zone is a fixed offset
//! in minutes (Latin America has almost no daylight-saving time).

use super::money::NumberStyle;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

crate::domain::keys::keyed_enum! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Lang {
        #[default]
        Es = "es",
        En = "en",
    }
}

impl Lang {

    pub fn other(self) -> Lang {
        match self {
            Lang::Es => Lang::En,
            Lang::En => Lang::Es,
        }
    }

    pub fn number_style(self) -> NumberStyle {
        match self {
            Lang::Es => NumberStyle::DotThousands,
            Lang::En => NumberStyle::CommaThousands,
        }
    }
}

/// Month names, January first: Spanish, Spanish short, English, English short.
const MONTHS: [[&str; 4]; 12] = [
    ["enero", "ene", "January", "Jan"],
    ["febrero", "feb", "February", "Feb"],
    ["marzo", "mar", "March", "Mar"],
    ["abril", "abr", "April", "Apr"],
    ["mayo", "may", "May", "May"],
    ["junio", "jun", "June", "Jun"],
    ["julio", "jul", "July", "Jul"],
    ["agosto", "ago", "August", "Aug"],
    ["septiembre", "sept", "September", "Sep"],
    ["octubre", "oct", "October", "Oct"],
    ["noviembre", "nov", "November", "Nov"],
    ["diciembre", "dic", "December", "Dec"],
];

/// A month's name in `lang` ("noviembre", "November"), or its abbreviation when `short`.
pub fn month_name(lang: Lang, d: chrono::NaiveDate, short: bool) -> &'static str {
    use chrono::Datelike;
    let column = match lang {
        Lang::Es => 0,
        Lang::En => 2,
    } + usize::from(short);
    MONTHS[d.month0() as usize][column]
}

pub fn offset(tz_offset_minutes: i32) -> FixedOffset {
    FixedOffset::east_opt(tz_offset_minutes * 60)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC"))
}

/// The calendar day it is for the seller at `now`.
pub fn local_date(now: DateTime<Utc>, tz_offset_minutes: i32) -> NaiveDate {
    now.with_timezone(&offset(tz_offset_minutes)).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn local_date_follows_the_offset() {
        let late_utc = Utc.with_ymd_and_hms(2026, 12, 2, 3, 30, 0).unwrap();
        // 03:30 UTC is still the evening before in Bogotá (UTC-5).
        assert_eq!(
            local_date(late_utc, -300),
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
        );
        assert_eq!(
            local_date(late_utc, 0),
            NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
        );
        // Out-of-range offsets fall back to UTC instead of panicking.
        assert_eq!(
            local_date(late_utc, 100_000),
            NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
        );
    }
}
