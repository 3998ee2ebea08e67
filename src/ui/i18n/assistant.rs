//! Names of the assistant's readings and signals.

use crate::api::assistant::TouchVia;
use crate::domain::assistant::{Cue, Moment, Objection, SignalKind, SocialStyle};
use crate::domain::scripts::Principle;
use crate::domain::locale::Lang;

pub struct Texts {
    pub title: &'static str,
    pub probability: &'static str,
    pub why: &'static str,
    pub style: &'static str,
    pub confidence: &'static str,
    pub evidence: &'static str,
    pub correct: &'static str,
    pub automatic: &'static str,
    pub corrected: &'static str,
    pub not_a_diagnosis: &'static str,
    pub objections: &'static str,
    pub answered: &'static str,
    pub pending: &'static str,
    pub no_chat: &'static str,
    pub little_text: &'static str,
    pub engine_offline: &'static str,
    pub engine_llm: &'static str,
    pub fallback: &'static str,
    pub by_ai: &'static str,
    pub by_template: &'static str,
    pub ai_writing: &'static str,
    pub ai_writing_one: &'static str,
    pub ai_refused: &'static str,
    pub ai_capped: &'static str,
    pub ai_failed: &'static str,
    pub allow_llm: &'static str,
    pub scripts: &'static str,
    pub scripts_hint: &'static str,
    pub in_english: &'static str,
    pub in_spanish: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub send_whatsapp: &'static str,
    pub sent_log: &'static str,
    pub add_facts: &'static str,
    pub ask_admin_facts: &'static str,
    pub copy_failed: &'static str,
    pub too_little: &'static str,
    pub other_language: &'static str,
    pub pending_questions: &'static str,
    pub do_not_contact: &'static str,
    pub record_payment: &'static str,
    pub mark_won: &'static str,
    pub seller_confirmed: &'static str,
}

pub static ES: Texts = Texts {
    title: "Asistente de cierre",
    probability: "Probabilidad de compra",
    why: "Qué la mueve",
    style: "Cómo escribe",
    confidence: "confianza",
    evidence: "En el chat",
    correct: "¿No es así? Corrígelo:",
    automatic: "Automático",
    corrected: "corregido por ti",
    not_a_diagnosis: "Describe cómo escribe en este chat para adaptar tus mensajes; no es un diagnóstico psicológico.",
    objections: "Objeciones",
    answered: "ya respondida",
    pending: "sin responder",
    no_chat: "Importa el chat para que el asistente lo lea.",
    little_text: "El cliente aún escribió muy poco para leer su estilo.",
    engine_offline: "Análisis sin conexión (integrado)",
    engine_llm: "Análisis con la IA configurada",
    fallback: "La IA no respondió a tiempo o respondió mal; se usó el análisis sin conexión.",
    by_ai: "Escrito por la IA",
    by_template: "Plantilla",
    ai_writing: "La IA está escribiendo borradores para este mensaje…",
    ai_writing_one: "La IA escribe…",
    ai_refused: "La IA puso un dato que no está en tus ajustes ni en el chat; queda la plantilla.",
    ai_capped: "Se acabaron las consultas a la IA de hoy; quedan las plantillas.",
    ai_failed: "La IA no respondió; quedan las plantillas.",
    allow_llm: "Permitir enviar los mensajes recientes de los chats a la IA configurada",
    scripts: "Guiones listos para enviar",
    scripts_hint: "Edítala si quieres y envíala: queda registrada con su principio.",
    in_english: "En inglés, como escribe el cliente.",
    in_spanish: "En español, como escribe el cliente.",
    copy: "Copiar",
    copied: "Copiado ✓",
    send_whatsapp: "Enviar por WhatsApp",
    sent_log: "Enviados",
    add_facts: "Agrega precios, trabajos, testimonios y cupos en Ajustes para guiones más fuertes.",
    ask_admin_facts: "Pide a un administrador que agregue precios, testimonios y cupos en Ajustes.",
    copy_failed: "No se pudo copiar; selecciona el texto y cópialo.",
    too_little: "Aún no hay suficiente para leer: el cliente casi no ha escrito (o solo mandó audios, fotos o emojis).",
    other_language: "El cliente escribe en un idioma que el asistente sin conexión no lee; no hay una cifra fiable.",
    pending_questions: "Preguntas sin responder",
    do_not_contact: "Pidió no recibir más mensajes: no le escribas. No hay guiones para este cliente.",
    record_payment: "Márcalo como ganado y registra el pago en Cobros.",
    mark_won: "Marcar como ganado",
    seller_confirmed: "Confirmaste que recibiste el pago",
};

pub static EN: Texts = Texts {
    title: "Closing assistant",
    probability: "Purchase probability",
    why: "What moves it",
    style: "How they write",
    confidence: "confidence",
    evidence: "In the chat",
    correct: "Not right? Correct it:",
    automatic: "Automatic",
    corrected: "corrected by you",
    not_a_diagnosis: "Describes how they write in this chat so you can adapt your messages; not a psychological diagnosis.",
    objections: "Objections",
    answered: "already answered",
    pending: "unanswered",
    no_chat: "Import the chat so the assistant can read it.",
    little_text: "The client has written too little to read a style yet.",
    engine_offline: "Offline analysis (built-in)",
    engine_llm: "Analysis by the configured AI",
    fallback: "The AI did not answer in time or answered badly; the offline analysis was used.",
    by_ai: "Written by the AI",
    by_template: "Template",
    ai_writing: "The AI is writing drafts for this message…",
    ai_writing_one: "The AI is writing…",
    ai_refused: "The AI stated something that is not in your settings or the chat; the template stays.",
    ai_capped: "Today's AI allowance is spent; the templates stay.",
    ai_failed: "The AI did not answer; the templates stay.",
    allow_llm: "Allow sending the chats' recent messages to the configured AI",
    scripts: "Ready-to-send scripts",
    scripts_hint: "Edit it if you like and send it: it is logged with its principle.",
    in_english: "In English, as the client writes.",
    in_spanish: "In Spanish, as the client writes.",
    copy: "Copy",
    copied: "Copied ✓",
    send_whatsapp: "Send on WhatsApp",
    sent_log: "Sent",
    add_facts: "Add prices, work samples, testimonials and slots in Settings for stronger scripts.",
    ask_admin_facts: "Ask an admin to add prices, testimonials and slots in Settings.",
    copy_failed: "Could not copy; select the text and copy it.",
    too_little: "Not enough to read yet: the client has barely written (or only sent voice notes, photos or emoji).",
    other_language: "The client writes in a language the offline assistant does not read; there is no reliable figure.",
    pending_questions: "Unanswered questions",
    do_not_contact: "Asked not to be messaged again: don't write to them. No scripts for this client.",
    record_payment: "Mark the deal as won and record the payment under Payments.",
    mark_won: "Mark as won",
    seller_confirmed: "You confirmed receiving the payment",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}

/// Fine style, then its simple reading.
pub fn style_name(lang: Lang, s: SocialStyle) -> &'static str {
    match (lang, s) {
        (Lang::Es, SocialStyle::Analytical) => "Analítico",
        (Lang::Es, SocialStyle::Driver) => "Decidido",
        (Lang::Es, SocialStyle::Amiable) => "Afable",
        (Lang::Es, SocialStyle::Expressive) => "Expresivo",
        (Lang::En, SocialStyle::Analytical) => "Analytical",
        (Lang::En, SocialStyle::Driver) => "Driver",
        (Lang::En, SocialStyle::Amiable) => "Amiable",
        (Lang::En, SocialStyle::Expressive) => "Expressive",
    }
}

pub fn family(lang: Lang, s: SocialStyle) -> &'static str {
    match (lang, s.is_emotional()) {
        (Lang::Es, false) => "racional",
        (Lang::Es, true) => "emocional",
        (Lang::En, false) => "analytical",
        (Lang::En, true) => "emotional",
    }
}

/// How to write to this style.
pub fn style_tip(lang: Lang, s: SocialStyle) -> &'static str {
    match (lang, s) {
        (Lang::Es, SocialStyle::Analytical) => "Dale datos concretos, pasos y tiempo para decidir.",
        (Lang::Es, SocialStyle::Driver) => "Ve al grano: resultado, precio y fecha en pocas líneas.",
        (Lang::Es, SocialStyle::Amiable) => "Cuida la relación: tranquilidad, acompañamiento y casos de clientes.",
        (Lang::Es, SocialStyle::Expressive) => "Comparte su entusiasmo: la visión de su negocio y lo que otros dirán.",
        (Lang::En, SocialStyle::Analytical) => "Give concrete data, steps and time to decide.",
        (Lang::En, SocialStyle::Driver) => "Get to the point: result, price and date in a few lines.",
        (Lang::En, SocialStyle::Amiable) => "Care for the relationship: reassurance, support and client stories.",
        (Lang::En, SocialStyle::Expressive) => "Share their enthusiasm: the vision for their business and what others will say.",
    }
}

pub fn cue(lang: Lang, c: Cue) -> &'static str {
    match (lang, c) {
        (Lang::Es, Cue::Directive) => "pide directo",
        (Lang::Es, Cue::Tentative) => "pregunta con cautela",
        (Lang::Es, Cue::Emotive) => "muestra emoción",
        (Lang::Es, Cue::Factual) => "busca datos",
        (Lang::En, Cue::Directive) => "asks directly",
        (Lang::En, Cue::Tentative) => "asks cautiously",
        (Lang::En, Cue::Emotive) => "shows emotion",
        (Lang::En, Cue::Factual) => "looks for facts",
    }
}

pub fn signal(lang: Lang, k: SignalKind, detail: i64) -> String {
    let es = lang == Lang::Es;
    match k {
        SignalKind::Stage => if es { "Etapa del trato" } else { "Deal stage" }.into(),
        SignalKind::AskedPrice => if es { "Preguntó el precio" } else { "Asked the price" }.into(),
        SignalKind::AskedProposal => if es { "Pidió propuesta" } else { "Asked for a proposal" }.into(),
        SignalKind::AskedPayment => if es { "Preguntó cómo pagar" } else { "Asked how to pay" }.into(),
        SignalKind::PositiveWords => {
            if es { format!("Palabras positivas ({detail})") } else { format!("Positive words ({detail})") }
        }
        SignalKind::Objection => if es { "Objeción" } else { "Objection" }.into(),
        SignalKind::RepliesFaster => if es { "Responde más rápido que antes" } else { "Replies faster than before" }.into(),
        SignalKind::RepliesSlower => if es { "Responde más lento que antes" } else { "Replies slower than before" }.into(),
        SignalKind::Silence => {
            if es { format!("{detail} días sin escribir") } else { format!("{detail} days without writing") }
        }
        SignalKind::Engaged => {
            if es { format!("Conversación activa ({detail} mensajes)") } else { format!("Engaged ({detail} messages)") }
        }
        SignalKind::Comparing => if es { "Compara con otra agencia o cotización" } else { "Comparing with another agency or quote" }.into(),
        SignalKind::NegativeWords => {
            if es { format!("Dudas o disgusto ({detail})") } else { format!("Doubts or displeasure ({detail})") }
        }
        SignalKind::Paid => if es { "Dice que ya pagó" } else { "Says they paid" }.into(),
        SignalKind::Committed => if es { "Dijo que sí" } else { "Said yes" }.into(),
        SignalKind::Postponed if detail == 1 => if es { "Lo aplazó, con fecha" } else { "Postponed, with a date" }.into(),
        SignalKind::Postponed => if es { "Lo aplazó, sin fecha" } else { "Postponed, no date" }.into(),
        SignalKind::Rejected => if es { "Dijo que no" } else { "Said no" }.into(),
        SignalKind::ChoseCompetitor => if es { "Eligió a otro proveedor" } else { "Chose another provider" }.into(),
        SignalKind::AskedToStop => if es { "Pidió no recibir más mensajes" } else { "Asked not to be messaged" }.into(),
    }
}

pub fn objection(lang: Lang, o: Objection) -> &'static str {
    match (lang, o) {
        (Lang::Es, Objection::Price) => "Precio",
        (Lang::Es, Objection::Time) => "Tiempo",
        (Lang::Es, Objection::Trust) => "Confianza",
        (Lang::Es, Objection::ThinkAboutIt) => "\"Lo voy a pensar\"",
        (Lang::En, Objection::Price) => "Price",
        (Lang::En, Objection::Time) => "Timing",
        (Lang::En, Objection::Trust) => "Trust",
        (Lang::En, Objection::ThinkAboutIt) => "\"I'll think about it\"",
    }
}

pub fn principle(lang: Lang, p: Principle) -> &'static str {
    match (lang, p) {
        (Lang::Es, Principle::Scarcity) => "Escasez",
        (Lang::Es, Principle::Authority) => "Autoridad",
        (Lang::Es, Principle::SocialProof) => "Prueba social",
        (Lang::Es, Principle::Reciprocity) => "Reciprocidad",
        (Lang::Es, Principle::Commitment) => "Compromiso",
        (Lang::Es, Principle::Liking) => "Simpatía",
        (Lang::En, Principle::Scarcity) => "Scarcity",
        (Lang::En, Principle::Authority) => "Authority",
        (Lang::En, Principle::SocialProof) => "Social proof",
        (Lang::En, Principle::Reciprocity) => "Reciprocity",
        (Lang::En, Principle::Commitment) => "Commitment",
        (Lang::En, Principle::Liking) => "Liking",
    }
}

/// Why the principle works, in a few words.
pub fn principle_tip(lang: Lang, p: Principle) -> &'static str {
    match (lang, p) {
        (Lang::Es, Principle::Scarcity) => "un plazo o cupo real ayuda a decidir",
        (Lang::Es, Principle::Authority) => "la experiencia y los trabajos dan seguridad",
        (Lang::Es, Principle::SocialProof) => "lo que otros clientes dicen convence",
        (Lang::Es, Principle::Reciprocity) => "dar algo primero invita a corresponder",
        (Lang::Es, Principle::Commitment) => "un pequeño sí acerca al gran sí",
        (Lang::Es, Principle::Liking) => "compramos a quien nos cae bien",
        (Lang::En, Principle::Scarcity) => "a real deadline or slot helps decide",
        (Lang::En, Principle::Authority) => "experience and past work reassure",
        (Lang::En, Principle::SocialProof) => "what other clients say convinces",
        (Lang::En, Principle::Reciprocity) => "giving first invites giving back",
        (Lang::En, Principle::Commitment) => "a small yes leads to the big yes",
        (Lang::En, Principle::Liking) => "we buy from people we like",
    }
}

pub fn moment(lang: Lang, m: Moment) -> String {
    let es = lang == Lang::Es;
    match m {
        Moment::Opening => if es { "Primer mensaje" } else { "First message" }.into(),
        Moment::Question => if es { "Te escribió y espera tu respuesta" } else { "They wrote and wait for your answer" }.into(),
        Moment::Price => if es { "Preguntó el precio" } else { "Asked the price" }.into(),
        Moment::Payment => if es { "Quiere pagar" } else { "Wants to pay" }.into(),
        Moment::Objection(o) => {
            if es { format!("Objeción: {}", objection(lang, o)) } else { format!("Objection: {}", objection(lang, o)) }
        }
        Moment::FollowUp { days: 0 } => if es { "Le escribiste hoy; seguimiento" } else { "You wrote today; follow-up" }.into(),
        Moment::FollowUp { days: 1 } => if es { "Sin respuesta desde ayer" } else { "No answer since yesterday" }.into(),
        Moment::FollowUp { days } => {
            if es { format!("Sin respuesta hace {days} días") } else { format!("No answer for {days} days") }
        }
        Moment::AfterSale => if es { "Venta cerrada: agradecer y renovar" } else { "Sale closed: thank and renew" }.into(),
        Moment::Competitor => if es { "Te compara con otra opción" } else { "Comparing you with another option" }.into(),
        Moment::Committed => if es { "Dijo que sí: enviar datos de pago" } else { "Said yes: send payment details" }.into(),
        Moment::Paid => if es { "Dice que pagó: confirmar y arrancar" } else { "Says they paid: confirm and start" }.into(),
        Moment::Closed => if es { "Dijo que no: cerrar con respeto" } else { "Said no: close kindly" }.into(),
        Moment::DoNotContact => if es { "No escribir" } else { "Do not write" }.into(),
    }
}

pub fn via(lang: Lang, v: TouchVia) -> &'static str {
    match (lang, v) {
        (Lang::Es, TouchVia::Copy) => "copiado",
        (Lang::Es, TouchVia::WhatsApp) => "WhatsApp",
        (Lang::En, TouchVia::Copy) => "copied",
        (Lang::En, TouchVia::WhatsApp) => "WhatsApp",
    }
}

pub fn objection_tip(lang: Lang, o: Objection) -> &'static str {
    match (lang, o) {
        (Lang::Es, Objection::Price) => "Muestra el valor en ventas o ahorro, ofrece cuotas o un plan más pequeño; no bajes el precio sin quitar algo.",
        (Lang::Es, Objection::Time) => "Propón una fecha concreta y un primer paso pequeño que no le quite tiempo.",
        (Lang::Es, Objection::Trust) => "Comparte trabajos reales, testimonios y cómo son los pagos por etapas.",
        (Lang::Es, Objection::ThinkAboutIt) => "Pregunta con respeto qué le hace dudar y acuerda cuándo vuelves a escribir.",
        (Lang::En, Objection::Price) => "Show the value in sales or savings, offer instalments or a smaller plan; don't cut the price without cutting scope.",
        (Lang::En, Objection::Time) => "Propose a concrete date and a small first step that takes none of their time.",
        (Lang::En, Objection::Trust) => "Share real work, testimonials and how staged payments work.",
        (Lang::En, Objection::ThinkAboutIt) => "Kindly ask what makes them hesitate and agree when you'll write again.",
    }
}
