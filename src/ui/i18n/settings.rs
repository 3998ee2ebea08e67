//! The settings screen: the workspace's sales facts.

use crate::domain::locale::Lang;

pub struct Texts {
    pub title: &'static str,
    pub intro: &'static str,
    pub offers: &'static str,
    pub offer_name: &'static str,
    pub offer_price: &'static str,
    pub offer_days: &'static str,
    pub add_offer: &'static str,
    pub remove: &'static str,
    pub portfolio: &'static str,
    pub testimonials: &'static str,
    pub testimonial_author: &'static str,
    pub testimonial_text: &'static str,
    pub add_testimonial: &'static str,
    pub credentials: &'static str,
    pub clients_served: &'static str,
    pub years: &'static str,
    pub guarantee: &'static str,
    pub guarantee_hint: &'static str,
    pub scarcity: &'static str,
    pub scarcity_hint: &'static str,
    pub slots_left: &'static str,
    pub slots_until: &'static str,
    pub promo: &'static str,
    pub promo_until: &'static str,
    pub expired: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    pub read_only: &'static str,
    pub zone_title: &'static str,
    pub zone_saved: &'static str,
}

pub static ES: Texts = Texts {
    title: "Ajustes",
    intro: "Lo que los guiones pueden decir de tu agencia. Solo usan lo que escribas aquí: nada se inventa.",
    offers: "Planes y precios",
    offer_name: "Plan",
    offer_price: "Precio",
    offer_days: "Días de entrega",
    add_offer: "+ Agregar plan",
    remove: "Quitar",
    portfolio: "Enlace a tus trabajos (portafolio)",
    testimonials: "Testimonios de clientes",
    testimonial_author: "Quién lo dijo",
    testimonial_text: "Lo que dijo",
    add_testimonial: "+ Agregar testimonio",
    credentials: "Experiencia",
    clients_served: "Negocios atendidos",
    years: "Años haciendo páginas",
    guarantee: "Garantía",
    guarantee_hint: "P. ej. «2 rondas de cambios gratis».",
    scarcity: "Urgencia real",
    scarcity_hint: "Solo se usa mientras la fecha no haya pasado. Sin esto, los guiones nunca crean urgencia.",
    slots_left: "Cupos libres",
    slots_until: "Hasta (fecha)",
    promo: "Promoción",
    promo_until: "Válida hasta",
    expired: "Vencida: no se usa",
    save: "Guardar ajustes",
    saved: "Ajustes guardados.",
    read_only: "Solo un administrador puede cambiar estos datos.",
    zone_title: "Zona horaria",
    zone_saved: "Zona guardada.",
};

pub static EN: Texts = Texts {
    title: "Settings",
    intro: "What the scripts may say about your agency. They only use what you write here: nothing is made up.",
    offers: "Plans and prices",
    offer_name: "Plan",
    offer_price: "Price",
    offer_days: "Delivery days",
    add_offer: "+ Add plan",
    remove: "Remove",
    portfolio: "Link to your work (portfolio)",
    testimonials: "Client testimonials",
    testimonial_author: "Who said it",
    testimonial_text: "What they said",
    add_testimonial: "+ Add testimonial",
    credentials: "Experience",
    clients_served: "Businesses served",
    years: "Years building websites",
    guarantee: "Guarantee",
    guarantee_hint: "E.g. “2 free rounds of changes”.",
    scarcity: "Real urgency",
    scarcity_hint: "Only used until the date has passed. Without it, scripts never create urgency.",
    slots_left: "Open slots",
    slots_until: "Until (date)",
    promo: "Promotion",
    promo_until: "Valid until",
    expired: "Expired: not used",
    save: "Save settings",
    saved: "Settings saved.",
    read_only: "Only an admin can change these.",
    zone_title: "Time zone",
    zone_saved: "Zone saved.",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}

/// The IANA zone the workspace clock follows and its offset now.
pub fn zone_follows(lang: Lang, zone: &str, offset: &str) -> String {
    match lang {
        Lang::Es => format!("Las horas y el día de hoy siguen {zone} (UTC{offset})."),
        Lang::En => format!("Times and today's date follow {zone} (UTC{offset})."),
    }
}

/// A workspace clock on a fixed offset.
pub fn zone_fixed(lang: Lang, offset: &str) -> String {
    match lang {
        Lang::Es => format!("Hora fija UTC{offset}: no sigue el horario de verano."),
        Lang::En => format!("Fixed UTC{offset}: does not follow daylight saving."),
    }
}

/// Offer to follow this device's zone.
pub fn zone_use(lang: Lang, zone: &str) -> String {
    match lang {
        Lang::Es => format!("Usar la de este dispositivo: {zone}"),
        Lang::En => format!("Use this device's: {zone}"),
    }
}
