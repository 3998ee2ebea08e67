//! Display helpers that depend on the language (dates, money).

use crate::domain::locale::Lang;
use crate::domain::money::Money;
use chrono::{Datelike, NaiveDate};

/// "3 nov" / "Nov 3".
pub fn short_date(lang: Lang, d: NaiveDate) -> String {
    let m = crate::domain::locale::month_name(lang, d, true);
    match lang {
        Lang::Es => format!("{} {m}", d.day()),
        Lang::En => format!("{m} {}", d.day()),
    }
}

pub fn money(lang: Lang, m: Money) -> String {
    m.format(lang.number_style())
}

pub fn money_compact(lang: Lang, m: Money) -> String {
    m.format_compact(lang.number_style())
}

/// A span of time the way a seller says it: "45 s", "12 min", "3 h 5 min", "2 d 4 h".
/// Abbreviations are the same in Spanish and English.
pub fn duration(secs: i64) -> String {
    let secs = secs.max(0);
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3_600, secs % 3_600 / 60);
    let day = "d";
    match (d, h, m) {
        (0, 0, 0) => format!("{secs} s"),
        (0, 0, m) => format!("{m} min"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (d, 0, _) => format!("{d} {day}"),
        (d, h, _) => format!("{d} {day} {h} h"),
    }
}

/// Local clock time of a UTC instant in the seller's zone, "09:05".
pub fn clock(at: chrono::DateTime<chrono::Utc>, tz_offset_minutes: i32) -> String {
    at.with_timezone(&crate::domain::locale::offset(tz_offset_minutes))
        .format("%H:%M")
        .to_string()
}

/// Local calendar day with the year, "12 nov 2024" / "Nov 12, 2024".
pub fn long_date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Es => format!("{} {}", short_date(lang, d), d.year()),
        Lang::En => format!("{}, {}", short_date(lang, d), d.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn durations_read_like_speech() {
        assert_eq!(duration(45), "45 s");
        assert_eq!(duration(12 * 60 + 30), "12 min");
        assert_eq!(duration(3 * 3600), "3 h");
        assert_eq!(duration(3 * 3600 + 5 * 60), "3 h 5 min");
        assert_eq!(duration(2 * 86_400 + 4 * 3600 + 59), "2 d 4 h");
        assert_eq!(duration(-5), "0 s");
    }

    #[test]
    fn clock_is_local() {
        let at = chrono::Utc.with_ymd_and_hms(2024, 11, 12, 14, 5, 0).unwrap();
        assert_eq!(clock(at, -300), "09:05");
        let d = NaiveDate::from_ymd_opt(2024, 11, 12).unwrap();
        assert_eq!(long_date(Lang::Es, d), "12 nov 2024");
        assert_eq!(long_date(Lang::En, d), "Nov 12, 2024");
    }
}
