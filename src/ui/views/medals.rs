//! "Medallas": every medal, earned (with its date) or still to earn.

use crate::api::board::board;
use crate::domain::locale::local_date;
use crate::domain::medals::Medal;
use crate::ui::format::long_date;
use crate::ui::i18n::game::{medal_icon, medal_text, texts};
use crate::ui::shell::{use_ctx, use_me};
use crate::ui::components::ErrorCard;
use dioxus::prelude::*;

#[component]
pub fn Medals() -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let g = texts(lang);
    let tz = use_me().workspace.tz_offset_minutes;
    let mut data = crate::ui::components::use_server_data(board)?;
    let body = match data.read().clone().map(|j| j.0) {
        Some(Ok(b)) => rsx! {
            ul { class: "medal-grid", id: "medals",
                for m in Medal::ALL {
                    {
                        let earned = b.medals.iter().find(|e| e.medal == m).map(|e| e.earned_at);
                        let (name, how) = medal_text(lang, m);
                        rsx! {
                            li { class: if earned.is_some() { "medal earned" } else { "medal locked" }, "data-medal": m.key(),
                                span { class: "medal-icon", aria_hidden: "true", {medal_icon(m)} }
                                strong { {name} }
                                span { class: "muted small", {how} }
                                span { class: "small medal-when",
                                    match earned {
                                        Some(at) => rsx! { "{g.earned_on} {long_date(lang, local_date(at, tz))}" },
                                        None => rsx! { {g.locked} },
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        Some(Err(e)) => rsx! {
            ErrorCard { error: e.clone(), on_retry: move |_| data.restart() }
        },
        None => rsx! { p { class: "muted", {ctx.t().loading} } },
    };
    rsx! {
        section { class: "page",
            h1 { class: "page-title", {g.medals_title} }
            p { class: "muted", {g.medals_intro} }
            {body}
            super::results::ResultsCards {}
        }
    }
}
