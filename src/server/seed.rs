//! Demo workspace seeded on an empty database, so a first visit shows a living app.

use chrono::{Duration, Utc};
use surrealdb::types::SurrealValue;

use super::db::Db;
use super::internal;
use crate::model::ApiError;

pub const DEMO_EMAIL: &str = "demo@tusitioya.app";
pub const DEMO_PASSWORD: &str = "demo1234";

struct DemoClient {
    name: &'static str,
    phone: &'static str,
    business: &'static str,
    stage: &'static str,
    deal_value: i64,
    follow_up_in_days: Option<i64>,
    notes: &'static str,
    created_days_ago: i64,
}

const DEMO_CLIENTS: &[DemoClient] = &[
    DemoClient {
        name: "Ana Torres",
        phone: "+573001234567",
        business: "Panadería La Espiga",
        stage: "proposal",
        deal_value: 180_000_000,
        follow_up_in_days: Some(0),
        notes: "Quiere tienda en línea con pedidos por WhatsApp.",
        created_days_ago: 6,
    },
    DemoClient {
        name: "Carlos Méndez",
        phone: "+573104567890",
        business: "Taller Méndez",
        stage: "lead",
        deal_value: 120_000_000,
        follow_up_in_days: Some(1),
        notes: "Preguntó el precio de una web básica.",
        created_days_ago: 1,
    },
    DemoClient {
        name: "Lucía Ramírez",
        phone: "+573157894561",
        business: "Estética Lucía",
        stage: "negotiation",
        deal_value: 250_000_000,
        follow_up_in_days: Some(-1),
        notes: "Pide pagar en dos cuotas.",
        created_days_ago: 12,
    },
    DemoClient {
        name: "Jorge Herrera",
        phone: "+573209876543",
        business: "Ferretería El Tornillo",
        stage: "contacted",
        deal_value: 150_000_000,
        follow_up_in_days: Some(3),
        notes: "",
        created_days_ago: 4,
    },
    DemoClient {
        name: "Marta Gómez",
        phone: "+573012223344",
        business: "Consultorio Dental Sonrisas",
        stage: "won",
        deal_value: 320_000_000,
        follow_up_in_days: None,
        notes: "Pagó el 50 % inicial. Renovación de hosting anual.",
        created_days_ago: 30,
    },
    DemoClient {
        name: "Pedro Salazar",
        phone: "+573145556677",
        business: "Restaurante El Fogón",
        stage: "lead",
        deal_value: 200_000_000,
        follow_up_in_days: Some(0),
        notes: "Llegó por Instagram.",
        created_days_ago: 0,
    },
    DemoClient {
        name: "Sofía Vargas",
        phone: "+573178889900",
        business: "Boutique Sofía",
        stage: "lost",
        deal_value: 140_000_000,
        follow_up_in_days: None,
        notes: "Eligió una plantilla gratuita.",
        created_days_ago: 20,
    },
    DemoClient {
        name: "Diego Castro",
        phone: "+573051112233",
        business: "Gimnasio Fuerza",
        stage: "proposal",
        deal_value: 280_000_000,
        follow_up_in_days: Some(2),
        notes: "Necesita reservas de clases en la web.",
        created_days_ago: 8,
    },
];

#[derive(SurrealValue)]
struct Count {
    count: i64,
}

/// Seeds once: only when no workspace exists at all.
pub async fn seed_demo_if_empty(db: &Db) -> anyhow::Result<bool> {
    let existing: Option<Count> = db
        .query("SELECT count() AS count FROM workspace GROUP ALL")
        .await?
        .take(0)?;
    if existing.map(|c| c.count).unwrap_or(0) > 0 {
        return Ok(false);
    }
    let mut q = String::from(
        "BEGIN TRANSACTION;
         LET $ws = CREATE ONLY workspace:demo SET name = 'Agencia Demo', currency = 'COP',
             calling_code = '57', tz_offset_minutes = -300, tz_name = 'America/Bogota', is_demo = true;
         LET $me = CREATE ONLY user:demo SET workspace = workspace:demo, name = 'Valentina',
             email = $email, role = 'admin', password_hash = $hash;\n",
    );
    let now = Utc::now();
    for (i, _) in DEMO_CLIENTS.iter().enumerate() {
        q.push_str(&format!(
            "CREATE type::record('client', $id{i}) SET workspace = workspace:demo, owner = user:demo, name = $n{i},
                phone = $p{i}, business = $b{i}, stage = $s{i}, deal_value = $v{i}, currency = 'COP',
                next_follow_up = $f{i}, notes = $t{i}, created_at = $c{i}, updated_at = $c{i},
                won_at = IF $s{i} = 'won' {{ $c{i} }} ELSE {{ NONE }};\n"
        ));
    }
    q.push_str("COMMIT TRANSACTION;");
    let mut query = db
        .query(q)
        .bind(("email", DEMO_EMAIL))
        .bind(("hash", super::password::hash(DEMO_PASSWORD).await?));
    let today = crate::domain::locale::local_date(now, -300);
    for (i, c) in DEMO_CLIENTS.iter().enumerate() {
        let follow_up = c.follow_up_in_days.map(|d| {
            (today + Duration::days(d))
                .and_time(chrono::NaiveTime::MIN)
                .and_utc()
        });
        query = query
            .bind((format!("id{i}"), format!("demo{}", i + 1)))
            .bind((format!("n{i}"), c.name))
            .bind((format!("p{i}"), c.phone))
            .bind((format!("b{i}"), c.business))
            .bind((format!("s{i}"), c.stage))
            .bind((format!("v{i}"), c.deal_value))
            .bind((format!("f{i}"), follow_up))
            .bind((format!("t{i}"), c.notes))
            .bind((
                format!("c{i}"),
                now - Duration::days(c.created_days_ago) - Duration::minutes(i as i64),
            ));
    }
    query.await?.check()?;
    // The first demo client comes with a WhatsApp chat, imported like a seller's export.
    let ws = crate::model::session::WorkspaceInfo {
        id: "demo".into(),
        name: "Agencia Demo".into(),
        currency: crate::domain::money::Currency::COP,
        calling_code: "57".into(),
        tz_offset_minutes: -300,
        tz_name: Some("America/Bogota".into()),
        is_demo: true,
    };
    let request = crate::model::chats::ImportRequest {
        client_id: Some(DEMO_CHAT_CLIENT.into()),
        new_client: None,
        me: "Valentina".into(),
        text: demo_chat(now, ws.tz_offset_minutes),
        date_order: None,
    };
    super::chats::import_as(db, &ws, "demo", request)
        .await
        .map_err(|e| anyhow::anyhow!("seeding the demo chat: {e}"))?;
    super::facts::save(db, "demo", &demo_facts(today))
        .await
        .map_err(|e| anyhow::anyhow!("seeding the demo facts: {e}"))?;
    seed_demo_finance(db, today).await?;
    Ok(true)
}

/// Marta (won 30 days ago, $3.200.000 in two halves) paid the first half two days later; her site has
/// monthly hosting and a yearly domain, both renewing this month.
async fn seed_demo_finance(db: &Db, today: chrono::NaiveDate) -> anyhow::Result<()> {
    let day = super::clients::date_to_storage;
    let won = today - Duration::days(30);
    db.query(
        "BEGIN TRANSACTION;
         UPSERT sale:demo5 CONTENT { workspace: workspace:demo, client: client:demo5, currency: 'COP',
            price: 320000000, won_on: $won,
            installments: [{ due: $won, amount: 160000000 }, { due: $second, amount: 160000000 }],
            paid: 160000000, credit: 0 };
         CREATE payment SET workspace = workspace:demo, client = client:demo5, seller = user:demo,
            paid_on = $paid, amount = 160000000, credit = 0, currency = 'COP', method = 'transfer',
            reference = 'Bancolombia 4471';
         CREATE subscription SET workspace = workspace:demo, client = client:demo5, service = 'hosting',
            price = 6000000, currency = 'COP', period = 'monthly', next_renewal = $hosting, status = 'active', started_on = $won;
         CREATE subscription SET workspace = workspace:demo, client = client:demo5, service = 'domain',
            price = 9000000, currency = 'COP', period = 'yearly', next_renewal = $domain, status = 'active', started_on = $won;
         COMMIT TRANSACTION;",
    )
    .bind(("won", day(won)))
    .bind(("second", day(won + Duration::days(21))))
    .bind(("paid", day(won + Duration::days(2))))
    .bind(("hosting", day(today + Duration::days(5))))
    .bind(("domain", day(today + Duration::days(20))))
    .await?
    .check()?;
    Ok(())
}

/// What the demo agency can claim; the chat's "$1.800.000" and "2 cupos" match it.
pub fn demo_facts(today: chrono::NaiveDate) -> crate::domain::facts::SalesFacts {
    use crate::domain::facts::{Offer, SalesFacts, Testimonial};
    use crate::domain::money::{Currency, Money};
    let offer = |name: &str, pesos: i64, days: u32| Offer {
        name: name.into(),
        price: Money::new(pesos * 100, Currency::COP),
        delivery_days: days,
    };
    SalesFacts {
        offers: vec![
            offer("Landing page", 900_000, 7),
            offer("Catálogo con pedidos por WhatsApp", 1_800_000, 12),
            offer("Tienda online", 3_200_000, 25),
        ],
        portfolio_url: "https://tusitioya.app/trabajos".into(),
        testimonials: vec![
            Testimonial {
                author: "Marta, Panadería La Espiga".into(),
                text: "En el primer mes me llegaron 40 pedidos por la página".into(),
            },
            Testimonial {
                author: "Luis, Ferretería El Tornillo".into(),
                text: "Me la entregaron en la fecha que dijeron y el soporte responde rápido".into(),
            },
        ],
        clients_served: Some(120),
        years_in_business: Some(6),
        guarantee: "2 rondas de cambios gratis".into(),
        slots_left: Some(2),
        slots_until: Some(today + Duration::days(6)),
        promo: String::new(),
        promo_until: None,
    }
}

/// The demo client whose chat is seeded (Ana Torres).
pub const DEMO_CHAT_CLIENT: &str = "demo1";

/// A short sales conversation with Ana, in the Android export format, ending with her
/// question two hours ago (so the card shows a client waiting for a reply).
pub fn demo_chat(now: chrono::DateTime<Utc>, tz_offset_minutes: i32) -> String {
    const LINES: &[(i64, &str, &str)] = &[
        (3 * 1440 + 120, "", "Los mensajes y las llamadas están cifrados de extremo a extremo."),
        (3 * 1440 + 110, "Ana Torres", "Hola, buenos días. Vi su anuncio en Instagram"),
        (3 * 1440 + 109, "Ana Torres", "¿Cuánto cuesta una página web para mi panadería?"),
        (3 * 1440 + 95, "Valentina", "¡Hola Ana! Qué gusto. Depende de lo que necesites: ¿quieres mostrar productos o también recibir pedidos?"),
        (3 * 1440 + 80, "Ana Torres", "Las dos cosas. Que me puedan pedir por WhatsApp"),
        (3 * 1440 + 62, "Valentina", "Perfecto. Tenemos un plan con catálogo y botón de pedido por WhatsApp.\nIncluye dominio y hosting el primer año."),
        (3 * 1440 + 61, "Valentina", "<Multimedia omitido>"),
        (2 * 1440 + 30, "Ana Torres", "Gracias. ¿Y cuánto sería?"),
        (2 * 1440 - 15, "Valentina", "$1.800.000, y se puede pagar en dos cuotas: 50 % al inicio y 50 % a la entrega."),
        (1440 + 200, "Ana Torres", "Mmm, lo voy a pensar. Es un poco más de lo que tenía pensado"),
        (1440 + 170, "Valentina", "Te entiendo. Esta semana tenemos 2 cupos con la sesión de fotos de productos incluida 📸"),
        (125, "Ana Torres", "¿La sesión de fotos la hacen en mi local?"),
        (120, "Ana Torres", "¿Y para cuándo estaría lista la página?"),
    ];
    let offset = chrono::Duration::minutes(i64::from(tz_offset_minutes));
    let mut out = String::new();
    for (minutes_ago, author, text) in LINES {
        let local = (now - Duration::minutes(*minutes_ago)).naive_utc() + offset;
        let stamp = local.format("%d/%m/%y, %H:%M");
        if author.is_empty() {
            out.push_str(&format!("{stamp} - {text}\n"));
        } else {
            out.push_str(&format!("{stamp} - {author}: {text}\n"));
        }
    }
    out
}

pub fn demo_client_count() -> usize {
    DEMO_CLIENTS.len()
}

/// Creates a workspace and its first admin in one transaction; returns (user, workspace) ids.
#[allow(clippy::too_many_arguments)]
pub async fn create_workspace_with_admin(
    db: &Db,
    workspace_name: &str,
    currency: &str,
    calling_code: &str,
    tz_offset_minutes: i32,
    tz_name: Option<&str>,
    admin_name: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<(String, String)> {
    let user_id = uuid::Uuid::new_v4().simple().to_string();
    let workspace_id = uuid::Uuid::new_v4().simple().to_string();
    db.query(
        "BEGIN TRANSACTION;
         CREATE type::record('workspace', $wid) SET name = $ws_name, currency = $currency,
             calling_code = $cc, tz_offset_minutes = $tz, tz_name = $tz_name;
         CREATE type::record('user', $uid) SET workspace = type::record('workspace', $wid),
             name = $name, email = $email, role = 'admin',
             password_hash = $hash;
         COMMIT TRANSACTION;",
    )
    .bind(("wid", workspace_id.clone()))
    .bind(("uid", user_id.clone()))
    .bind(("ws_name", workspace_name.to_string()))
    .bind(("currency", currency.to_string()))
    .bind(("cc", calling_code.to_string()))
    .bind(("tz", tz_offset_minutes as i64))
    .bind(("tz_name", tz_name.map(str::to_string)))
    .bind(("name", admin_name.to_string()))
    .bind(("email", email.trim().to_lowercase()))
    .bind(("hash", super::password::hash(password).await?))
    .await?
    .check()?;
    Ok((user_id, workspace_id))
}

#[derive(SurrealValue)]
struct DemoUser {
    user_id: String,
    workspace_id: String,
}

/// The demo seller's user and workspace ids.
pub async fn demo_user(db: &Db) -> Result<(String, String), ApiError> {
    let row: Option<DemoUser> = db
        .query(
            "SELECT record::id(id) AS user_id, record::id(workspace) AS workspace_id
             FROM ONLY user:demo",
        )
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    row.map(|r| (r.user_id, r.workspace_id))
        .ok_or(ApiError::NotFound)
}
