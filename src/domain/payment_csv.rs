//! Reading a CSV of payments received (from a bank export, a spreadsheet, or our own
//! payments export): delimiter `,` or `;` (spreadsheets in Spanish locales write `;`)
//! or tab, RFC 4180 quoting, an optional byte-order mark, header names in Spanish or
//! English in any order, day-first or ISO dates. Every problem is named by its line and
//! column, and the caller imports nothing when there is one. Pure, no I/O: which client
//! a phone belongs to, and what it owes, is checked by the server.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::client::fold;
use super::finance::{Method, PaymentInput};
use super::validation::{Field, FieldError, Problem};

/// Bigger files are split by the seller (and a phone would not pick one anyway).
pub const MAX_BYTES: usize = 1024 * 1024;
pub const MAX_ROWS: u32 = 5_000;

/// One problem of an import, at a line of the file (1 = the header).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowError {
    pub line: u32,
    pub error: FieldError,
}

impl RowError {
    pub fn new(line: u32, field: Field, problem: Problem) -> Self {
        RowError { line, error: FieldError::new(field, problem) }
    }
}

/// A column the importer understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Date,
    Phone,
    Amount,
    Currency,
    Method,
    Reference,
    Credit,
}

impl Column {
    /// The name our export writes (and the template shows).
    pub fn name(self) -> &'static str {
        match self {
            Column::Date => "fecha",
            Column::Phone => "telefono",
            Column::Amount => "monto",
            Column::Currency => "moneda",
            Column::Method => "medio",
            Column::Reference => "referencia",
            Column::Credit => "saldo_a_favor",
        }
    }

    pub fn field(self) -> Field {
        match self {
            Column::Date => Field::PayDate,
            Column::Phone => Field::Phone,
            Column::Amount => Field::PayAmount,
            Column::Currency => Field::Currency,
            Column::Method => Field::PayMethod,
            Column::Reference => Field::PayReference,
            Column::Credit => Field::PayCredit,
        }
    }

    /// In the order the template (and our export) writes them.
    pub const ALL: [Column; 7] = [
        Column::Date,
        Column::Phone,
        Column::Amount,
        Column::Currency,
        Column::Method,
        Column::Reference,
        Column::Credit,
    ];

    const REQUIRED: [Column; 3] = [Column::Date, Column::Phone, Column::Amount];

    /// A header cell, compared without case, accents, spaces or punctuation.
    fn from_header(cell: &str) -> Option<Column> {
        let key: String = fold(cell).chars().filter(|c| c.is_alphanumeric()).collect();
        Some(match key.as_str() {
            "fecha" | "date" | "fechadepago" | "fechapago" | "dia" => Column::Date,
            "telefono" | "phone" | "celular" | "whatsapp" | "movil" | "tel" => Column::Phone,
            "monto" | "amount" | "valor" | "importe" | "pago" | "total" => Column::Amount,
            "moneda" | "currency" | "divisa" => Column::Currency,
            "medio" | "method" | "mediodepago" | "metodo" | "metododepago" | "formadepago" => Column::Method,
            "referencia" | "reference" | "ref" | "comprobante" => Column::Reference,
            "saldoafavor" | "credit" | "credito" | "afavor" => Column::Credit,
            _ => return None,
        })
    }
}

/// A column of the payments download: every column the importer reads (named from the
/// same table, so a download imports back as it is), plus two it ignores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportColumn {
    Read(Column),
    /// The client's name (the importer finds clients by phone).
    Client,
    /// Who recorded the payment.
    Seller,
}

impl ExportColumn {
    /// In the order the download writes them.
    pub const ALL: [ExportColumn; 9] = [
        ExportColumn::Read(Column::Date),
        ExportColumn::Client,
        ExportColumn::Read(Column::Phone),
        ExportColumn::Read(Column::Amount),
        ExportColumn::Read(Column::Credit),
        ExportColumn::Read(Column::Currency),
        ExportColumn::Read(Column::Method),
        ExportColumn::Read(Column::Reference),
        ExportColumn::Seller,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExportColumn::Read(c) => c.name(),
            ExportColumn::Client => "cliente",
            ExportColumn::Seller => "vendedor",
        }
    }
}

/// A data row, ready for the server's checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u32,
    pub phone: String,
    /// As written; empty means the client's currency.
    pub currency: String,
    pub input: PaymentInput,
}

/// The payment method a cell names (local wallet and bank-transfer names included).
pub fn method(cell: &str) -> Option<Method> {
    let key: String = fold(cell).chars().filter(|c| c.is_alphanumeric()).collect();
    Some(match key.as_str() {
        "transfer" | "transferencia" | "transferenciabancaria" | "consignacion" | "deposito" | "pse"
        | "nequi" | "daviplata" | "yape" | "plin" | "zelle" | "sinpe" | "spei" | "pix" | "mercadopago" => {
            Method::Transfer
        }
        "cash" | "efectivo" | "contado" => Method::Cash,
        "card" | "tarjeta" | "tarjetadecredito" | "tarjetadedebito" | "credito" | "debito" => Method::Card,
        "" | "other" | "otro" | "otros" => Method::Other,
        _ => return None,
    })
}

/// `2026-11-30`, `30/11/2026`, `30-11-2026`, `30.11.2026` (day first, as written in Latin
/// America), also with a time after it. Returns ISO, or the cell as is when unreadable
/// (validation then says "invalid date").
fn iso_date(cell: &str) -> String {
    let day = cell.split([' ', 'T']).next().unwrap_or("");
    for fmt in ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(day, fmt) {
            return d.to_string();
        }
    }
    cell.to_string()
}

/// A credit cell says the seller means it: an amount, or yes/sí/x.
fn is_credit(cell: &str) -> bool {
    let key = fold(cell);
    let key = key.trim();
    !(key.is_empty()
        || matches!(key, "no" | "false" | "n")
        || key.chars().all(|c| matches!(c, '0' | '.' | ',' | ' ' | '$')))
}

/// Undoes the `'` our export puts before a cell that would start a formula.
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

/// The delimiter of the header line: the most frequent of `;`, `,`, tab outside quotes.
fn delimiter(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [',', ';', '\t'][best]
}

/// RFC 4180 records with the line each starts on. A quote left open is reported at
/// the line it opened.
fn records(text: &str, sep: char) -> Result<Vec<(u32, Vec<String>)>, u32> {
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut line = 1u32;
    let mut start = 1u32;
    let mut quoted = false;
    let mut quote_line = 0u32;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
                quote_line = line;
            }
            c if c == sep => record.push(std::mem::take(&mut cell)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut cell));
                out.push((start, std::mem::take(&mut record)));
                line += 1;
                start = line;
            }
            _ => cell.push(c),
        }
    }
    if quoted {
        return Err(quote_line);
    }
    if !cell.is_empty() || !record.is_empty() {
        record.push(cell);
        out.push((start, record));
    }
    Ok(out)
}

/// Reads the file into rows, or every problem found in it (header and cells).
pub fn read(text: &str) -> Result<Vec<Row>, Vec<RowError>> {
    if text.len() > MAX_BYTES {
        return Err(vec![RowError::new(1, Field::CsvFile, Problem::TooLarge)]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = delimiter(text);
    let mut recs = records(text, sep)
        .map_err(|line| vec![RowError::new(line, Field::CsvFile, Problem::OpenQuote)])?
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let Some((header_line, header)) = recs.next() else {
        return Err(vec![RowError::new(1, Field::CsvFile, Problem::Required)]);
    };
    let mut at: Vec<(Column, usize)> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        if let Some(c) = Column::from_header(h)
            && !at.iter().any(|(k, _)| *k == c)
        {
            at.push((c, i));
        }
    }
    let missing: Vec<RowError> = Column::REQUIRED
        .iter()
        .filter(|c| !at.iter().any(|(k, _)| k == *c))
        .map(|c| RowError::new(header_line, c.field(), Problem::MissingColumn))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (line, cells) in recs {
        if rows.len() as u32 >= MAX_ROWS {
            return Err(vec![RowError::new(line, Field::CsvFile, Problem::TooMany { max: MAX_ROWS })]);
        }
        let get = |c: Column| -> &str {
            at.iter()
                .find(|(k, _)| *k == c)
                .and_then(|(_, i)| cells.get(*i))
                .map_or("", |s| unguard(s.trim()))
        };
        for c in [Column::Date, Column::Phone] {
            if get(c).is_empty() {
                errors.push(RowError::new(line, c.field(), Problem::Required));
            }
        }
        let method = method(get(Column::Method));
        if method.is_none() {
            errors.push(RowError::new(line, Field::PayMethod, Problem::UnknownValue));
        }
        let input = PaymentInput {
            amount: get(Column::Amount).to_string(),
            on: iso_date(get(Column::Date)),
            method,
            reference: get(Column::Reference).to_string(),
            as_credit: is_credit(get(Column::Credit)),
        };
        rows.push(Row {
            line,
            phone: get(Column::Phone).to_string(),
            currency: get(Column::Currency).to_string(),
            input,
        });
    }
    if rows.is_empty() {
        errors.push(RowError::new(header_line, Field::CsvFile, Problem::NoRows));
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

/// The file's text: UTF-8 when it is, else Windows-1252 (what spreadsheet apps in Spanish
/// write by default, so "Pérez" stays "Pérez").
pub fn decode(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

/// The header of a file the importer reads as is (and the export writes).
pub fn template() -> String {
    Column::ALL.map(Column::name).join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::csv::document;

    fn err(line: u32, field: Field, problem: Problem) -> RowError {
        RowError::new(line, field, problem)
    }

    #[test]
    fn a_payments_download_imports_back_as_it_is() {
        let header: Vec<&str> = ExportColumn::ALL.iter().map(|c| c.name()).collect();
        let cells = |c: &ExportColumn| match c {
            ExportColumn::Read(Column::Date) => "2026-11-30",
            ExportColumn::Read(Column::Phone) => "+573001112233",
            ExportColumn::Read(Column::Amount) => "150000",
            ExportColumn::Read(Column::Credit) => "0",
            ExportColumn::Read(Column::Currency) => "COP",
            ExportColumn::Read(Column::Method) => "transfer",
            ExportColumn::Read(Column::Reference) => "TX-9",
            ExportColumn::Client => "Ana Torres",
            ExportColumn::Seller => "Valentina",
        };
        let doc = document(&header, [ExportColumn::ALL.iter().map(|c| cells(c).to_string()).collect()]);
        let rows = read(&doc).expect("our own download reads back");
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!((r.phone.as_str(), r.currency.as_str()), ("+573001112233", "COP"));
        assert_eq!((r.input.amount.as_str(), r.input.on.as_str(), r.input.reference.as_str()), ("150000", "2026-11-30", "TX-9"));
        assert_eq!(r.input.method, Some(Method::Transfer));
        // Every column the importer reads is in the download.
        for c in Column::ALL {
            assert!(ExportColumn::ALL.contains(&ExportColumn::Read(c)), "{c:?}");
        }
    }

    #[test]
    fn reads_semicolons_day_first_dates_and_spanish_headers_in_any_order() {
        let text = "Teléfono;Fecha de pago;Valor;Medio de pago;Referencia\r\n\
                    +57 300 111 2233;30/11/2026;1.600.000;Nequi;\"Abono; 2ª cuota\"\r\n\
                    \r\n\
                    3001112233;2026-11-29;50000;efectivo;\r\n";
        let rows = read(text).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].phone, "+57 300 111 2233");
        assert_eq!(rows[0].input.on, "2026-11-30");
        assert_eq!(rows[0].input.amount, "1.600.000");
        assert_eq!(rows[0].input.method, Some(Method::Transfer));
        assert_eq!(rows[0].input.reference, "Abono; 2ª cuota");
        assert!(!rows[0].input.as_credit);
        assert_eq!(rows[1].line, 4, "blank lines still count for the line number");
        assert_eq!(rows[1].input.method, Some(Method::Cash));
    }

    #[test]
    fn reads_back_our_own_export() {
        let file = document(
            &["fecha", "cliente", "telefono", "monto", "saldo_a_favor", "moneda", "medio", "referencia", "vendedor"],
            [vec![
                "2026-11-30".into(),
                "=Marta, \"La Espiga\"".into(),
                "+573001112233".into(),
                "1600000.00".into(),
                "100.00".into(),
                "COP".into(),
                "card".into(),
                "line\nbreak".into(),
                "Ana".into(),
            ]],
        );
        let rows = read(&file).unwrap();
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!(r.phone, "+573001112233", "the formula guard is undone");
        assert_eq!(r.currency, "COP");
        assert_eq!(r.input.amount, "1600000.00");
        assert_eq!(r.input.method, Some(Method::Card));
        assert_eq!(r.input.reference, "line\nbreak");
        assert!(r.input.as_credit);
    }

    #[test]
    fn names_missing_columns_on_the_header_line() {
        let e = read("\u{feff}cliente,monto\nAna,100\n").unwrap_err();
        assert_eq!(e, vec![err(1, Field::PayDate, Problem::MissingColumn), err(1, Field::Phone, Problem::MissingColumn)]);
    }

    #[test]
    fn names_unknown_methods_by_line_and_empty_files() {
        let e = read("fecha,telefono,monto,medio\n2026-11-01,300,10,trueque\n2026-11-01,300,10,\n2026-11-02,300,10,bitcoin\n")
            .unwrap_err();
        assert_eq!(e, vec![err(2, Field::PayMethod, Problem::UnknownValue), err(4, Field::PayMethod, Problem::UnknownValue)]);
        let e = read("fecha;telefono;monto\n;3001112233;10\n2026-11-01;;10\n").unwrap_err();
        assert_eq!(e, vec![err(2, Field::PayDate, Problem::Required), err(3, Field::Phone, Problem::Required)]);
        assert_eq!(read("").unwrap_err(), vec![err(1, Field::CsvFile, Problem::Required)]);
        assert_eq!(read("fecha,telefono,monto\r\n,,\r\n").unwrap_err(), vec![err(1, Field::CsvFile, Problem::NoRows)]);
        assert_eq!(
            read("fecha,telefono,monto\n2026-11-01,300,\"10\n").unwrap_err(),
            vec![err(2, Field::CsvFile, Problem::OpenQuote)]
        );
    }

    #[test]
    fn refuses_too_many_rows_or_bytes() {
        let mut text = String::from("fecha,telefono,monto\n");
        for _ in 0..=MAX_ROWS {
            text.push_str("2026-11-01,3001112233,10\n");
        }
        assert_eq!(read(&text).unwrap_err(), vec![err(MAX_ROWS + 2, Field::CsvFile, Problem::TooMany { max: MAX_ROWS })]);
        let big = "x".repeat(MAX_BYTES + 1);
        assert_eq!(read(&big).unwrap_err(), vec![err(1, Field::CsvFile, Problem::TooLarge)]);
    }

    #[test]
    fn decodes_utf8_and_windows_1252() {
        assert_eq!(decode("Pérez €".as_bytes()), "Pérez €");
        assert_eq!(decode(&[b'P', 0xe9, b'r', b'e', b'z', b' ', 0x80, b' ', 0xf1]), "Pérez € ñ");
    }

    #[test]
    fn delimiter_is_the_most_frequent_outside_quotes() {
        assert_eq!(delimiter("a;b;c\n1,2;3"), ';');
        assert_eq!(delimiter("\"a;b\",c,d"), ',');
        assert_eq!(delimiter("a\tb\tc"), '\t');
        assert_eq!(delimiter("solo"), ',');
    }

    #[test]
    fn dates_and_credit_cells() {
        assert_eq!(iso_date("1/2/2026"), "2026-02-01");
        assert_eq!(iso_date("2026-02-01 10:30"), "2026-02-01");
        assert_eq!(iso_date("ayer"), "ayer");
        for yes in ["sí", "SI", "x", "50.000", "1"] {
            assert!(is_credit(yes), "{yes}");
        }
        for no in ["", "no", "0", "0.00", "0,00"] {
            assert!(!is_credit(no), "{no}");
        }
        assert_eq!(template(), "fecha,telefono,monto,moneda,medio,referencia,saldo_a_favor");
    }
}
