//! Ready-to-send reply drafts for the moment of a conversation. Each draft leans on
//! one persuasion principle, is written for the client's style and language, and only
//! states facts the workspace gave (prices, delivery days, portfolio, testimonials);
//! scarcity appears only when a real deadline or slot count backs it. Pure, no I/O.

use super::assistant::{Line, Moment, Objection, SocialStyle};
use super::chat::Side;
use super::client::{Stage, fold};
use super::facts::{Offer, SalesFacts, Scarcity};
use super::locale::Lang;
use super::whatsapp::MessageKind;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Cialdini's principles of influence, as used in the drafts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Principle {
    Scarcity,
    Authority,
    SocialProof,
    Reciprocity,
    Commitment,
    Liking,
}

impl Principle {
    pub const ALL: [Principle; 6] = [
        Principle::Scarcity,
        Principle::Authority,
        Principle::SocialProof,
        Principle::Reciprocity,
        Principle::Commitment,
        Principle::Liking,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Principle::Scarcity => "scarcity",
            Principle::Authority => "authority",
            Principle::SocialProof => "social_proof",
            Principle::Reciprocity => "reciprocity",
            Principle::Commitment => "commitment",
            Principle::Liking => "liking",
        }
    }

    pub fn from_key(k: &str) -> Option<Principle> {
        Principle::ALL.into_iter().find(|p| p.key() == k)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Script {
    pub principle: Principle,
    pub text: String,
}

/// Everything a draft may use. `style: None` when the client wrote too little to read one.
#[derive(Clone, Copy, Debug)]
pub struct ScriptContext<'a> {
    pub client_name: &'a str,
    pub business: &'a str,
    pub seller_name: &'a str,
    pub agency: &'a str,
    pub stage: Stage,
    pub style: Option<SocialStyle>,
    pub lang: Lang,
    pub facts: &'a SalesFacts,
    /// The offer the client talked about, if any (see `matching_offer`).
    pub offer: Option<&'a Offer>,
    /// Workspace-local date: decides whether a deadline is still real.
    pub today: NaiveDate,
}

/// Drafts per moment: the best-fitting principles the facts can back.
pub const MAX_SCRIPTS: usize = 4;

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

const ES_MARKERS: &[&str] = &[
    "que", "de", "la", "el", "por", "para", "hola", "gracias", "quiero", "pagina", "cuanto",
    "una", "es", "mi", "muy", "buenas", "si", "con", "pero", "tengo", "necesito", "como",
];
const EN_MARKERS: &[&str] = &[
    "the", "you", "is", "hello", "hi", "thanks", "what", "how", "and", "my", "want", "need",
    "website", "can", "would", "much", "this", "it", "for", "have", "do", "we",
];

/// The language the client writes in (Spanish unless their text is clearly English).
pub fn reply_lang(lines: &[Line<'_>]) -> Lang {
    let (mut es, mut en) = (0usize, 0usize);
    for l in lines
        .iter()
        .rev()
        .filter(|l| l.side == Side::Client && l.kind == MessageKind::Text)
        .take(60)
    {
        let t = fold(l.text);
        for w in words(&t) {
            es += usize::from(ES_MARKERS.contains(&w));
            en += usize::from(EN_MARKERS.contains(&w));
        }
    }
    if en > es * 2 && en >= 3 { Lang::En } else { Lang::Es }
}

/// Words of an offer name too generic to tell offers apart.
const GENERIC: &[&str] = &[
    "plan", "pagina", "paginas", "web", "sitio", "page", "site", "website", "basica", "basico",
    "basic", "pro", "de", "con", "para", "the", "with", "and", "y", "la", "el",
];

/// The offer the client mentioned most recently (by a distinctive word of its name).
pub fn matching_offer<'f>(lines: &[Line<'_>], facts: &'f SalesFacts) -> Option<&'f Offer> {
    let keys: Vec<(usize, Vec<String>)> = facts
        .offers
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let name = fold(&o.name);
            let ws = words(&name)
                .filter(|w| w.chars().count() >= 3 && !GENERIC.contains(w))
                .map(str::to_string)
                .collect();
            (i, ws)
        })
        .collect();
    for l in lines
        .iter()
        .rev()
        .filter(|l| l.side == Side::Client && l.kind == MessageKind::Text)
        .take(200)
    {
        let t = fold(l.text);
        let said: Vec<&str> = words(&t).collect();
        // A word matches its plural too ("tienda" / "tiendas").
        let hit = |k: &str| said.iter().any(|w| *w == k || w.strip_suffix('s') == Some(k));
        if let Some((i, _)) = keys.iter().find(|(_, ks)| ks.iter().any(|k| hit(k))) {
            return facts.offers.get(*i);
        }
    }
    None
}

/// How well each principle fits a style, best first.
fn by_style(style: Option<SocialStyle>) -> [Principle; 6] {
    use Principle::*;
    match style {
        Some(SocialStyle::Analytical) => [Authority, SocialProof, Commitment, Reciprocity, Scarcity, Liking],
        Some(SocialStyle::Driver) => [Scarcity, Authority, Commitment, SocialProof, Reciprocity, Liking],
        Some(SocialStyle::Amiable) => [Liking, SocialProof, Reciprocity, Commitment, Authority, Scarcity],
        Some(SocialStyle::Expressive) => [SocialProof, Liking, Scarcity, Reciprocity, Commitment, Authority],
        None => [SocialProof, Authority, Reciprocity, Commitment, Scarcity, Liking],
    }
}

/// Principles the moment asks for first (a trust worry wants proof, not urgency).
fn by_moment(m: Moment) -> &'static [Principle] {
    use Principle::*;
    match m {
        Moment::Objection(Objection::Trust) => &[Authority, SocialProof],
        Moment::Objection(Objection::Price) => &[SocialProof, Reciprocity],
        Moment::Objection(Objection::Time) => &[Commitment],
        Moment::Objection(Objection::ThinkAboutIt) => &[Commitment, Scarcity],
        Moment::Payment => &[Commitment],
        Moment::AfterSale => &[Reciprocity, Liking, Commitment],
        Moment::FollowUp { .. } => &[Scarcity, Reciprocity],
        _ => &[],
    }
}

fn day_text(lang: Lang, d: NaiveDate) -> String {
    let m = crate::domain::locale::month_name(lang, d, false);
    match lang {
        Lang::Es => format!("{} de {m}", d.day()),
        Lang::En => format!("{m} {}", d.day()),
    }
}

struct Writer<'a> {
    c: ScriptContext<'a>,
    es: bool,
}

impl Writer<'_> {
    fn t<'s>(&self, es: &'s str, en: &'s str) -> &'s str {
        if self.es { es } else { en }
    }

    fn price(&self, o: &Offer) -> String {
        o.price.format(self.c.lang.number_style())
    }

    fn business(&self) -> String {
        let b = self.c.business.trim();
        if b.is_empty() {
            self.t("tu negocio", "your business").to_string()
        } else {
            b.to_string()
        }
    }

    fn greeting(&self, m: Moment) -> String {
        let name = crate::domain::names::greeting_name(self.c.client_name);
        let n = name.map(|n| format!(" {n}")).unwrap_or_default();
        // When we write first, "great to hear from you" would ring false.
        let we_start = matches!(m, Moment::Opening | Moment::FollowUp { .. } | Moment::AfterSale);
        match (self.c.style, we_start) {
            (Some(SocialStyle::Amiable), true) => {
                format!("{}{n}! {}", self.t("¡Hola", "Hi"), self.t("¿Cómo vas? 😊", "How are you? 😊"))
            }
            (Some(SocialStyle::Amiable), _) => {
                format!("{}{n}! {}", self.t("¡Hola", "Hi"), self.t("Qué gusto leerte 😊", "Great to hear from you 😊"))
            }
            (Some(SocialStyle::Expressive), _) => format!("{}{n}! 🙌", self.t("¡Hola", "Hi")),
            (Some(SocialStyle::Driver), _) => format!("{}{n}.", self.t("Hola", "Hi")),
            _ => format!("{}{n},", self.t("Hola", "Hi")),
        }
    }

    fn offer_line(&self, o: &Offer) -> String {
        if self.es {
            format!("El plan {} cuesta {} y queda listo en {} días hábiles.", o.name, self.price(o), o.delivery_days)
        } else {
            format!("The {} plan costs {} and is ready in {} business days.", o.name, self.price(o), o.delivery_days)
        }
    }

    /// What the moment needs said, before any persuasion.
    fn core(&self, m: Moment) -> String {
        let f = self.c.facts;
        match m {
            Moment::Opening => {
                let b = self.business();
                if self.es {
                    format!("Soy {} de {}. Hacemos páginas web para negocios como {b}, listas para recibir pedidos por WhatsApp.", self.c.seller_name, self.c.agency)
                } else {
                    format!("I'm {} from {}. We build websites for businesses like {b}, ready to take orders over WhatsApp.", self.c.seller_name, self.c.agency)
                }
            }
            Moment::Question => self.c.offer.map(|o| self.offer_line(o)).unwrap_or_default(),
            Moment::Price => match (self.c.offer, f.offers.as_slice()) {
                (Some(o), _) => self.offer_line(o),
                (None, []) => self
                    .t(
                        "El precio depende de lo que necesitas; con dos datos te lo doy exacto: ¿cuántas secciones quieres y vas a vender en línea?",
                        "The price depends on what you need; two details and I'll give you the exact figure: how many sections, and will you sell online?",
                    )
                    .to_string(),
                (None, offers) if self.c.style == Some(SocialStyle::Analytical) => {
                    let list: Vec<String> = offers
                        .iter()
                        .take(3)
                        .map(|o| format!("{}: {} ({} {})", o.name, self.price(o), o.delivery_days, self.t("días hábiles", "business days")))
                        .collect();
                    format!("{} {}.", self.t("Estas son las opciones:", "These are the options:"), list.join(" · "))
                }
                (None, _) => {
                    let o = f.cheapest().expect("offers is not empty");
                    if self.es {
                        format!("Nuestras páginas van desde {} ({}, lista en {} días hábiles).", self.price(o), o.name, o.delivery_days)
                    } else {
                        format!("Our websites start at {} ({}, ready in {} business days).", self.price(o), o.name, o.delivery_days)
                    }
                }
            },
            Moment::Payment => self
                .t(
                    "¡Perfecto! Te envío ahora los datos de pago y, apenas lo confirmes, agendamos el inicio.",
                    "Great! I'll send you the payment details now, and once it's confirmed we schedule the start.",
                )
                .to_string(),
            Moment::Objection(Objection::Price) => {
                let mut s = self
                    .t("Entiendo, es una inversión y quieres que valga la pena.", "I understand: it's an investment and you want it to pay off.")
                    .to_string();
                if let Some(ch) = f.cheapest().filter(|ch| self.c.offer.is_none_or(|o| o.price.minor > ch.price.minor)) {
                    s.push(' ');
                    if self.es {
                        s.push_str(&format!("Si prefieres empezar más simple, el plan {} cuesta {} y luego creces.", ch.name, self.price(ch)));
                    } else {
                        s.push_str(&format!("If you'd rather start simpler, the {} plan costs {} and you can grow later.", ch.name, self.price(ch)));
                    }
                }
                s
            }
            Moment::Objection(Objection::Time) => {
                let days = self.c.offer.or(f.cheapest()).map(|o| o.delivery_days);
                let mut s = self
                    .t(
                        "Tranquilo: de tu lado solo necesitamos tu logo y unas fotos, del resto nos encargamos nosotros",
                        "No worries: from you we only need your logo and a few photos, we take care of the rest",
                    )
                    .to_string();
                match days {
                    Some(d) if self.es => s.push_str(&format!(" y en {d} días hábiles está lista.")),
                    Some(d) => s.push_str(&format!(", and it's ready in {d} business days.")),
                    None => s.push('.'),
                }
                s
            }
            Moment::Objection(Objection::Trust) => {
                let mut s = self
                    .t("Es normal querer estar seguro antes de invertir.", "It's normal to want to be sure before investing.")
                    .to_string();
                if !f.guarantee.is_empty() {
                    s.push_str(&format!(" {} {}.", self.t("Además:", "Also:"), f.guarantee));
                }
                s
            }
            Moment::Objection(Objection::ThinkAboutIt) => self
                .t(
                    "Claro, tómate tu tiempo. Para ayudarte a decidir: ¿qué es lo que más te hace dudar?",
                    "Of course, take your time. To help you decide: what makes you hesitate the most?",
                )
                .to_string(),
            Moment::FollowUp { .. } => {
                let b = self.c.business.trim();
                match (self.es, b.is_empty()) {
                    (true, true) => "Te escribo para retomar lo de tu página web.".to_string(),
                    (true, false) => format!("Te escribo para retomar lo de la página web de {b}."),
                    (false, true) => "I'm writing to pick up where we left off on your website.".to_string(),
                    (false, false) => format!("I'm writing to pick up where we left off on the website for {b}."),
                }
            }
            Moment::AfterSale => self
                .t("¡Gracias por confiar en nosotros para tu página!", "Thank you for trusting us with your website!")
                .to_string(),
        }
    }

    /// The principle's sentence, or `None` when no fact backs it.
    fn lever(&self, p: Principle, m: Moment) -> Option<String> {
        let f = self.c.facts;
        let es = self.es;
        // Someone who already bought needs no urgency and no proof that others buy.
        if m == Moment::AfterSale && matches!(p, Principle::Scarcity | Principle::Authority | Principle::SocialProof) {
            return None;
        }
        match p {
            Principle::Scarcity => {
                Some(match f.scarcity(self.c.today)? {
                    Scarcity::Slots { left: 1, until } if es => format!("Solo me queda 1 cupo para iniciar proyectos hasta el {}.", day_text(self.c.lang, until)),
                    Scarcity::Slots { left, until } if es => format!("Me quedan {left} cupos para iniciar proyectos hasta el {}.", day_text(self.c.lang, until)),
                    Scarcity::Slots { left: 1, until } => format!("I only have 1 slot left to start projects until {}.", day_text(self.c.lang, until)),
                    Scarcity::Slots { left, until } => format!("I have {left} slots left to start projects until {}.", day_text(self.c.lang, until)),
                    Scarcity::Promo { text, until } if es => format!("La promoción «{text}» va hasta el {}.", day_text(self.c.lang, until)),
                    Scarcity::Promo { text, until } => format!("The “{text}” offer runs until {}.", day_text(self.c.lang, until)),
                })
            }
            Principle::Authority => {
                let mut parts: Vec<String> = Vec::new();
                match (f.years_in_business, f.clients_served) {
                    (Some(y), Some(n)) if es => parts.push(format!("Llevamos {y} años haciendo páginas web y ya atendimos a más de {n} negocios.")),
                    (Some(y), Some(n)) => parts.push(format!("We've been building websites for {y} years, for more than {n} businesses.")),
                    (Some(y), None) if es => parts.push(format!("Llevamos {y} años haciendo páginas web.")),
                    (Some(y), None) => parts.push(format!("We've been building websites for {y} years.")),
                    (None, Some(n)) if es => parts.push(format!("Ya hicimos la página de más de {n} negocios.")),
                    (None, Some(n)) => parts.push(format!("We've built websites for more than {n} businesses.")),
                    (None, None) => {}
                }
                if !f.guarantee.is_empty() && m != Moment::Objection(Objection::Trust) {
                    parts.push(format!("{} {}.", self.t("Y tienes garantía:", "And it comes with a guarantee:"), f.guarantee));
                }
                // The link goes last: WhatsApp previews it, and no sentence sticks to it.
                if !f.portfolio_url.is_empty() {
                    parts.push(format!("{} {}", self.t("Mira algunos trabajos:", "Have a look at our work:"), f.portfolio_url));
                }
                (!parts.is_empty()).then(|| parts.join(" "))
            }
            Principle::SocialProof => {
                let t = self.testimonial();
                match (t, f.clients_served) {
                    (Some(t), _) if es => Some(format!("{} nos contó: «{}».", t.author, t.text.trim_end_matches('.'))),
                    (Some(t), _) => Some(format!("{} told us: “{}.”", t.author, t.text.trim_end_matches('.'))),
                    (None, Some(n)) if es => Some(format!("Más de {n} negocios ya venden con la página que les hicimos.")),
                    (None, Some(n)) => Some(format!("More than {n} businesses already sell with the website we built them.")),
                    (None, None) => None,
                }
            }
            Principle::Reciprocity => Some(match m {
                Moment::AfterSale => self
                    .t(
                        "Si te gustó el resultado, ¿me regalas una reseña corta? A otros negocios les ayuda mucho a decidirse.",
                        "If you like the result, would you leave us a short review? It really helps other businesses decide.",
                    )
                    .to_string(),
                // The follow-up and the opening already name the business.
                Moment::FollowUp { .. } | Moment::Opening => self
                    .t(
                        "Con gusto te preparo sin compromiso unas ideas para tu página, para que veas cómo quedaría.",
                        "I'd be glad to put together a few ideas for your website, no strings attached, so you can see how it would look.",
                    )
                    .to_string(),
                _ if es => format!("Con gusto te preparo sin compromiso unas ideas para la página de {}, para que veas cómo quedaría.", self.business()),
                _ => format!("I'd be glad to put together a few ideas for {}'s website, no strings attached, so you can see how it would look.", self.business()),
            }),
            Principle::Commitment => Some(
                match m {
                    Moment::Payment => self.t("¿Te reservo la fecha de inicio para esta semana?", "Shall I book your start date for this week?"),
                    Moment::Objection(Objection::ThinkAboutIt | Objection::Time) => self.t(
                        "¿Te parece si te escribo en dos días y lo vemos con calma?",
                        "How about I message you in two days and we look at it calmly?",
                    ),
                    Moment::FollowUp { .. } => self.t(
                        "¿Sigue en pie lo de tu página este mes? Con un sí o un no me ayudas a organizarme.",
                        "Is your website still on for this month? A yes or no helps me plan.",
                    ),
                    Moment::AfterSale => self.t(
                        "¿Te dejo activo el mantenimiento para que tu página siga al día y segura?",
                        "Shall I keep maintenance on so your website stays up to date and secure?",
                    ),
                    _ => self.t(
                        "¿Te parece si hablamos 10 minutos mañana para definir lo que necesitas?",
                        "Shall we talk for 10 minutes tomorrow to define what you need?",
                    ),
                }
                .to_string(),
            ),
            Principle::Liking => Some(match (m, self.c.business.trim()) {
                (Moment::AfterSale, _) => self
                    .t("Fue un gusto trabajar contigo.", "It was a pleasure working with you.")
                    .to_string(),
                (_, "") => self
                    .t("Me gusta mucho tu idea y me encantaría ayudarte a hacerla realidad.", "I really like your idea and I'd love to help you make it happen.")
                    .to_string(),
                (_, b) if es => format!("Me gusta mucho lo que haces con {b}; se nota el cariño que le pones."),
                (_, b) => format!("I really like what you do with {b}; the care you put into it shows."),
            }),
        }
    }

    /// A testimonial that mentions the offer being discussed, else the first one.
    fn testimonial(&self) -> Option<&super::facts::Testimonial> {
        let f = self.c.facts;
        let offer_words: Vec<String> = self
            .c
            .offer
            .map(|o| words(&fold(&o.name)).filter(|w| !GENERIC.contains(w)).map(str::to_string).collect())
            .unwrap_or_default();
        f.testimonials
            .iter()
            .find(|t| {
                let text = fold(&t.text);
                offer_words.iter().any(|w| words(&text).any(|x| x == w))
            })
            .or(f.testimonials.first())
    }

    fn closer(&self, p: Principle, m: Moment) -> Option<&'static str> {
        // The commitment draft ends on its own question; after a sale no push is wanted.
        if p == Principle::Commitment || m == Moment::AfterSale {
            return None;
        }
        Some(match self.c.style {
            Some(SocialStyle::Analytical) => self.t(
                "Si te sirve, te envío el detalle por escrito para que lo revises con calma.",
                "If you like, I'll send it all in writing so you can review it calmly.",
            ),
            Some(SocialStyle::Driver) => self.t("¿Arrancamos?", "Shall we start?"),
            Some(SocialStyle::Amiable) => self.t("Sin presión, cuéntame qué piensas 😊", "No pressure, tell me what you think 😊"),
            Some(SocialStyle::Expressive) => self.t("¡Va a quedar increíble! ¿Le damos? 🚀", "It's going to look amazing! Shall we? 🚀"),
            None => self.t("¿Qué te parece?", "What do you think?"),
        })
    }
}

/// Three or more drafts for `moment`, best fit first, each with a different principle.
/// Principles whose facts are missing (no testimonial, no real deadline) are skipped;
/// reciprocity, commitment and liking need none, so there are always at least three.
pub fn write_scripts(c: ScriptContext<'_>, moment: Moment) -> Vec<Script> {
    let w = Writer {
        c,
        es: c.lang == Lang::Es,
    };
    let mut order: Vec<Principle> = by_moment(moment).to_vec();
    for p in by_style(c.style) {
        if !order.contains(&p) {
            order.push(p);
        }
    }
    let greeting = w.greeting(moment);
    let core = w.core(moment);
    let mut scripts: Vec<Script> = order
        .into_iter()
        .filter_map(|p| {
            let lever = w.lever(p, moment)?;
            // Greeting, body and closing question on their own lines, as people write
            // on WhatsApp.
            let mut text = greeting.clone();
            text.push('\n');
            if !core.is_empty() {
                text.push_str(&core);
                text.push(' ');
            }
            text.push_str(&lever);
            if let Some(closer) = w.closer(p, moment) {
                text.push('\n');
                text.push_str(closer);
            }
            Some(Script { principle: p, text })
        })
        .collect();
    // A real deadline is the workspace's own call to urgency: it always makes the cut,
    // in place of the weakest fit.
    if let Some(i) = scripts.iter().position(|s| s.principle == Principle::Scarcity)
        && i >= MAX_SCRIPTS
    {
        let s = scripts.remove(i);
        scripts.insert(MAX_SCRIPTS - 1, s);
    }
    scripts.truncate(MAX_SCRIPTS);
    scripts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assistant::moment;
    use crate::domain::facts::Testimonial;
    use crate::domain::money::{Currency, Money};
    use chrono::{DateTime, Duration, TimeZone, Utc};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).unwrap()
    }

    fn chat<'a>(msgs: &[(Side, &'a str)]) -> Vec<Line<'a>> {
        let start = now() - Duration::minutes(msgs.len() as i64);
        msgs.iter()
            .enumerate()
            .map(|(i, (side, text))| Line {
                at: start + Duration::minutes(i as i64),
                side: *side,
                kind: MessageKind::Text,
                text,
            })
            .collect()
    }

    fn facts() -> SalesFacts {
        SalesFacts {
            offers: vec![
                Offer { name: "Landing page".into(), price: Money::new(80_000_000, Currency::COP), delivery_days: 5 },
                Offer { name: "Tienda online".into(), price: Money::new(250_000_000, Currency::COP), delivery_days: 15 },
            ],
            portfolio_url: "https://tusitioya.co/trabajos".into(),
            testimonials: vec![
                Testimonial { author: "Marta (Panadería La Espiga)".into(), text: "Ahora me llegan pedidos por la web".into() },
                Testimonial { author: "Luis (Ferretería Luis)".into(), text: "La tienda online vende sola".into() },
            ],
            clients_served: Some(120),
            years_in_business: Some(6),
            ..Default::default()
        }
    }

    fn ctx<'a>(f: &'a SalesFacts, style: Option<SocialStyle>, offer: Option<&'a Offer>) -> ScriptContext<'a> {
        ScriptContext {
            client_name: "Ana Torres",
            business: "Café Aroma",
            seller_name: "Camila",
            agency: "TuSitioYa",
            stage: Stage::Proposal,
            style,
            lang: Lang::Es,
            facts: f,
            offer,
            today: now().date_naive(),
        }
    }

    #[test]
    fn moments_follow_the_waiting_turn() {
        use Side::*;
        let m = |msgs: &[(Side, &str)]| moment(&chat(msgs), Stage::Contacted, now());
        assert_eq!(m(&[]), Moment::Opening);
        assert_eq!(m(&[(Client, "Hola, ¿cuánto cuesta una tienda?")]), Moment::Price);
        assert_eq!(m(&[(Client, "¿cuánto cuesta?"), (Me, "250"), (Client, "Uy, está muy caro")]), Moment::Objection(Objection::Price));
        assert_eq!(m(&[(Client, "Listo, ¿cómo pago?")]), Moment::Payment);
        assert_eq!(m(&[(Client, "lo voy a pensar")]), Moment::Objection(Objection::ThinkAboutIt));
        assert_eq!(m(&[(Client, "¿tienen hosting?")]), Moment::Question);
        // An old price question already answered does not count.
        assert_eq!(m(&[(Client, "¿precio?"), (Me, "250"), (Client, "ok, y el dominio?")]), Moment::Question);
        let lines = chat(&[(Client, "hola"), (Me, "¿seguimos?")]);
        assert_eq!(moment(&lines, Stage::Proposal, now() + Duration::days(4)), Moment::FollowUp { days: 4 });
        assert_eq!(moment(&lines, Stage::Won, now()), Moment::AfterSale);
    }

    #[test]
    fn at_least_three_distinct_principles_even_without_facts() {
        let empty = SalesFacts::default();
        for style in [None, Some(SocialStyle::Analytical), Some(SocialStyle::Driver), Some(SocialStyle::Amiable), Some(SocialStyle::Expressive)] {
            for m in [Moment::Opening, Moment::Question, Moment::Price, Moment::Payment, Moment::Objection(Objection::Trust), Moment::FollowUp { days: 5 }, Moment::AfterSale] {
                let s = write_scripts(ctx(&empty, style, None), m);
                assert!(s.len() >= 3, "{style:?} {m:?}: {s:?}");
                let mut ps: Vec<_> = s.iter().map(|s| s.principle).collect();
                ps.dedup();
                assert_eq!(ps.len(), s.len());
                for sc in &s {
                    assert!(!matches!(sc.principle, Principle::Scarcity | Principle::Authority | Principle::SocialProof), "no fact backs {sc:?}");
                    assert!(sc.text.contains("Ana"), "uses the client's name: {}", sc.text);
                }
            }
        }
    }

    #[test]
    fn scarcity_only_with_a_real_open_deadline() {
        let mut f = facts();
        let has_scarcity = |f: &SalesFacts| {
            write_scripts(ctx(f, Some(SocialStyle::Driver), None), Moment::Price)
                .iter()
                .any(|s| s.principle == Principle::Scarcity)
        };
        assert!(!has_scarcity(&f));
        f.slots_left = Some(2);
        f.slots_until = Some(now().date_naive() + Duration::days(10));
        assert!(has_scarcity(&f));
        let s = write_scripts(ctx(&f, Some(SocialStyle::Driver), None), Moment::Price);
        assert_eq!(s[0].principle, Principle::Scarcity, "drivers get urgency first");
        assert!(s[0].text.contains("2 cupos") && s[0].text.contains("11 de diciembre"), "{}", s[0].text);
        let unknown = write_scripts(ctx(&f, None, None), Moment::Price);
        assert_eq!(unknown.len(), MAX_SCRIPTS);
        assert_eq!(unknown.last().unwrap().principle, Principle::Scarcity, "a real deadline always makes the cut");
        f.slots_until = Some(now().date_naive() - Duration::days(1));
        assert!(!has_scarcity(&f), "an expired period is not a fact");
    }

    #[test]
    fn price_answers_use_the_offer_the_client_asked_about() {
        let f = facts();
        let lines = chat(&[(Side::Client, "Hola! quiero vender mis tortas, ¿cuánto vale una tienda?")]);
        let offer = matching_offer(&lines, &f);
        assert_eq!(offer.map(|o| o.name.as_str()), Some("Tienda online"));
        let s = write_scripts(ctx(&f, Some(SocialStyle::Analytical), offer), Moment::Price);
        assert!(s.iter().all(|s| s.text.contains("$ 2.500.000") && s.text.contains("15 días")), "{s:?}");
        let proof = s.iter().find(|s| s.principle == Principle::SocialProof).unwrap();
        assert!(proof.text.contains("Luis"), "the testimonial about the shop: {}", proof.text);
        // No offer named: analytical clients get the options, others the starting price.
        let list = write_scripts(ctx(&f, Some(SocialStyle::Analytical), None), Moment::Price);
        assert!(list[0].text.contains("Landing page: $ 800.000 (5 días hábiles) · Tienda online"), "{}", list[0].text);
        let from = write_scripts(ctx(&f, Some(SocialStyle::Expressive), None), Moment::Price);
        assert!(from[0].text.contains("desde $ 800.000"), "{}", from[0].text);
        assert_eq!(matching_offer(&chat(&[(Side::Client, "quiero una página web")]), &f), None);
    }

    #[test]
    fn moment_and_style_decide_the_first_principle() {
        let f = facts();
        let first = |style, m| write_scripts(ctx(&f, style, None), m)[0].principle;
        assert_eq!(first(Some(SocialStyle::Amiable), Moment::Objection(Objection::Trust)), Principle::Authority);
        assert_eq!(first(Some(SocialStyle::Amiable), Moment::Question), Principle::Liking);
        assert_eq!(first(Some(SocialStyle::Analytical), Moment::Question), Principle::Authority);
        assert_eq!(first(None, Moment::Payment), Principle::Commitment);
        let mut f2 = facts();
        f2.slots_left = Some(3);
        f2.slots_until = Some(now().date_naive());
        let after = write_scripts(ctx(&f2, Some(SocialStyle::Driver), None), Moment::AfterSale);
        assert_eq!(after.iter().map(|s| s.principle).collect::<Vec<_>>(), [Principle::Reciprocity, Principle::Liking, Principle::Commitment]);
        let trust = write_scripts(ctx(&f, Some(SocialStyle::Analytical), None), Moment::Objection(Objection::Trust));
        assert!(trust[0].text.contains("6 años") && trust[0].text.contains("https://tusitioya.co/trabajos"), "{}", trust[0].text);
    }

    #[test]
    fn drafts_follow_the_clients_language_and_style() {
        let f = facts();
        let en = chat(&[(Side::Client, "Hi! How much would a website for my bakery cost?"), (Side::Client, "we want to take orders online")]);
        assert_eq!(reply_lang(&en), Lang::En);
        assert_eq!(reply_lang(&chat(&[(Side::Client, "Hola, quiero una página para mi negocio")])), Lang::Es);
        assert_eq!(reply_lang(&chat(&[(Side::Client, "ok")])), Lang::Es);
        let s = write_scripts(ScriptContext { lang: Lang::En, ..ctx(&f, Some(SocialStyle::Expressive), None) }, Moment::Price);
        assert!(s[0].text.starts_with("Hi Ana! 🙌\n") && s[0].text.contains("start at"), "{}", s[0].text);
        let driver = write_scripts(ctx(&f, Some(SocialStyle::Driver), None), Moment::Price);
        let amiable = write_scripts(ctx(&f, Some(SocialStyle::Amiable), None), Moment::Price);
        assert!(driver[0].text.starts_with("Hola Ana.\n") && driver[0].text.ends_with("\n¿Arrancamos?"), "{}", driver[0].text);
        assert!(amiable[0].text.contains("😊"));
    }

}
