//! What a message is (text, media, deleted, system) from the markers each phone writes.

use super::*;

pub(super) const MEDIA_MARKERS: &[&str] = &[
    "<media omitted>",
    "<multimedia omitido>",
    "<multimedia omitidos>",
    "<archivo omitido>",
    "image omitted",
    "video omitted",
    "audio omitted",
    "sticker omitted",
    "gif omitted",
    "document omitted",
    "contact card omitted",
    "imagen omitida",
    "video omitido",
    "audio omitido",
    "sticker omitido",
    "gif omitido",
    "documento omitido",
    "tarjeta de contacto omitida",
    "(archivo adjunto)",
    "(file attached)",
    "<adjunto:",
    "<attached:",
];

pub(super) const DELETED_MARKERS: &[&str] = &[
    "this message was deleted",
    "you deleted this message",
    "se eliminó este mensaje",
    "eliminaste este mensaje",
    "este mensaje fue eliminado",
    "mensaje eliminado",
];

pub(super) const EDITED_MARKERS: &[&str] = &[
    "<this message was edited>",
    "<se editó este mensaje.>",
    "<se editó este mensaje>",
    "<mensaje editado>",
];

pub(super) const SYSTEM_MARKERS: &[&str] = &[
    "end-to-end encrypted",
    "cifrados de extremo a extremo",
    "cifrado de extremo a extremo",
    "created group",
    "created this group",
    "creó el grupo",
    "creó este grupo",
    "changed the subject",
    "cambió el asunto",
    "cambió el nombre del grupo",
    "changed this group's icon",
    "changed the group description",
    "cambió el ícono",
    "cambió la imagen del grupo",
    "cambió la descripción",
    "joined using this group's invite link",
    "se unió usando el enlace",
    "security code changed",
    "código de seguridad",
    "now an admin",
    "ahora eres admin",
    "disappearing messages",
    "mensajes temporales",
    "is a contact",
    "es un contacto",
    "changed their phone number",
    "cambió su número",
    "changed to",
    "cambió a",
    "blocked this contact",
    "bloqueaste a este contacto",
    "unblocked this contact",
    "desbloqueaste",
];

pub(super) fn contains_any(haystack_lower: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| haystack_lower.contains(n))
}

/// Kind, edited flag and cleaned text. `first_line_len` is where the first line of
/// `raw` ends. Cheap byte checks run first, so the common plain-text message is never
/// lowercased or scanned for markers.
pub(super) fn classify(system: bool, raw: &str, first_line_len: usize) -> (MessageKind, bool, &str) {
    let body = strip_marks(raw.trim());
    if system {
        return (MessageKind::System, false, body);
    }
    let first_line = raw[..first_line_len].trim_end();
    let mut body = body;
    let mut edited = false;
    if body.ends_with('>') {
        let lower_tail = tail_lower(body, 40);
        if let Some(marker) = EDITED_MARKERS.iter().find(|m| lower_tail.ends_with(*m)) {
            edited = true;
            let keep = body.len().saturating_sub(marker.len());
            if body.is_char_boundary(keep) {
                body = body[..keep].trim_end();
            }
        }
    }
    if may_be_media(first_line.as_bytes())
        && contains_any(&tail_lower(first_line, 200), MEDIA_MARKERS)
    {
        return (MessageKind::Media, edited, body);
    }
    // Every deleted marker ends with one of these words (then maybe a dot).
    let maybe_deleted = body.len() <= 40 && {
        let b = body.trim_end_matches('.').as_bytes();
        ends_with_ci(b, b"deleted")
            || ends_with_ci(b, b"message")
            || ends_with_ci(b, b"mensaje")
            || ends_with_ci(b, b"eliminado")
    };
    if maybe_deleted {
        let lower = body.to_lowercase();
        let trimmed = lower.trim_end_matches('.');
        if DELETED_MARKERS.contains(&trimmed) {
            return (MessageKind::Deleted, edited, body);
        }
    }
    (MessageKind::Text, edited, body)
}

/// Every media marker ends the first line: with `>` or `)` (`<Media omitted>`,
/// `IMG-1.jpg (archivo adjunto)`, `<adjunto: x>`) or with an "omitted" word.
pub(super) fn may_be_media(b: &[u8]) -> bool {
    matches!(b.last(), Some(b'>' | b')'))
        || ends_with_ci(b, b"omitted")
        || ends_with_ci(b, b"omitida")
        || ends_with_ci(b, b"omitido")
        || ends_with_ci(b, b"omitidos")
}

/// `b` ends with the lowercase ASCII `word`, ignoring ASCII case.
pub(super) fn ends_with_ci(b: &[u8], word: &[u8]) -> bool {
    b.len() >= word.len()
        && b[b.len() - word.len()..]
            .iter()
            .zip(word)
            .all(|(c, w)| c.to_ascii_lowercase() == *w)
}

/// Lowercase copy of (about) the last `n` bytes of `s`.
pub(super) fn tail_lower(s: &str, n: usize) -> String {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    s[start..].to_lowercase()
}

pub(super) fn is_system_text(text_lower: &str) -> bool {
    contains_any(text_lower, SYSTEM_MARKERS)
}
