//! CSV for the exports (RFC 4180, CRLF line ends), safe to open in a spreadsheet.

/// Which cells are put in quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quoting {
    /// Every cell.
    Always,
    /// Only cells with a comma, a quote or a line break.
    WhenNeeded,
}

/// One cell, inner quotes doubled. A cell starting with `=`, `+`, `-`, `@`, tab or carriage
/// return gets a leading `'` so that a spreadsheet shows it as text instead of running it as a
/// formula (OWASP "CSV injection").
pub fn push_cell(out: &mut String, value: &str, quoting: Quoting) {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = quoting == Quoting::Always || value.contains([',', '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in value.chars() {
        if quoted && c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}

/// One line: the cells separated by commas, then CRLF.
pub fn push_row(out: &mut String, cells: impl IntoIterator<Item = String>, quoting: Quoting) {
    for (n, cell) in cells.into_iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        push_cell(out, &cell, quoting);
    }
    out.push_str("\r\n");
}
