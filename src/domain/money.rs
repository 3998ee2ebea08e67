//! Money as integer minor units with an ISO 4217 currency. Never floating point.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Currencies the agency bills in. Each knows how many minor digits it uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    USD,
    MXN,
    COP,
    PEN,
    CLP,
    ARS,
    BOB,
    GTQ,
    DOP,
    UYU,
    EUR,
}

impl Currency {
    pub const ALL: [Currency; 11] = [
        Currency::USD,
        Currency::MXN,
        Currency::COP,
        Currency::PEN,
        Currency::CLP,
        Currency::ARS,
        Currency::BOB,
        Currency::GTQ,
        Currency::DOP,
        Currency::UYU,
        Currency::EUR,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Currency::USD => "USD",
            Currency::MXN => "MXN",
            Currency::COP => "COP",
            Currency::PEN => "PEN",
            Currency::CLP => "CLP",
            Currency::ARS => "ARS",
            Currency::BOB => "BOB",
            Currency::GTQ => "GTQ",
            Currency::DOP => "DOP",
            Currency::UYU => "UYU",
            Currency::EUR => "EUR",
        }
    }

    pub fn parse(code: &str) -> Option<Currency> {
        let code = code.trim();
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }

    /// Number of digits after the decimal separator (ISO 4217 exponent).
    pub fn minor_digits(self) -> u32 {
        match self {
            Currency::CLP => 0,
            _ => 2,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Currency::PEN => "S/",
            Currency::BOB => "Bs",
            Currency::GTQ => "Q",
            Currency::DOP => "RD$",
            Currency::UYU => "$U",
            Currency::EUR => "€",
            Currency::USD => "US$",
            _ => "$",
        }
    }

    /// Minor units per major unit (100 for USD, 1 for CLP).
    pub fn scale(self) -> i64 {
        10_i64.pow(self.minor_digits())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money: integer minor units (cents) plus its currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

/// Largest amount accepted anywhere in the app: 10^13 minor units
/// (a hundred thousand million pesos), far above any website deal.
pub const MAX_MINOR: i64 = 10_000_000_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AmountError {
    Empty,
    Invalid,
    TooManyDecimals,
    TooLarge,
}

/// Number formatting convention for display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberStyle {
    /// 1.234.567,89 (most of Latin America)
    DotThousands,
    /// 1,234,567.89 (Mexico, English)
    CommaThousands,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Self {
        Money { minor, currency }
    }

    pub fn zero(currency: Currency) -> Self {
        Money { minor: 0, currency }
    }

    /// Sum in the same currency; `None` on currency mismatch or overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Money::new(
            self.minor.checked_add(other.minor)?,
            self.currency,
        ))
    }

    /// Human format, e.g. `$ 1.500.000` or `US$ 1,250.50`. Zero decimals are omitted.
    pub fn format(self, style: NumberStyle) -> String {
        let (thousands, decimal) = match style {
            NumberStyle::DotThousands => ('.', ','),
            NumberStyle::CommaThousands => (',', '.'),
        };
        let scale = self.currency.scale();
        let neg = self.minor < 0;
        let abs = self.minor.unsigned_abs();
        let major = abs / scale as u64;
        let minor = abs % scale as u64;
        let digits = major.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(thousands);
            }
            grouped.push(ch);
        }
        let mut out = String::new();
        if neg {
            out.push('-');
        }
        out.push_str(self.currency.symbol());
        out.push(' ');
        out.push_str(&grouped);
        if minor != 0 {
            out.push(decimal);
            out.push_str(&format!(
                "{:0width$}",
                minor,
                width = self.currency.minor_digits() as usize
            ));
        }
        out
    }
}

/// Sums and differences stay in one currency. The finance domain works on one
/// currency's records at a time, so a mix is a bug: caught in debug builds and tests,
/// and the left-hand currency wins otherwise. They saturate instead of overflowing.
impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        debug_assert_eq!(self.currency, other.currency, "adding two currencies");
        Money::new(self.minor.saturating_add(other.minor), self.currency)
    }
}

impl std::ops::Sub for Money {
    type Output = Money;
    fn sub(self, other: Money) -> Money {
        debug_assert_eq!(self.currency, other.currency, "subtracting two currencies");
        Money::new(self.minor.saturating_sub(other.minor), self.currency)
    }
}

impl std::ops::AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        *self = *self + other;
    }
}

impl Money {
    /// Sum of amounts in `currency` (zero for none).
    pub fn sum(currency: Currency, amounts: impl IntoIterator<Item = Money>) -> Money {
        amounts.into_iter().fold(Money::zero(currency), |a, b| a + b)
    }

    /// `n` times this amount (saturating).
    pub fn times(self, n: i64) -> Money {
        Money::new(self.minor.saturating_mul(n), self.currency)
    }

    /// `self * num / den`, computed exactly and rounded toward zero (`den` > 0).
    pub fn ratio(self, num: i64, den: i64) -> Money {
        let v = i128::from(self.minor) * i128::from(num) / i128::from(den.max(1));
        Money::new(v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64, self.currency)
    }

    pub fn is_positive(self) -> bool {
        self.minor > 0
    }

    /// The larger of this and zero.
    pub fn or_zero(self) -> Money {
        Money::new(self.minor.max(0), self.currency)
    }

    /// Whole currency units, cents dropped (toward zero).
    pub fn whole_units(self) -> i64 {
        self.minor / self.currency.scale()
    }
}

impl Money {
    /// Short form for dashboards on small screens: `$ 11,8 M`, `$ 950 mil` (Spanish
    /// style) or `$ 11.8M`, `$ 950K` (English). Rounds half up on the last digit shown;
    /// exact amounts under a thousand major units are shown as `format` does.
    pub fn format_compact(self, style: NumberStyle) -> String {
        let scale = self.currency.scale() as u128;
        let abs = self.minor.unsigned_abs() as u128;
        let major = abs / scale;
        let sign = if self.minor < 0 { "-" } else { "" };
        let (unit_size, unit): (u128, &str) = match (major, style) {
            (m, NumberStyle::DotThousands) if m >= 1_000_000 => (1_000_000, " M"),
            (m, NumberStyle::CommaThousands) if m >= 1_000_000 => (1_000_000, "M"),
            (m, NumberStyle::DotThousands) if m >= 1_000 => (1_000, " mil"),
            (m, NumberStyle::CommaThousands) if m >= 1_000 => (1_000, "K"),
            _ => return self.format(style),
        };
        // Tenths of the unit, rounded half up, in integer arithmetic.
        let tenths = (abs * 10 + unit_size * scale / 2) / (unit_size * scale);
        let whole = tenths / 10;
        let frac = tenths % 10;
        let decimal = match style {
            NumberStyle::DotThousands => ',',
            NumberStyle::CommaThousands => '.',
        };
        let number = if frac == 0 || whole >= 100 {
            format!("{}", (tenths + 5) / 10)
        } else {
            format!("{whole}{decimal}{frac}")
        };
        format!("{sign}{} {number}{unit}", self.currency.symbol())
    }
}

/// Parses what a seller types into an amount field: `1500`, `1.500.000`, `1,500.50`,
/// `1500,5`, `$ 2.000`, `-30`. Returns minor units. The sign is kept so validation can
/// say "negative" instead of "invalid".
///
/// Separator rule: with both `.` and `,` present the last one is the decimal separator;
/// with one kind repeated it groups thousands; a single one followed by exactly three
/// digits groups thousands, otherwise it is the decimal separator.
pub fn parse_amount(input: &str, currency: Currency) -> Result<i64, AmountError> {
    let mut s: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    for sym in ["US$", "RD$", "$U", "S/", "Bs", "€", "$"] {
        s = s.replace(sym, "");
    }
    for code in Currency::ALL {
        let tail = s.len().saturating_sub(3);
        if s.len() > 3
            && s.get(tail..)
                .is_some_and(|t| t.eq_ignore_ascii_case(code.code()))
        {
            s.truncate(tail);
        }
    }
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    let neg = s.starts_with('-');
    let body = if neg { &s[1..] } else { &s[..] };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(AmountError::Invalid);
    }
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(AmountError::Invalid);
    }
    let last_dot = body.rfind('.');
    let last_comma = body.rfind(',');
    let decimal_sep = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
        (Some(_), None) | (None, Some(_)) => {
            let sep = if last_dot.is_some() { '.' } else { ',' };
            let count = body.matches(sep).count();
            let pos = body.rfind(sep).unwrap_or(0);
            let after = body.len() - pos - 1;
            if count > 1 || (after == 3 && currency.minor_digits() != 3) {
                None
            } else {
                Some(sep)
            }
        }
        (None, None) => None,
    };
    let (int_part, frac_part) = match decimal_sep {
        Some(sep) => {
            let pos = body.rfind(sep).unwrap_or(body.len());
            (&body[..pos], &body[pos + 1..])
        }
        None => (body, ""),
    };
    // Thousands groups must be well formed: 1.500.000 yes, 1.50.0 no.
    let group_sep = match decimal_sep {
        Some('.') => ',',
        Some(_) => '.',
        None => {
            if int_part.contains('.') {
                '.'
            } else {
                ','
            }
        }
    };
    if int_part.contains(group_sep) {
        let groups: Vec<&str> = int_part.split(group_sep).collect();
        let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return Err(AmountError::Invalid);
        }
    }
    let other = if group_sep == '.' { ',' } else { '.' };
    if int_part.contains(other) || frac_part.contains('.') || frac_part.contains(',') {
        return Err(AmountError::Invalid);
    }
    let int_digits: String = int_part.chars().filter(|c| c.is_ascii_digit()).collect();
    if int_digits.is_empty() {
        return Err(AmountError::Invalid);
    }
    let digits = currency.minor_digits() as usize;
    if frac_part.len() > digits {
        if frac_part[digits..].chars().all(|c| c == '0') {
            // "1500.00" in CLP is still 1500
        } else {
            return Err(AmountError::TooManyDecimals);
        }
    }
    let mut frac: String = frac_part.chars().take(digits).collect();
    while frac.len() < digits {
        frac.push('0');
    }
    let major: i64 = int_digits.parse().map_err(|_| AmountError::TooLarge)?;
    let minor: i64 = if frac.is_empty() {
        0
    } else {
        frac.parse().map_err(|_| AmountError::Invalid)?
    };
    let value = major
        .checked_mul(currency.scale())
        .and_then(|v| v.checked_add(minor))
        .ok_or(AmountError::TooLarge)?;
    if value > MAX_MINOR {
        return Err(AmountError::TooLarge);
    }
    Ok(if neg { -value } else { value })
}

/// The value to prefill an amount input with, in plain digits (`1500.5` style avoided):
/// `1500000` or `1250,50` / `1250.50` by style.
pub fn amount_input_text(minor: i64, currency: Currency, style: NumberStyle) -> String {
    let scale = currency.scale();
    let major = minor / scale;
    let rest = (minor % scale).abs();
    if rest == 0 {
        return major.to_string();
    }
    let sep = match style {
        NumberStyle::DotThousands => ',',
        NumberStyle::CommaThousands => '.',
    };
    format!(
        "{major}{sep}{rest:0width$}",
        width = currency.minor_digits() as usize
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_and_grouped_amounts() {
        assert_eq!(parse_amount("1500", Currency::COP), Ok(150_000));
        assert_eq!(parse_amount("1.500.000", Currency::COP), Ok(150_000_000));
        assert_eq!(parse_amount("1,500,000", Currency::MXN), Ok(150_000_000));
        assert_eq!(parse_amount("$ 2.000", Currency::COP), Ok(200_000));
        assert_eq!(parse_amount("1.500", Currency::COP), Ok(150_000));
        assert_eq!(parse_amount("1,500", Currency::USD), Ok(150_000));
    }

    #[test]
    fn parses_decimals_with_either_separator() {
        assert_eq!(parse_amount("1250,50", Currency::USD), Ok(125_050));
        assert_eq!(parse_amount("1250.5", Currency::USD), Ok(125_050));
        assert_eq!(parse_amount("1.250,75", Currency::PEN), Ok(125_075));
        assert_eq!(parse_amount("1,250.75", Currency::MXN), Ok(125_075));
        assert_eq!(parse_amount("0,99", Currency::USD), Ok(99));
    }

    #[test]
    fn keeps_sign_for_validation() {
        assert_eq!(parse_amount("-30", Currency::USD), Ok(-3000));
    }

    #[test]
    fn clp_has_no_minor_units() {
        assert_eq!(parse_amount("350.000", Currency::CLP), Ok(350_000));
        assert_eq!(parse_amount("350000,00", Currency::CLP), Ok(350_000));
        assert_eq!(
            parse_amount("350,5", Currency::CLP),
            Err(AmountError::TooManyDecimals)
        );
    }

    #[test]
    fn rejects_garbage() {
        assert_eq!(parse_amount("", Currency::USD), Err(AmountError::Empty));
        assert_eq!(parse_amount("  ", Currency::USD), Err(AmountError::Empty));
        assert_eq!(
            parse_amount("abc", Currency::USD),
            Err(AmountError::Invalid)
        );
        assert_eq!(
            parse_amount("1.50.0", Currency::USD),
            Err(AmountError::Invalid)
        );
        assert_eq!(
            parse_amount("12a", Currency::USD),
            Err(AmountError::Invalid)
        );
        assert_eq!(parse_amount(".5", Currency::USD), Err(AmountError::Invalid));
        assert_eq!(
            parse_amount("1,234.5.6", Currency::USD),
            Err(AmountError::Invalid)
        );
        assert_eq!(
            parse_amount("1.999", Currency::USD),
            Ok(199_900),
            "three digits after a lone separator group thousands"
        );
        assert_eq!(
            parse_amount("99999999999999999999", Currency::USD),
            Err(AmountError::TooLarge)
        );
        assert_eq!(
            parse_amount("100000000001", Currency::USD),
            Err(AmountError::TooLarge)
        );
        assert_eq!(parse_amount("12,345", Currency::USD), Ok(1_234_500));
        assert_eq!(
            parse_amount("12,3456", Currency::USD),
            Err(AmountError::TooManyDecimals)
        );
    }

    #[test]
    fn formats_by_style() {
        let m = Money::new(150_000_000, Currency::COP);
        assert_eq!(m.format(NumberStyle::DotThousands), "$ 1.500.000");
        let u = Money::new(125_050, Currency::USD);
        assert_eq!(u.format(NumberStyle::CommaThousands), "US$ 1,250.50");
        assert_eq!(u.format(NumberStyle::DotThousands), "US$ 1.250,50");
        assert_eq!(
            Money::new(-5, Currency::USD).format(NumberStyle::CommaThousands),
            "-US$ 0.05"
        );
        assert_eq!(
            Money::new(999, Currency::CLP).format(NumberStyle::DotThousands),
            "$ 999"
        );
    }

    #[test]
    fn format_and_parse_round_trip() {
        for minor in [0_i64, 1, 99, 100, 123_456, 150_000_000, 9_999_999_999] {
            for style in [NumberStyle::DotThousands, NumberStyle::CommaThousands] {
                let text = Money::new(minor, Currency::USD).format(style);
                assert_eq!(parse_amount(&text, Currency::USD), Ok(minor), "{text}");
                let input = amount_input_text(minor, Currency::USD, style);
                assert_eq!(parse_amount(&input, Currency::USD), Ok(minor), "{input}");
            }
        }
    }

    #[test]
    fn compact_format_for_small_screens() {
        let cop = |major: i64| Money::new(major * 100, Currency::COP);
        assert_eq!(
            cop(11_800_000).format_compact(NumberStyle::DotThousands),
            "$ 11,8 M"
        );
        assert_eq!(
            cop(11_800_000).format_compact(NumberStyle::CommaThousands),
            "$ 11.8M"
        );
        assert_eq!(
            cop(3_000_000).format_compact(NumberStyle::DotThousands),
            "$ 3 M"
        );
        assert_eq!(
            cop(950_000).format_compact(NumberStyle::DotThousands),
            "$ 950 mil"
        );
        assert_eq!(
            cop(1_250).format_compact(NumberStyle::CommaThousands),
            "$ 1.3K"
        );
        assert_eq!(
            cop(999_960).format_compact(NumberStyle::DotThousands),
            "$ 1000 mil"
        );
        assert_eq!(
            cop(250_400_000).format_compact(NumberStyle::DotThousands),
            "$ 250 M"
        );
        assert_eq!(cop(999).format_compact(NumberStyle::DotThousands), "$ 999");
        assert_eq!(
            Money::new(-150_000_000, Currency::COP).format_compact(NumberStyle::DotThousands),
            "-$ 1,5 M"
        );
    }

    #[test]
    fn checked_add_refuses_mixed_currencies() {
        let a = Money::new(100, Currency::USD);
        assert_eq!(
            a.checked_add(Money::new(1, Currency::USD)),
            Some(Money::new(101, Currency::USD))
        );
        assert_eq!(a.checked_add(Money::new(1, Currency::MXN)), None);
        assert_eq!(Money::new(i64::MAX, Currency::USD).checked_add(a), None);
    }
}
