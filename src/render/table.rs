//! Rows of words as a table: bordered and wrapped to a terminal's width, or, when piped, plain
//! columns with no wrapping, for scripts and `grep`.

use comfy_table::{presets, Cell, CellAlignment, ContentArrangement};

/// A header and rows of cells, each a line of text.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Columns whose rows are aligned to the right (the header stays on the left).
    right: Vec<usize>,
}

impl Table {
    pub fn new(header: impl IntoIterator<Item = impl Into<String>>) -> Table {
        Table {
            header: header.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            right: Vec::new(),
        }
    }

    /// Aligns the rows of a column of figures to the right.
    pub fn right_aligned(mut self, column: usize) -> Table {
        self.right.push(column);
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table for a terminal `width` wide, or plain columns when piped (`None`); each line
    /// ended, with no trailing spaces.
    pub fn draw(&self, width: Option<u16>) -> String {
        match width {
            Some(width) => self.bordered(width),
            None => self.columns(),
        }
    }

    /// Laid out by comfy-table, which wraps cells to fit the terminal.
    fn bordered(&self, width: u16) -> String {
        let mut table = comfy_table::Table::new();
        table
            .load_preset(presets::UTF8_BORDERS_ONLY)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width);
        table.set_header(self.header.iter().map(Cell::new));
        for row in &self.rows {
            table.add_row(row.iter().enumerate().map(|(column, text)| {
                let cell = Cell::new(text);
                match self.right.contains(&column) {
                    true => cell.set_alignment(CellAlignment::Right),
                    false => cell,
                }
            }));
        }
        trimmed_lines(&table.to_string())
    }

    /// Each column as wide as its widest cell, a space either side of each cell: with nothing
    /// to wrap, padding is all a table needs, and a script reading it gets its rows at once.
    fn columns(&self) -> String {
        let lines: Vec<(&Vec<String>, bool)> = std::iter::once((&self.header, false))
            .chain(self.rows.iter().map(|r| (r, true)))
            .collect();
        // Each cell is measured once: `plans` has a thousand.
        let measured: Vec<Vec<usize>> = lines
            .iter()
            .map(|(cells, _)| {
                cells
                    .iter()
                    .map(|t| console::measure_text_width(t))
                    .collect()
            })
            .collect();
        let mut widths: Vec<usize> = Vec::new();
        for cells in &measured {
            widths.resize(widths.len().max(cells.len()), 0);
            for (width, cell) in widths.iter_mut().zip(cells) {
                *width = (*width).max(*cell);
            }
        }
        let line_length: usize = widths.iter().map(|w| w + 2).sum::<usize>() + 1;
        let mut out = String::with_capacity(lines.len() * line_length);
        for ((cells, is_row), measured) in lines.iter().zip(&measured) {
            let start = out.len();
            for (column, (text, width)) in cells.iter().zip(measured).enumerate() {
                let pad = widths[column] - width;
                out.push(' ');
                if *is_row && self.right.contains(&column) {
                    push_spaces(&mut out, pad);
                    out.push_str(text);
                } else {
                    out.push_str(text);
                    push_spaces(&mut out, pad);
                }
                out.push(' ');
            }
            let kept = out[start..].trim_end().len();
            out.truncate(start + kept);
            out.push('\n');
        }
        out
    }
}

/// Appends `count` spaces, a run at a time rather than a character at a time.
fn push_spaces(out: &mut String, mut count: usize) {
    const SPACES: &str = "                                                                ";
    while count > 0 {
        let run = count.min(SPACES.len());
        out.push_str(&SPACES[..run]);
        count -= run;
    }
}

/// A borderless table pads every line to the widest, and trailing spaces help nobody.
fn trimmed_lines(text: &str) -> String {
    text.lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let mut table = Table::new(["Carrier", "Plan", "Hotspot", "eSIM"]).right_aligned(2);
        table.row(vec![
            "AT&T".into(),
            "Premium 2.0".into(),
            "100 GB".into(),
            "yes".into(),
        ]);
        table.row(vec![
            "中国移动".into(),
            "全球通".into(),
            "3 GB".into(),
            "".into(),
        ]);
        table.row(vec![
            "Visible".into(),
            "".into(),
            "unknown".into(),
            "no".into(),
        ]);
        table
    }

    /// Piped, the columns are what comfy-table draws with no borders, to the space.
    #[test]
    fn piped_columns_are_the_borderless_table() {
        let table = sample();
        let mut comfy = comfy_table::Table::new();
        comfy
            .load_preset(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        comfy.set_header(table.header.iter().map(Cell::new));
        for row in &table.rows {
            comfy.add_row(row.iter().enumerate().map(|(column, text)| match column {
                2 => Cell::new(text).set_alignment(CellAlignment::Right),
                _ => Cell::new(text),
            }));
        }
        assert_eq!(table.draw(None), trimmed_lines(&comfy.to_string()));
    }

    #[test]
    fn piped_columns_pad_by_display_width_and_align_figures_right() {
        let drawn = sample().draw(None);
        let lines: Vec<&str> = drawn.lines().collect();
        assert_eq!(lines[0], " Carrier   Plan         Hotspot  eSIM");
        assert_eq!(lines[1], " AT&T      Premium 2.0   100 GB  yes");
        assert_eq!(lines[2], " 中国移动  全球通          3 GB");
    }

    #[test]
    fn a_terminal_gets_borders_within_its_width() {
        let drawn = sample().draw(Some(30));
        assert!(drawn.contains('─'), "{drawn}");
        assert!(
            drawn.lines().all(|l| console::measure_text_width(l) <= 30),
            "{drawn}"
        );
    }
}
