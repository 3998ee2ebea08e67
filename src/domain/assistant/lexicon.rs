//! The Spanish and English lexicons of the style reading, matched at word starts in one
//! pass per message (what a message *does* is read by `acts`).

pub(super) const DIRECTIVE: &[&str] = &[
    "necesito", "quiero", "envíame", "enviame", "mándame", "mandame", "hagámoslo",
    "hagamoslo", "dale", "listo", "de una", "confirmo", "empecemos", "arranquemos",
    "para cuándo", "para cuando", "lo antes posible", "urgente", "ya mismo", "hoy mismo",
    "i need", "i want", "send me", "let's do it", "lets do it", "asap", "go ahead", "deal",
];
pub(super) const TENTATIVE: &[&str] = &[
    "tal vez", "quizás", "quizas", "me gustaría", "me gustaria", "no sé", "no se si",
    "sería posible", "seria posible", "podría", "podria", "será que", "sera que",
    "creo que", "a lo mejor", "disculpa", "perdón", "perdon", "maybe", "perhaps",
    "i wonder", "would it be", "could you", "not sure", "sorry",
];
pub(super) const EMOTIVE: &[&str] = &[
    "me encanta", "me encantó", "me encanto", "genial", "qué lindo", "que lindo", "hermoso",
    "increíble", "increible", "jaja", "jeje", "feliz", "emocionad", "ilusión", "ilusion",
    "mil gracias", "muchas gracias", "qué bueno", "que bueno", "súper", "super", "bello",
    "love", "amazing", "awesome", "great", "haha", "lol", "excited", "beautiful", "wow",
];
pub(super) const FACTUAL: &[&str] = &[
    "cuántas", "cuantas", "cuántos", "cuantos", "incluye", "hosting", "dominio", "plazo",
    "garantía", "garantia", "especificacion", "detalle", "factura", "contrato", "soporte",
    "mantenimiento", "velocidad", "seo", "página", "pagina", "funcion", "proceso",
    "how many", "include", "domain", "deadline", "warranty", "invoice", "contract",
    "support", "maintenance", "spec", "feature", "details",
];
/// Lexicons in bit order: a message's hits are one `u16`.
pub(super) const LEXICONS: [&[&str]; 4] = [DIRECTIVE, TENTATIVE, EMOTIVE, FACTUAL];
pub(super) const L_DIRECTIVE: u16 = 1;
pub(super) const L_TENTATIVE: u16 = 1 << 1;
pub(super) const L_EMOTIVE: u16 = 1 << 2;
pub(super) const L_FACTUAL: u16 = 1 << 3;

/// Every lexicon entry, bucketed by its first byte (all entries start with an ASCII
/// letter), so a message is matched in one pass over its word starts.
pub(super) fn index() -> &'static [Vec<(&'static str, u16)>; 128] {
    static INDEX: std::sync::OnceLock<[Vec<(&'static str, u16)>; 128]> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut idx: [Vec<(&'static str, u16)>; 128] = std::array::from_fn(|_| Vec::new());
        for (bit, words) in LEXICONS.iter().enumerate() {
            for w in *words {
                let first = w.as_bytes()[0];
                debug_assert!(first.is_ascii_lowercase(), "{w}");
                idx[usize::from(first & 0x7f)].push((w, 1 << bit));
            }
        }
        idx
    })
}

/// Which lexicons a lowercased message hits, at word starts only (so "caro" does not
/// match "acaronado", while stems like "emocionad" match "emocionada").
pub(super) fn hits(text_lower: &str) -> u16 {
    let idx = index();
    let b = text_lower.as_bytes();
    let mut found = 0u16;
    let mut prev_alnum = false;
    for (i, &c) in b.iter().enumerate() {
        // Continuation bytes of a multi-byte letter keep the word going.
        let alnum = c.is_ascii_alphanumeric() || c >= 0x80 && (prev_alnum || c >= 0xc0) && !is_punct_start(b, i);
        if alnum && !prev_alnum && c.is_ascii_lowercase() {
            for (w, bit) in &idx[usize::from(c)] {
                if found & bit == 0 && b[i..].starts_with(w.as_bytes()) {
                    found |= bit;
                }
            }
        }
        prev_alnum = alnum;
    }
    found
}

/// `¿`, `¡` and other Latin-1 punctuation start with 0xC2; they end a word.
pub(super) fn is_punct_start(b: &[u8], i: usize) -> bool {
    b[i] == 0xc2 || (i > 0 && b[i - 1] == 0xc2 && b[i] < 0xc0)
}

pub(super) fn count_emoji(s: &str) -> usize {
    s.chars()
        .filter(|c| matches!(u32::from(*c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF))
        .count()
}

pub(super) fn quote(s: &str) -> String {
    const MAX: usize = 140;
    let s = s.trim();
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}…")
    }
}
