//! The client's social style (assertiveness x responsiveness), with the messages behind it.

use super::*;

/// Reads the style from the client's text messages.
pub fn read_style(lines: &[Line<'_>]) -> Option<StyleReading> {
    let mut directive = 0.0f32;
    let mut tentative = 0.0f32;
    let mut emotive = 0.0f32;
    let mut factual = 0.0f32;
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut n = 0usize;
    let push = |evidence: &mut Vec<Evidence>, cue: Cue, text: &str| {
        if evidence.len() < 6 && evidence.iter().filter(|e| e.cue == cue).count() < 2 {
            evidence.push(Evidence {
                quote: quote(text),
                cue,
            });
        }
    };
    for l in lines
        .iter()
        .filter(|l| l.side == Side::Client && l.kind == MessageKind::Text)
    {
        n += 1;
        let h = hits(&super::acts::lowered(l.text));
        let questions = l.text.matches('?').count() as f32;
        let exclaims = l.text.matches('!').count() as f32;
        let emoji = count_emoji(l.text) as f32;
        let words = l.text.split_whitespace().count();
        let digits = l.text.chars().filter(char::is_ascii_digit).count();
        if h & L_DIRECTIVE != 0 {
            directive += 1.0;
            push(&mut evidence, Cue::Directive, l.text);
        }
        if h & L_TENTATIVE != 0 {
            tentative += 1.0;
            push(&mut evidence, Cue::Tentative, l.text);
        }
        // Short statements without questions read as telling; question runs as asking.
        if questions == 0.0 && words > 0 && words <= 6 && exclaims == 0.0 {
            directive += 0.3;
        }
        tentative += 0.35 * questions.min(2.0);
        if h & L_EMOTIVE != 0 || emoji > 0.0 || exclaims >= 2.0 {
            emotive += 1.0 + 0.3 * emoji.min(3.0);
            push(&mut evidence, Cue::Emotive, l.text);
        }
        if h & L_FACTUAL != 0 || digits >= 3 || words >= 25 {
            factual += 1.0;
            push(&mut evidence, Cue::Factual, l.text);
        }
    }
    if n < MIN_STYLE_MESSAGES {
        return None;
    }
    let axis = |pos: f32, neg: f32| {
        if pos + neg == 0.0 {
            0.0
        } else {
            (pos - neg) / (pos + neg + 1.0)
        }
    };
    let assertiveness = axis(directive, tentative);
    let responsiveness = axis(emotive, factual);
    let style = match (assertiveness >= 0.0, responsiveness > 0.0) {
        (false, false) => SocialStyle::Analytical,
        (true, false) => SocialStyle::Driver,
        (false, true) => SocialStyle::Amiable,
        (true, true) => SocialStyle::Expressive,
    };
    let cues = directive + tentative + emotive + factual;
    let amount = (cues / 8.0).min(1.0);
    let clarity = ((assertiveness.abs() + responsiveness.abs()) / 1.2).min(1.0);
    let confidence = (0.15 + 0.85 * amount * (0.3 + 0.7 * clarity)).min(0.95);
    Some(StyleReading {
        style,
        assertiveness,
        responsiveness,
        confidence,
        evidence,
    })
}
