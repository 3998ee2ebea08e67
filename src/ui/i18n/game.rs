//! Goals, next client, Zen mode, celebrations, medals, leaderboard.

use crate::domain::assistant::Moment;
use crate::domain::locale::Lang;
use crate::domain::medals::{Medal, Record};
use crate::domain::ranking::Reason;
use crate::ui::format::duration;
use chrono::{DateTime, Utc};

pub struct Texts {
    pub goal_title: &'static str,
    pub goal_leads: &'static str,
    pub goal_closes: &'static str,
    pub goal_amount: &'static str,
    pub edit_goals: &'static str,
    pub save_goals: &'static str,
    pub goals_hint: &'static str,
    pub goal_met: &'static str,
    pub next_title: &'static str,
    pub open_assistant: &'static str,
    pub done_next: &'static str,
    pub queue_empty: &'static str,
    pub of: &'static str,
    pub zen_on: &'static str,
    pub zen_off: &'static str,
    pub zen_hint: &'static str,
    pub mark_won: &'static str,
    pub sale_closed: &'static str,
    pub closes_today: &'static str,
    pub close: &'static str,
    pub new_medal: &'static str,
    pub medals_title: &'static str,
    pub medals_intro: &'static str,
    pub see_medals: &'static str,
    pub no_medals: &'static str,
    pub earned_on: &'static str,
    pub locked: &'static str,
    pub leaderboard: &'static str,
    pub month_closes: &'static str,
    pub you: &'static str,
    pub streak: &'static str,
    pub nav_medals: &'static str,
}

pub static ES: Texts = Texts {
    goal_title: "Meta de hoy",
    goal_leads: "Clientes nuevos",
    goal_closes: "Ventas cerradas",
    goal_amount: "Monto cobrado",
    edit_goals: "Cambiar metas",
    save_goals: "Guardar metas",
    goals_hint: "Deja el monto vacío si no quieres meta de monto.",
    goal_met: "¡Meta cumplida!",
    next_title: "Siguiente cliente",
    open_assistant: "Abrir asistente",
    done_next: "Hecho → siguiente",
    queue_empty: "Nadie pendiente por ahora. ¡Buen trabajo!",
    of: "de",
    zen_on: "Zen",
    zen_off: "Zen ✓",
    zen_hint: "Zen: solo tu meta y el siguiente cliente (tecla Z)",
    mark_won: "Marcar ganado 🎉",
    sale_closed: "¡Venta cerrada!",
    closes_today: "Ventas de hoy",
    close: "Seguir",
    new_medal: "Nueva medalla",
    medals_title: "Medallas",
    medals_intro: "Se ganan con ventas, ingresos, rachas respondiendo a todos y respuestas rápidas.",
    see_medals: "Ver medallas",
    no_medals: "Aún no tienes medallas: la primera venta trae la primera.",
    earned_on: "Ganada el",
    locked: "Por ganar",
    leaderboard: "Equipo este mes",
    month_closes: "ventas",
    you: "tú",
    streak: "días seguidos respondiendo a todos",
    nav_medals: "Medallas",
};

pub static EN: Texts = Texts {
    goal_title: "Today's goal",
    goal_leads: "New clients",
    goal_closes: "Sales closed",
    goal_amount: "Amount collected",
    edit_goals: "Change goals",
    save_goals: "Save goals",
    goals_hint: "Leave the amount empty for no amount goal.",
    goal_met: "Goal met!",
    next_title: "Next client",
    open_assistant: "Open assistant",
    done_next: "Done → next",
    queue_empty: "Nobody waiting right now. Good job!",
    of: "of",
    zen_on: "Zen",
    zen_off: "Zen ✓",
    zen_hint: "Zen: only your goal and the next client (Z key)",
    mark_won: "Mark won 🎉",
    sale_closed: "Sale closed!",
    closes_today: "Sales today",
    close: "Continue",
    new_medal: "New medal",
    medals_title: "Medals",
    medals_intro: "Earned with sales, revenue, streaks of answering everyone and fast replies.",
    see_medals: "See medals",
    no_medals: "No medals yet: the first sale brings the first one.",
    earned_on: "Earned on",
    locked: "To earn",
    leaderboard: "Team this month",
    month_closes: "sales",
    you: "you",
    streak: "days in a row answering everyone",
    nav_medals: "Medals",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}

pub fn medal_icon(m: Medal) -> &'static str {
    match m {
        Medal::FirstSale => "🥇",
        Medal::Sales10 => "🔟",
        Medal::Sales50 => "🏆",
        Medal::Sales100 => "👑",
        Medal::Revenue1 | Medal::Revenue2 | Medal::Revenue3 => "💰",
        Medal::FirstScript => "✍️",
        Medal::Streak3 | Medal::Streak7 | Medal::Streak30 => "🔥",
        Medal::QuickReplies => "⏱️",
        Medal::LightningReplies => "⚡",
    }
}

/// Name and what earns it.
pub fn medal_text(lang: Lang, m: Medal) -> (&'static str, &'static str) {
    let es = lang == Lang::Es;
    match m {
        Medal::FirstSale => if es { ("Primera venta", "Cierra tu primera venta.") } else { ("First sale", "Close your first sale.") },
        Medal::Sales10 => if es { ("10 ventas", "Cierra 10 ventas.") } else { ("10 sales", "Close 10 sales.") },
        Medal::Sales50 => if es { ("50 ventas", "Cierra 50 ventas.") } else { ("50 sales", "Close 50 sales.") },
        Medal::Sales100 => if es { ("100 ventas", "Cierra 100 ventas.") } else { ("100 sales", "Close 100 sales.") },
        Medal::Revenue1 => if es { ("Ingresos bronce", "Vende unos US$ 1.000 en tu moneda.") } else { ("Bronze revenue", "Sell about US$ 1,000 in your currency.") },
        Medal::Revenue2 => if es { ("Ingresos plata", "Vende unos US$ 10.000 en tu moneda.") } else { ("Silver revenue", "Sell about US$ 10,000 in your currency.") },
        Medal::Revenue3 => if es { ("Ingresos oro", "Vende unos US$ 100.000 en tu moneda.") } else { ("Gold revenue", "Sell about US$ 100,000 in your currency.") },
        Medal::FirstScript => if es { ("Primer guion", "Envía tu primer guion del asistente.") } else { ("First script", "Send your first assistant script.") },
        Medal::Streak3 => if es { ("Racha de 3", "3 días seguidos sin dejar a nadie sin respuesta.") } else { ("3-day streak", "3 days in a row with nobody left unanswered.") },
        Medal::Streak7 => if es { ("Racha de 7", "7 días seguidos sin dejar a nadie sin respuesta.") } else { ("7-day streak", "7 days in a row with nobody left unanswered.") },
        Medal::Streak30 => if es { ("Racha de 30", "30 días seguidos sin dejar a nadie sin respuesta.") } else { ("30-day streak", "30 days in a row with nobody left unanswered.") },
        Medal::QuickReplies => if es { ("Respuesta rápida", "Mediana de respuesta bajo 15 min (10+ respuestas).") } else { ("Quick replies", "Median reply under 15 min (10+ replies).") },
        Medal::LightningReplies => if es { ("Rayo", "Mediana de respuesta bajo 5 min (20+ respuestas).") } else { ("Lightning", "Median reply under 5 min (20+ replies).") },
    }
}

pub fn record(lang: Lang, r: Record) -> String {
    let es = lang == Lang::Es;
    match r {
        Record::FirstSale => if es { "¡Tu primera venta! El comienzo de algo grande." } else { "Your first sale! The start of something big." }.into(),
        Record::BiggestThisMonth => if es { "Récord personal: la venta más grande del mes." } else { "Personal record: the biggest sale this month." }.into(),
        Record::NthToday(n) => {
            let ord_es = match n {
                2 => "Segunda".to_string(),
                3 => "Tercera".to_string(),
                4 => "Cuarta".to_string(),
                5 => "Quinta".to_string(),
                n => format!("Venta n.º {n}"),
            };
            if es { format!("¡{ord_es} venta de hoy!") } else { format!("Sale number {n} today!") }
        }
    }
}

/// Why this client is next, in one line.
pub fn reason(lang: Lang, name: &str, r: Reason, now: DateTime<Utc>) -> String {
    let es = lang == Lang::Es;
    let first = crate::domain::names::first_name(name);
    match r {
        Reason::Waiting { since, ask } => {
            let ago = duration((now - since).num_seconds());
            let what = match (ask, es) {
                (Some(Moment::Price), true) => " y preguntó el precio",
                (Some(Moment::Price), false) => " and asked the price",
                (Some(Moment::Payment), true) => " y quiere pagar",
                (Some(Moment::Payment), false) => " and wants to pay",
                (Some(Moment::Objection(_)), true) => " con una duda que resolver",
                (Some(Moment::Objection(_)), false) => " with a doubt to clear up",
                (Some(Moment::Paid), true) => " y dice que ya pagó",
                (Some(Moment::Paid), false) => " and says they paid",
                (Some(Moment::Committed), true) => " y dijo que sí",
                (Some(Moment::Committed), false) => " and said yes",
                (Some(Moment::Competitor), true) => " y te compara con otra opción",
                (Some(Moment::Competitor), false) => " and is comparing you with another option",
                (Some(Moment::Closed), true) => " y dijo que no: despídete con respeto",
                (Some(Moment::Closed), false) => " and said no: close kindly",
                (_, true) => " y espera tu respuesta",
                (_, false) => " and is waiting for you",
            };
            if es { format!("{first} te escribió hace {ago}{what}.") } else { format!("{first} wrote {ago} ago{what}.") }
        }
        Reason::FollowUpOverdue { days: 1 } => if es { format!("El seguimiento con {first} era ayer.") } else { format!("The follow-up with {first} was due yesterday.") },
        Reason::FollowUpOverdue { days } => if es { format!("El seguimiento con {first} está atrasado {days} días.") } else { format!("The follow-up with {first} is {days} days overdue.") },
        Reason::FollowUpToday => if es { format!("Hoy toca seguimiento con {first}.") } else { format!("Follow up with {first} today.") },
        Reason::RenewalDue { days } if days < 0 => if es { format!("La renovación de {first} está vencida.") } else { format!("{first}'s renewal is overdue.") },
        Reason::RenewalDue { days } => if es { format!("La renovación de {first} vence en {days} días.") } else { format!("{first}'s renewal is due in {days} days.") },
        Reason::Valuable { probability } => if es { format!("{first} tiene {probability} % de probabilidad de compra y un buen trato.") } else { format!("{first} has a {probability} % purchase probability and a good deal.") },
        Reason::GoingCold { days } => if es { format!("{first} lleva {days} días sin contacto: se enfría.") } else { format!("No contact with {first} for {days} days: going cold.") },
        Reason::Pipeline => if es { format!("Avanza el trato con {first}.") } else { format!("Move the deal with {first} forward.") },
    }
}
