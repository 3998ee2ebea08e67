//! The installable app: web manifest, icons, the service worker (with a version that
//! changes with each build, so a new build takes over on the next load) and the share
//! target's fallback when no service worker caught the share.

use std::sync::OnceLock;

use dioxus::server::axum::http::{HeaderValue, header};
use dioxus::server::axum::response::{IntoResponse, Redirect, Response};

pub const MANIFEST_PATH: &str = "/manifest.webmanifest";
pub const SW_PATH: &str = "/sw.js";
pub const SHARE_PATH: &str = "/compartir";

const MANIFEST: &str = include_str!("../../assets/pwa/manifest.webmanifest");
const SW: &str = include_str!("../../assets/pwa/sw.js");
pub const ICONS: [(&str, &[u8]); 3] = [
    ("/icons/icon-192.png", include_bytes!("../../assets/pwa/icons/icon-192.png")),
    ("/icons/icon-512.png", include_bytes!("../../assets/pwa/icons/icon-512.png")),
    ("/icons/maskable-512.png", include_bytes!("../../assets/pwa/icons/maskable-512.png")),
];

/// Changes when the client build changes: a hash of the served wasm's size and time,
/// plus this binary's version.
fn version() -> &'static str {
    static V: OnceLock<String> = OnceLock::new();
    V.get_or_init(|| {
        let public = std::env::var_os("DIOXUS_PUBLIC_PATH")
            .map(std::path::PathBuf::from)
            .or_else(|| std::env::current_exe().ok().and_then(|e| e.parent().map(|d| d.join("public"))));
        let stamp = public
            .and_then(|p| std::fs::metadata(p.join("wasm/tusitioya_bg.wasm")).ok())
            .map(|m| {
                let t = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
                format!("{}-{}", m.len(), t.map_or(0, |t| t.as_secs()))
            })
            .unwrap_or_default();
        super::fnv_hex(stamp.bytes().chain(env!("CARGO_PKG_VERSION").bytes()).chain(SW.bytes()))
    })
}

fn with_type(body: impl IntoResponse, content_type: &'static str, cache: &'static str) -> Response {
    let mut res = body.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    res
}

pub async fn manifest() -> Response {
    with_type(MANIFEST, "application/manifest+json", "public, max-age=3600")
}

/// Never cached by the browser: a new build must be seen on the next load.
pub async fn service_worker() -> Response {
    let sw = SW.replace("__TSY_VERSION__", version()).replace("__TSY_LIVE_PATH__", crate::model::finance::LIVE_PATH);
    with_type(sw, "text/javascript; charset=utf-8", "no-cache")
}

pub async fn icon(png: &'static [u8]) -> Response {
    with_type(png, "image/png", "public, max-age=604800")
}

/// A share that reached the server (no service worker yet): open the import flow; the
/// seller picks the file there.
pub async fn share_fallback() -> Response {
    Redirect::to("/clientes?compartido=1").into_response()
}
