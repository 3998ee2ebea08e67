//! CSV import of payments: every row or none, each problem named by line.

use super::*;

pub async fn import_payments(caller: &Caller, text: &str) -> Result<PaymentImport, ApiError> {
    let _running = caller.state.caps.acquire(crate::server::limits::Running::Import, caller.user_id())?;
    let (caller, text) = (caller.clone(), text.to_string());
    crate::server::heavy::run(async move { import_on(&caller, &text).await }).await?
}

/// `import_payments`, on the heavy-work runtime.
async fn import_on(caller: &Caller, text: &str) -> Result<PaymentImport, ApiError> {
    let rows = payment_csv::read(text).map_err(ApiError::rows)?;
    let ws = &caller.me.workspace;
    let today = local_date(Utc::now(), ws.tz_offset_minutes);
    let mut errors = Vec::new();
    let phones: Vec<Option<String>> = rows
        .iter()
        .map(|r| match Phone::parse(&r.phone, &ws.calling_code) {
            Ok(p) => Some(p.as_str().to_string()),
            Err(e) => {
                errors.push(RowError::new(r.line, Field::Phone, e.problem()));
                None
            }
        })
        .collect();
    let wanted: Vec<String> = {
        let mut v: Vec<String> = phones.iter().flatten().cloned().collect();
        v.sort();
        v.dedup();
        v
    };
    let found: Vec<ClientByPhone> = caller
        .state
        .db
        .query("SELECT record::id(id) AS id, phone FROM client WHERE workspace = type::record('workspace', $ws) AND phone IN $phones")
        .bind(("ws", ws.id.clone()))
        .bind(("phones", wanted))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let by_phone: HashMap<String, String> = found.into_iter().map(|c| (c.phone, c.id)).collect();
    // Each client once: its sale, what it owes now, and the payments already stored.
    let mut clients: HashMap<String, (Loaded, Money)> = HashMap::new();
    let mut seen: std::collections::HashSet<PaymentKey> = std::collections::HashSet::new();
    for id in by_phone.values() {
        let l = load(caller, id).await?;
        for p in &l.payments {
            seen.insert((id.clone(), p.paid_on.date_naive(), p.amount, p.method.clone(), p.reference.clone()));
        }
        let pending = view(&l).pending;
        clients.insert(id.clone(), (l, pending));
    }
    let mut accepted: Vec<(String, ValidPayment)> = Vec::new();
    for (row, phone) in rows.iter().zip(&phones) {
        let Some(phone) = phone else { continue };
        let Some(id) = by_phone.get(phone) else {
            errors.push(RowError::new(row.line, Field::Phone, Problem::UnknownClient));
            continue;
        };
        let Some((l, pending)) = clients.get_mut(id) else { continue };
        if l.sale.is_none() {
            errors.push(RowError::new(row.line, Field::PayAmount, Problem::NotWon));
            continue;
        }
        if !row.currency.is_empty() {
            match Currency::parse(&row.currency.to_ascii_uppercase()) {
                None => {
                    errors.push(RowError::new(row.line, Field::Currency, Problem::UnknownValue));
                    continue;
                }
                Some(c) if c != l.currency => {
                    errors.push(RowError::new(row.line, Field::Currency, Problem::CurrencyMismatch));
                    continue;
                }
                Some(_) => {}
            }
        }
        // A payment already recorded is named as such, whatever it would do to the debt.
        if let Ok(p) = row.input.validate(today, Money::new(i64::MAX, l.currency)) {
            let key = (id.clone(), p.on(), p.amount().minor, p.method().key().to_string(), p.reference().to_string());
            if !seen.insert(key) {
                errors.push(RowError::new(row.line, Field::PayAmount, Problem::Duplicate));
                continue;
            }
        }
        match row.input.validate(today, *pending) {
            Err(es) => errors.extend(es.into_iter().map(|error| RowError { line: row.line, error })),
            Ok(p) => {
                *pending = *pending - (p.amount() - p.credit());
                accepted.push((id.clone(), p));
            }
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::rows(errors));
    }
    let mut sums: Vec<Money> = Vec::new();
    let mut batch = Vec::with_capacity(accepted.len());
    for (id, p) in &accepted {
        let (l, _) = &clients[id];
        match sums.iter_mut().find(|m| m.currency == p.amount().currency) {
            Some(m) => *m += p.amount(),
            None => sums.push(p.amount()),
        }
        batch.push((id.as_str(), l, p));
    }
    store_payments(caller, &batch).await?;
    Ok(PaymentImport { imported: accepted.len() as u32, totals: sums })
}
