//! Gzip for the answers the server makes as it goes: the server-rendered pages and the
//! JSON of server functions. Static files are brotli-compressed at build time instead
//! (`[web] pre_compress`); this is for what cannot be. Streaming: each chunk of the
//! body is compressed and flushed as it comes, so a page still reaches the browser in
//! pieces. Pure (bytes in, bytes out), for the tests.

use miniz_oxide::deflate::core::{CompressorOxide, create_comp_flags_from_zip_params};
use miniz_oxide::deflate::stream::deflate;
use miniz_oxide::{MZFlush, MZStatus};

use super::guard::Rewrite;

/// Level 6, zlib's default: HTML and JSON shrink 4-10x for about 10 ns a byte.
const LEVEL: i32 = 6;

/// gzip member header: magic, deflate, no flags, no time, no extra flags, OS unknown.
const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];

pub struct Gzip {
    compressor: Box<CompressorOxide>,
    crc: crc32fast::Hasher,
    len: u32,
    started: bool,
}

impl Default for Gzip {
    fn default() -> Self {
        Self::new()
    }
}

impl Gzip {
    pub fn new() -> Self {
        // Negative window bits: raw deflate (the gzip framing is ours).
        let flags = create_comp_flags_from_zip_params(LEVEL, -15, 0);
        Gzip { compressor: Box::new(CompressorOxide::new(flags)), crc: crc32fast::Hasher::new(), len: 0, started: false }
    }

    fn start(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        if !self.started {
            self.started = true;
            out.extend_from_slice(&HEADER);
        }
        out
    }

    fn run(&mut self, mut input: &[u8], flush: MZFlush, out: &mut Vec<u8>) {
        let mut buf = vec![0u8; (input.len() / 2).clamp(256, 64 * 1024)];
        loop {
            let r = deflate(&mut self.compressor, input, &mut buf, flush);
            out.extend_from_slice(&buf[..r.bytes_written]);
            input = &input[r.bytes_consumed..];
            match r.status {
                Ok(MZStatus::StreamEnd) => return,
                // The output buffer filled up: there is more to take out.
                Ok(_) if r.bytes_written == buf.len() => continue,
                Ok(_) if !input.is_empty() => continue,
                Ok(_) if flush == MZFlush::Finish => continue,
                // Flushed, or nothing more to do (a buffer error means no progress left).
                _ => return,
            }
        }
    }
}

impl Rewrite for Gzip {
    /// Compresses `chunk` and flushes it (a sync flush: the browser can render it now).
    fn push(&mut self, chunk: &[u8]) -> Vec<u8> {
        let mut out = self.start();
        if chunk.is_empty() {
            return out;
        }
        self.crc.update(chunk);
        self.len = self.len.wrapping_add(chunk.len() as u32);
        self.run(chunk, MZFlush::Sync, &mut out);
        out
    }

    /// The end of the stream: the last block and the trailer (CRC-32, length mod 2^32).
    fn finish(&mut self) -> Vec<u8> {
        let mut out = self.start();
        self.run(&[], MZFlush::Finish, &mut out);
        let crc = std::mem::take(&mut self.crc).finalize();
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&self.len.to_le_bytes());
        out
    }
}

/// Whether an `Accept-Encoding` value accepts gzip (`q=0` refuses it).
pub fn accepts_gzip(accept_encoding: &str) -> bool {
    accept_encoding.split(',').any(|part| {
        let mut it = part.split(';');
        let coding = it.next().unwrap_or("").trim();
        let refused = it.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
    })
}

/// Answers worth compressing on the fly: pages and JSON (not event streams, which must
/// not wait for a compressor, nor files that were compressed at build time).
pub fn compressible(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or("").trim();
    mime.eq_ignore_ascii_case("text/html") || mime.eq_ignore_ascii_case("application/json")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gunzip(gz: &[u8]) -> Vec<u8> {
        assert_eq!(gz[..3], [0x1f, 0x8b, 8], "gzip magic and deflate");
        let body = &gz[10..gz.len() - 8];
        let out = miniz_oxide::inflate::decompress_to_vec(body).expect("valid deflate");
        let crc = u32::from_le_bytes(gz[gz.len() - 8..gz.len() - 4].try_into().unwrap());
        let len = u32::from_le_bytes(gz[gz.len() - 4..].try_into().unwrap());
        assert_eq!(crc, crc32fast::hash(&out), "trailer CRC");
        assert_eq!(len as usize, out.len(), "trailer length");
        out
    }

    fn page() -> Vec<u8> {
        let mut s = String::from("<!DOCTYPE html><html><body>");
        for i in 0..3_000 {
            s.push_str(&format!("<li class=\"client-card\"><a href=\"/clientes/{i}\">Cliente número {i} · Ñandú</a></li>"));
        }
        s.push_str("</body></html>");
        s.into_bytes()
    }

    #[test]
    fn a_stream_cut_anywhere_inflates_back_to_the_same_bytes() {
        let data = page();
        for cuts in [vec![], vec![1], vec![7, 8, 9], vec![100, 4_096, 50_000, 150_000], (0..data.len()).step_by(9_973).collect()] {
            let mut gz = Gzip::new();
            let mut out = Vec::new();
            let mut from = 0;
            for &cut in cuts.iter().filter(|&&c| c <= data.len()) {
                out.extend(gz.push(&data[from..cut]));
                from = cut;
            }
            out.extend(gz.push(&data[from..]));
            out.extend(gz.finish());
            assert_eq!(gunzip(&out), data, "cuts {cuts:?}");
            assert!(out.len() * 4 < data.len(), "compresses: {} of {}", out.len(), data.len());
        }
    }

    #[test]
    fn each_chunk_is_readable_before_the_stream_ends() {
        // What a browser has after the first chunk alone inflates to that chunk.
        let mut gz = Gzip::new();
        let first = gz.push(b"<html><head><title>Hoy</title></head>");
        let mut inflater = miniz_oxide::inflate::stream::InflateState::new(miniz_oxide::DataFormat::Raw);
        let mut buf = vec![0u8; 1024];
        let r = miniz_oxide::inflate::stream::inflate(&mut inflater, &first[10..], &mut buf, MZFlush::None);
        assert_eq!(&buf[..r.bytes_written], b"<html><head><title>Hoy</title></head>");
    }

    #[test]
    fn empty_bodies_are_still_valid_gzip() {
        let mut gz = Gzip::new();
        let mut out = gz.push(b"");
        out.extend(gz.finish());
        assert_eq!(gunzip(&out), b"");
    }

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        assert!(accepts_gzip("gzip, deflate, br, zstd"));
        assert!(accepts_gzip("br;q=1.0, GZIP;q=0.5"));
        assert!(accepts_gzip("*"));
        assert!(!accepts_gzip("br"));
        assert!(!accepts_gzip("gzip;q=0"));
        assert!(!accepts_gzip("identity"));
        assert!(!accepts_gzip(""));
        assert!(compressible("text/html; charset=utf-8"));
        assert!(compressible("application/json"));
        assert!(!compressible("text/event-stream"));
        assert!(!compressible("application/wasm"));
    }
}
