//! The workspace's sales facts: what the closing assistant's scripts may claim. Prices,
//! delivery days, portfolio, testimonials, experience, and the only sources of scarcity
//! (limited slots or a promotion, each with a real end date). Pure, no I/O.

use super::client::amount_problem;
use super::money::{Currency, Money, parse_amount};
use super::validation::{Field, FieldError, Problem, iso_date, optional_text, required_text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// "Landing page", "Tienda online".
    pub name: String,
    pub price: Money,
    /// Working days from the start to delivery.
    pub delivery_days: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Testimonial {
    /// "Marta, Panadería La Espiga".
    pub author: String,
    pub text: String,
}

/// What the agency can truthfully say. Everything optional: a script that needs a fact
/// the workspace has not given is simply not offered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SalesFacts {
    pub offers: Vec<Offer>,
    pub portfolio_url: String,
    pub testimonials: Vec<Testimonial>,
    pub clients_served: Option<u32>,
    pub years_in_business: Option<u32>,
    /// "2 rondas de cambios gratis", "te devolvemos el anticipo si...".
    pub guarantee: String,
    /// Project starts still open in the period ending `slots_until`.
    pub slots_left: Option<u32>,
    pub slots_until: Option<NaiveDate>,
    /// "20 % de descuento en el plan Tienda", valid until `promo_until` (inclusive).
    pub promo: String,
    pub promo_until: Option<NaiveDate>,
}

/// A real reason for urgency, or none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scarcity<'a> {
    Slots { left: u32, until: NaiveDate },
    Promo { text: &'a str, until: NaiveDate },
}

impl SalesFacts {
    /// Scarcity backed by the settings on `today` (a workspace-local date): slots left in
    /// a period not over yet, else a promotion not expired. `None` otherwise.
    pub fn scarcity(&self, today: NaiveDate) -> Option<Scarcity<'_>> {
        if let (Some(left), Some(until)) = (self.slots_left, self.slots_until)
            && left > 0
            && until >= today
        {
            return Some(Scarcity::Slots { left, until });
        }
        match self.promo_until {
            Some(until) if !self.promo.is_empty() && until >= today => Some(Scarcity::Promo {
                text: &self.promo,
                until,
            }),
            _ => None,
        }
    }

    pub fn has_authority(&self) -> bool {
        self.years_in_business.is_some()
            || self.clients_served.is_some()
            || !self.portfolio_url.is_empty()
            || !self.guarantee.is_empty()
    }

    pub fn has_social_proof(&self) -> bool {
        !self.testimonials.is_empty() || self.clients_served.is_some()
    }

    /// The cheapest offer (for "start smaller" answers to a price objection).
    pub fn cheapest(&self) -> Option<&Offer> {
        self.offers.iter().min_by_key(|o| o.price.minor)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferInput {
    pub name: String,
    /// As typed: "1.500.000", "250", "249,90".
    pub price: String,
    pub delivery_days: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestimonialInput {
    pub author: String,
    pub text: String,
}

/// The settings form as typed; `validate` turns it into `SalesFacts` or field errors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SalesFactsInput {
    pub offers: Vec<OfferInput>,
    pub portfolio_url: String,
    pub testimonials: Vec<TestimonialInput>,
    pub clients_served: String,
    pub years_in_business: String,
    pub guarantee: String,
    pub slots_left: String,
    /// `YYYY-MM-DD` (what `<input type=date>` gives).
    pub slots_until: String,
    pub promo: String,
    pub promo_until: String,
}

pub const OFFERS_MAX: usize = 8;
pub const TESTIMONIALS_MAX: usize = 8;
pub const OFFER_NAME_MAX: u32 = 60;
pub const AUTHOR_MAX: u32 = 60;
pub const TESTIMONIAL_MAX: u32 = 280;
pub const URL_MAX: u32 = 200;
pub const SHORT_TEXT_MAX: u32 = 140;
pub const DELIVERY_DAYS_MAX: u32 = 365;
pub const SLOTS_MAX: u32 = 99;

fn whole_number(s: &str, field: Field, max: u32, errors: &mut Vec<FieldError>) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let cleaned: String = s.chars().filter(|c| !matches!(c, '.' | ',' | ' ')).collect();
    match cleaned.parse::<u64>() {
        Ok(n) if n <= u64::from(max) => Some(n as u32),
        Ok(_) => {
            errors.push(FieldError::new(field, Problem::TooLarge));
            None
        }
        Err(_) if s.starts_with('-') => {
            errors.push(FieldError::new(field, Problem::Negative));
            None
        }
        Err(_) => {
            errors.push(FieldError::new(field, Problem::InvalidNumber));
            None
        }
    }
}

/// An `http(s)://host.tld/...` address without spaces.
pub fn valid_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(r) => {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !r.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

impl SalesFactsInput {
    /// Checks every field and reports all problems at once. Rows left completely empty
    /// are dropped (a blank row the seller added and did not fill).
    pub fn validate(&self, currency: Currency) -> Result<SalesFacts, Vec<FieldError>> {
        let mut errors = Vec::new();
        let offers_in: Vec<&OfferInput> = self
            .offers
            .iter()
            .filter(|o| !(o.name.trim().is_empty() && o.price.trim().is_empty() && o.delivery_days.trim().is_empty()))
            .collect();
        if offers_in.len() > OFFERS_MAX {
            errors.push(FieldError::new(Field::Offers, Problem::TooMany { max: OFFERS_MAX as u32 }));
        }
        let mut offers = Vec::new();
        for (i, o) in offers_in.iter().take(OFFERS_MAX).enumerate() {
            let i = i as u8;
            let name = required_text(&o.name, Field::OfferName(i), OFFER_NAME_MAX, &mut errors);
            let price = match parse_amount(&o.price, currency) {
                Ok(0) => {
                    errors.push(FieldError::new(Field::OfferPrice(i), Problem::Required));
                    None
                }
                Ok(minor) => Some(minor),
                Err(e) => {
                    errors.push(FieldError::new(Field::OfferPrice(i), amount_problem(e)));
                    None
                }
            };
            let days = whole_number(&o.delivery_days, Field::OfferDays(i), DELIVERY_DAYS_MAX, &mut errors);
            match days {
                None if o.delivery_days.trim().is_empty() => {
                    errors.push(FieldError::new(Field::OfferDays(i), Problem::Required));
                }
                Some(0) => errors.push(FieldError::new(Field::OfferDays(i), Problem::Required)),
                _ => {}
            }
            if let (Some(minor), Some(days)) = (price, days) {
                offers.push(Offer {
                    name,
                    price: Money::new(minor, currency),
                    delivery_days: days,
                });
            }
        }
        let testimonials_in: Vec<&TestimonialInput> = self
            .testimonials
            .iter()
            .filter(|t| !(t.author.trim().is_empty() && t.text.trim().is_empty()))
            .collect();
        if testimonials_in.len() > TESTIMONIALS_MAX {
            errors.push(FieldError::new(
                Field::Testimonials,
                Problem::TooMany { max: TESTIMONIALS_MAX as u32 },
            ));
        }
        let testimonials = testimonials_in
            .iter()
            .take(TESTIMONIALS_MAX)
            .enumerate()
            .map(|(i, t)| Testimonial {
                author: required_text(&t.author, Field::TestimonialAuthor(i as u8), AUTHOR_MAX, &mut errors),
                text: required_text(&t.text, Field::TestimonialText(i as u8), TESTIMONIAL_MAX, &mut errors),
            })
            .collect();
        let portfolio_url = optional_text(&self.portfolio_url, Field::PortfolioUrl, URL_MAX, &mut errors);
        if !portfolio_url.is_empty() && !valid_url(&portfolio_url) {
            errors.push(FieldError::new(Field::PortfolioUrl, Problem::InvalidUrl));
        }
        let clients_served = whole_number(&self.clients_served, Field::ClientsServed, 1_000_000, &mut errors);
        let years_in_business = whole_number(&self.years_in_business, Field::YearsInBusiness, 100, &mut errors);
        let guarantee = optional_text(&self.guarantee, Field::Guarantee, SHORT_TEXT_MAX, &mut errors);
        let slots_left = whole_number(&self.slots_left, Field::SlotsLeft, SLOTS_MAX, &mut errors);
        let slots_until = iso_date(&self.slots_until, Field::SlotsUntil, &mut errors);
        if slots_left.is_some() && slots_until.is_none() && self.slots_until.trim().is_empty() {
            errors.push(FieldError::new(Field::SlotsUntil, Problem::Required));
        }
        let promo = optional_text(&self.promo, Field::Promo, SHORT_TEXT_MAX, &mut errors);
        let promo_until = iso_date(&self.promo_until, Field::PromoUntil, &mut errors);
        if !promo.is_empty() && promo_until.is_none() && self.promo_until.trim().is_empty() {
            errors.push(FieldError::new(Field::PromoUntil, Problem::Required));
        }
        if promo.is_empty() && promo_until.is_some() {
            errors.push(FieldError::new(Field::Promo, Problem::Required));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(SalesFacts {
            offers,
            portfolio_url,
            testimonials,
            clients_served,
            years_in_business,
            guarantee,
            slots_left,
            slots_until: slots_left.and(slots_until),
            promo,
            promo_until,
        })
    }
}

impl SalesFacts {
    /// The form pre-filled with these facts (money in the seller's number style).
    pub fn to_input(&self, style: super::money::NumberStyle) -> SalesFactsInput {
        let num = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        SalesFactsInput {
            offers: self
                .offers
                .iter()
                .map(|o| OfferInput {
                    name: o.name.clone(),
                    price: super::money::amount_input_text(o.price.minor, o.price.currency, style),
                    delivery_days: o.delivery_days.to_string(),
                })
                .collect(),
            portfolio_url: self.portfolio_url.clone(),
            testimonials: self
                .testimonials
                .iter()
                .map(|t| TestimonialInput {
                    author: t.author.clone(),
                    text: t.text.clone(),
                })
                .collect(),
            clients_served: num(self.clients_served),
            years_in_business: num(self.years_in_business),
            guarantee: self.guarantee.clone(),
            slots_left: num(self.slots_left),
            slots_until: day(self.slots_until),
            promo: self.promo.clone(),
            promo_until: day(self.promo_until),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::NumberStyle;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn offer(name: &str, price: &str, days: &str) -> OfferInput {
        OfferInput {
            name: name.into(),
            price: price.into(),
            delivery_days: days.into(),
        }
    }

    #[test]
    fn valid_facts_round_trip_through_the_form() {
        let input = SalesFactsInput {
            offers: vec![offer("Landing", "1.200.000", "7"), offer("", "", "")],
            portfolio_url: "https://tusitioya.co/trabajos".into(),
            testimonials: vec![TestimonialInput {
                author: "Marta, Panadería La Espiga".into(),
                text: "Ahora me piden por la web".into(),
            }],
            clients_served: "120".into(),
            slots_left: "2".into(),
            slots_until: "2026-12-31".into(),
            ..Default::default()
        };
        let facts = input.validate(Currency::COP).unwrap();
        assert_eq!(facts.offers.len(), 1, "blank rows are dropped");
        assert_eq!(facts.offers[0].price, Money::new(120_000_000, Currency::COP));
        assert_eq!(facts.clients_served, Some(120));
        let back = facts.to_input(NumberStyle::DotThousands);
        assert_eq!(back.validate(Currency::COP).unwrap(), facts);
    }

    #[test]
    fn every_bad_field_is_named() {
        let input = SalesFactsInput {
            offers: vec![offer("Tienda", "abc", "0"), offer("", "100", "5")],
            portfolio_url: "tusitioya.co".into(),
            clients_served: "-3".into(),
            years_in_business: "many".into(),
            slots_left: "3".into(),
            promo: "10 % off".into(),
            testimonials: vec![TestimonialInput {
                author: "Ana".into(),
                text: String::new(),
            }],
            ..Default::default()
        };
        let errs = input.validate(Currency::USD).unwrap_err();
        let has = |f: Field| errs.iter().any(|e| e.field == f);
        for f in [
            Field::OfferPrice(0),
            Field::OfferDays(0),
            Field::OfferName(1),
            Field::PortfolioUrl,
            Field::ClientsServed,
            Field::YearsInBusiness,
            Field::SlotsUntil,
            Field::PromoUntil,
            Field::TestimonialText(0),
        ] {
            assert!(has(f), "{f:?} not reported in {errs:?}");
        }
        assert!(!has(Field::OfferName(0)));
    }

    #[test]
    fn scarcity_needs_a_real_open_period() {
        let today = d("2026-12-01");
        let mut f = SalesFacts::default();
        assert_eq!(f.scarcity(today), None);
        f.slots_left = Some(2);
        assert_eq!(f.scarcity(today), None, "slots without a period are not a fact");
        f.slots_until = Some(d("2026-11-30"));
        assert_eq!(f.scarcity(today), None, "the period is over");
        f.slots_until = Some(today);
        assert_eq!(f.scarcity(today), Some(Scarcity::Slots { left: 2, until: today }));
        f.slots_left = Some(0);
        f.promo = "15 % en tiendas".into();
        f.promo_until = Some(d("2026-12-15"));
        assert!(matches!(f.scarcity(today), Some(Scarcity::Promo { .. })));
        assert_eq!(f.scarcity(d("2026-12-16")), None);
    }

    #[test]
    fn urls() {
        assert!(valid_url("https://a.co"));
        assert!(valid_url("http://mi-agencia.com/portafolio?x=1"));
        for bad in ["a.co", "https://", "https://localhost", "https://a .co", "ftp://a.co", "https://.co"] {
            assert!(!valid_url(bad), "{bad}");
        }
    }
}
