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

/// The directory of static files the server serves (as dioxus-server finds it).
fn public_dir() -> Option<std::path::PathBuf> {
    std::env::var_os("DIOXUS_PUBLIC_PATH")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::current_exe().ok().and_then(|e| e.parent().map(|d| d.join("public"))))
}

/// The WASM client as served: its URL path and size and time, if this server has one.
struct ClientWasm {
    path: String,
    stamp: String,
}

fn client_wasm() -> Option<&'static ClientWasm> {
    static W: OnceLock<Option<ClientWasm>> = OnceLock::new();
    W.get_or_init(|| {
        let public = public_dir()?;
        let listing = |dir: &str| -> Vec<String> {
            std::fs::read_dir(public.join(dir))
                .map(|it| it.filter_map(|e| Some(format!("{dir}/{}", e.ok()?.file_name().to_str()?))).collect())
                .unwrap_or_default()
        };
        let names: Vec<String> = listing("wasm").into_iter().chain(listing("assets")).collect();
        let rel = wasm_file(names.iter().map(String::as_str))?.to_string();
        let meta = std::fs::metadata(public.join(&rel)).ok()?;
        let time = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
        Some(ClientWasm { stamp: format!("{}-{}", meta.len(), time.map_or(0, |t| t.as_secs())), path: format!("/{rel}") })
    })
    .as_ref()
}

/// Of the served files, the client's wasm: `wasm/tusitioya_bg.wasm` in debug builds,
/// `assets/tusitioya_bg-<hash>.wasm` in release builds (not its `.br` copy). Pure.
pub fn wasm_file<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    names.into_iter().find(|n| {
        let file = n.rsplit('/').next().unwrap_or(n);
        file.starts_with("tusitioya_bg") && file.ends_with(".wasm")
    })
}

/// A `Link` header that has the browser fetch the wasm with the page's first bytes
/// (not after the script that asks for it has arrived and run: a round trip and more
/// on a phone's network). `crossorigin`: the script fetches it in CORS mode.
pub fn wasm_preload() -> Option<&'static str> {
    static L: OnceLock<Option<String>> = OnceLock::new();
    L.get_or_init(|| client_wasm().map(|w| preload_link(&w.path))).as_deref()
}

pub fn preload_link(path: &str) -> String {
    format!("<{path}>; rel=preload; as=fetch; type=\"application/wasm\"; crossorigin")
}

/// Changes when the client build changes: a hash of the served wasm's size and time,
/// plus this binary's version.
fn version() -> &'static str {
    static V: OnceLock<String> = OnceLock::new();
    V.get_or_init(|| {
        let stamp = client_wasm().map(|w| w.stamp.as_str()).unwrap_or_default();
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
    let sw = SW.replace("__TSY_VERSION__", version()).replace("__TSY_LIVE_PATH__", crate::model::finance::LIVE_PATH)
        .replace("__TSY_CHATS_PATH__", crate::model::whatsapp::CHATS_LIVE_PATH);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wasm_is_found_in_debug_and_release_layouts_and_preloaded() {
        let release = ["assets/main-dxh1.css", "assets/tusitioya_bg-dxh7.wasm.br", "assets/tusitioya_bg-dxh7.wasm", "assets/tusitioya-dxh2.js"];
        assert_eq!(wasm_file(release), Some("assets/tusitioya_bg-dxh7.wasm"));
        assert_eq!(wasm_file(["wasm/tusitioya.js", "wasm/tusitioya_bg.wasm"]), Some("wasm/tusitioya_bg.wasm"));
        assert_eq!(wasm_file(["assets/main.css", "assets/other.wasm"]), None);
        assert_eq!(
            preload_link("/assets/tusitioya_bg-dxh7.wasm"),
            "</assets/tusitioya_bg-dxh7.wasm>; rel=preload; as=fetch; type=\"application/wasm\"; crossorigin"
        );
    }
}
