//! What an LLM is told when it writes the drafts, and how its answer is read back: the
//! seller's voice (tuteo or usted, emoji or not, how long their replies are), the
//! workspace's facts as the one sheet of truth, and the answer split into one draft per
//! principle as it streams in. Pure, no I/O; the guard (`guard.rs`) checks each draft.

use super::*;

/// How the seller writes to this client, which the drafts imitate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Voice {
    /// Usted rather than tú.
    pub formal: bool,
    pub emoji: bool,
    /// The seller's median reply length in characters.
    pub typical_chars: usize,
}

impl Voice {
    /// The longest draft accepted: three typical replies, within sane bounds.
    pub fn max_chars(&self) -> usize {
        (self.typical_chars * 3).clamp(280, 900)
    }
}

const USTED: &[&str] = &["usted", "ud", "uds", "ustedes", "su", "sus", "le", "puede", "quiere", "tiene", "necesita", "desea"];
const TU: &[&str] = &["tu", "tú", "te", "ti", "contigo", "puedes", "quieres", "tienes", "necesitas", "vos", "podes", "queres"];

fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF)
}

/// The seller's voice in this chat; the client's when the seller has not written yet.
pub fn voice(lines: &[Line<'_>]) -> Voice {
    let texts = |side: Side| -> Vec<&str> {
        lines
            .iter()
            .rev()
            .filter(|l| l.side == side && l.kind == MessageKind::Text && !l.text.trim().is_empty())
            .take(40)
            .map(|l| l.text)
            .collect()
    };
    let mut mine = texts(Side::Me);
    if mine.is_empty() {
        mine = texts(Side::Client);
    }
    let (mut usted, mut tu) = (0usize, 0usize);
    for t in &mine {
        let f = fold(t);
        for w in words(&f) {
            usted += usize::from(USTED.contains(&w));
            tu += usize::from(TU.contains(&w));
        }
    }
    let with_emoji = mine.iter().filter(|t| t.chars().any(is_emoji)).count();
    let mut lengths: Vec<usize> = mine.iter().map(|t| t.chars().count()).collect();
    lengths.sort_unstable();
    Voice {
        formal: usted > tu,
        emoji: !mine.is_empty() && with_emoji * 4 >= mine.len(),
        typical_chars: lengths.get(lengths.len() / 2).copied().unwrap_or(220),
    }
}

/// The facts as the LLM is given them: every line a claim a draft may repeat.
pub fn fact_sheet(facts: &SalesFacts, lang: Lang, today: NaiveDate) -> String {
    let style = lang.number_style();
    let mut out = Vec::new();
    for o in &facts.offers {
        out.push(format!(
            "- Offer \"{}\": price {} ({} working days to deliver)",
            o.name,
            o.price.format(style),
            o.delivery_days
        ));
    }
    if !facts.portfolio_url.is_empty() {
        out.push(format!("- Portfolio link: {}", facts.portfolio_url));
    }
    for t in &facts.testimonials {
        out.push(format!("- Testimonial by {}: \"{}\"", t.author, t.text));
    }
    if let Some(n) = facts.clients_served {
        out.push(format!("- Clients served: {n}"));
    }
    if let Some(n) = facts.years_in_business {
        out.push(format!("- Years in business: {n}"));
    }
    if !facts.guarantee.is_empty() {
        out.push(format!("- Guarantee: {}", facts.guarantee));
    }
    match facts.scarcity(today) {
        Some(Scarcity::Slots { left, until }) => {
            out.push(format!("- Project slots left: {left}, until {until} (the only allowed urgency)"));
        }
        Some(Scarcity::Promo { text, until }) => {
            out.push(format!("- Promotion: {text}, valid until {until} (the only allowed discount and urgency)"));
        }
        None => out.push("- No open deadline, promotion or discount: no urgency and no discounts.".into()),
    }
    out.join("\n")
}

/// Splits a streamed answer written as `### principle_key` header lines, each followed by
/// its draft, into drafts as soon as each one is complete.
#[derive(Debug, Default)]
pub struct Sections {
    /// The incomplete last line.
    partial: String,
    current: Option<(String, String)>,
}

impl Sections {
    /// Feeds the next piece of the answer; returns the drafts it completed (key, text).
    pub fn push(&mut self, delta: &str) -> Vec<(String, String)> {
        self.partial.push_str(delta);
        let mut done = Vec::new();
        while let Some(nl) = self.partial.find('\n') {
            let line: String = self.partial.drain(..=nl).collect();
            self.line(line.trim_end_matches(['\n', '\r']), &mut done);
        }
        // The next header has begun: the draft before it is complete already.
        if self.partial.trim_start().starts_with("###") {
            done.extend(self.current.take().map(|(k, t)| (k, t.trim().to_string())));
        }
        done
    }

    /// The end of the answer: the last draft.
    pub fn finish(mut self) -> Vec<(String, String)> {
        let mut done = Vec::new();
        let rest = std::mem::take(&mut self.partial);
        if !rest.is_empty() {
            self.line(&rest, &mut done);
        }
        done.extend(self.current.take().map(|(k, t)| (k, t.trim().to_string())));
        done
    }

    /// The draft being written and its complete sentences so far (what can be shown
    /// while the rest streams in), once it has at least one.
    pub fn writing(&self) -> Option<(&str, String)> {
        let (key, text) = self.current.as_ref()?;
        let mut so_far = text.clone();
        if !self.partial.trim_start().starts_with('#') {
            so_far.push_str(&self.partial);
        }
        // A sentence ends at . ! ? or … followed by a space or a line break ("$1.800.000"
        // and links do not end one).
        let bytes = so_far.as_bytes();
        let end = so_far
            .char_indices()
            .rev()
            .find(|(i, c)| {
                let next = bytes.get(i + c.len_utf8()).copied();
                *c == '\n' || matches!(c, '.' | '!' | '?' | '…') && next.is_some_and(|b| b == b' ' || b == b'\n')
            })
            .map(|(i, c)| i + c.len_utf8())?;
        let mut shown = so_far[..end].trim();
        // A quotation not closed yet cannot be checked against the testimonials: what
        // comes before it is shown, it waits.
        if let Some(open) = unclosed_quote(shown) {
            shown = shown[..open].trim_end();
        }
        (!shown.is_empty()).then(|| (key.as_str(), shown.to_string()))
    }

    fn line(&mut self, line: &str, done: &mut Vec<(String, String)>) {
        if let Some(header) = line.trim_start().strip_prefix("###") {
            done.extend(self.current.take().map(|(k, t)| (k, t.trim().to_string())));
            let key = header.trim().trim_matches(['*', '`', ':', ' ']).to_lowercase().replace([' ', '-'], "_");
            self.current = Some((key, String::new()));
        } else if let Some((_, text)) = &mut self.current {
            text.push_str(line);
            text.push('\n');
        }
    }
}

/// Where the last quotation still open in `text` begins, if one is.
fn unclosed_quote(text: &str) -> Option<usize> {
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '"' => open = if open.is_some() { None } else { Some(i) },
            '“' | '«' => open = Some(i),
            '”' | '»' => open = None,
            _ => {}
        }
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn lines<'a>(msgs: &[(Side, &'a str)]) -> Vec<Line<'a>> {
        let at = Utc.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).unwrap();
        msgs.iter().map(|(side, text)| Line { at, side: *side, kind: MessageKind::Text, text }).collect()
    }

    #[test]
    fn the_voice_follows_the_seller() {
        let v = voice(&lines(&[
            (Side::Client, "Buenas, ¿cuánto cuesta?"),
            (Side::Me, "Buenas tardes, con gusto le cuento: ¿usted ya tiene dominio?"),
            (Side::Client, "No"),
            (Side::Me, "Perfecto, se lo incluimos. ¿Le envío la propuesta?"),
        ]));
        assert!(v.formal);
        assert!(!v.emoji);
        let v = voice(&lines(&[
            (Side::Me, "¡Hola! 😊 ¿Tienes logo?"),
            (Side::Me, "Te paso la propuesta 🙌 cuéntame qué te parece"),
        ]));
        assert!(!v.formal);
        assert!(v.emoji);
        assert_eq!(v.typical_chars, 45);
        assert_eq!(v.max_chars(), 280);
        // No seller message yet: mirror the client.
        assert!(voice(&lines(&[(Side::Client, "¿Usted me puede enviar precios?")])).formal);
    }

    #[test]
    fn drafts_come_out_as_each_one_ends() {
        let mut s = Sections::default();
        let mut got = Vec::new();
        for piece in ["### author", "ity\nHola Ana,\nsomos ", "expertos.\n", "###", " Social Proof\n", "Mira a Marta", "."] {
            got.extend(s.push(piece));
            if piece == "expertos.\n" {
                assert!(got.is_empty(), "a draft may go on after a line break");
            }
            if piece == "###" {
                assert_eq!(got, vec![("authority".to_string(), "Hola Ana,\nsomos expertos.".to_string())]);
            }
        }
        got.extend(s.finish());
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], ("social_proof".to_string(), "Mira a Marta.".to_string()));
        // While a draft streams, its complete sentences can be shown.
        let mut s = Sections::default();
        s.push("### liking\n¡Hola Ana! La landing queda en $1.800");
        assert_eq!(s.writing(), Some(("liking", "¡Hola Ana!".to_string())));
        s.push(".000. Mira https://agencia.co/x y");
        assert_eq!(s.writing(), Some(("liking", "¡Hola Ana! La landing queda en $1.800.000.".to_string())));
        s.push(" dime\n");
        assert_eq!(s.writing().unwrap().1, "¡Hola Ana! La landing queda en $1.800.000. Mira https://agencia.co/x y dime");
        assert!(Sections::default().writing().is_none());
        // A quotation waits for its closing mark (it may be a testimonial nobody gave).
        let mut s = Sections::default();
        s.push("### social_proof\nMira. Marta dijo: \"Son los mejores. Los recomiendo");
        assert_eq!(s.writing().unwrap().1, "Mira. Marta dijo:");
        s.push("\". ¿Te");
        assert_eq!(s.writing().unwrap().1, "Mira. Marta dijo: \"Son los mejores. Los recomiendo\".");
        // Text before the first header is not a draft.
        let mut s = Sections::default();
        assert!(s.push("Claro, aquí van:\n").is_empty());
        assert!(s.finish().is_empty());
    }
}
