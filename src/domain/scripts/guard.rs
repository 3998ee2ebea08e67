//! The guard every LLM-written draft passes before a seller sees it. A draft goes
//! straight to a client, so every checkable claim in it must come from somewhere the
//! agency stands behind: prices, percentages, day and slot counts, dates, links and
//! phones from the workspace's facts or the seller's own messages; quotes from the
//! testimonials or the chat; names from the facts, the chat or the people involved.
//! Promises the facts do not make (discounts, guarantees, free extras, urgency without an
//! open deadline) are refused, and so is anything that talks about its own instructions.
//! The client's messages never back a promise: a client cannot talk a draft into a
//! 90 % discount. Pure, no I/O.

use super::quote::{CURRENCY_BEFORE, MAGNITUDES, value};
use super::*;
use chrono::{Duration, Weekday};
use std::collections::HashSet;

crate::domain::keys::keyed_enum! {
    /// Why a draft was refused (logged and shown by key, never with the draft's text).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Refusal {
        Empty = "empty",
        TooLong = "too_long",
        Language = "language",
        Amount = "amount",
        Percent = "percent",
        Days = "days",
        Slots = "slots",
        Number = "number",
        Date = "date",
        Url = "url",
        Phone = "phone",
        Quote = "quote",
        Name = "name",
        Discount = "discount",
        Guarantee = "guarantee",
        FreeExtra = "free_extra",
        Urgency = "urgency",
        Testimonial = "testimonial",
        Meta = "meta",
    }
}

/// What a draft may draw on, read once per turn and then checked against each draft.
#[derive(Clone, Debug, Default)]
pub struct Grounding {
    /// Whole currency units the facts or the seller stated.
    money: HashSet<i64>,
    percents: HashSet<i64>,
    /// Numbers stated by the facts or the seller (days, rounds, years, clients...).
    stated: HashSet<i64>,
    /// Every number of the chat (either side) and the facts: backs a plain restatement.
    any_number: HashSet<i64>,
    /// Slots left, when the period they belong to is still open.
    slots: Option<i64>,
    /// (month, day) of open deadlines and of dates the chat names.
    dates: HashSet<(u32, u32)>,
    /// Weekdays the chat names (a draft may agree to "el viernes" the client proposed).
    weekdays: HashSet<Weekday>,
    urls: Vec<String>,
    phones: HashSet<String>,
    /// Folded texts a quote may come from (testimonials, the chat).
    quotable: Vec<String>,
    /// Folded words a capitalized name may be.
    vocabulary: HashSet<String>,
    /// Folded sentences of the facts and the seller's messages (back a promise's wording).
    backed: Vec<String>,
    has_testimonials: bool,
    open_deadline: bool,
    today: NaiveDate,
}

/// Who said a text the grounding reads.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    /// The workspace's facts or the seller: may back any claim.
    Backed,
    /// The client: backs restatements (names, quotes, plain numbers), never a promise.
    Client,
}

impl Grounding {
    /// `names`: the client, their business, the seller and the agency.
    pub fn new(facts: &SalesFacts, lines: &[Line<'_>], names: &[&str], today: NaiveDate) -> Grounding {
        let mut g = Grounding {
            today,
            has_testimonials: !facts.testimonials.is_empty(),
            ..Grounding::default()
        };
        for o in &facts.offers {
            let units = o.price.minor / o.price.currency.scale().max(1);
            g.money.insert(units);
            g.any_number.insert(units);
            g.stated.insert(i64::from(o.delivery_days));
            g.any_number.insert(i64::from(o.delivery_days));
            g.read(&o.name, Source::Backed);
        }
        for n in [facts.clients_served, facts.years_in_business].into_iter().flatten() {
            g.stated.insert(i64::from(n));
            g.any_number.insert(i64::from(n));
        }
        if let Some(s) = facts.scarcity(today) {
            g.open_deadline = true;
            match s {
                Scarcity::Slots { left, until } => {
                    g.slots = Some(i64::from(left));
                    g.stated.insert(i64::from(left));
                    g.dates.insert((until.month(), until.day()));
                }
                Scarcity::Promo { until, .. } => {
                    g.dates.insert((until.month(), until.day()));
                }
            }
            // Both deadlines count when both are open.
            if let Some(until) = facts.promo_until.filter(|d| *d >= today && !facts.promo.is_empty()) {
                g.dates.insert((until.month(), until.day()));
            }
        }
        if facts.scarcity(today).is_some() || facts.promo_until.is_none_or(|d| d >= today) {
            g.read(&facts.promo, Source::Backed);
        }
        g.read(&facts.guarantee, Source::Backed);
        // The guarantee field is the guarantee, whether or not its text says the word.
        if !facts.guarantee.is_empty() {
            g.backed.push(format!("garantia guarantee {}", fold(&facts.guarantee).replace(['.', '!', '?', ';', '\n'], " ")));
        }
        g.read(&facts.portfolio_url, Source::Backed);
        for t in &facts.testimonials {
            g.read(&t.author, Source::Backed);
            g.read(&t.text, Source::Backed);
            g.quotable.push(squash(&t.text));
        }
        for n in names {
            g.read(n, Source::Backed);
        }
        for l in lines.iter().filter(|l| l.kind == MessageKind::Text) {
            match l.side {
                Side::Me => g.read(l.text, Source::Backed),
                Side::Client => g.read(l.text, Source::Client),
                Side::System => continue,
            }
            g.quotable.push(squash(l.text));
        }
        g
    }

    fn read(&mut self, text: &str, source: Source) {
        if text.is_empty() {
            return;
        }
        let folded = fold(text);
        for w in words(&folded) {
            self.vocabulary.insert(w.to_string());
        }
        let claims = claims(text);
        for c in &claims {
            match *c {
                Claim::Number(n) | Claim::Days(n) | Claim::Slots(n) => {
                    self.any_number.insert(n);
                    if source == Source::Backed {
                        self.stated.insert(n);
                    }
                }
                Claim::Money(n) => {
                    self.any_number.insert(n);
                    if source == Source::Backed {
                        self.money.insert(n);
                        self.stated.insert(n);
                    }
                }
                Claim::Percent(n) if source == Source::Backed => {
                    self.percents.insert(n);
                }
                Claim::Date(m, d) => {
                    self.dates.insert((m, d));
                }
                Claim::Weekday(w) => {
                    self.weekdays.insert(w);
                }
                Claim::Url(ref u) if source == Source::Backed => self.urls.push(u.clone()),
                Claim::Phone(ref p) if source == Source::Backed => {
                    self.phones.insert(p.clone());
                }
                _ => {}
            }
        }
        if source == Source::Backed {
            self.backed.extend(sentences(&folded).map(str::to_string));
        }
    }

    /// Checks one draft written in `lang`, at most `max_chars` long.
    pub fn check(&self, draft: &str, lang: Lang, max_chars: usize) -> Result<(), Refusal> {
        let text = draft.trim();
        if text.is_empty() {
            return Err(Refusal::Empty);
        }
        if text.chars().count() > max_chars {
            return Err(Refusal::TooLong);
        }
        let folded = fold(text);
        if META.iter().any(|m| folded.contains(m)) {
            return Err(Refusal::Meta);
        }
        if written_in(&folded).is_some_and(|l| l != lang) {
            return Err(Refusal::Language);
        }
        for c in claims(text) {
            self.claim(c)?;
        }
        self.quotes(text)?;
        self.names(text)?;
        self.promises(&folded)
    }

    fn claim(&self, c: Claim) -> Result<(), Refusal> {
        let ok = match &c {
            Claim::Money(n) => self.money.contains(n),
            Claim::Percent(n) => self.percents.contains(n),
            Claim::Days(n) => self.stated.contains(n),
            Claim::Slots(n) => self.slots == Some(*n),
            Claim::Number(n) => self.any_number.contains(n) || (0..=1).contains(n),
            Claim::Date(m, d) => self.dates.contains(&(*m, *d)),
            Claim::Weekday(w) => {
                let date = next_weekday(self.today, *w);
                self.weekdays.contains(w) || self.dates.contains(&(date.month(), date.day()))
            }
            Claim::Url(u) => self.urls.iter().any(|g| u.starts_with(g.as_str()) || g.starts_with(u.as_str())),
            Claim::Phone(p) => self.phones.contains(p),
        };
        if ok { Ok(()) } else { Err(c.refusal()) }
    }

    fn quotes(&self, text: &str) -> Result<(), Refusal> {
        for q in quoted_spans(text) {
            let q = squash(q);
            if q.split(' ').count() >= 3 && !self.quotable.iter().any(|t| t.contains(&q)) {
                return Err(Refusal::Quote);
            }
        }
        Ok(())
    }

    fn names(&self, text: &str) -> Result<(), Refusal> {
        let known = |w: &str| self.vocabulary.contains(w) || COMMON.contains(&w);
        for line in text.lines() {
            let mut initial = true;
            for token in line.split_whitespace() {
                let word = token.trim_matches(|c: char| !c.is_alphanumeric());
                let starts = initial || token.starts_with(['¿', '¡']);
                if !starts && word.chars().count() >= 2 && word.chars().next().is_some_and(char::is_uppercase) {
                    // A name as a whole or in parts ("Panadería", "Espiga").
                    if !words(&fold(word)).filter(|w| w.chars().count() >= 2).all(known) {
                        return Err(Refusal::Name);
                    }
                }
                // After . ! ? : or an emoji, the next word starts a sentence.
                let last = token.chars().last().unwrap_or(' ');
                initial = !(last.is_alphanumeric() || matches!(last, ',' | ';' | ')' | '"' | '”' | '»' | '\'' | '-'));
            }
        }
        Ok(())
    }

    fn promises(&self, folded: &str) -> Result<(), Refusal> {
        let said = |list: &[&str]| list.iter().any(|w| has_phrase(folded, w));
        for (list, refusal) in [(DISCOUNT, Refusal::Discount), (GUARANTEE, Refusal::Guarantee), (FREE, Refusal::FreeExtra), (PRICE_RISE, Refusal::Urgency)] {
            if !self.promise_backed(folded, list) {
                return Err(refusal);
            }
        }
        if said(URGENCY) && !self.open_deadline {
            return Err(Refusal::Urgency);
        }
        if said(TESTIMONIAL) && !self.has_testimonials {
            return Err(Refusal::Testimonial);
        }
        Ok(())
    }

    /// Every sentence of the draft that makes a promise of `list`'s kind is backed by a
    /// sentence of the facts or the seller making the same kind of promise about the
    /// same thing (a content word in common): "2 rondas de cambios sin costo" backs
    /// "los cambios van sin costo", not "el dominio gratis".
    fn promise_backed(&self, folded: &str, list: &[&str]) -> bool {
        let makes = |s: &str| list.iter().any(|w| has_phrase(s, w));
        let content = |s: &str| -> Vec<String> {
            words(s)
                .filter(|w| w.chars().count() >= 4 && !list.contains(w) && !STOPWORDS.contains(w))
                .map(str::to_string)
                .collect()
        };
        sentences(folded).filter(|s| makes(s)).all(|s| {
            let mine = content(s);
            self.backed
                .iter()
                .filter(|b| makes(b))
                .any(|b| content(b).iter().any(|w| mine.contains(w)))
        })
    }
}

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', ';', '\n', '¡', '¿']).filter(|s| !s.trim().is_empty())
}

/// Words too common to tie a promise to what it is about.
const STOPWORDS: &[&str] = &[
    "para", "como", "este", "esta", "esto", "todo", "toda", "todos", "pero", "tambien", "solo",
    "porque", "cuando", "donde", "puedo", "puedes", "tiene", "tienes", "tenemos", "incluye",
    "incluyo", "incluimos", "with", "your", "this", "that", "have", "will", "from", "includes",
    "include", "muy", "bien", "nuestro", "nuestra", "nuestros", "tuyo", "quedan", "queda",
];

/// A checkable statement found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Claim {
    Money(i64),
    Percent(i64),
    Days(i64),
    Slots(i64),
    /// Any other number.
    Number(i64),
    /// Month and day.
    Date(u32, u32),
    Weekday(Weekday),
    /// Lowercase, without scheme, `www.` or trailing `/`.
    Url(String),
    /// Digits only.
    Phone(String),
}

impl Claim {
    fn refusal(&self) -> Refusal {
        match self {
            Claim::Money(_) => Refusal::Amount,
            Claim::Percent(_) => Refusal::Percent,
            Claim::Days(_) => Refusal::Days,
            Claim::Slots(_) => Refusal::Slots,
            Claim::Number(_) => Refusal::Number,
            Claim::Date(..) | Claim::Weekday(_) => Refusal::Date,
            Claim::Url(_) => Refusal::Url,
            Claim::Phone(_) => Refusal::Phone,
        }
    }
}

const DAY_UNITS: &[&str] = &[
    "dias", "dia", "semanas", "semana", "days", "day", "weeks", "week", "habiles", "business", "working",
];
const SLOT_UNITS: &[&str] = &["cupos", "cupo", "lugares", "lugar", "espacios", "spots", "spot", "slots", "slot", "places"];
const FREE_UNITS: &[&str] = &["minutos", "minuto", "min", "minutes", "minute", "mins"];
const PERCENT_WORDS: &[&str] = &["por ciento", "porciento", "percent", "pct"];
const NUMBER_WORDS: &[(&str, i64)] = &[
    ("un", 1), ("una", 1), ("uno", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5),
    ("seis", 6), ("siete", 7), ("ocho", 8), ("nueve", 9), ("diez", 10), ("quince", 15),
    ("veinte", 20), ("treinta", 30), ("one", 1), ("two", 2), ("three", 3), ("four", 4),
    ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
    ("fifteen", 15), ("twenty", 20), ("thirty", 30),
];
const MONTHS: &[(&str, u32)] = &[
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10),
    ("noviembre", 11), ("diciembre", 12), ("january", 1), ("february", 2), ("march", 3),
    ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8), ("september", 9),
    ("october", 10), ("november", 11), ("december", 12), ("ene", 1), ("feb", 2), ("mar", 3),
    ("abr", 4), ("jun", 6), ("jul", 7), ("ago", 8), ("aug", 8), ("sep", 9), ("sept", 9),
    ("oct", 10), ("nov", 11), ("dic", 12), ("dec", 12), ("jan", 1), ("apr", 4),
];
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("lunes", Weekday::Mon), ("martes", Weekday::Tue), ("miercoles", Weekday::Wed),
    ("jueves", Weekday::Thu), ("viernes", Weekday::Fri), ("sabado", Weekday::Sat),
    ("domingo", Weekday::Sun), ("monday", Weekday::Mon), ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed), ("thursday", Weekday::Thu), ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat), ("sunday", Weekday::Sun),
];
const TLDS: &[&str] = &[
    "com", "co", "mx", "ar", "pe", "cl", "ec", "uy", "bo", "py", "ve", "es", "net", "org", "io",
    "app", "site", "online", "store", "shop", "dev", "info", "biz", "me", "ly", "link", "web",
];

/// Promise words, folded. A phrase matches on word boundaries.
const DISCOUNT: &[&str] = &[
    "descuento", "descuentos", "dcto", "rebaja", "rebajado", "precio especial", "2x1", "discount",
    "% off", "price cut", "special price", "cupon", "coupon",
];
const GUARANTEE: &[&str] = &[
    "garantia", "garantizamos", "garantizado", "garantizada", "te garantizo", "reembolso",
    "te devolvemos", "devolucion", "guarantee", "guaranteed", "refund", "money back",
];
const FREE: &[&str] = &[
    "gratis", "gratuito", "gratuita", "sin costo", "sin cargo", "de regalo", "te regalamos",
    "regalo", "bonificado", "cortesia", "free", "at no cost", "no extra charge", "on the house",
    "bonus",
];
const URGENCY: &[&str] = &[
    "ultima oportunidad", "ultimos cupos", "ultimo cupo", "quedan pocos", "pocos cupos", "solo hoy",
    "solo por hoy", "termina hoy", "vence hoy", "se acaba", "se agota", "por tiempo limitado",
    "tiempo limitado", "apurate", "no te quedes sin", "antes de que se", "last chance", "only today",
    "ends today", "hurry", "limited time", "running out", "few spots left", "last spots",
];
/// A price rise is urgency too, and only the seller can announce one.
const PRICE_RISE: &[&str] = &[
    "sube el precio", "suben los precios", "subira el precio", "aumenta el precio", "aumentan los precios",
    "nuevo precio", "nuevos precios", "price goes up", "prices go up", "price increase", "new prices",
];
const TESTIMONIAL: &[&str] = &[
    "testimonio", "testimonios", "resena", "resenas", "opinan de nosotros", "nos escribio",
    "testimonial", "review", "reviews", "said about us",
];
/// A draft that talks about its own making (often an injected instruction at work).
const META: &[&str] = &[
    "como modelo de lenguaje", "como ia", "soy una ia", "instrucciones", "as an ai",
    "language model", "instructions", "ignore previous", "system prompt", "prompt",
];
/// Capitalized words any draft may use without the chat or facts naming them.
const COMMON: &[&str] = &[
    "whatsapp", "instagram", "facebook", "google", "tiktok", "youtube", "gmail", "maps",
    "hola", "gracias", "usted", "ud", "uds", "ok", "seo", "ssl", "https", "pdf", "iva", "usd",
    "cop", "mxn", "pen", "clp", "ars", "ia", "ai", "cms", "url", "qr", "faq", "pwa", "web",
    "hi", "hello", "thanks", "thank", "you", "i", "dear", "estimado", "estimada", "saludos",
    "yape", "nequi", "paypal", "mercado", "pago", "transferencia", "wordpress", "shopify",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "enero", "febrero", "marzo", "abril",
    "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "don", "doña", "dona", "sr", "sra", "señor", "señora",
    "senor", "senora", "mr", "mrs", "ms", "ll", "ve", "re", "landing", "hosting", "dominio", "domain", "email",
];

fn squash(s: &str) -> String {
    let f = fold(s);
    words(&f).collect::<Vec<_>>().join(" ")
}

/// `phrase` in `text` (both folded) starting and ending on word boundaries.
fn has_phrase(text: &str, phrase: &str) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut from = 0;
    while let Some(i) = text[from..].find(phrase) {
        let at = from + i;
        let end = at + phrase.len();
        let before = text[..at].chars().next_back();
        let after = text[end..].chars().next();
        let edge_ok = |c: Option<char>, p: Option<char>| !(alnum(c) && alnum(p));
        if edge_ok(before, phrase.chars().next()) && edge_ok(after, phrase.chars().next_back()) {
            return true;
        }
        from = at + phrase.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The language a draft is written in, when it says enough to tell.
fn written_in(folded: &str) -> Option<Lang> {
    let (mut es, mut en) = (0usize, 0usize);
    for w in words(folded) {
        es += usize::from(ES_MARKERS.contains(&w));
        en += usize::from(EN_MARKERS.contains(&w));
    }
    if es + en < 3 {
        None
    } else if en > es * 2 {
        Some(Lang::En)
    } else if es > en * 2 {
        Some(Lang::Es)
    } else {
        None
    }
}

/// The first date on or after `today` that falls on `w`.
fn next_weekday(today: NaiveDate, w: Weekday) -> NaiveDate {
    let ahead = (7 + w.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64) % 7;
    today + Duration::days(ahead)
}

/// Month and day of "dd/mm", "dd/mm/yyyy" or "yyyy-mm-dd".
fn digit_date(s: &str) -> Option<(u32, u32)> {
    let slash = s.contains('/');
    let parts: Vec<&str> = s.split(['/', '-']).collect();
    let num = |p: &str| p.parse::<u32>().ok();
    let (m, d) = match parts[..] {
        [y, m, d] if !slash && y.len() == 4 => (num(m)?, num(d)?),
        [d, m] if slash => (num(m)?, num(d)?),
        [d, m, y] if slash && (y.len() == 2 || y.len() == 4) => (num(m)?, num(d)?),
        _ => return None,
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((m, d))
}

/// Spans between quotation marks ("...", “...”, «...»).
fn quoted_spans(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (open, close) in [('"', '"'), ('“', '”'), ('«', '»')] {
        let mut rest = text;
        while let Some(i) = rest.find(open) {
            let after = &rest[i + open.len_utf8()..];
            let Some(j) = after.find(close) else { break };
            out.push(&after[..j]);
            rest = &after[j + close.len_utf8()..];
        }
    }
    out
}

/// URLs: a scheme, `www.`, or a host ending in a known top-level domain.
fn url_at(token: &str) -> Option<String> {
    let t = token
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '/'))
        .to_lowercase();
    let bare = t
        .strip_prefix("https://")
        .or_else(|| t.strip_prefix("http://"))
        .unwrap_or(&t);
    let schemed = bare.len() != t.len();
    let bare = bare.strip_prefix("www.").unwrap_or(bare);
    let host = bare.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let tld_ok = labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|l| TLDS.contains(l) && !l.chars().all(|c| c.is_ascii_digit()))
        && !labels[0].chars().all(|c| c.is_ascii_digit());
    if schemed && !host.is_empty() || tld_ok {
        Some(bare.trim_end_matches('/').to_string())
    } else {
        None
    }
}

/// Every claim of a text, in order of appearance.
fn claims(text: &str) -> Vec<Claim> {
    let mut out = Vec::new();
    // Links first, and blanked, so their digits are not read as numbers.
    let mut rest = String::with_capacity(text.len());
    for token in text.split_inclusive(char::is_whitespace) {
        match url_at(token.trim_end()) {
            Some(u) => {
                out.push(Claim::Url(u));
                rest.push_str(&" ".repeat(token.len()));
            }
            None => rest.push_str(token),
        }
    }
    let lower = fold(&rest);
    let b = lower.as_bytes();
    let toks: Vec<&str> = words(&lower).collect();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i;
        // A date written with digits (dd/mm, dd/mm/yyyy, yyyy-mm-dd) wins over a phone.
        let compact = lower[start..].split(|c: char| !(c.is_ascii_digit() || c == '/' || c == '-')).next().unwrap_or("");
        if let Some((m, d)) = digit_date(compact) {
            out.push(Claim::Date(m, d));
            i = start + compact.len();
            continue;
        }
        // A phone: digits with spaces, dashes or parentheses (or after a `+`), 8 digits or more.
        let mut p = i;
        let mut phone = String::new();
        while p < b.len()
            && (b[p].is_ascii_digit()
                || matches!(b[p], b' ' | b'-' | b'(' | b')') && b.get(p + 1).is_some_and(|c| c.is_ascii_digit() || *c == b'('))
        {
            if b[p].is_ascii_digit() {
                phone.push(b[p] as char);
            }
            p += 1;
        }
        let plus = start > 0 && b[start - 1] == b'+';
        let grouped = lower[start..p].contains([' ', '-', '(']);
        if phone.len() >= 8 && (plus || grouped || phone.len() == p - start) && !lower[p..].starts_with(['.', ',']) {
            out.push(Claim::Phone(phone));
            i = p;
            continue;
        }
        let mut end = i;
        while end < b.len()
            && (b[end].is_ascii_digit()
                || matches!(b[end], b'.' | b',' | b'\'' | b'/' | b'-') && b.get(end + 1).is_some_and(u8::is_ascii_digit))
        {
            end += 1;
        }
        i = end;
        let number = &lower[start..end];
        // Ranges and other slashed numbers ("2-3", "1/2").
        if number.contains(['/', '-']) {
            let parts: Vec<u32> = number.split(['/', '-']).filter_map(|p| p.parse().ok()).collect();
            out.extend(parts.into_iter().map(|p| Claim::Number(i64::from(p))));
            continue;
        }
        let after = lower[end..].trim_start();
        let mut next_words = after.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        let next = next_words.next().unwrap_or("");
        let then = next_words.next().unwrap_or("");
        let before = lower[..start].trim_end();
        let before_word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let month = |w: &str| MONTHS.iter().find(|(m, _)| *m == w).map(|(_, m)| *m);
        let n = value(number, 1).unwrap_or(0);
        let day = u32::try_from(n).ok().filter(|d| (1..=31).contains(d));
        let month_after = month(next).or_else(|| if matches!(next, "de" | "of") { month(then) } else { None });
        let magnitude = MAGNITUDES.iter().find(|(w, _)| *w == next).map(|(_, m)| *m);
        let currency = CURRENCY_BEFORE.iter().any(|c| before.ends_with(c));
        if FREE_UNITS.contains(&next) {
            // "hablamos 10 minutos": an invitation, not a fact.
            continue;
        } else if after.starts_with('%') || PERCENT_WORDS.iter().any(|w| after.starts_with(w)) {
            out.push(Claim::Percent(n));
        } else if let (Some(m), Some(d)) = (month_after.or_else(|| month(before_word).filter(|_| before_word.len() >= 3)), day) {
            out.push(Claim::Date(m, d));
        } else if DAY_UNITS.contains(&next) {
            out.push(Claim::Days(n));
        } else if SLOT_UNITS.contains(&next) {
            out.push(Claim::Slots(n));
        } else if currency || magnitude.is_some() {
            out.push(Claim::Money(value(number, magnitude.unwrap_or(1)).unwrap_or(0)));
        } else if n >= 1000 {
            // A bare "1.800.000" is a price too.
            out.push(Claim::Money(n));
        } else {
            out.push(Claim::Number(n));
        }
    }
    // Counts written as words ("dos cupos", "diez por ciento", "quince días").
    for (k, w) in toks.iter().enumerate() {
        let Some((_, n)) = NUMBER_WORDS.iter().find(|(nw, _)| nw == w) else { continue };
        let next = toks.get(k + 1).copied().unwrap_or("");
        let next2 = toks.get(k + 2).copied().unwrap_or("");
        if (next == "por" && next2 == "ciento") || next == "percent" {
            out.push(Claim::Percent(*n));
        } else if SLOT_UNITS.contains(&next) {
            out.push(Claim::Slots(*n));
        } else if DAY_UNITS.contains(&next) && *n > 1 {
            out.push(Claim::Days(*n));
        }
    }
    for w in &toks {
        if let Some((_, d)) = WEEKDAYS.iter().find(|(n, _)| n == w) {
            out.push(Claim::Weekday(*d));
        }
    }
    out
}

#[cfg(test)]
mod tests;
