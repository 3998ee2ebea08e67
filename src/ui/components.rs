//! Small pieces shared by several views.

use crate::ui::shell::use_ctx;
use dioxus::prelude::*;

/// Round button that opens the client's chat in WhatsApp (`wa.me` wants digits only).
#[component]
pub fn WhatsAppButton(phone: String, name: String) -> Element {
    let t = use_ctx().t();
    rsx! {
        a {
            class: "btn wa icon",
            href: "https://wa.me/{phone.trim_start_matches('+')}",
            target: "_blank",
            rel: "noopener",
            aria_label: "{t.open_whatsapp}: {name}",
            title: t.open_whatsapp,
            "WA"
        }
    }
}
