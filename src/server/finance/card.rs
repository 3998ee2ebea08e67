//! The money side of a client card: its sale, plan, payments and services, read and
//! written (each write re-reads the card it returns).

use super::*;

pub async fn client_finance(caller: &Caller, id: &str) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    Ok(view(&load(caller, id).await?))
}

#[derive(SurrealValue)]
pub(super) struct SaleWrite {
    workspace: RecordId,
    client: RecordId,
    currency: String,
    price: i64,
    won_on: DateTime<Utc>,
    installments: Vec<InstallmentRow>,
    paid: i64,
    credit: i64,
}

/// The stored sale: the plan, and the payment totals so far (`paid` toward the plan,
/// `credit` above it), all in the sale's currency.
pub(super) fn sale_write(caller: &Caller, id: &str, s: &Sale, paid: Money, credit: Money) -> SaleWrite {
    SaleWrite {
        workspace: RecordId::new("workspace", caller.workspace_id().to_string()),
        client: RecordId::new("client", id.to_string()),
        currency: s.price.currency.code().to_string(),
        price: s.price.minor,
        won_on: date_to_storage(s.won_on),
        installments: s
            .installments
            .iter()
            .map(|i| InstallmentRow {
                due: date_to_storage(i.due),
                amount: i.amount.minor,
            })
            .collect(),
        paid: paid.minor,
        credit: credit.minor,
    }
}

pub(super) fn not_won() -> ApiError {
    ApiError::Validation(vec![FieldError::new(Field::PayAmount, Problem::NotWon)])
}

pub async fn set_plan(caller: &Caller, id: &str, input: PlanInput) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    let l = load(caller, id).await?;
    let Some(sale) = &l.sale else {
        return Err(not_won());
    };
    let mut errors = Vec::new();
    let shares = parse_shares(&input.shares);
    if shares.is_none() {
        errors.push(FieldError::new(Field::PlanShares, Problem::Shares));
    }
    let first = if input.first_due.trim().is_empty() {
        Some(sale.won_on)
    } else {
        match NaiveDate::parse_from_str(input.first_due.trim(), "%Y-%m-%d") {
            Ok(d) if (d - sale.won_on).num_days().abs() <= 3 * 366 => Some(d),
            Ok(_) => {
                errors.push(FieldError::new(Field::PlanFirstDue, Problem::DateOutOfRange));
                None
            }
            Err(_) => {
                errors.push(FieldError::new(Field::PlanFirstDue, Problem::InvalidDate));
                None
            }
        }
    };
    let every: u32 = match input.every_days.trim() {
        "" => 30,
        s => match s.parse::<u32>() {
            Ok(n) if (1..=366).contains(&n) => n,
            _ => {
                errors.push(FieldError::new(Field::PlanShares, Problem::InvalidNumber));
                30
            }
        },
    };
    let (Some(shares), Some(first), true) = (shares, first, errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let installments = installment_plan(sale.price, &shares, first, every)
        .map_err(|_| ApiError::Validation(vec![FieldError::new(Field::PlanShares, Problem::Shares)]))?;
    let new_sale = Sale {
        installments,
        ..sale.clone()
    };
    caller
        .state
        .db
        .query("UPSERT type::record('sale', $id) CONTENT $sale RETURN NONE")
        .bind(("id", id.to_string()))
        .bind(("sale", sale_write(caller, id, &new_sale, l.paid_total, l.credit_total)))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    crate::server::signals::finance_changed(&caller.state, caller.workspace_id()).await;
    client_finance(caller, id).await
}

pub async fn record_payment(
    caller: &Caller,
    id: &str,
    input: PaymentInput,
) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    let l = load(caller, id).await?;
    if l.sale.is_none() {
        return Err(not_won());
    }
    let today = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    let pending = view(&l).pending;
    let p = input
        .validate(today, pending)
        .map_err(ApiError::Validation)?;
    store_payments(caller, &[(id, &l, &p)]).await?;
    client_finance(caller, id).await
}

pub async fn add_subscription(
    caller: &Caller,
    id: &str,
    input: SubscriptionInput,
) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    let l = load(caller, id).await?;
    let today = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    let s = input
        .validate(l.currency, today)
        .map_err(ApiError::Validation)?;
    caller
        .state
        .db
        .query(
            "CREATE subscription SET workspace = type::record('workspace', $ws),
                client = type::record('client', $id), service = $service, price = $price,
                currency = $currency, period = $period, next_renewal = $next, status = 'active',
                started_on = $start RETURN NONE",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("service", s.service().key()))
        .bind(("price", s.price().minor))
        .bind(("currency", l.currency.code()))
        .bind(("period", s.period().key()))
        .bind(("next", date_to_storage(s.next_renewal())))
        .bind(("start", date_to_storage(s.start())))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    crate::server::signals::finance_changed(&caller.state, caller.workspace_id()).await;
    client_finance(caller, id).await
}

pub async fn set_subscription_status(
    caller: &Caller,
    id: &str,
    sub: &str,
    status: Status,
) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    let sub = valid_id(sub)?;
    // Only this client's service in this workspace, and never out of "cancelled".
    let changed: Vec<String> = caller
        .state
        .db
        .query(
            "UPDATE subscription SET status = $status
                WHERE id = type::record('subscription', $sub)
                AND client = type::record('client', $id)
                AND workspace = type::record('workspace', $ws)
                AND status != 'cancelled'
                RETURN VALUE record::id(id)",
        )
        .bind(("sub", sub.to_string()))
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("status", status.key()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    if changed.is_empty() {
        // Not this workspace's, or already cancelled: say which.
        let l = load(caller, id).await?;
        return if l.subscriptions.iter().any(|s| s.id == sub) {
            Err(ApiError::Validation(vec![FieldError::new(Field::SubService, Problem::Cancelled)]))
        } else {
            Err(ApiError::NotFound)
        };
    }
    crate::server::signals::finance_changed(&caller.state, caller.workspace_id()).await;
    client_finance(caller, id).await
}
