//! The price the seller already gave in the chat, so a draft never contradicts it.

use super::*;

/// An amount the seller wrote, as written ("$1.800.000", "1,8 millones") and in whole
/// currency units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub text: String,
    pub units: i64,
}

pub(super) const MAGNITUDES: &[(&str, i64)] = &[
    ("millones", 1_000_000), ("millon", 1_000_000), ("millón", 1_000_000), ("mill", 1_000_000),
    ("mm", 1_000_000), ("m", 1_000_000), ("million", 1_000_000), ("mil", 1_000), ("k", 1_000),
];
pub(super) const CURRENCY_BEFORE: &[&str] = &["us$", "usd", "cop", "mxn", "pen", "clp", "ars", "s/", "rd$", "$", "€"];
/// Words after a number that make it something other than money.
const NOT_MONEY: &[&str] = &[
    "%", "dias", "días", "dia", "día", "paginas", "páginas", "pagina", "página", "horas", "hora",
    "semanas", "semana", "meses", "mes", "años", "anos", "secciones", "productos", "fotos",
    "cuotas", "days", "pages", "hours", "weeks", "months", "years", "sections", "products", "gb",
    "am", "pm", "min", "minutos",
];

/// Every amount of money in a text: numbers with a currency sign or code before them or
/// a magnitude word after them ("mil", "M", "millones").
pub fn amounts(text: &str) -> Vec<Quote> {
    let lower = text.to_lowercase();
    let b = lower.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_alphanumeric())) {
            i += 1;
            continue;
        }
        // The number: digits with `.`, `,` or thin separators between digit groups.
        let start = i;
        let mut end = i;
        while end < b.len()
            && (b[end].is_ascii_digit()
                || matches!(b[end], b'.' | b',' | b'\'') && b.get(end + 1).is_some_and(u8::is_ascii_digit))
        {
            end += 1;
        }
        i = end;
        let number = &lower[start..end];
        let before = lower[..start].trim_end();
        let currency = CURRENCY_BEFORE.iter().find(|c| before.ends_with(*c)).map(|c| before.len() - c.len());
        let after = lower[end..].trim_start();
        let word: String = after.chars().take_while(|c| c.is_alphabetic() || *c == '%').collect();
        if NOT_MONEY.contains(&word.as_str()) {
            continue;
        }
        let magnitude = MAGNITUDES.iter().find(|(w, _)| *w == word).map(|(_, m)| *m);
        if currency.is_none() && magnitude.is_none() {
            continue;
        }
        let Some(units) = value(number, magnitude.unwrap_or(1)) else { continue };
        if units <= 0 {
            continue;
        }
        let from = currency.unwrap_or(start);
        let to = match magnitude {
            Some(_) => lower.len() - after.len() + word.len(),
            None => end,
        };
        // Byte offsets of `lower` match `text` only for ASCII; cut on char boundaries.
        let shown = text.get(from..to).unwrap_or(&lower[from..to]).trim().to_string();
        out.push(Quote { text: shown, units });
    }
    out
}

/// "1.800.000" -> 1800000; "1,8" with a magnitude -> 1.8 x magnitude; "249,90" -> 249.
pub(super) fn value(number: &str, magnitude: i64) -> Option<i64> {
    let seps: Vec<(usize, char)> = number.char_indices().filter(|(_, c)| !c.is_ascii_digit()).collect();
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let Some(&(last, _)) = seps.last() else {
        return number.parse::<i64>().ok()?.checked_mul(magnitude);
    };
    let tail = &number[last + 1..];
    // Several separators, or three digits after the only one: thousands grouping.
    // ("1.800 mil" is 1 800 000; "1.500 M" is 1.5 million.)
    let grouping = tail.len() == 3 && (seps.len() > 1 || magnitude < 1_000_000);
    if grouping {
        return digits(number).parse::<i64>().ok()?.checked_mul(magnitude);
    }
    let whole: i64 = digits(&number[..last]).parse().ok()?;
    let frac: i64 = tail.parse().ok()?;
    let scale = 10_i64.checked_pow(tail.len() as u32)?;
    Some(whole.checked_mul(magnitude)? + frac.checked_mul(magnitude)? / scale)
}

/// The price the seller quoted last: the one amount of their latest message with money in
/// it (a message listing several prices quotes none of them in particular).
pub fn quoted_price(lines: &[Line<'_>]) -> Option<Quote> {
    let found = lines
        .iter()
        .rev()
        .filter(|l| l.side == Side::Me && l.kind == MessageKind::Text)
        .take(200)
        .map(|l| amounts(l.text))
        .find(|a| !a.is_empty())?;
    match <[Quote; 1]>::try_from(found) {
        Ok([q]) => Some(q),
        Err(_) => None,
    }
}

/// The workspace offer with exactly the quoted price, if any.
pub fn offer_priced<'f>(quote: &Quote, facts: &'f SalesFacts) -> Option<&'f Offer> {
    facts
        .offers
        .iter()
        .find(|o| o.price.minor == quote.units.saturating_mul(o.price.currency.scale()))
}

/// Words that say when the work is ready, around a number of days.
const DELIVERY_CUES: &[&str] = &[
    "entrega", "entregamos", "listo", "lista", "listos", "plazo", "tarda", "tardamos", "demora",
    "demoramos", "queda", "quedaria", "ready", "deliver", "delivery", "takes", "done",
];

/// The delivery time the seller gave last ("15 días hábiles", "3 semanas", "10 business
/// days"), as written, when their message is about when the work is ready.
pub fn quoted_delivery(lines: &[Line<'_>]) -> Option<String> {
    lines
        .iter()
        .rev()
        .filter(|l| l.side == Side::Me && l.kind == MessageKind::Text)
        .take(200)
        .find_map(|l| delivery_in(l.text))
}

fn delivery_in(text: &str) -> Option<String> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let folded: Vec<String> = tokens
        .iter()
        .map(|t| fold(t.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    if !folded.iter().any(|w| DELIVERY_CUES.contains(&w.as_str())) {
        return None;
    }
    for (i, w) in folded.iter().enumerate() {
        let Ok(n) = w.parse::<u32>() else { continue };
        let unit = folded.get(i + 1).map(String::as_str);
        if !(1..=365).contains(&n) || !matches!(unit, Some("dias" | "dia" | "semanas" | "semana" | "days" | "weeks" | "business" | "working")) {
            continue;
        }
        // Keep the qualifier that follows ("hábiles", "days" after "business").
        let mut end = i + 2;
        if matches!(folded.get(end).map(String::as_str), Some("habiles" | "laborales" | "days" | "calendario")) {
            end += 1;
        }
        let phrase: Vec<&str> = tokens[i..end.min(tokens.len())]
            .iter()
            .map(|t| t.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        return Some(phrase.join(" "));
    }
    None
}
