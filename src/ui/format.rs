//! Display helpers that depend on the language (dates, money).

use crate::domain::locale::Lang;
use crate::domain::money::Money;
use chrono::{Datelike, NaiveDate};

const MONTHS_ES: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn short_date(lang: Lang, d: NaiveDate) -> String {
    let m = d.month0() as usize;
    match lang {
        Lang::Es => format!("{} {}", d.day(), MONTHS_ES[m]),
        Lang::En => format!("{} {}", MONTHS_EN[m], d.day()),
    }
}

pub fn money(lang: Lang, m: Money) -> String {
    m.format(lang.number_style())
}

pub fn money_compact(lang: Lang, m: Money) -> String {
    m.format_compact(lang.number_style())
}
