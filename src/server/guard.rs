//! What every request passes through before a handler sees it, and every answer on the
//! way out:
//!
//! - **Cross-site refusal (CSRF).** A request that changes state (anything but GET,
//!   HEAD, OPTIONS) is refused with 403 when the browser says it comes from another
//!   site (`Sec-Fetch-Site` other than `same-origin`/`none`, or an `Origin` that is not
//!   ours), and with 415 unless its body is JSON (or empty): a cross-site HTML form can
//!   only send form or text bodies. The share target (`/compartir`) is the exception:
//!   the OS posts a multipart form there, and its handler changes nothing.
//! - **The session, once.** Pages and `/api/*` resolve the session cookie here; the
//!   `Caller` extractor reuses it. The answer carries `X-Tsy-Seller`, an opaque key of
//!   the session (or `none`), which the service worker uses to keep one seller's cached
//!   answers away from the next.
//! - **Security headers** on every answer: a CSP whose inline scripts carry a nonce
//!   made for that answer (the SSR page's hydration scripts are inline), frame-ancestors
//!   none, nosniff, Referrer-Policy, Permissions-Policy, COOP, HSTS when cookies are
//!   Secure, and `no-store` on personal data (pages and API answers).
//! - **Pages start the client early**: a `Link: rel=preload` header names the wasm, so
//!   the browser fetches it with the page instead of after the script that asks for it.
//! - **Gzip on the fly** for pages and JSON when the browser accepts it (outside the
//!   nonce rewriter: the nonce goes in first, then the bytes are compressed).

use dioxus::server::axum::{
    body::{Body, Bytes},
    extract::Request,
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::AppState;
use super::auth::{self, Caller};

/// The resolved session of a request, put in its extensions by `guard`.
#[derive(Clone)]
pub struct Resolved(pub Option<Caller>);

/// Response header naming the session the answer was made for (`none` without one).
pub const SELLER_HEADER: &str = "x-tsy-seller";

pub async fn guard(req: Request, next: Next) -> Response {
    let Some(state) = req.extensions().get::<AppState>().cloned() else {
        return next.run(req).await;
    };
    if let Err(status) = check_same_site(req.method(), req.uri().path(), req.headers(), &state) {
        let mut res = status.into_response();
        add_headers(&mut res, &state, None);
        return res;
    }
    let personal = is_personal(req.uri().path());
    let mut req = req;
    let mut seller = None;
    if personal {
        let caller = match auth::session_token(req.headers(), state.config.cookie_secure) {
            Some(token) => auth::resolve(&state, &token).await.ok().flatten(),
            None => None,
        };
        seller = Some(caller.as_ref().map_or_else(|| "none".to_string(), |c| seller_key(&c.session_id)));
        req.extensions_mut().insert(Resolved(caller));
    }
    let gzip = req
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(super::gzip::accepts_gzip)
        && req.method() != Method::HEAD;
    let mut res = next.run(req).await;
    if let Some(seller) = seller {
        if res.status() == StatusCode::UNAUTHORIZED {
            // The cookie named a session the handler refused: nothing of it may stay cached.
            res.headers_mut().insert(SELLER_HEADER, HeaderValue::from_static("none"));
        } else if let Ok(v) = HeaderValue::from_str(&seller) {
            res.headers_mut().insert(SELLER_HEADER, v);
        }
        res.headers_mut()
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-store"));
    }
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let nonce = is_html.then(|| auth::new_token()[..32].to_string());
    add_headers(&mut res, &state, nonce.as_deref());
    if is_html && let Some(link) = super::pwa::wasm_preload().and_then(|l| HeaderValue::from_str(l).ok()) {
        res.headers_mut().append(header::LINK, link);
    }
    let compress = gzip && wants_gzip(&res);
    if nonce.is_none() && !compress {
        return res;
    }
    let (mut parts, mut body) = res.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Some(nonce) = nonce {
        body = nonce_body(body, nonce);
    }
    if compress {
        parts.headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        parts.headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
        body = gzip_body(body);
    }
    Response::from_parts(parts, body)
}

/// A page or JSON answer with a body, not already encoded.
fn wants_gzip(res: &Response) -> bool {
    let h = res.headers();
    !h.contains_key(header::CONTENT_ENCODING)
        && !matches!(res.status(), StatusCode::NO_CONTENT | StatusCode::NOT_MODIFIED)
        && h.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(super::gzip::compressible)
        // A known small body gains nothing (headers and framing outweigh it).
        && h.get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
            .is_none_or(|len| len >= 512)
}

/// Pages and API answers carry a seller's data; static files (hashed assets, the wasm,
/// icons, the manifest and the worker) do not.
fn is_personal(path: &str) -> bool {
    !(path.starts_with("/assets/")
        || path.starts_with("/wasm/")
        || path.starts_with("/icons/")
        || path == super::pwa::MANIFEST_PATH
        || path == super::pwa::SW_PATH
        || path == "/favicon.ico")
}

/// A key for the session that changes with it (a new login, another seller) and says
/// nothing about the token.
fn seller_key(session_id: &str) -> String {
    super::fnv_hex(session_id.bytes())
}

fn check_same_site(method: &Method, path: &str, headers: &HeaderMap, state: &AppState) -> Result<(), StatusCode> {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(());
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    refusal(
        path,
        header("sec-fetch-site"),
        header("origin"),
        host,
        state.config.public_origin.as_deref(),
        header("content-type"),
        headers.contains_key(header::TRANSFER_ENCODING)
            || header("content-length").is_some_and(|l| l.trim() != "0"),
    )
}

/// Why a state-changing request is refused, if it is: 403 for another site, 415 for a
/// body that is not JSON. Pure, for the tests.
pub fn refusal(
    path: &str,
    fetch_site: Option<&str>,
    origin: Option<&str>,
    host: Option<&str>,
    public_origin: Option<&str>,
    content_type: Option<&str>,
    has_body: bool,
) -> Result<(), StatusCode> {
    if let Some(site) = fetch_site
        && !matches!(site, "same-origin" | "none")
    {
        return Err(StatusCode::FORBIDDEN);
    }
    if let Some(origin) = origin {
        let ours = public_origin.is_some_and(|p| p.eq_ignore_ascii_case(origin))
            || host.is_some_and(|h| {
                origin
                    .strip_prefix("https://")
                    .or_else(|| origin.strip_prefix("http://"))
                    .is_some_and(|o| o.eq_ignore_ascii_case(h))
            });
        if !ours {
            return Err(StatusCode::FORBIDDEN);
        }
    }
    if path == super::pwa::SHARE_PATH {
        return Ok(());
    }
    let mime = content_type.map(|c| c.split(';').next().unwrap_or("").trim().to_ascii_lowercase());
    match mime.as_deref() {
        Some("application/json") => Ok(()),
        None if !has_body => Ok(()),
        _ => Err(StatusCode::UNSUPPORTED_MEDIA_TYPE),
    }
}

/// The policy for pages: scripts only from us or inline with this answer's nonce;
/// `wasm-unsafe-eval` runs the client and `unsafe-eval` is what Dioxus' `eval` (a
/// `new Function`) needs. Styles inline (Dioxus sets style attributes).
fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval' 'unsafe-eval'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; \
         connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'; \
         base-uri 'none'; form-action 'self'; object-src 'none'"
    )
}

/// Everything else (API answers, the worker, files): nothing but our own origin, and
/// never in a frame.
const OTHER_CSP: &str = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

fn add_headers(res: &mut Response, state: &AppState, nonce: Option<&str>) {
    let h = res.headers_mut();
    let csp = nonce.map_or_else(|| OTHER_CSP.to_string(), page_csp);
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self)"),
    );
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if state.config.cookie_secure {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
}

/// A streaming byte transformation: the nonce rewriter, the gzip compressor.
pub trait Rewrite: Send + 'static {
    fn push(&mut self, chunk: &[u8]) -> Vec<u8>;
    fn finish(&mut self) -> Vec<u8>;
}

/// The page's body with `nonce="…"` on every `<script` tag, streamed as it comes.
fn nonce_body(body: Body, nonce: String) -> Body {
    rewrite_body(body, NonceRewriter::new(&nonce))
}

/// The body gzip-compressed as it streams, each chunk flushed (see `gzip`).
fn gzip_body(body: Body) -> Body {
    rewrite_body(body, super::gzip::Gzip::new())
}

/// `body` passed through `rw` chunk by chunk.
fn rewrite_body(body: Body, rw: impl Rewrite) -> Body {
    use futures_util::StreamExt;
    let stream = body.into_data_stream();
    let rewritten = futures_util::stream::unfold((stream, rw, false), |(mut stream, mut rw, done)| async move {
        if done {
            return None;
        }
        match stream.next().await {
            Some(Ok(chunk)) => Some((Ok(Bytes::from(rw.push(&chunk))), (stream, rw, false))),
            Some(Err(e)) => Some((Err(std::io::Error::other(e)), (stream, rw, true))),
            None => Some((Ok(Bytes::from(rw.finish())), (stream, rw, true))),
        }
    });
    Body::from_stream(rewritten)
}

/// Adds a nonce to each `<script` in a byte stream cut at arbitrary points. Pure.
pub struct NonceRewriter {
    attr: Vec<u8>,
    carry: Vec<u8>,
}

const TAG: &[u8] = b"<script";

impl NonceRewriter {
    pub fn new(nonce: &str) -> Self {
        NonceRewriter { attr: format!(" nonce=\"{nonce}\"").into_bytes(), carry: Vec::new() }
    }
}

impl Rewrite for NonceRewriter {
    /// Rewrites what can be rewritten; keeps a tail that may be the start of a tag.
    fn push(&mut self, chunk: &[u8]) -> Vec<u8> {
        let mut buf = std::mem::take(&mut self.carry);
        buf.extend_from_slice(chunk);
        let mut out = Vec::with_capacity(buf.len() + 64);
        let mut i = 0;
        while i < buf.len() {
            if buf[i] == b'<' {
                let rest = &buf[i..];
                if rest.len() < TAG.len() + 1 && TAG.starts_with(&rest[..rest.len().min(TAG.len())]) {
                    // Maybe a tag cut by the chunk boundary: wait for more.
                    self.carry = rest.to_vec();
                    return out;
                }
                if rest.starts_with(TAG) && matches!(rest[TAG.len()], b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/') {
                    out.extend_from_slice(TAG);
                    out.extend_from_slice(&self.attr);
                    i += TAG.len();
                    continue;
                }
            }
            out.push(buf[i]);
            i += 1;
        }
        out
    }

    fn finish(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.carry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(chunks: &[&str]) -> String {
        let mut rw = NonceRewriter::new("N");
        let mut out = Vec::new();
        for c in chunks {
            out.extend(rw.push(c.as_bytes()));
        }
        out.extend(rw.finish());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_script_tag_gets_the_nonce_wherever_the_stream_is_cut() {
        let page = "<head><script>a()</script></head><body><p>&lt;script&gt;</p><script type=\"module\">b</script><scripts></body>";
        let want = page.replace("<script>", "<script nonce=\"N\">").replace("<script type", "<script nonce=\"N\" type");
        assert_eq!(rewrite(&[page]), want);
        for cut in 0..page.len() {
            assert_eq!(rewrite(&[&page[..cut], &page[cut..]]), want, "cut at {cut}");
        }
        assert_eq!(rewrite(&["ends with <scr"]), "ends with <scr");
    }

    #[test]
    fn state_changes_from_other_sites_or_without_json_are_refused() {
        let ok = |site, origin, ct, body| refusal("/api/x", site, origin, Some("app.test"), None, ct, body);
        assert_eq!(ok(Some("same-origin"), Some("https://app.test"), Some("application/json"), true), Ok(()));
        assert_eq!(ok(None, None, Some("application/json; charset=utf-8"), true), Ok(()));
        assert_eq!(ok(None, None, None, false), Ok(()));
        assert_eq!(ok(Some("cross-site"), None, Some("application/json"), true), Err(StatusCode::FORBIDDEN));
        assert_eq!(ok(Some("same-site"), None, Some("application/json"), true), Err(StatusCode::FORBIDDEN));
        assert_eq!(ok(None, Some("https://evil.test"), Some("application/json"), true), Err(StatusCode::FORBIDDEN));
        assert_eq!(ok(None, Some("null"), None, false), Err(StatusCode::FORBIDDEN));
        assert_eq!(ok(None, None, Some("text/plain"), true), Err(StatusCode::UNSUPPORTED_MEDIA_TYPE));
        assert_eq!(
            ok(None, None, Some("application/x-www-form-urlencoded"), false),
            Err(StatusCode::UNSUPPORTED_MEDIA_TYPE)
        );
        assert_eq!(ok(None, None, None, true), Err(StatusCode::UNSUPPORTED_MEDIA_TYPE));
        // Behind a proxy that rewrites Host, the configured public origin is ours.
        assert_eq!(
            refusal("/api/x", None, Some("https://ventas.example"), Some("10.0.0.2:8080"), Some("https://ventas.example"), Some("application/json"), true),
            Ok(())
        );
        // The share target takes the OS's multipart form.
        assert_eq!(
            refusal("/compartir", Some("none"), None, Some("app.test"), None, Some("multipart/form-data; boundary=x"), true),
            Ok(())
        );
    }
}
