//! Loads one currency's records and hands them to `domain::finance::summarize`.

use super::*;

#[derive(SurrealValue)]
pub(super) struct PaidRow {
    client: RecordId,
    amount: i64,
    credit: i64,
}

#[derive(SurrealValue)]
pub(super) struct DaySum {
    paid_on: DateTime<Utc>,
    amount: i64,
}

#[derive(SurrealValue)]
pub(super) struct WonRow {
    id: String,
    name: String,
    phone: String,
    stage: String,
    deal_value: i64,
    currency: String,
    won_at: Option<DateTime<Utc>>,
}

/// The workspace's figures (workspace currency only; other currencies are left out).
pub(super) async fn compute_summary(caller: &Caller) -> Result<FinanceSummary, ApiError> {
    let ws = &caller.me.workspace;
    let tz = ws.tz_offset_minutes;
    let today = local_date(Utc::now(), tz);
    let cur = ws.currency;
    // Per-day sums cover the chart's 30 days and the month so far.
    let from = (today - Duration::days(29)).min(today.with_day(1).unwrap_or(today));
    let mut res = caller
        .state
        .db
        .query(
            "SELECT record::id(id) AS id, name, phone, stage, deal_value, currency, won_at FROM client
                WHERE workspace = type::record('workspace', $ws) AND stage = 'won' AND currency = $currency;
             SELECT record::id(client) AS client, price, won_on, installments FROM sale
                WHERE workspace = type::record('workspace', $ws) AND currency = $currency;
             SELECT client, paid AS amount, 0 AS credit FROM sale
                WHERE workspace = type::record('workspace', $ws) AND currency = $currency;
             SELECT record::id(id) AS id, record::id(client) AS client, service, price, period,
                next_renewal, status, started_on FROM subscription
                WHERE workspace = type::record('workspace', $ws) AND currency = $currency AND status = 'active';
             SELECT paid_on, math::sum(amount) AS amount FROM payment
                WHERE workspace = type::record('workspace', $ws) AND currency = $currency AND paid_on >= $from
                GROUP BY paid_on;",
        )
        .bind(("ws", ws.id.clone()))
        .bind(("currency", cur.code()))
        .bind(("from", date_to_storage(from)))
        .await
        .map_err(internal)?;
    let won: Vec<WonRow> = res.take(0).map_err(internal)?;
    let sales: Vec<SaleRow> = res.take(1).map_err(internal)?;
    let paid: Vec<PaidRow> = res.take(2).map_err(internal)?;
    let subs: Vec<SubscriptionRow> = res.take(3).map_err(internal)?;
    let days: Vec<DaySum> = res.take(4).map_err(internal)?;

    let money = |minor: i64| Money::new(minor, cur);
    let stored: HashMap<&str, Sale> = sales.iter().map(|s| (s.client.as_str(), s.to_sale(cur))).collect();
    let won = won
        .iter()
        .filter_map(|c| {
            let head = ClientHead { stage: c.stage.clone(), deal_value: c.deal_value, currency: c.currency.clone(), won_at: c.won_at };
            let sale = stored.get(c.id.as_str()).cloned().or_else(|| default_sale(&head, tz, cur))?;
            Some(WonClient {
                id: c.id.clone(),
                name: c.name.clone(),
                wa_digits: Phone::from_e164(&c.phone).map(|p| p.wa_digits().to_string()).unwrap_or_default(),
                sale,
            })
        })
        .collect();
    let paid = paid
        .iter()
        .filter_map(|p| match &p.client.key {
            RecordIdKey::String(k) => Some((k.clone(), money(p.amount - p.credit))),
            _ => None,
        })
        .collect();
    let services = subs
        .iter()
        .filter_map(|s| {
            let service = Service::from_key(&s.service).unwrap_or(Service::Other);
            Some((s.client.clone(), service, s.to_subscription(cur)?))
        })
        .collect();
    let day_sums = days.iter().map(|d| (d.paid_on.date_naive(), money(d.amount))).collect();
    Ok(summarize(&SummaryInput { today, currency: cur, won, paid, services, day_sums }))
}
