//! The sentences of each script, in the client's language and register; the words
//! themselves are in `copy.rs`.

use super::copy::{self, Copy};
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
    pub(super) k: &'static Copy,
}

impl Writer<'_> {
    fn lang(&self) -> Lang {
        self.c.lang
    }

    fn price(&self, o: &Offer) -> String {
        o.price.format(self.c.lang.number_style())
    }

    fn business(&self) -> String {
        let b = self.c.business.trim();
        if b.is_empty() { self.k.your_business } else { b }.to_string()
    }

    pub(super) fn greeting(&self, m: Moment) -> String {
        let k = self.k;
        let name = crate::domain::names::greeting_name(self.c.client_name);
        let n = name.map(|n| format!(" {n}")).unwrap_or_default();
        // When we write first, "great to hear from you" would ring false.
        let we_start = matches!(m, Moment::Opening | Moment::FollowUp { .. } | Moment::AfterSale);
        match (self.c.style, we_start) {
            (Some(SocialStyle::Amiable), true) => format!("{}{n}! {}", k.hello_warm, k.how_are_you),
            (Some(SocialStyle::Amiable), _) => format!("{}{n}! {}", k.hello_warm, k.great_to_hear),
            (Some(SocialStyle::Expressive), _) => format!("{}{n}! 🙌", k.hello_warm),
            (Some(SocialStyle::Driver), _) => format!("{}{n}.", k.hello),
            _ => format!("{}{n},", k.hello),
        }
    }

    /// The offer with the price the seller quoted for it, if they quoted one.
    fn offer_line(&self, o: &Offer) -> String {
        copy::offer_line(self.lang(), &o.name, &self.agreed_price(Some(o)), &self.delivery(Some(o)).unwrap_or_default())
    }

    /// When the work is ready: as the seller said it in the chat, else the offer's days.
    fn delivery(&self, o: Option<&Offer>) -> Option<String> {
        self.c
            .quoted_delivery
            .map(str::to_string)
            .or_else(|| o.map(|o| format!("{} {}", o.delivery_days, self.k.business_days)))
    }

    /// The price to state: the seller's quote when there is one (it is what the client
    /// heard), else the offer's catalogue price.
    fn agreed_price(&self, o: Option<&Offer>) -> String {
        match (self.c.quoted, o) {
            (Some(q), _) => q.text.clone(),
            (None, Some(o)) => self.price(o),
            (None, None) => String::new(),
        }
    }

    /// Units of the price under discussion (the quote, else the offer's).
    fn price_units(&self) -> Option<i64> {
        self.c
            .quoted
            .map(|q| q.units)
            .or(self.c.offer.map(|o| o.price.whole_units()))
    }

    /// What the moment needs said, before any persuasion.
    pub(super) fn core(&self, m: Moment) -> String {
        let (f, k, lang) = (self.c.facts, self.k, self.lang());
        match m {
            Moment::Opening => copy::opening(lang, self.c.seller_name, self.c.agency, &self.business()),
            Moment::Question => self.c.offer.map(|o| self.offer_line(o)).unwrap_or_default(),
            Moment::Price => match (self.c.offer, f.offers.as_slice()) {
                (Some(o), _) => self.offer_line(o),
                (None, _) if self.c.quoted.is_some() => copy::as_quoted(lang, &self.agreed_price(None)),
                (None, []) => k.price_depends.to_string(),
                (None, offers) if self.c.style == Some(SocialStyle::Analytical) => {
                    let list: Vec<String> = offers
                        .iter()
                        .take(3)
                        .map(|o| format!("{}: {} ({} {})", o.name, self.price(o), o.delivery_days, k.business_days))
                        .collect();
                    format!("{} {}.", k.options, list.join(" · "))
                }
                (None, _) => {
                    let o = f.cheapest().expect("offers is not empty");
                    copy::starts_at(lang, &self.price(o), &o.name, o.delivery_days)
                }
            },
            Moment::Payment => k.payment.to_string(),
            Moment::Objection(Objection::Price) => {
                let mut s = k.price_empathy.to_string();
                let discussed = self.price_units();
                let cheaper = |ch: &&Offer| discussed.is_none_or(|u| u > ch.price.whole_units());
                if let Some(ch) = f.cheapest().filter(cheaper) {
                    s.push(' ');
                    s.push_str(&copy::simpler_plan(lang, &ch.name, &self.price(ch)));
                }
                s
            }
            Moment::Objection(Objection::Time) => {
                let days = self.delivery(self.c.offer.or(f.cheapest()));
                format!("{}{}", k.time_reassure, copy::ready_in(lang, days.as_deref()))
            }
            Moment::Objection(Objection::Trust) => {
                let mut s = k.trust_normal.to_string();
                if !f.guarantee.is_empty() {
                    s.push_str(&format!(" {} {}.", k.also, f.guarantee));
                }
                s
            }
            Moment::Objection(Objection::ThinkAboutIt) => k.think_about_it.to_string(),
            Moment::FollowUp { .. } => match self.c.business.trim() {
                "" => k.follow_up.to_string(),
                b => copy::follow_up_on(lang, b),
            },
            Moment::AfterSale => k.thanks_after_sale.to_string(),
            Moment::Paid => k.paid.to_string(),
            Moment::Committed => {
                let plan = self.c.offer.map(|o| o.name.as_str());
                let price = self.agreed_price(self.c.offer);
                let deal = (!price.is_empty()).then(|| copy::deal(lang, plan, &price));
                copy::committed(lang, deal.as_deref())
            }
            Moment::Closed => k.closed.to_string(),
            Moment::Competitor => {
                let mut s = k.compare_fairly.to_string();
                if let Some(o) = self.c.offer {
                    s.push(' ');
                    s.push_str(&self.offer_line(o));
                } else if self.c.quoted.is_some() {
                    s.push(' ');
                    s.push_str(&copy::as_quoted(lang, &self.agreed_price(None)));
                }
                s
            }
            Moment::DoNotContact => String::new(),
        }
    }

    /// The principle's sentence, or `None` when no fact backs it.
    pub(super) fn lever(&self, p: Principle, m: Moment) -> Option<String> {
        let (f, k, lang) = (self.c.facts, self.k, self.lang());
        // Someone who already bought, or said no, needs no urgency and no proof that
        // others buy; someone who decided needs no urgency.
        let done = matches!(m, Moment::AfterSale | Moment::Paid | Moment::Closed | Moment::DoNotContact);
        if done && matches!(p, Principle::Scarcity | Principle::Authority | Principle::SocialProof)
            || p == Principle::Scarcity && !m.allows_urgency()
        {
            return None;
        }
        match p {
            Principle::Scarcity => Some(match f.scarcity(self.c.today)? {
                Scarcity::Slots { left, until } => copy::slots_left(lang, left, &day_text(lang, until)),
                Scarcity::Promo { text, until } => copy::promo_until(lang, text, &day_text(lang, until)),
            }),
            Principle::Authority => {
                let mut parts: Vec<String> = Vec::new();
                parts.extend(copy::track_record(lang, f.years_in_business, f.clients_served));
                if !f.guarantee.is_empty() && m != Moment::Objection(Objection::Trust) {
                    parts.push(format!("{} {}.", k.guarantee_lead, f.guarantee));
                }
                // The link goes last: WhatsApp previews it, and no sentence sticks to it.
                if !f.portfolio_url.is_empty() {
                    parts.push(format!("{} {}", k.portfolio_lead, f.portfolio_url));
                }
                (!parts.is_empty()).then(|| parts.join(" "))
            }
            Principle::SocialProof => match (self.testimonial(), f.clients_served) {
                (Some(t), _) => Some(copy::testimonial(lang, &t.author, t.text.trim_end_matches('.'))),
                (None, Some(n)) => Some(copy::businesses_selling(lang, n)),
                (None, None) => None,
            },
            Principle::Reciprocity => Some(match m {
                Moment::AfterSale => k.review_ask.to_string(),
                Moment::Paid => k.reciprocity_paid.to_string(),
                Moment::Closed => k.reciprocity_closed.to_string(),
                // The follow-up and the opening already name the business.
                Moment::FollowUp { .. } | Moment::Opening => k.ideas.to_string(),
                _ => copy::ideas_for(lang, &self.business()),
            }),
            Principle::Commitment => Some(
                match m {
                    Moment::Payment | Moment::Committed => k.commit_payment,
                    Moment::Objection(Objection::ThinkAboutIt | Objection::Time) => k.commit_later,
                    Moment::FollowUp { .. } => k.commit_follow_up,
                    Moment::AfterSale => k.commit_after_sale,
                    Moment::Paid => k.commit_paid,
                    Moment::Closed => k.keep_in_touch,
                    _ => k.commit_call,
                }
                .to_string(),
            ),
            Principle::Liking => Some(match (m, self.c.business.trim()) {
                (Moment::AfterSale, _) => k.liking_after_sale.to_string(),
                (Moment::Paid, _) => k.liking_paid.to_string(),
                (Moment::Closed, _) => k.liking_closed.to_string(),
                (_, "") => k.liking_idea.to_string(),
                (_, b) => copy::liking_business(lang, b),
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
        if p == Principle::Commitment
            || matches!(m, Moment::AfterSale | Moment::Paid | Moment::Committed | Moment::Closed)
        {
            return None;
        }
        let k = self.k;
        Some(match self.c.style {
            Some(SocialStyle::Analytical) => k.closer_analytical,
            Some(SocialStyle::Driver) => k.closer_driver,
            Some(SocialStyle::Amiable) => k.closer_amiable,
            Some(SocialStyle::Expressive) => k.closer_expressive,
            None => k.closer,
        })
    }
}
