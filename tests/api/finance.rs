//! Finances over real HTTP against the real router and SurrealDB (in memory): plans,
//! payments with their refusals, credit, subscriptions, the workspace summary of the
//! demo, and the live cash stream.

use crate::helpers::{client_input, next_event, spawn_app};
use serde_json::{Value, json};

fn pay(amount: &str, on: &str, credit: bool) -> Value {
    json!({ "input": { "amount": amount, "on": on, "method": "Transfer", "reference": "ref 1", "as_credit": credit } })
}

async fn summary(c: &crate::helpers::Client) -> Value {
    let r = c.get("/api/finance").await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body
}

#[tokio::test]
async fn the_demo_summary_ages_debt_projects_cash_and_lists_renewals() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let s = summary(&c).await;
    // Marta paid the first half of $3.200.000; the second half is 9 days late.
    let cop = |minor: i64| json!({ "minor": minor, "currency": "COP" });
    assert_eq!(
        s["aging"],
        json!({ "current": cop(0), "d1_30": cop(160_000_000), "d31_60": cop(0), "d61_90": cop(0), "d90_plus": cop(0) })
    );
    assert_eq!(s["collection_rate_bp"], json!(5_000));
    // Hosting $60.000 a month and the domain $90.000 a year.
    assert_eq!(s["mrr"]["minor"], json!(6_000_000 + 750_000));
    let renewals = s["renewals"].as_array().unwrap();
    assert_eq!(renewals.len(), 2, "{renewals:?}");
    assert_eq!(renewals[0]["service"], json!("Hosting"));
    assert_eq!(renewals[0]["client_name"], json!("Marta Gómez"));
    let p30 = &s["projections"][0];
    assert_eq!((p30["days"].clone(), p30["installments"].clone(), p30["renewals"].clone()), (json!(30), cop(160_000_000), cop(15_000_000)));
    assert_eq!(p30["expected"], cop((160_000_000 + 15_000_000) / 2), "at the 50 % collection rate");
    assert_eq!(s["daily"].as_array().unwrap().len(), 30);
    let card = c.get("/api/clients/demo5/finance").await.body;
    assert_eq!(card["pending"]["minor"], json!(160_000_000));
    assert_eq!(card["installments"].as_array().unwrap().len(), 2);
    assert_eq!(card["subscriptions"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn payments_follow_the_plan_and_refuse_what_does_not_add_up() {
    let app = spawn_app().await;
    let c = app.other_workspace_seller().await; // MXN, nothing sold yet
    let r = c.post("/api/clients", client_input("Lupita", "5511112222", 1_000_000)).await;
    let id = r.body["id"].as_str().unwrap().to_string();
    // Not won yet: no payments, no plan.
    let r = c.post(&format!("/api/clients/{id}/payments"), pay("5.000", "", false)).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.field_errors(), vec![("PayAmount".into(), "\"NotWon\"".into())]);
    assert_eq!(c.post(&format!("/api/clients/{id}/won"), json!({})).await.status, 200);

    let r = c.post(&format!("/api/clients/{id}/plan"), json!({ "input": { "shares": "50/40", "first_due": "", "every_days": "" } })).await;
    assert_eq!(r.status, 422, "{:?}", r.body);
    let r = c.post(&format!("/api/clients/{id}/plan"), json!({ "input": { "shares": "50/50", "first_due": "", "every_days": "30" } })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body["installments"].as_array().unwrap().len(), 2);
    assert_eq!(r.body["installments"][1]["amount"]["minor"], json!(500_000));

    let r = c.post(&format!("/api/clients/{id}/payments"), pay("6.000", "", false)).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body["pending"]["minor"], json!(400_000));
    assert_eq!(r.body["installments"][0]["owed"]["minor"], json!(0));
    assert_eq!(r.body["installments"][1]["owed"]["minor"], json!(400_000));
    // The summary is cached per workspace; every payment refreshes it.
    assert_eq!(summary(&c).await["cash"]["today"]["minor"], json!(600_000));

    // More than owed is refused unless marked as credit; bad fields are all named.
    let over = c.post(&format!("/api/clients/{id}/payments"), pay("5.000", "", false)).await;
    assert_eq!(over.status, 422);
    assert_eq!(over.field_errors(), vec![("PayAmount".into(), "\"OverDebt\"".into())]);
    let bad = c
        .post(&format!("/api/clients/{id}/payments"), json!({ "input": { "amount": "-3", "on": "2099-01-01", "method": null, "reference": "", "as_credit": false } }))
        .await;
    assert_eq!(bad.status, 422);
    let f = bad.field_errors();
    for want in [("PayAmount", "\"Negative\""), ("PayDate", "\"InTheFuture\""), ("PayMethod", "\"Required\"")] {
        assert!(f.contains(&(want.0.to_string(), want.1.to_string())), "{want:?} in {f:?}");
    }
    let now = c.get(&format!("/api/clients/{id}/finance")).await.body;
    assert_eq!(now["pending"]["minor"], json!(400_000), "nothing saved");
    let r = c.post(&format!("/api/clients/{id}/payments"), pay("5.000", "", true)).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!((r.body["pending"]["minor"].clone(), r.body["credit"]["minor"].clone()), (json!(0), json!(100_000)));
    assert_eq!(r.body["payments"].as_array().unwrap().len(), 2);

    let r = c
        .post(&format!("/api/clients/{id}/subscriptions"), json!({ "input": { "service": "Hosting", "price": "", "period": null, "next_renewal": "mañana" } }))
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.field_errors().len(), 3);
    let today = chrono::Utc::now().date_naive();
    let r = c
        .post(
            &format!("/api/clients/{id}/subscriptions"),
            json!({ "input": { "service": "Maintenance", "price": "1.200", "period": "Monthly", "next_renewal": (today + chrono::Duration::days(10)).to_string() } }),
        )
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let local_today = (chrono::Utc::now() - chrono::Duration::hours(6)).date_naive();
    assert_eq!(r.body["subscriptions"][0]["started_on"], json!(local_today.to_string()), "no start given: today");
    let r = c
        .post(
            &format!("/api/clients/{id}/subscriptions"),
            json!({ "input": { "service": "Domain", "price": "300", "period": "Yearly", "next_renewal": (today + chrono::Duration::days(10)).to_string(),
                "start": (today + chrono::Duration::days(40)).to_string() } }),
        )
        .await;
    assert_eq!(r.field_errors(), vec![("SubStart".into(), "\"DateOutOfRange\"".into())], "a start after the renewal");

    let s = summary(&c).await;
    assert_eq!(s["cash"]["today"]["minor"], json!(1_100_000));
    assert_eq!(s["mrr"]["minor"], json!(120_000));
    assert_eq!(s["ticket_30"], json!([{ "minor": 1_000_000, "currency": "MXN" }, 1]));
    assert_eq!(s["aging"]["d1_30"], json!({ "minor": 0, "currency": "MXN" }));

    // Another workspace sees none of it.
    let demo = app.client();
    demo.demo_login().await;
    assert_eq!(demo.get(&format!("/api/clients/{id}/finance")).await.status, 404);
    assert_eq!(demo.post(&format!("/api/clients/{id}/payments"), pay("1", "", false)).await.status, 404);
}

#[tokio::test]
async fn a_payment_reaches_the_live_stream_of_its_workspace() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let anon = reqwest::get(format!("{}/api/finance/live", app.base)).await.unwrap();
    assert_eq!(anon.status().as_u16(), 401, "no session, no stream");

    let mut res = c.http.get(format!("{}/api/finance/live", app.base)).send().await.unwrap();
    assert_eq!(res.headers()["content-type"], "text/event-stream");
    let mut buf = String::new();
    let first = next_event(&mut res, &mut buf).await;
    let before = first["today"]["minor"].as_i64().unwrap();
    // A payment in another workspace is not this stream's business.
    let other = app.other_workspace_seller().await;
    let r = other.post("/api/clients", client_input("Otro", "5533334444", 500_000)).await;
    let oid = r.body["id"].as_str().unwrap().to_string();
    other.post(&format!("/api/clients/{oid}/won"), json!({})).await;
    assert_eq!(other.post(&format!("/api/clients/{oid}/payments"), pay("100", "", false)).await.status, 200);
    let r = c.post("/api/clients/demo5/payments", pay("50.000", "", false)).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let pushed = next_event(&mut res, &mut buf).await;
    assert_eq!(pushed["today"]["minor"].as_i64().unwrap(), before + 5_000_000);
    assert_eq!(pushed["today"]["currency"], json!("COP"));
}

#[tokio::test]
async fn payments_and_services_export_as_csv_of_the_callers_workspace_only() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let res = c.http.get(format!("{}/api/finance/payments.csv", app.base)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"pagos-"));
    let body = res.text().await.unwrap();
    let lines: Vec<&str> = body.split("\r\n").collect();
    assert_eq!(lines[0], "\u{feff}fecha,cliente,telefono,monto,saldo_a_favor,moneda,medio,referencia,vendedor");
    assert!(
        lines[1].ends_with(",Marta Gómez,'+573012223344,1600000.00,0.00,COP,transfer,Bancolombia 4471,Valentina"),
        "{}",
        lines[1]
    );
    let services = c.http.get(format!("{}/api/finance/subscriptions.csv", app.base)).send().await.unwrap().text().await.unwrap();
    assert_eq!(services.split("\r\n").filter(|l| l.contains("Marta Gómez")).count(), 2, "{services}");
    assert!(services.contains(",hosting,60000.00,COP,monthly,"));
    assert!(services.starts_with("\u{feff}cliente,telefono,servicio,precio,moneda,periodo,proxima_renovacion,estado,inicio\r\n"), "{services}");

    let anon = reqwest::get(format!("{}/api/finance/payments.csv", app.base)).await.unwrap();
    assert_eq!(anon.status().as_u16(), 401);
    let other = app.other_workspace_seller().await;
    let theirs = other.http.get(format!("{}/api/finance/payments.csv", app.base)).send().await.unwrap().text().await.unwrap();
    assert!(!theirs.contains("Marta"), "{theirs}");
}

fn row_errors(r: &crate::helpers::Reply) -> Vec<(u64, String, String)> {
    r.error()["Rows"]["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("{:?}", r.body))
        .iter()
        .map(|e| (e["line"].as_u64().unwrap(), e["error"]["field"].to_string().replace('"', ""), e["error"]["problem"].to_string().replace('"', "")))
        .collect()
}

async fn won_client(c: &crate::helpers::Client, name: &str, phone: &str, value: i64) -> String {
    let r = c.post("/api/clients", client_input(name, phone, value)).await;
    let id = r.body["id"].as_str().unwrap_or_else(|| panic!("{:?}", r.body)).to_string();
    assert_eq!(c.post(&format!("/api/clients/{id}/won"), json!({})).await.status, 200);
    id
}

#[tokio::test]
async fn a_csv_of_payments_imports_every_row_or_none_and_names_each_problem_by_line() {
    let app = spawn_app().await;
    let c = app.other_workspace_seller().await; // MXN, calling code 52, UTC-6
    let lupita = won_client(&c, "Lupita", "5511112222", 1_000_000).await; // $10.000,00
    let pedro = won_client(&c, "Pedro", "5522223333", 500_000).await;
    let r = c.post("/api/clients", client_input("Rosa", "5544445555", 300_000)).await;
    assert_eq!(r.status, 200);
    let today = (chrono::Utc::now() - chrono::Duration::hours(6)).date_naive();
    let d = |days: i64| (today - chrono::Duration::days(days)).format("%d/%m/%Y").to_string();

    let bad = format!(
        "Fecha;Teléfono;Monto;Moneda;Medio;Referencia\r\n\
         {};55 1111 2222;6.000;MXN;transferencia;SPEI 1\r\n\
         {};5599998888;100;;efectivo;\r\n\
         {};5511112222;100;XYZ;efectivo;\r\n\
         {};5511112222;100;COP;efectivo;\r\n\
         {};5544445555;100;;efectivo;\r\n\
         {};5522223333;3.000;;efectivo;\r\n\
         {};5522223333;3.000;;efectivo;otra\r\n\
         01/01/2099;5522223333;0;;efectivo;\r\n",
        d(2), d(1), d(1), d(1), d(1), d(0), d(0)
    );
    let r = c.post("/api/finance/import", json!({ "csv": bad })).await;
    assert_eq!(r.status, 422, "{:?}", r.body);
    assert_eq!(
        row_errors(&r),
        vec![
            (3, "Phone".into(), "UnknownClient".into()),
            (4, "Currency".into(), "UnknownValue".into()),
            (5, "Currency".into(), "CurrencyMismatch".into()),
            (6, "PayAmount".into(), "NotWon".into()),
            (8, "PayAmount".into(), "OverDebt".into()),
            (9, "PayAmount".into(), "Required".into()),
            (9, "PayDate".into(), "InTheFuture".into()),
        ],
        "rows 2 and 7 are fine; row 8 goes over what Pedro still owes after row 7"
    );
    assert_eq!(r.error()["Rows"]["total"], json!(7));
    for id in [&lupita, &pedro] {
        let f = c.get(&format!("/api/clients/{id}/finance")).await.body;
        assert_eq!(f["payments"], json!([]), "nothing half-imported");
    }

    let good = format!(
        "fecha,telefono,monto,medio,referencia,saldo_a_favor\n\
         {},5511112222,6.000,Nequi,SPEI 1,\n\
         {},+52 55 1111 2222,\"4.000,00\",tarjeta,,\n\
         {},5522223333,5.500,efectivo,,sí\n",
        d(2), d(0), d(0)
    );
    let r = c.post("/api/finance/import", json!({ "csv": good.clone() })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body, json!({ "imported": 3, "totals": [{ "minor": 1_550_000, "currency": "MXN" }] }));
    let l = c.get(&format!("/api/clients/{lupita}/finance")).await.body;
    assert_eq!((l["pending"]["minor"].clone(), l["payments"].as_array().unwrap().len()), (json!(0), 2));
    let p = c.get(&format!("/api/clients/{pedro}/finance")).await.body;
    assert_eq!((p["pending"]["minor"].clone(), p["credit"]["minor"].clone()), (json!(0), json!(50_000)));
    assert_eq!(p["payments"][0]["method"], json!("Cash"));
    let s = summary(&c).await;
    assert_eq!(s["cash"]["today"]["minor"], json!(400_000 + 550_000), "only today's rows are today's cash");

    // The same file again: every row is already recorded, nothing doubles.
    let r = c.post("/api/finance/import", json!({ "csv": good })).await;
    assert_eq!(r.status, 422);
    assert_eq!(row_errors(&r).iter().map(|e| (e.0, e.2.as_str())).collect::<Vec<_>>(), vec![(2, "Duplicate"), (3, "Duplicate"), (4, "Duplicate")]);
    assert_eq!(summary(&c).await["cash"]["today"]["minor"], json!(950_000));

    // A missing column is named on the header line; phones are the workspace's own.
    let r = c.post("/api/finance/import", json!({ "csv": "cliente;monto\nLupita;10\n" })).await;
    assert_eq!(row_errors(&r), vec![(1, "PayDate".into(), "MissingColumn".into()), (1, "Phone".into(), "MissingColumn".into())]);
    let demo = app.client();
    demo.demo_login().await;
    let r = demo.post("/api/finance/import", json!({ "csv": format!("fecha,telefono,monto\n{},+525511112222,10\n", d(0)) })).await;
    assert_eq!(row_errors(&r), vec![(2, "Phone".into(), "UnknownClient".into())]);
    let anon = app.client();
    assert_eq!(anon.post("/api/finance/import", json!({ "csv": "fecha,telefono,monto\n" })).await.status, 401);
}

#[tokio::test]
async fn a_service_pauses_resumes_and_cancels_for_good() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let card = c.get("/api/clients/demo5/finance").await.body;
    let hosting = card["subscriptions"].as_array().unwrap().iter().find(|s| s["service"] == json!("Hosting")).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/api/clients/demo5/subscriptions/{hosting}/status");
    let mrr = |s: &Value| s["mrr"]["minor"].as_i64().unwrap();
    let before = summary(&c).await;

    let r = c.post(&path, json!({ "status": "Paused" })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let paused = summary(&c).await;
    assert_eq!(mrr(&paused), mrr(&before) - 6_000_000, "a paused hosting bills nothing");
    assert_eq!(paused["renewals_total"].as_u64().unwrap(), before["renewals_total"].as_u64().unwrap() - 1);
    assert_eq!(c.post(&path, json!({ "status": "Active" })).await.status, 200);
    assert_eq!(mrr(&summary(&c).await), mrr(&before));

    let r = c.post(&path, json!({ "status": "Cancelled" })).await;
    assert_eq!(r.status, 200);
    let s = r.body["subscriptions"].as_array().unwrap().iter().find(|s| s["id"] == json!(hosting)).unwrap().clone();
    assert_eq!(s["status"], json!("Cancelled"));
    let r = c.post(&path, json!({ "status": "Active" })).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.field_errors(), vec![("SubService".into(), "\"Cancelled\"".into())]);
    assert_eq!(mrr(&summary(&c).await), mrr(&before) - 6_000_000);

    let other = app.other_workspace_seller().await;
    assert_eq!(other.post(&path, json!({ "status": "Active" })).await.status, 404);
    assert_eq!(c.post("/api/clients/demo5/subscriptions/nope/status", json!({ "status": "Paused" })).await.status, 404);
}

#[tokio::test]
async fn a_large_payments_file_over_the_usual_body_limit_imports_in_one_go() {
    let app = spawn_app().await;
    let c = app.other_workspace_seller().await;
    let id = won_client(&c, "Grande", "5566667777", 10_000_000).await;
    let today = (chrono::Utc::now() - chrono::Duration::hours(6)).date_naive();
    let mut csv = String::from("fecha;telefono;monto;medio;referencia\r\n");
    for i in 0..3_000 {
        csv.push_str(&format!("{today};5566667777;1,00;transferencia;abono {i:04} {}\r\n", "x".repeat(60)));
    }
    assert!(csv.len() > 256 * 1024, "bigger than any other request may be");
    let r = c.post("/api/finance/import", json!({ "csv": csv })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body["imported"], json!(3_000));
    let f = c.get(&format!("/api/clients/{id}/finance")).await.body;
    assert_eq!(f["paid"]["minor"], json!(300_000), "3000 x $1,00, exactly");
}
