//! The finance view and the card's payments section.

use crate::domain::finance::{Method, Period, Service};
use crate::domain::locale::Lang;

pub struct Texts {
    pub title: &'static str,
    pub nav: &'static str,
    pub cash_today: &'static str,
    pub cash_month: &'static str,
    pub live: &'static str,
    pub pending: &'static str,
    pub overdue: &'static str,
    pub mrr: &'static str,
    pub ticket: &'static str,
    pub vs_before: &'static str,
    pub sales: &'static str,
    pub sale: &'static str,
    pub max: &'static str,
    pub export_payments: &'static str,
    pub export_services: &'static str,
    pub cash_30: &'static str,
    pub projection: &'static str,
    pub days: &'static str,
    pub collection_rate: &'static str,
    pub aging: &'static str,
    pub aging_labels: [&'static str; 5],
    pub renewals: &'static str,
    pub no_renewals: &'static str,
    pub remind: &'static str,
    pub zen_hidden: &'static str,
    pub section: &'static str,
    pub price: &'static str,
    pub paid: &'static str,
    pub credit: &'static str,
    pub plan: &'static str,
    pub plan_shares: &'static str,
    pub plan_first: &'static str,
    pub plan_every: &'static str,
    pub save_plan: &'static str,
    pub due: &'static str,
    pub owed: &'static str,
    pub record_payment: &'static str,
    pub amount: &'static str,
    pub date: &'static str,
    pub date_hint: &'static str,
    pub method: &'static str,
    pub reference: &'static str,
    pub as_credit: &'static str,
    pub payment_saved: &'static str,
    pub payments: &'static str,
    pub subscriptions: &'static str,
    pub add_subscription: &'static str,
    pub service: &'static str,
    pub period: &'static str,
    pub next_renewal: &'static str,
    pub started: &'static str,
    pub choose: &'static str,
    pub not_won: &'static str,
    pub import_title: &'static str,
    pub import_hint: &'static str,
    pub import_template: &'static str,
    pub import_pick: &'static str,
    pub import_button: &'static str,
    pub importing: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub cancel: &'static str,
    pub cancel_confirm: &'static str,
    pub status_paused: &'static str,
    pub status_cancelled: &'static str,
}

pub static ES: Texts = Texts {
    title: "Finanzas",
    nav: "Finanzas",
    cash_today: "Cobrado hoy",
    cash_month: "Cobrado este mes",
    live: "en vivo",
    pending: "Por cobrar",
    overdue: "vencido",
    mrr: "Ingreso mensual recurrente",
    ticket: "Ticket promedio (30 días)",
    vs_before: "vs. 30 días antes",
    sales: "ventas",
    sale: "venta",
    max: "máx.",
    export_payments: "Descargar pagos (CSV)",
    export_services: "Descargar servicios (CSV)",
    cash_30: "Cobros de los últimos 30 días",
    projection: "Caja esperada",
    days: "días",
    collection_rate: "según tu tasa de cobro",
    aging: "Antigüedad de la deuda",
    aging_labels: ["Al día", "1-30 días", "31-60 días", "61-90 días", "Más de 90"],
    renewals: "Renovaciones próximas (30 días)",
    no_renewals: "Ninguna renovación en los próximos 30 días.",
    remind: "Recordar por WhatsApp",
    zen_hidden: "Modo Zen: las cifras están ocultas.",
    section: "Cobros",
    price: "Precio",
    paid: "Pagado",
    credit: "Saldo a favor",
    plan: "Plan de pagos",
    plan_shares: "Cuotas (%)",
    plan_first: "Primera cuota",
    plan_every: "Días entre cuotas",
    save_plan: "Guardar plan",
    due: "Vence",
    owed: "debe",
    record_payment: "Registrar pago",
    amount: "Monto",
    date: "Fecha",
    date_hint: "Vacío: hoy.",
    method: "Medio",
    reference: "Referencia",
    as_credit: "Es más de lo que debe: dejarlo como saldo a favor",
    payment_saved: "Pago registrado.",
    payments: "Pagos",
    subscriptions: "Servicios recurrentes",
    add_subscription: "Agregar servicio",
    service: "Servicio",
    period: "Cada",
    next_renewal: "Próxima renovación",
    started: "Desde",
    choose: "Elige…",
    not_won: "Cuando la venta esté ganada podrás registrar su plan y sus pagos aquí.",
    import_title: "Importar pagos (CSV)",
    import_hint: "Columnas: fecha, telefono y monto (obligatorias); moneda, medio, referencia y saldo_a_favor (opcionales). Separador coma o punto y coma; fechas 30/11/2026 o 2026-11-30. Si una fila tiene un problema no se importa nada.",
    import_template: "Descargar plantilla",
    import_pick: "Elegir archivo CSV",
    import_button: "Importar pagos",
    importing: "Importando…",
    pause: "Pausar",
    resume: "Reanudar",
    cancel: "Cancelar servicio",
    cancel_confirm: "¿Cancelar este servicio? No se podrá reanudar.",
    status_paused: "pausado",
    status_cancelled: "cancelado",
};

pub static EN: Texts = Texts {
    title: "Finances",
    nav: "Finances",
    cash_today: "Collected today",
    cash_month: "Collected this month",
    live: "live",
    pending: "To collect",
    overdue: "overdue",
    mrr: "Monthly recurring revenue",
    ticket: "Average ticket (30 days)",
    vs_before: "vs. the 30 days before",
    sales: "sales",
    sale: "sale",
    max: "max",
    export_payments: "Download payments (CSV)",
    export_services: "Download services (CSV)",
    cash_30: "Collected in the last 30 days",
    projection: "Expected cash",
    days: "days",
    collection_rate: "at your collection rate",
    aging: "Debt aging",
    aging_labels: ["Current", "1-30 days", "31-60 days", "61-90 days", "Over 90"],
    renewals: "Upcoming renewals (30 days)",
    no_renewals: "No renewals in the next 30 days.",
    remind: "Remind on WhatsApp",
    zen_hidden: "Zen mode: figures are hidden.",
    section: "Payments",
    price: "Price",
    paid: "Paid",
    credit: "Credit",
    plan: "Payment plan",
    plan_shares: "Installments (%)",
    plan_first: "First installment",
    plan_every: "Days between",
    save_plan: "Save plan",
    due: "Due",
    owed: "owed",
    record_payment: "Record payment",
    amount: "Amount",
    date: "Date",
    date_hint: "Empty: today.",
    method: "Method",
    reference: "Reference",
    as_credit: "It is more than owed: keep it as credit",
    payment_saved: "Payment recorded.",
    payments: "Payments",
    subscriptions: "Recurring services",
    add_subscription: "Add service",
    service: "Service",
    period: "Every",
    next_renewal: "Next renewal",
    started: "Since",
    choose: "Choose…",
    not_won: "Once the deal is won you can record its plan and payments here.",
    import_title: "Import payments (CSV)",
    import_hint: "Columns: fecha (date), telefono (phone) and monto (amount) are required; moneda, medio, referencia and saldo_a_favor are optional. Comma or semicolon separated; dates 30/11/2026 or 2026-11-30. If one row has a problem nothing is imported.",
    import_template: "Download template",
    import_pick: "Choose CSV file",
    import_button: "Import payments",
    importing: "Importing…",
    pause: "Pause",
    resume: "Resume",
    cancel: "Cancel service",
    cancel_confirm: "Cancel this service? It cannot be resumed.",
    status_paused: "paused",
    status_cancelled: "cancelled",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}

pub fn method(lang: Lang, m: Method) -> &'static str {
    match (lang, m) {
        (Lang::Es, Method::Transfer) => "Transferencia",
        (Lang::Es, Method::Cash) => "Efectivo",
        (Lang::Es, Method::Card) => "Tarjeta",
        (Lang::Es, Method::Other) => "Otro",
        (Lang::En, Method::Transfer) => "Transfer",
        (Lang::En, Method::Cash) => "Cash",
        (Lang::En, Method::Card) => "Card",
        (Lang::En, Method::Other) => "Other",
    }
}

pub fn service(lang: Lang, s: Service) -> &'static str {
    match (lang, s) {
        (Lang::Es, Service::Hosting) => "Hosting",
        (Lang::Es, Service::Domain) => "Dominio",
        (Lang::Es, Service::Maintenance) => "Mantenimiento",
        (Lang::Es, Service::Other) => "Otro",
        (Lang::En, Service::Hosting) => "Hosting",
        (Lang::En, Service::Domain) => "Domain",
        (Lang::En, Service::Maintenance) => "Maintenance",
        (Lang::En, Service::Other) => "Other",
    }
}

pub fn period(lang: Lang, p: Period) -> &'static str {
    match (lang, p) {
        (Lang::Es, Period::Monthly) => "mes",
        (Lang::Es, Period::Yearly) => "año",
        (Lang::En, Period::Monthly) => "month",
        (Lang::En, Period::Yearly) => "year",
    }
}

/// The renewal reminder sent on WhatsApp.
pub fn reminder(lang: Lang, name: &str, s: Service, on: &str, price: &str) -> String {
    let first = crate::domain::names::first_name(name);
    let what = service(lang, s).to_lowercase();
    match lang {
        Lang::Es => format!("Hola {first}, te recuerdo que el {what} de tu página se renueva el {on} por {price}. ¿Te envío los datos de pago?"),
        Lang::En => format!("Hi {first}, a reminder that your website's {what} renews on {on} for {price}. Shall I send you the payment details?"),
    }
}

/// A payments file read and checked, before importing it.
pub fn import_ready(lang: Lang, n: usize, file: &str) -> String {
    use super::count;
    match lang {
        Lang::Es => format!("{} para importar de {file}.", count(n, "pago listo", "pagos listos")),
        Lang::En => format!("{} to import from {file}.", count(n, "payment ready", "payments ready")),
    }
}

/// A payments file imported: how many, and their total.
pub fn imported(lang: Lang, n: usize, total: &str) -> String {
    use super::count;
    match lang {
        Lang::Es => format!("{}: {total}.", count(n, "pago importado", "pagos importados")),
        Lang::En => format!("{}: {total}.", count(n, "payment imported", "payments imported")),
    }
}

/// Problems of a refused file beyond the ones listed.
pub fn import_more(lang: Lang, n: usize) -> String {
    use super::count;
    match lang {
        Lang::Es => format!("y {} más.", count(n, "problema", "problemas")),
        Lang::En => format!("and {} more.", count(n, "problem", "problems")),
    }
}
