//! CSV writing for exports (payments, services): RFC 4180 quoting, CRLF line ends, a
//! UTF-8 byte-order mark so spreadsheet apps read accents right, and cells that would
//! start a formula (`=`, `+`, `-`, `@`) prefixed with `'` so a client's name can never
//! run as one. Pure, no I/O.

/// One cell, quoted when needed.
pub fn cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A whole file: BOM, header, rows.
pub fn document(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from("\u{feff}");
    let line = |cells: &mut dyn Iterator<Item = String>, out: &mut String| {
        let v: Vec<String> = cells.collect();
        out.push_str(&v.join(","));
        out.push_str("\r\n");
    };
    line(&mut header.iter().map(|h| cell(h)), &mut out);
    for r in rows {
        line(&mut r.iter().map(|c| cell(c)), &mut out);
    }
    out
}

/// An amount in minor units as a plain decimal ("1600000.00"; "-" only for negatives),
/// which every spreadsheet reads as a number.
pub fn amount(minor: i64, minor_digits: u32) -> String {
    let scale = 10_i64.pow(minor_digits);
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    if minor_digits == 0 {
        return format!("{sign}{abs}");
    }
    format!(
        "{sign}{}.{:0width$}",
        abs / scale as u64,
        abs % scale as u64,
        width = minor_digits as usize
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_neutralised() {
        assert_eq!(cell("Ana Torres"), "Ana Torres");
        assert_eq!(cell("Panadería \"La Espiga\", centro"), "\"Panadería \"\"La Espiga\"\", centro\"");
        assert_eq!(cell("línea\nnueva"), "\"línea\nnueva\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+57 300"), "'+57 300");
        assert_eq!(cell("@x"), "'@x");
    }

    #[test]
    fn documents_and_amounts() {
        let doc = document(&["a", "b"], vec![vec!["1".into(), "x,y".into()]]);
        assert_eq!(doc, "\u{feff}a,b\r\n1,\"x,y\"\r\n");
        assert_eq!(amount(160_000_000, 2), "1600000.00");
        assert_eq!(amount(5, 2), "0.05");
        assert_eq!(amount(-1234, 2), "-12.34");
        assert_eq!(amount(950, 0), "950");
    }
}
