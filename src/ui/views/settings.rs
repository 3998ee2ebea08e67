//! "Ajustes": the workspace's sales facts, which the scripts may quote. Admins edit;
//! sellers see what their replies will say.

use crate::api::ApiError;
use crate::api::session::Role;
use crate::api::settings::{sales_facts, save_sales_facts, set_time_zone};
use crate::domain::facts::{OfferInput, SalesFacts, TestimonialInput};
use crate::domain::locale::local_date;
use crate::domain::validation::{Field, FieldError};
use crate::ui::components::{ErrorCard, TextInput, field_error};
use crate::ui::i18n::settings::texts;
use crate::ui::i18n::error_text;
use crate::ui::shell::{use_ctx, use_me};
use chrono::NaiveDate;
use dioxus::prelude::*;

#[component]
pub fn Settings() -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let s = texts(lang);
    let mut facts = crate::ui::components::use_server_data(sales_facts)?;
    let body = match facts.read().clone().map(|j| j.0) {
        Some(Ok(f)) => rsx! { FactsForm { facts: f } },
        Some(Err(e)) => rsx! {
            ErrorCard { error: e.clone(), on_retry: move |_| facts.restart() }
        },
        None => rsx! { p { class: "muted", {ctx.t().loading} } },
    };
    rsx! {
        section { class: "page",
            h1 { class: "page-title", {s.title} }
            crate::ui::views::team::TeamCard {}
            crate::ui::views::account::AccountCard {}
            ZoneCard {}
            crate::ui::views::whatsapp_settings::WhatsAppCard {}
            p { class: "muted", {s.intro} }
            {body}
        }
    }
}

/// The zone the workspace's clock follows; an admin can switch it to this device's.
#[component]
fn ZoneCard() -> Element {
    let ctx = use_ctx();
    let me = use_me();
    let lang = (ctx.lang)();
    let s = texts(lang);
    let mut device = use_signal(|| None::<String>);
    let mut failure = use_signal(|| None::<String>);
    let mut saved = use_signal(|| false);
    use_effect(move || {
        spawn(async move {
            let (_, z) = crate::ui::views::team::browser_zone().await;
            device.set(Some(z).filter(|z| !z.is_empty()));
        });
    });
    let ws = me.workspace.clone();
    // `-05:00`, `+05:30`.
    let offset = crate::domain::locale::offset(ws.tz_offset_minutes).to_string();
    let now = match &ws.tz_name {
        Some(z) => crate::ui::i18n::settings::zone_follows(lang, z, &offset),
        None => crate::ui::i18n::settings::zone_fixed(lang, &offset),
    };
    let offer = device().filter(|d| me.role == Role::Admin && Some(d) != ws.tz_name.as_ref());
    rsx! {
        section { class: "card", id: "zone",
            h2 { {s.zone_title} }
            p { class: "small", id: "zone-now", {now} }
            if let Some(z) = offer {
                button { class: "btn small", r#type: "button", id: "zone-use",
                    onclick: move |_| {
                        let z = z.clone();
                        async move {
                            match set_time_zone(z).await {
                                Ok(()) => {
                                    failure.set(None);
                                    saved.set(true);
                                    ctx.reload_session();
                                }
                                Err(e) => failure.set(Some(crate::ui::i18n::first_problem_text(lang, &e))),
                            }
                        }
                    },
                    {crate::ui::i18n::settings::zone_use(lang, &z)}
                }
            }
            if saved() { p { class: "ok-text", role: "status", {s.zone_saved} } }
            if let Some(m) = failure() { p { class: "form-error", role: "alert", {m} } }
        }
    }
}

#[component]
fn FactsForm(facts: SalesFacts) -> Element {
    let ctx = use_ctx();
    let me = use_me();
    let lang = (ctx.lang)();
    let s = texts(lang);
    let t = ctx.t();
    let admin = me.role == Role::Admin;
    let currency = me.workspace.currency;
    let today = local_date(chrono::Utc::now(), me.workspace.tz_offset_minutes);
    let mut form = use_signal(|| facts.to_input(lang.number_style()));
    let mut errors = use_signal(Vec::<FieldError>::new);
    let mut general = use_signal(|| None::<ApiError>);
    let mut busy = use_signal(|| false);
    let mut saved = use_signal(|| false);

    let err = field_error(errors, lang);
    let submit = move |evt: FormEvent| async move {
        evt.prevent_default();
        if busy() || !admin {
            return;
        }
        busy.set(true);
        saved.set(false);
        let result = save_sales_facts(form()).await;
        busy.set(false);
        match result {
            Ok(f) => {
                errors.set(Vec::new());
                general.set(None);
                // Show what was stored (blank rows dropped, numbers normalised).
                form.set(f.to_input(lang.number_style()));
                saved.set(true);
            }
            Err(e) => {
                errors.set(e.field_errors().to_vec());
                general.set(Some(e));
            }
        }
    };
    let expired = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok_and(|d| d < today);
    let f = form();
    let offers = f.offers.clone();
    let testimonials = f.testimonials.clone();

    rsx! {
        form { class: "card form facts-form", id: "facts-form", onsubmit: submit, novalidate: true,
            if !admin {
                p { class: "hint", id: "facts-read-only", {s.read_only} }
            }
            fieldset { class: "group", disabled: !admin,
                legend { {s.offers} }
                for (i, o) in offers.into_iter().enumerate() {
                    div { class: "row offer-row", key: "{i}",
                        TextInput {
                            label: s.offer_name, name: "offer-name-{i}", value: o.name.clone(),
                            placeholder: "Landing page",
                            error: err(Field::OfferName(i as u8)),
                            oninput: move |v| form.write().offers[i].name = v,
                        }
                        TextInput {
                            label: "{s.offer_price} ({currency.code()})", name: "offer-price-{i}", value: o.price.clone(),
                            inputmode: "decimal", placeholder: "1.500.000",
                            error: err(Field::OfferPrice(i as u8)),
                            oninput: move |v| form.write().offers[i].price = v,
                        }
                        TextInput {
                            label: s.offer_days, name: "offer-days-{i}", value: o.delivery_days.clone(),
                            inputmode: "numeric", placeholder: "7",
                            error: err(Field::OfferDays(i as u8)),
                            oninput: move |v| form.write().offers[i].delivery_days = v,
                        }
                        if admin {
                            button { class: "btn ghost small", r#type: "button",
                                onclick: move |_| { form.write().offers.remove(i); },
                                {s.remove}
                            }
                        }
                    }
                }
                if let Some(m) = err(Field::Offers) {
                    p { class: "field-error", {m} }
                }
                if admin {
                    button { class: "btn small", r#type: "button", id: "add-offer",
                        onclick: move |_| form.write().offers.push(OfferInput::default()),
                        {s.add_offer}
                    }
                }
            }
            fieldset { class: "group", disabled: !admin,
                legend { {s.testimonials} }
                for (i, tm) in testimonials.into_iter().enumerate() {
                    div { class: "testimonial-row", key: "{i}",
                        TextInput {
                            label: s.testimonial_author, name: "testimonial-author-{i}", value: tm.author.clone(),
                            placeholder: "Marta, Panadería La Espiga",
                            error: err(Field::TestimonialAuthor(i as u8)),
                            oninput: move |v| form.write().testimonials[i].author = v,
                        }
                        TextInput {
                            label: s.testimonial_text, name: "testimonial-text-{i}", value: tm.text.clone(),
                            rows: 2u32,
                            error: err(Field::TestimonialText(i as u8)),
                            oninput: move |v| form.write().testimonials[i].text = v,
                        }
                        if admin {
                            button { class: "btn ghost small", r#type: "button",
                                onclick: move |_| { form.write().testimonials.remove(i); },
                                {s.remove}
                            }
                        }
                    }
                }
                if let Some(m) = err(Field::Testimonials) {
                    p { class: "field-error", {m} }
                }
                if admin {
                    button { class: "btn small", r#type: "button", id: "add-testimonial",
                        onclick: move |_| form.write().testimonials.push(TestimonialInput::default()),
                        {s.add_testimonial}
                    }
                }
            }
            fieldset { class: "group", disabled: !admin,
                legend { {s.credentials} }
                TextInput {
                    label: s.portfolio, name: "portfolio_url", value: f.portfolio_url.clone(),
                    kind: "url", placeholder: "https://",
                    error: err(Field::PortfolioUrl),
                    oninput: move |v| form.write().portfolio_url = v,
                }
                div { class: "row",
                    TextInput {
                        label: s.clients_served, name: "clients_served", value: f.clients_served.clone(),
                        inputmode: "numeric", error: err(Field::ClientsServed),
                        oninput: move |v| form.write().clients_served = v,
                    }
                    TextInput {
                        label: s.years, name: "years_in_business", value: f.years_in_business.clone(),
                        inputmode: "numeric", error: err(Field::YearsInBusiness),
                        oninput: move |v| form.write().years_in_business = v,
                    }
                }
                TextInput {
                    label: s.guarantee, name: "guarantee", value: f.guarantee.clone(),
                    hint: s.guarantee_hint, error: err(Field::Guarantee),
                    oninput: move |v| form.write().guarantee = v,
                }
            }
            fieldset { class: "group", disabled: !admin,
                legend { {s.scarcity} }
                p { class: "hint", {s.scarcity_hint} }
                div { class: "row",
                    TextInput {
                        label: s.slots_left, name: "slots_left", value: f.slots_left.clone(),
                        inputmode: "numeric", error: err(Field::SlotsLeft),
                        oninput: move |v| form.write().slots_left = v,
                    }
                    TextInput {
                        label: s.slots_until, name: "slots_until", value: f.slots_until.clone(),
                        kind: "date", error: err(Field::SlotsUntil),
                        hint: expired(&f.slots_until).then(|| s.expired.to_string()),
                        oninput: move |v| form.write().slots_until = v,
                    }
                }
                div { class: "row",
                    TextInput {
                        label: s.promo, name: "promo", value: f.promo.clone(),
                        error: err(Field::Promo),
                        oninput: move |v| form.write().promo = v,
                    }
                    TextInput {
                        label: s.promo_until, name: "promo_until", value: f.promo_until.clone(),
                        kind: "date", error: err(Field::PromoUntil),
                        hint: expired(&f.promo_until).then(|| s.expired.to_string()),
                        oninput: move |v| form.write().promo_until = v,
                    }
                }
            }
            if let Some(e) = general() {
                p { class: "form-error", role: "alert", {error_text(lang, &e)} }
            }
            if saved() {
                p { class: "flash", role: "status", id: "facts-saved", {s.saved} }
            }
            if admin {
                div { class: "form-actions",
                    button { class: "btn primary", r#type: "submit", id: "save-facts", disabled: busy(),
                        if busy() { {t.saving} } else { {s.save} }
                    }
                }
            }
        }
    }
}
