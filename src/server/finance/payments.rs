//! The one write path for payments (typed on a card or imported) and the cash push
//! that follows each.

use super::*;

/// What makes two payments the same one.
pub(super) type PaymentKey = (String, NaiveDate, i64, String, String);

/// Records validated payments (one typed on a card, or a whole import) in one
/// transaction: each client's first payment stores the plan it pays (the default one
/// if none was set, so later changes to the deal value do not rewrite what was
/// agreed), then the payments, then each sale's running totals. Then the cached
/// summary is dropped and every open finance view hears the new cash.
pub(super) async fn store_payments(caller: &Caller, batch: &[(&str, &Loaded, &ValidPayment)]) -> Result<(), ApiError> {
    let ws = caller.workspace_id();
    let mut sales = Vec::new();
    let mut totals: HashMap<&str, (i64, i64)> = HashMap::new();
    let mut payments = Vec::with_capacity(batch.len());
    for &(id, l, p) in batch {
        let t = totals.entry(id).or_default();
        if *t == (0, 0) && !l.stored_sale
            && let Some(sale) = &l.sale
        {
            let zero = Money::zero(sale.price.currency);
            sales.push(NewSale { id: id.to_string(), sale: sale_write(caller, id, sale, zero, zero) });
        }
        t.0 += (p.amount() - p.credit()).minor;
        t.1 += p.credit().minor;
        payments.push(NewPayment {
            workspace: RecordId::new("workspace", ws.to_string()),
            client: RecordId::new("client", id.to_string()),
            seller: RecordId::new("user", caller.user_id().to_string()),
            paid_on: date_to_storage(p.on()),
            amount: p.amount().minor,
            credit: p.credit().minor,
            currency: p.amount().currency.code().to_string(),
            method: p.method().key().to_string(),
            reference: p.reference().to_string(),
        });
    }
    let totals: Vec<SaleTotals> = totals
        .into_iter()
        .map(|(id, (paid, credit))| SaleTotals { id: id.to_string(), paid, credit })
        .collect();
    caller
        .state
        .db
        .query(
            "BEGIN TRANSACTION;
             FOR $s IN $sales { UPSERT type::record('sale', $s.id) CONTENT $s.sale RETURN NONE; };
             INSERT INTO payment $payments RETURN NONE;
             FOR $t IN $totals { UPDATE type::record('sale', $t.id) SET paid += $t.paid, credit += $t.credit RETURN NONE; };
             COMMIT TRANSACTION;",
        )
        .bind(("sales", sales))
        .bind(("payments", payments))
        .bind(("totals", totals))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    // Every open finance view of the workspace, on any server, gets the new cash.
    crate::server::signals::finance_changed(&caller.state, ws).await;
    Ok(())
}
