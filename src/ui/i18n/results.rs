//! "Qué funciona" and the conversion rate (Medallas, and a summary on Hoy).

use crate::domain::assistant::SocialStyle;
use crate::domain::locale::Lang;
use crate::domain::results::{OrderReason, Rate};

use super::assistant::{principle, style_name};

pub struct Texts {
    pub what_works: &'static str,
    pub what_works_intro: &'static str,
    pub no_sends: &'static str,
    pub replied: &'static str,
    pub median_reply: &'static str,
    pub won_after: &'static str,
    pub style_unknown: &'static str,
    pub conversion: &'static str,
    pub conversion_intro: &'static str,
    pub team: &'static str,
    pub before_scripts: &'static str,
    pub after_scripts: &'static str,
    pub by_month: &'static str,
    pub by_seller: &'static str,
    pub see_more: &'static str,
    pub months: [&'static str; 12],
}

pub static ES: Texts = Texts {
    what_works: "Qué funciona",
    what_works_intro: "Cada guion enviado, por principio y por estilo del cliente: cuántos respondieron en 24 h, en cuánto tiempo y cuántos compraron después.",
    no_sends: "Aún no hay guiones enviados.",
    replied: "respondieron en 24 h",
    median_reply: "mediana",
    won_after: "compraron después",
    style_unknown: "Sin estilo leído",
    conversion: "Conversión",
    conversion_intro: "Clientes ganados de los que entraron en cada periodo.",
    team: "Equipo",
    before_scripts: "Antes de usar guiones",
    after_scripts: "Desde que usa guiones",
    by_month: "Por mes de entrada",
    by_seller: "Por vendedor",
    see_more: "Ver más",
    months: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
};

pub static EN: Texts = Texts {
    what_works: "What works",
    what_works_intro: "Every script sent, by principle and by the client's style: how many answered within 24 h, how fast, and how many bought afterwards.",
    no_sends: "No scripts sent yet.",
    replied: "answered within 24 h",
    median_reply: "median",
    won_after: "bought afterwards",
    style_unknown: "Style not read",
    conversion: "Conversion",
    conversion_intro: "Clients won out of those who came in each period.",
    team: "Team",
    before_scripts: "Before using scripts",
    after_scripts: "Since using scripts",
    by_month: "By month they came in",
    by_seller: "By seller",
    see_more: "See more",
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}

/// "7 de 9 (78 %)": the count always, the rate only from enough clients.
pub fn rate(lang: Lang, r: Rate) -> String {
    let of = if lang == Lang::Es { "de" } else { "of" };
    match r.percent() {
        Some(p) => format!("{} {of} {} ({p} %)", r.won, r.entered),
        None => format!("{} {of} {}", r.won, r.entered),
    }
}

/// "5 de 9": answers out of sends (a rate only from `MIN_SENDS` sends).
pub fn out_of(lang: Lang, part: u32, whole: u32) -> String {
    rate(lang, Rate { entered: whole, won: part })
}

pub fn style_label(lang: Lang, s: Option<SocialStyle>) -> &'static str {
    s.map_or(texts(lang).style_unknown, |s| style_name(lang, s))
}

/// Why the first draft is first: "Con clientes de estilo Analítico, Autoridad obtuvo
/// respuesta 7 de 9 veces."
pub fn order_reason(lang: Lang, r: OrderReason) -> String {
    let (p, s) = (principle(lang, r.principle), style_name(lang, r.style));
    match lang {
        Lang::Es => format!("Con clientes de estilo {s}, {p} obtuvo respuesta {} de {} veces.", r.replied, r.sends),
        Lang::En => format!("With {s} clients, {p} got an answer {} times out of {}.", r.replied, r.sends),
    }
}
