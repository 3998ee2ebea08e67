//! Clients (the small businesses we sell to) and their pipeline stage.

use super::money::{AmountError, Currency, MAX_MINOR, Money};
use super::phone::Phone;
use super::validation::{Field, FieldError, Problem, optional_text, required_text};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

crate::domain::keys::keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Stage {
        Lead = "lead",
        Contacted = "contacted",
        Proposal = "proposal",
        Negotiation = "negotiation",
        Won = "won",
        Lost = "lost",
    }
}

impl Stage {

    pub fn is_open(self) -> bool {
        !matches!(self, Stage::Won | Stage::Lost)
    }
}

pub const NAME_MAX: u32 = 120;
pub const BUSINESS_MAX: u32 = 120;
pub const NOTES_MAX: u32 = 5_000;

/// What the seller submits when creating or editing a client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClientInput {
    pub name: String,
    pub phone: String,
    pub business: String,
    pub stage: Stage,
    /// Deal value in minor units of the workspace currency.
    pub deal_value_minor: i64,
    /// Calendar day of the next follow-up, in the seller's zone.
    pub next_follow_up: Option<NaiveDate>,
    pub notes: String,
    /// Free labels ("restaurante", "referido"): trimmed, deduplicated ignoring case.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// A validated client, ready to store.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidClient {
    name: String,
    phone: Phone,
    business: String,
    stage: Stage,
    deal_value: Money,
    next_follow_up: Option<NaiveDate>,
    notes: String,
    tags: Vec<String>,
}

/// Read-only: only the validation makes one.
impl ValidClient {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn phone(&self) -> &Phone {
        &self.phone
    }

    pub fn business(&self) -> &str {
        &self.business
    }

    pub fn stage(&self) -> Stage {
        self.stage
    }

    pub fn deal_value(&self) -> Money {
        self.deal_value
    }

    pub fn next_follow_up(&self) -> Option<NaiveDate> {
        self.next_follow_up
    }

    pub fn notes(&self) -> &str {
        &self.notes
    }

    pub fn tags(&self) -> &[String] {
        &self.tags
    }
}

/// A client as the UI sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Client {
    pub id: String,
    pub name: String,
    pub phone: String,
    pub business: String,
    pub stage: Stage,
    pub deal_value: Money,
    pub next_follow_up: Option<NaiveDate>,
    pub notes: String,
    pub tags: Vec<String>,
    pub created_at: DateTime<Utc>,
}

pub const TAG_MAX: u32 = 30;
pub const TAGS_MAX: usize = 12;

/// Trims, drops empties and case-insensitive repeats, keeps the seller's order.
pub fn normalize_tags(tags: &[String], errors: &mut Vec<FieldError>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in tags {
        let t = t.trim().trim_start_matches('#').trim();
        if t.is_empty() || out.iter().any(|o| o.to_lowercase() == t.to_lowercase()) {
            continue;
        }
        if t.chars().count() > TAG_MAX as usize {
            errors.push(FieldError::new(Field::Tags, Problem::TooLong { max: TAG_MAX }));
            return out;
        }
        out.push(t.to_string());
    }
    if out.len() > TAGS_MAX {
        errors.push(FieldError::new(Field::Tags, Problem::TooMany { max: TAGS_MAX as u32 }));
    }
    out
}

/// Splits what the seller typed in the tags box ("restaurante, referido").
pub fn parse_tags(text: &str) -> Vec<String> {
    text.split([',', ';', '\n'])
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Follow-ups further than this many days from today are a typo, not a plan.
pub const FOLLOW_UP_HORIZON_DAYS: i64 = 3 * 366;

impl ClientInput {
    /// Validates every field and reports all problems at once.
    pub fn validate(
        &self,
        currency: Currency,
        default_calling_code: &str,
        today: NaiveDate,
    ) -> Result<ValidClient, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = required_text(&self.name, Field::Name, NAME_MAX, &mut errors);
        let business = optional_text(&self.business, Field::Business, BUSINESS_MAX, &mut errors);
        let notes = optional_text(&self.notes, Field::Notes, NOTES_MAX, &mut errors);
        let phone = match Phone::parse(&self.phone, default_calling_code) {
            Ok(p) => Some(p),
            Err(e) => {
                errors.push(FieldError::new(Field::Phone, e.problem()));
                None
            }
        };
        if self.deal_value_minor < 0 {
            errors.push(FieldError::new(Field::DealValue, Problem::Negative));
        } else if self.deal_value_minor > MAX_MINOR {
            errors.push(FieldError::new(Field::DealValue, Problem::TooLarge));
        }
        if let Some(d) = self.next_follow_up {
            let days = (d - today).num_days();
            if days.abs() > FOLLOW_UP_HORIZON_DAYS {
                errors.push(FieldError::new(
                    Field::NextFollowUp,
                    Problem::DateOutOfRange,
                ));
            }
        }
        let tags = normalize_tags(&self.tags, &mut errors);
        match (errors.is_empty(), phone) {
            (true, Some(phone)) => Ok(ValidClient {
                name,
                phone,
                business,
                stage: self.stage,
                deal_value: Money::new(self.deal_value_minor, currency),
                next_follow_up: self.next_follow_up,
                notes,
                tags,
            }),
            _ => Err(errors),
        }
    }
}

/// Maps an amount-parsing failure to the field problem shown to the seller.
pub fn amount_problem(e: AmountError) -> Problem {
    match e {
        AmountError::Empty => Problem::Required,
        AmountError::Invalid => Problem::InvalidAmount,
        AmountError::TooManyDecimals => Problem::TooManyDecimals,
        AmountError::TooLarge => Problem::TooLarge,
    }
}

/// Headline numbers for the dashboard.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PipelineSummary {
    pub clients: usize,
    /// Sum of deal values in open stages.
    pub open_value: Money,
    pub won_value: Money,
    /// Count and value per stage, in pipeline order.
    pub by_stage: Vec<(Stage, usize, Money)>,
}

/// Sums deal values per stage. Values in another currency than the workspace's are
/// left out of the sums (never converted with floats); saturates instead of overflowing.
pub fn pipeline_summary(clients: &[Client], currency: Currency) -> PipelineSummary {
    let mut by_stage: Vec<(Stage, usize, Money)> = Stage::ALL
        .iter()
        .map(|s| (*s, 0, Money::zero(currency)))
        .collect();
    for c in clients {
        if let Some(slot) = by_stage.iter_mut().find(|(s, _, _)| *s == c.stage) {
            slot.1 += 1;
            if c.deal_value.currency == currency {
                slot.2.minor = slot.2.minor.saturating_add(c.deal_value.minor);
            }
        }
    }
    let sum = |open: bool| {
        let minor = by_stage
            .iter()
            .filter(|(s, _, _)| if open { s.is_open() } else { *s == Stage::Won })
            .fold(0_i64, |acc, (_, _, m)| acc.saturating_add(m.minor));
        Money::new(minor, currency)
    };
    PipelineSummary {
        clients: clients.len(),
        open_value: sum(true),
        won_value: sum(false),
        by_stage,
    }
}

/// Open clients whose follow-up is today or overdue, oldest first.
pub fn follow_ups_due(clients: &[Client], today: NaiveDate) -> Vec<&Client> {
    let mut due: Vec<&Client> = clients
        .iter()
        .filter(|c| c.stage.is_open() && c.next_follow_up.is_some_and(|d| d <= today))
        .collect();
    due.sort_by_key(|c| (c.next_follow_up, c.name.to_lowercase()));
    due
}

/// What a client is searched by (name, business, tags), folded once: a long list is
/// filtered on every keystroke against these instead of folding 5,000 names each time.
pub fn search_key(c: &Client) -> String {
    let mut key = search_fold(&c.name);
    for field in std::iter::once(&c.business).chain(&c.tags) {
        key.push('\n');
        key.push_str(&search_fold(field));
    }
    key
}

/// `fold`, and `ñ` as `n` too: a seller typing "nunez" on a phone without `ñ` at hand
/// is looking for "Núñez".
fn search_fold(s: &str) -> String {
    fold(s).replace('ñ', "n")
}

/// A search as typed, folded once: case- and accent-insensitive over name, business
/// and tags, and over the phone's digits when the query is only digits.
pub struct ClientQuery {
    text: String,
    /// The digits, when the query is only digits (and spaces): a phone search.
    digits: Option<String>,
}

impl ClientQuery {
    pub fn new(query: &str) -> Self {
        let text = search_fold(query.trim());
        let digits: String = text.chars().filter(|ch| ch.is_ascii_digit()).collect();
        let phone = !digits.is_empty() && digits.len() == text.chars().filter(|ch| !ch.is_whitespace()).count();
        ClientQuery { text, digits: phone.then_some(digits) }
    }

    /// Whether a client with this `search_key` and phone matches.
    pub fn matches(&self, key: &str, phone: &str) -> bool {
        self.text.is_empty()
            || key.contains(&self.text)
            || self.digits.as_deref().is_some_and(|d| phone.contains(d))
    }
}

/// Lowercase without Spanish accents, for matching words typed either way.
pub fn fold(s: &str) -> String {
    s.chars().flat_map(|c| c.to_lowercase()).map(fold_char).collect()
}

/// A lowercase letter without its Spanish accent (`ñ` stays).
pub fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' | 'â' => 'a',
        'é' | 'è' | 'ë' | 'ê' => 'e',
        'í' | 'ì' | 'ï' | 'î' => 'i',
        'ó' | 'ò' | 'ö' | 'ô' => 'o',
        'ú' | 'ù' | 'ü' | 'û' => 'u',
        other => other,
    }
}

/// A client form as typed: every field as text, so nothing the seller typed is lost
/// while it is not valid yet. One value per form, turned into a `ClientInput` to send.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientDraft {
    pub name: String,
    pub phone: String,
    pub business: String,
    pub stage: Stage,
    /// The deal value as typed ("1.500.000").
    pub deal: String,
    /// `YYYY-MM-DD` from a date input, or empty.
    pub follow_up: String,
    pub notes: String,
    /// Comma-separated.
    pub tags: String,
}

impl Default for ClientDraft {
    fn default() -> Self {
        ClientDraft {
            name: String::new(),
            phone: String::new(),
            business: String::new(),
            stage: Stage::Lead,
            deal: String::new(),
            follow_up: String::new(),
            notes: String::new(),
            tags: String::new(),
        }
    }
}

impl ClientDraft {
    /// The form of a stored client, amounts written the way `style` reads them.
    pub fn of(c: &Client, style: super::money::NumberStyle) -> ClientDraft {
        ClientDraft {
            name: c.name.clone(),
            phone: c.phone.clone(),
            business: c.business.clone(),
            stage: c.stage,
            deal: if c.deal_value.minor > 0 {
                super::money::amount_input_text(c.deal_value.minor, c.deal_value.currency, style)
            } else {
                String::new()
            },
            follow_up: c.next_follow_up.map(|d| d.to_string()).unwrap_or_default(),
            notes: c.notes.clone(),
            tags: c.tags.join(", "),
        }
    }

    /// What can be sent: the amount and the date read as typed (every problem named at
    /// once); the server validates the rest.
    pub fn to_input(&self, currency: Currency) -> Result<ClientInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let deal_value_minor = if self.deal.trim().is_empty() {
            0
        } else {
            super::money::parse_amount(&self.deal, currency).unwrap_or_else(|e| {
                errors.push(FieldError::new(Field::DealValue, amount_problem(e)));
                0
            })
        };
        let next_follow_up = match self.follow_up.trim() {
            "" => None,
            d => NaiveDate::parse_from_str(d, "%Y-%m-%d").map(Some).unwrap_or_else(|_| {
                errors.push(FieldError::new(Field::NextFollowUp, Problem::InvalidDate));
                None
            }),
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ClientInput {
            name: self.name.clone(),
            phone: self.phone.clone(),
            business: self.business.clone(),
            stage: self.stage,
            deal_value_minor,
            next_follow_up,
            notes: self.notes.clone(),
            tags: parse_tags(&self.tags),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_reads_amounts_and_dates_as_typed_and_names_every_problem() {
        let draft = ClientDraft {
            name: "Ana".into(),
            phone: "300 123 4567".into(),
            deal: "1.500.000".into(),
            follow_up: "2026-12-24".into(),
            tags: "restaurante, referido".into(),
            ..ClientDraft::default()
        };
        let input = draft.to_input(Currency::COP).unwrap();
        assert_eq!(input.deal_value_minor, 150_000_000);
        assert_eq!(input.next_follow_up, NaiveDate::from_ymd_opt(2026, 12, 24));
        assert_eq!(input.tags, vec!["restaurante", "referido"]);
        let bad = ClientDraft { deal: "mucho".into(), follow_up: "24/12".into(), ..draft.clone() };
        let fields: Vec<Field> = bad.to_input(Currency::COP).unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, vec![Field::DealValue, Field::NextFollowUp]);
        let empty = ClientDraft { deal: " ".into(), follow_up: String::new(), ..draft };
        let input = empty.to_input(Currency::COP).unwrap();
        assert_eq!((input.deal_value_minor, input.next_follow_up), (0, None));
    }

    fn input() -> ClientInput {
        ClientInput {
            name: "  Ana Torres ".into(),
            phone: "300 123 4567".into(),
            business: "Panadería La Espiga".into(),
            stage: Stage::Lead,
            deal_value_minor: 150_000_000,
            next_follow_up: NaiveDate::from_ymd_opt(2026, 12, 3),
            notes: String::new(),
            tags: vec![" restaurante ".into(), "#Referido".into(), "RESTAURANTE".into(), "".into()],
        }
    }

    #[test]
    fn tags_are_trimmed_deduplicated_and_bounded() {
        let v = input().validate(Currency::COP, "57", today()).unwrap();
        assert_eq!(v.tags, vec!["restaurante", "Referido"]);
        let mut too_long = input();
        too_long.tags = vec!["x".repeat(TAG_MAX as usize + 1)];
        let errs = too_long.validate(Currency::COP, "57", today()).unwrap_err();
        assert_eq!(errs, vec![FieldError::new(Field::Tags, Problem::TooLong { max: TAG_MAX })]);
        let mut many = input();
        many.tags = (0..=TAGS_MAX).map(|i| format!("t{i}")).collect();
        let errs = many.validate(Currency::COP, "57", today()).unwrap_err();
        assert_eq!(errs[0].problem, Problem::TooMany { max: TAGS_MAX as u32 });
        assert_eq!(parse_tags("restaurante, referido;\n ,vip"), vec!["restaurante", "referido", "vip"]);
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    #[test]
    fn valid_input_is_normalised() {
        let v = input().validate(Currency::COP, "57", today()).unwrap();
        assert_eq!(v.name, "Ana Torres");
        assert_eq!(v.phone.as_str(), "+573001234567");
        assert_eq!(v.deal_value, Money::new(150_000_000, Currency::COP));
    }

    #[test]
    fn reports_every_bad_field_at_once() {
        let mut i = input();
        i.name = "   ".into();
        i.phone = "12ab".into();
        i.deal_value_minor = -100;
        i.next_follow_up = NaiveDate::from_ymd_opt(2099, 1, 1);
        let errs = i.validate(Currency::COP, "57", today()).unwrap_err();
        assert_eq!(
            errs,
            vec![
                FieldError::new(Field::Name, Problem::Required),
                FieldError::new(Field::Phone, Problem::InvalidPhone),
                FieldError::new(Field::DealValue, Problem::Negative),
                FieldError::new(Field::NextFollowUp, Problem::DateOutOfRange),
            ]
        );
    }

    #[test]
    fn length_limits_count_characters() {
        let mut i = input();
        i.name = "ñ".repeat(NAME_MAX as usize);
        assert!(i.validate(Currency::COP, "57", today()).is_ok());
        i.name.push('ñ');
        let errs = i.validate(Currency::COP, "57", today()).unwrap_err();
        assert_eq!(
            errs,
            vec![FieldError::new(
                Field::Name,
                Problem::TooLong { max: NAME_MAX }
            )]
        );
    }

    #[test]
    fn stage_keys_round_trip() {
        for s in Stage::ALL {
            assert_eq!(Stage::from_key(s.key()), Some(s));
        }
        assert_eq!(Stage::from_key("nope"), None);
    }

    fn client(name: &str, stage: Stage, value: i64, follow: Option<(i32, u32, u32)>) -> Client {
        Client {
            id: name.to_lowercase(),
            name: name.into(),
            phone: "+573001234567".into(),
            business: format!("Negocio de {name}"),
            stage,
            deal_value: Money::new(value, Currency::COP),
            next_follow_up: follow.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            notes: String::new(),
            tags: vec!["vip".into()],
            created_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn summary_sums_open_and_won_separately() {
        let list = vec![
            client("A", Stage::Lead, 100, None),
            client("B", Stage::Proposal, 250, None),
            client("C", Stage::Won, 1_000, None),
            client("D", Stage::Lost, 7_000, None),
            client("E", Stage::Won, 5, None),
        ];
        let s = pipeline_summary(&list, Currency::COP);
        assert_eq!(s.clients, 5);
        assert_eq!(s.open_value, Money::new(350, Currency::COP));
        assert_eq!(s.won_value, Money::new(1_005, Currency::COP));
        let won = s
            .by_stage
            .iter()
            .find(|(st, _, _)| *st == Stage::Won)
            .unwrap();
        assert_eq!((won.1, won.2.minor), (2, 1_005));
    }

    #[test]
    fn summary_skips_foreign_currency_and_saturates() {
        let mut usd = client("U", Stage::Lead, 999, None);
        usd.deal_value = Money::new(999, Currency::USD);
        let big = client("Big", Stage::Lead, i64::MAX, None);
        let s = pipeline_summary(&[usd, big.clone(), big], Currency::COP);
        assert_eq!(s.open_value.minor, i64::MAX);
        assert_eq!(s.by_stage[0].1, 3);
    }

    #[test]
    fn due_follow_ups_are_open_and_not_in_the_future() {
        let list = vec![
            client("Later", Stage::Lead, 0, Some((2026, 12, 5))),
            client("Today", Stage::Proposal, 0, Some((2026, 12, 1))),
            client("Overdue", Stage::Negotiation, 0, Some((2026, 11, 20))),
            client("WonAlready", Stage::Won, 0, Some((2026, 11, 1))),
            client("NoDate", Stage::Lead, 0, None),
        ];
        let due: Vec<&str> = follow_ups_due(&list, today())
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(due, vec!["Overdue", "Today"]);
    }

    fn matches_query(c: &Client, query: &str) -> bool {
        ClientQuery::new(query).matches(&search_key(c), &c.phone)
    }

    #[test]
    fn search_ignores_case_and_accents() {
        let c = client("Lucía Ramírez", Stage::Lead, 0, None);
        assert!(matches_query(&c, "lucia"));
        let mut n = client("Iván Núñez", Stage::Lead, 0, None);
        n.business = "Peñalosa y Cía".into();
        for q in ["nunez", "NÚÑEZ", "núñez", "penalosa", "peñalosa y cia"] {
            assert!(matches_query(&n, q), "{q}");
        }
        assert!(!matches_query(&n, "nunez penalosa"), "fields are searched one at a time");
        assert!(matches_query(&c, "RAMIREZ"));
        assert!(matches_query(&c, "negocio"));
        assert!(matches_query(&c, "300123"));
        assert!(matches_query(&c, "  "));
        assert!(!matches_query(&c, "pedro"));
        assert!(!matches_query(&c, "999"));
    }
}
