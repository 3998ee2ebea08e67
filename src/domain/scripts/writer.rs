//! The sentences of each script, in the client's language and register.

use super::*;

pub(super) fn day_text(lang: Lang, d: NaiveDate) -> String {
    let m = crate::domain::locale::month_name(lang, d, false);
    match lang {
        Lang::Es => format!("{} de {m}", d.day()),
        Lang::En => format!("{m} {}", d.day()),
    }
}

pub(super) struct Writer<'a> {
    pub(super) c: ScriptContext<'a>,
    pub(super) es: bool,
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

    pub(super) fn greeting(&self, m: Moment) -> String {
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
    pub(super) fn core(&self, m: Moment) -> String {
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
    pub(super) fn lever(&self, p: Principle, m: Moment) -> Option<String> {
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
    fn testimonial(&self) -> Option<&crate::domain::facts::Testimonial> {
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

    pub(super) fn closer(&self, p: Principle, m: Moment) -> Option<&'static str> {
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
