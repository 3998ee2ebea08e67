//! The drafts' sentences in Spanish and English, held the way `ui::i18n` holds the UI's:
//! one struct of fixed sentences per language (a missing translation is a compile
//! error) and functions, one `match` on the language each, for sentences that carry
//! values (they also choose singular or plural).

use crate::domain::locale::Lang;

pub(super) struct Copy {
    pub(super) your_business: &'static str,
    pub(super) hello_warm: &'static str,
    pub(super) hello: &'static str,
    pub(super) how_are_you: &'static str,
    pub(super) great_to_hear: &'static str,
    pub(super) price_depends: &'static str,
    pub(super) business_days: &'static str,
    pub(super) options: &'static str,
    pub(super) payment: &'static str,
    pub(super) price_empathy: &'static str,
    pub(super) time_reassure: &'static str,
    pub(super) trust_normal: &'static str,
    pub(super) also: &'static str,
    pub(super) think_about_it: &'static str,
    pub(super) follow_up: &'static str,
    pub(super) thanks_after_sale: &'static str,
    pub(super) guarantee_lead: &'static str,
    pub(super) portfolio_lead: &'static str,
    pub(super) review_ask: &'static str,
    pub(super) ideas: &'static str,
    pub(super) commit_payment: &'static str,
    pub(super) commit_later: &'static str,
    pub(super) commit_follow_up: &'static str,
    pub(super) commit_after_sale: &'static str,
    pub(super) commit_call: &'static str,
    pub(super) liking_after_sale: &'static str,
    pub(super) liking_idea: &'static str,
    pub(super) closer_analytical: &'static str,
    pub(super) closer_driver: &'static str,
    pub(super) closer_amiable: &'static str,
    pub(super) closer_expressive: &'static str,
    pub(super) closer: &'static str,
    pub(super) paid: &'static str,
    pub(super) reciprocity_paid: &'static str,
    pub(super) liking_paid: &'static str,
    pub(super) commit_paid: &'static str,
    pub(super) closed: &'static str,
    pub(super) reciprocity_closed: &'static str,
    pub(super) liking_closed: &'static str,
    pub(super) keep_in_touch: &'static str,
    pub(super) compare_fairly: &'static str,
}

pub(super) static ES: Copy = Copy {
    your_business: "tu negocio",
    hello_warm: "¡Hola",
    hello: "Hola",
    how_are_you: "¿Cómo vas? 😊",
    great_to_hear: "Qué gusto leerte 😊",
    price_depends: "El precio depende de lo que necesitas; con dos datos te lo doy exacto: ¿cuántas secciones quieres y vas a vender en línea?",
    business_days: "días hábiles",
    options: "Estas son las opciones:",
    payment: "¡Perfecto! Te envío ahora los datos de pago y, apenas lo confirmes, agendamos el inicio.",
    price_empathy: "Entiendo, es una inversión y quieres que valga la pena.",
    time_reassure: "Tranquilo: de tu lado solo necesitamos tu logo y unas fotos, del resto nos encargamos nosotros",
    trust_normal: "Es normal querer estar seguro antes de invertir.",
    also: "Además:",
    think_about_it: "Claro, tómate tu tiempo. Para ayudarte a decidir: ¿qué es lo que más te hace dudar?",
    follow_up: "Te escribo para retomar lo de tu página web.",
    thanks_after_sale: "¡Gracias por confiar en nosotros para tu página!",
    guarantee_lead: "Y tienes garantía:",
    portfolio_lead: "Mira algunos trabajos:",
    review_ask: "Si te gustó el resultado, ¿me regalas una reseña corta? A otros negocios les ayuda mucho a decidirse.",
    ideas: "Con gusto te preparo sin compromiso unas ideas para tu página, para que veas cómo quedaría.",
    commit_payment: "¿Te reservo la fecha de inicio para esta semana?",
    commit_later: "¿Te parece si te escribo en dos días y lo vemos con calma?",
    commit_follow_up: "¿Sigue en pie lo de tu página este mes? Con un sí o un no me ayudas a organizarme.",
    commit_after_sale: "¿Te dejo activo el mantenimiento para que tu página siga al día y segura?",
    commit_call: "¿Te parece si hablamos 10 minutos mañana para definir lo que necesitas?",
    liking_after_sale: "Fue un gusto trabajar contigo.",
    liking_idea: "Me gusta mucho tu idea y me encantaría ayudarte a hacerla realidad.",
    closer_analytical: "Si te sirve, te envío el detalle por escrito para que lo revises con calma.",
    closer_driver: "¿Arrancamos?",
    closer_amiable: "Sin presión, cuéntame qué piensas 😊",
    closer_expressive: "¡Va a quedar increíble! ¿Le damos? 🚀",
    closer: "¿Qué te parece?",
    paid: "¡Recibido, mil gracias! Ya mismo lo confirmo y arrancamos: para empezar necesito tu logo, unas fotos y los textos de tu negocio.",
    reciprocity_paid: "Cualquier duda en el proceso me escribes por aquí; te acompaño en cada paso.",
    liking_paid: "¡Qué emoción empezar con tu página!",
    commit_paid: "¿Te queda bien una llamada corta esta semana para arrancar?",
    closed: "Gracias por contarme y por tu tiempo; entiendo tu decisión.",
    reciprocity_closed: "Si en algún momento necesitas algo para tu página, aquí estoy con gusto.",
    liking_closed: "Fue un gusto conversar contigo y te deseo muchos éxitos.",
    keep_in_touch: "¿Te parece si te escribo en unos meses para saber cómo va todo?",
    compare_fairly: "Qué bueno que compares. Para que sea justo, mira qué incluye cada propuesta (dominio, hosting, soporte y tiempo de entrega) y no solo el precio.",
};

pub(super) static EN: Copy = Copy {
    your_business: "your business",
    hello_warm: "Hi",
    hello: "Hi",
    how_are_you: "How are you? 😊",
    great_to_hear: "Great to hear from you 😊",
    price_depends: "The price depends on what you need; two details and I'll give you the exact figure: how many sections, and will you sell online?",
    business_days: "business days",
    options: "These are the options:",
    payment: "Great! I'll send you the payment details now, and once it's confirmed we schedule the start.",
    price_empathy: "I understand: it's an investment and you want it to pay off.",
    time_reassure: "No worries: from you we only need your logo and a few photos, we take care of the rest",
    trust_normal: "It's normal to want to be sure before investing.",
    also: "Also:",
    think_about_it: "Of course, take your time. To help you decide: what makes you hesitate the most?",
    follow_up: "I'm writing to pick up where we left off on your website.",
    thanks_after_sale: "Thank you for trusting us with your website!",
    guarantee_lead: "And it comes with a guarantee:",
    portfolio_lead: "Have a look at our work:",
    review_ask: "If you like the result, would you leave us a short review? It really helps other businesses decide.",
    ideas: "I'd be glad to put together a few ideas for your website, no strings attached, so you can see how it would look.",
    commit_payment: "Shall I book your start date for this week?",
    commit_later: "How about I message you in two days and we look at it calmly?",
    commit_follow_up: "Is your website still on for this month? A yes or no helps me plan.",
    commit_after_sale: "Shall I keep maintenance on so your website stays up to date and secure?",
    commit_call: "Shall we talk for 10 minutes tomorrow to define what you need?",
    liking_after_sale: "It was a pleasure working with you.",
    liking_idea: "I really like your idea and I'd love to help you make it happen.",
    closer_analytical: "If you like, I'll send it all in writing so you can review it calmly.",
    closer_driver: "Shall we start?",
    closer_amiable: "No pressure, tell me what you think 😊",
    closer_expressive: "It's going to look amazing! Shall we? 🚀",
    closer: "What do you think?",
    paid: "Received, thank you so much! I'm confirming it right now and we start: to begin I need your logo, a few photos and your business texts.",
    reciprocity_paid: "Any question along the way, just write me here; I'll walk you through every step.",
    liking_paid: "So excited to start on your website!",
    commit_paid: "Would a short call this week work to kick off?",
    closed: "Thanks for letting me know and for your time; I understand your decision.",
    reciprocity_closed: "If you ever need anything for your website, I'm happy to help.",
    liking_closed: "It was a pleasure talking with you, and I wish you every success.",
    keep_in_touch: "Would it be OK if I check in with you in a few months to see how it's going?",
    compare_fairly: "Good that you're comparing. To make it fair, look at what each proposal includes (domain, hosting, support and delivery time), not just the price.",
};

pub(super) fn copy(lang: Lang) -> &'static Copy {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}

/// `delivery`: "15 días hábiles", as the seller or the offer gives it.
pub(super) fn offer_line(lang: Lang, plan: &str, price: &str, delivery: &str) -> String {
    match lang {
        Lang::Es => format!("El plan {plan} cuesta {price} y queda listo en {delivery}."),
        Lang::En => format!("The {plan} plan costs {price} and is ready in {delivery}."),
    }
}

pub(super) fn opening(lang: Lang, seller: &str, agency: &str, business: &str) -> String {
    match lang {
        Lang::Es => format!("Soy {seller} de {agency}. Hacemos páginas web para negocios como {business}, listas para recibir pedidos por WhatsApp."),
        Lang::En => format!("I'm {seller} from {agency}. We build websites for businesses like {business}, ready to take orders over WhatsApp."),
    }
}

pub(super) fn starts_at(lang: Lang, price: &str, plan: &str, days: u32) -> String {
    match lang {
        Lang::Es => format!("Nuestras páginas van desde {price} ({plan}, lista en {days} días hábiles)."),
        Lang::En => format!("Our websites start at {price} ({plan}, ready in {days} business days)."),
    }
}

pub(super) fn simpler_plan(lang: Lang, plan: &str, price: &str) -> String {
    match lang {
        Lang::Es => format!("Si prefieres empezar más simple, el plan {plan} cuesta {price} y luego creces."),
        Lang::En => format!("If you'd rather start simpler, the {plan} plan costs {price} and you can grow later."),
    }
}

/// Ends [`Copy::time_reassure`].
pub(super) fn ready_in(lang: Lang, delivery: Option<&str>) -> String {
    match (lang, delivery) {
        (Lang::Es, Some(d)) => format!(" y en {d} está lista."),
        (Lang::En, Some(d)) => format!(", and it's ready in {d}."),
        (_, None) => ".".into(),
    }
}

pub(super) fn follow_up_on(lang: Lang, business: &str) -> String {
    match lang {
        Lang::Es => format!("Te escribo para retomar lo de la página web de {business}."),
        Lang::En => format!("I'm writing to pick up where we left off on the website for {business}."),
    }
}

pub(super) fn slots_left(lang: Lang, left: u32, until: &str) -> String {
    match (lang, left) {
        (Lang::Es, 1) => format!("Solo me queda 1 cupo para iniciar proyectos hasta el {until}."),
        (Lang::Es, _) => format!("Me quedan {left} cupos para iniciar proyectos hasta el {until}."),
        (Lang::En, 1) => format!("I only have 1 slot left to start projects until {until}."),
        (Lang::En, _) => format!("I have {left} slots left to start projects until {until}."),
    }
}

pub(super) fn promo_until(lang: Lang, promo: &str, until: &str) -> String {
    match lang {
        Lang::Es => format!("La promoción «{promo}» va hasta el {until}."),
        Lang::En => format!("The “{promo}” offer runs until {until}."),
    }
}

/// Years in business and businesses served, whichever the agency gave.
pub(super) fn track_record(lang: Lang, years: Option<u32>, clients: Option<u32>) -> Option<String> {
    Some(match (lang, years, clients) {
        (_, None, None) => return None,
        (Lang::Es, Some(y), Some(n)) => format!("Llevamos {y} años haciendo páginas web y ya atendimos a más de {n} negocios."),
        (Lang::Es, Some(y), None) => format!("Llevamos {y} años haciendo páginas web."),
        (Lang::Es, None, Some(n)) => format!("Ya hicimos la página de más de {n} negocios."),
        (Lang::En, Some(y), Some(n)) => format!("We've been building websites for {y} years, for more than {n} businesses."),
        (Lang::En, Some(y), None) => format!("We've been building websites for {y} years."),
        (Lang::En, None, Some(n)) => format!("We've built websites for more than {n} businesses."),
    })
}

pub(super) fn testimonial(lang: Lang, author: &str, text: &str) -> String {
    match lang {
        Lang::Es => format!("{author} nos contó: «{text}»."),
        Lang::En => format!("{author} told us: “{text}.”"),
    }
}

pub(super) fn businesses_selling(lang: Lang, n: u32) -> String {
    match lang {
        Lang::Es => format!("Más de {n} negocios ya venden con la página que les hicimos."),
        Lang::En => format!("More than {n} businesses already sell with the website we built them."),
    }
}

pub(super) fn ideas_for(lang: Lang, business: &str) -> String {
    match lang {
        Lang::Es => format!("Con gusto te preparo sin compromiso unas ideas para la página de {business}, para que veas cómo quedaría."),
        Lang::En => format!("I'd be glad to put together a few ideas for {business}'s website, no strings attached, so you can see how it would look."),
    }
}

pub(super) fn liking_business(lang: Lang, business: &str) -> String {
    match lang {
        Lang::Es => format!("Me gusta mucho lo que haces con {business}; se nota el cariño que le pones."),
        Lang::En => format!("I really like what you do with {business}; the care you put into it shows."),
    }
}

/// The price the seller already quoted, restated.
pub(super) fn as_quoted(lang: Lang, price: &str) -> String {
    match lang {
        Lang::Es => format!("Como te comenté, el valor es {price}."),
        Lang::En => format!("As I mentioned, it's {price}."),
    }
}

/// A yes, confirmed with what was agreed (`deal`: plan and price, as agreed in the chat).
pub(super) fn committed(lang: Lang, deal: Option<&str>) -> String {
    match (lang, deal) {
        (Lang::Es, Some(d)) => format!("¡Perfecto, quedamos así: {d}! Te envío ahora los datos de pago y, apenas lo confirmes, agendamos el inicio."),
        (Lang::Es, None) => "¡Perfecto, quedamos así! Te envío ahora los datos de pago y, apenas lo confirmes, agendamos el inicio.".into(),
        (Lang::En, Some(d)) => format!("Great, it's a deal: {d}! I'll send you the payment details now, and once it's confirmed we schedule the start."),
        (Lang::En, None) => "Great, it's a deal! I'll send you the payment details now, and once it's confirmed we schedule the start.".into(),
    }
}

/// "plan Tienda por $1.800.000".
pub(super) fn deal(lang: Lang, plan: Option<&str>, price: &str) -> String {
    match (lang, plan) {
        (Lang::Es, Some(p)) => format!("plan {p} por {price}"),
        (Lang::En, Some(p)) => format!("the {p} plan for {price}"),
        (_, None) => price.to_string(),
    }
}
