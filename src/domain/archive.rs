//! Reads what the seller picks in "Export chat": the plain `.txt`, or the `.zip` that
//! holds it (`_chat.txt` on iOS, `WhatsApp Chat with X.txt` on Android) next to the
//! media files. Pure: bytes in, text and media names out. Only the chat entry is
//! inflated; media are listed by name and never decompressed.

use super::whatsapp::MAX_EXPORT_BYTES;
use serde::{Deserialize, Serialize};

/// A chat file ready for `whatsapp::parse_export`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatFile {
    /// Name of the chat text file (inside the archive, or the picked file).
    pub name: String,
    pub text: String,
    /// File names of the media next to the chat in the archive.
    pub media: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArchiveError {
    /// Neither a zip archive nor UTF-8 text.
    NotAChat,
    /// A zip without a `.txt` chat inside.
    NoChatInArchive,
    /// Password-protected entries cannot be read.
    Encrypted,
    /// A compression method other than stored or deflate (or a zip64 archive).
    Unsupported,
    /// Truncated or damaged archive (bad structure or checksum).
    Corrupt,
    /// The chat text is larger than the parser accepts.
    TooLarge { max_bytes: usize },
}

const LOCAL_SIG: u32 = 0x0403_4b50;
const CENTRAL_SIG: u32 = 0x0201_4b50;
const END_SIG: u32 = 0x0605_4b50;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// True when the bytes start like a zip archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    u32_at(bytes, 0) == Some(LOCAL_SIG)
}

/// Decodes a picked file: a zip export or the chat text itself.
pub fn read_chat_file(file_name: &str, bytes: &[u8]) -> Result<ChatFile, ArchiveError> {
    if is_zip(bytes) {
        return read_zip(bytes);
    }
    if bytes.len() > MAX_EXPORT_BYTES {
        return Err(ArchiveError::TooLarge {
            max_bytes: MAX_EXPORT_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ArchiveError::NotAChat)?;
    Ok(ChatFile {
        name: file_name.to_string(),
        text: text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
        media: Vec::new(),
    })
}

struct Entry<'a> {
    name: &'a str,
    flags: u16,
    method: u16,
    crc: u32,
    compressed: usize,
    uncompressed: usize,
    local_offset: usize,
}

/// Finds the end-of-central-directory record (it may be followed by a comment).
fn end_record(b: &[u8]) -> Option<usize> {
    let last = b.len().checked_sub(22)?;
    let first = last.saturating_sub(u16::MAX as usize);
    (first..=last).rev().find(|&i| u32_at(b, i) == Some(END_SIG))
}

fn entries(b: &[u8]) -> Result<Vec<Entry<'_>>, ArchiveError> {
    let end = end_record(b).ok_or(ArchiveError::Corrupt)?;
    let count = u16_at(b, end + 10).ok_or(ArchiveError::Corrupt)?;
    let dir_offset = u32_at(b, end + 16).ok_or(ArchiveError::Corrupt)?;
    if count == u16::MAX || dir_offset == u32::MAX {
        return Err(ArchiveError::Unsupported); // zip64
    }
    let mut at = dir_offset as usize;
    let mut out = Vec::with_capacity(usize::from(count));
    for _ in 0..count {
        if u32_at(b, at) != Some(CENTRAL_SIG) {
            return Err(ArchiveError::Corrupt);
        }
        let field = |off: usize| u16_at(b, at + off).ok_or(ArchiveError::Corrupt);
        let word = |off: usize| u32_at(b, at + off).ok_or(ArchiveError::Corrupt);
        let name_len = usize::from(field(28)?);
        let extra_len = usize::from(field(30)?);
        let comment_len = usize::from(field(32)?);
        let raw_name = b
            .get(at + 46..at + 46 + name_len)
            .ok_or(ArchiveError::Corrupt)?;
        let (compressed, uncompressed) = (word(20)?, word(24)?);
        if compressed == u32::MAX || uncompressed == u32::MAX {
            return Err(ArchiveError::Unsupported);
        }
        out.push(Entry {
            // Names are UTF-8 in WhatsApp exports; anything else is listed lossily.
            name: std::str::from_utf8(raw_name).unwrap_or("?"),
            flags: field(8)?,
            method: field(10)?,
            crc: word(16)?,
            compressed: compressed as usize,
            uncompressed: uncompressed as usize,
            local_offset: word(42)? as usize,
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(out)
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The chat text entry: `_chat.txt` if present, else the only top-level `.txt`.
fn chat_entry<'a, 'b>(entries: &'b [Entry<'a>]) -> Option<&'b Entry<'a>> {
    let is_txt = |e: &&Entry<'_>| {
        let n = base_name(e.name);
        n.len() > 4 && n[n.len() - 4..].eq_ignore_ascii_case(".txt") && !n.starts_with("._")
    };
    entries
        .iter()
        .find(|e| base_name(e.name) == "_chat.txt")
        .or_else(|| {
            let mut txt = entries.iter().filter(is_txt);
            match (txt.next(), txt.next()) {
                (Some(one), None) => Some(one),
                // Several: the one that names the chat.
                (Some(_), Some(_)) => entries
                    .iter()
                    .filter(is_txt)
                    .find(|e| base_name(e.name).to_lowercase().contains("whatsapp")),
                _ => None,
            }
        })
}

fn read_zip(b: &[u8]) -> Result<ChatFile, ArchiveError> {
    let entries = entries(b)?;
    let chat = chat_entry(&entries).ok_or(ArchiveError::NoChatInArchive)?;
    if chat.flags & 1 != 0 {
        return Err(ArchiveError::Encrypted);
    }
    if chat.uncompressed > MAX_EXPORT_BYTES {
        return Err(ArchiveError::TooLarge {
            max_bytes: MAX_EXPORT_BYTES,
        });
    }
    let at = chat.local_offset;
    if u32_at(b, at) != Some(LOCAL_SIG) {
        return Err(ArchiveError::Corrupt);
    }
    let name_len = usize::from(u16_at(b, at + 26).ok_or(ArchiveError::Corrupt)?);
    let extra_len = usize::from(u16_at(b, at + 28).ok_or(ArchiveError::Corrupt)?);
    let start = at + 30 + name_len + extra_len;
    let data = b
        .get(start..start.saturating_add(chat.compressed))
        .ok_or(ArchiveError::Corrupt)?;
    let bytes = match chat.method {
        0 => data.to_vec(),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_EXPORT_BYTES)
            .map_err(|_| ArchiveError::Corrupt)?,
        _ => return Err(ArchiveError::Unsupported),
    };
    if bytes.len() != chat.uncompressed || crc32(&bytes) != chat.crc {
        return Err(ArchiveError::Corrupt);
    }
    let text = String::from_utf8(bytes).map_err(|_| ArchiveError::NotAChat)?;
    let media = entries
        .iter()
        .filter(|e| !std::ptr::eq(*e, chat) && !e.name.ends_with('/'))
        .map(|e| base_name(e.name).to_string())
        .filter(|n| !n.starts_with("._") && n != ".DS_Store")
        .collect();
    Ok(ChatFile {
        name: base_name(chat.name).to_string(),
        text: match text.strip_prefix('\u{feff}') {
            Some(t) => t.to_string(),
            None => text,
        },
        media,
    })
}

/// CRC-32 (IEEE), as zip stores it.
pub fn crc32(data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    let mut crc = !0u32;
    for &byte in data {
        crc = TABLE[((crc ^ u32::from(byte)) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;


    /// A minimal stored (uncompressed) zip, built by hand from the format.
    fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, data) in files {
            let offset = out.len() as u32;
            let crc = crc32(data);
            let size = data.len() as u32;
            out.extend(LOCAL_SIG.to_le_bytes());
            out.extend([20, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // version, flags, method, time, date
            out.extend(crc.to_le_bytes());
            out.extend(size.to_le_bytes());
            out.extend(size.to_le_bytes());
            out.extend((name.len() as u16).to_le_bytes());
            out.extend(0u16.to_le_bytes());
            out.extend(name.as_bytes());
            out.extend(*data);
            central.extend(CENTRAL_SIG.to_le_bytes());
            central.extend([20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            central.extend(crc.to_le_bytes());
            central.extend(size.to_le_bytes());
            central.extend(size.to_le_bytes());
            central.extend((name.len() as u16).to_le_bytes());
            central.extend([0u8; 12]); // extra, comment, disk, attributes
            central.extend(offset.to_le_bytes());
            central.extend(name.as_bytes());
        }
        let dir_offset = out.len() as u32;
        let dir_len = central.len() as u32;
        out.extend(central);
        out.extend(END_SIG.to_le_bytes());
        out.extend([0u8; 4]);
        out.extend((files.len() as u16).to_le_bytes());
        out.extend((files.len() as u16).to_le_bytes());
        out.extend(dir_len.to_le_bytes());
        out.extend(dir_offset.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn stored_zip_yields_chat_and_media_names() {
        let zip = stored_zip(&[
            ("_chat.txt", "[1/2/24, 10:00:00] Ana: hola".as_bytes()),
            ("00000003-PHOTO-2024-02-01.jpg", b"\xff\xd8"),
        ]);
        let file = read_chat_file("WhatsApp Chat - Ana.zip", &zip).unwrap();
        assert_eq!(file.name, "_chat.txt");
        assert_eq!(file.text, "[1/2/24, 10:00:00] Ana: hola");
        assert_eq!(file.media, vec!["00000003-PHOTO-2024-02-01.jpg"]);
    }

    #[test]
    fn damaged_archives_are_refused_not_misread() {
        let name = "WhatsApp Chat with Ana.txt";
        let zip = stored_zip(&[(name, b"1/2/24, 10:00 - Ana: hola")]);
        let mut flipped = zip.clone();
        flipped[30 + name.len() + 3] ^= 0x20; // inside the chat data: checksum fails
        assert_eq!(read_chat_file("x.zip", &flipped), Err(ArchiveError::Corrupt));
        assert_eq!(
            read_chat_file("x.zip", &zip[..zip.len() - 10]),
            Err(ArchiveError::Corrupt)
        );
        let no_chat = stored_zip(&[("IMG-1.jpg", b"\xff")]);
        assert_eq!(
            read_chat_file("x.zip", &no_chat),
            Err(ArchiveError::NoChatInArchive)
        );
    }

    #[test]
    fn plain_text_passes_through_without_bom_and_binary_is_refused() {
        let file = read_chat_file("chat.txt", "\u{feff}1/2/24, 10:00 - Ana: hola".as_bytes()).unwrap();
        assert_eq!(file.text, "1/2/24, 10:00 - Ana: hola");
        assert_eq!(read_chat_file("x.jpg", b"\xff\xd8\xff\xe0"), Err(ArchiveError::NotAChat));
    }
}
