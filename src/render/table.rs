//! Rows of words as a table: bordered and wrapped to a terminal's width, or, when piped, plain
//! columns with no wrapping, for scripts and `grep`.

use comfy_table::{presets, Cell, CellAlignment, ContentArrangement};

/// A header and rows of cells, each a line of text. The cells are kept end to end in one
/// string: `plans` has a thousand, and holding each apart cost a tenth of its answer in
/// allocating and freeing them.
pub struct Table {
    /// Every cell's text, the header's first.
    text: String,
    /// Where each cell ends in `text`.
    cell_ends: Vec<usize>,
    /// Where each line (the header, then each row) ends in `cell_ends`.
    line_ends: Vec<usize>,
    /// Columns whose rows are aligned to the right (the header stays on the left).
    right: Vec<usize>,
}

impl Table {
    pub fn new(header: impl IntoIterator<Item = impl AsRef<str>>) -> Table {
        let mut table = Table {
            text: String::new(),
            cell_ends: Vec::new(),
            line_ends: Vec::new(),
            right: Vec::new(),
        };
        table.row(header);
        table
    }

    /// Aligns the rows of a column of figures to the right.
    pub fn right_aligned(mut self, column: usize) -> Table {
        self.right.push(column);
        self
    }

    pub fn row(&mut self, cells: impl IntoIterator<Item = impl AsRef<str>>) {
        for cell in cells {
            self.text.push_str(cell.as_ref());
            self.cell_ends.push(self.text.len());
        }
        self.line_ends.push(self.cell_ends.len());
    }

    /// Each line's cells, the header first.
    fn lines(&self) -> impl Iterator<Item = impl Iterator<Item = &str> + '_> + '_ {
        self.cell_ranges()
            .map(move |cells| cells.map(move |at| self.cell(at)))
    }

    /// Each line's cells, as places among all the cells.
    fn cell_ranges(&self) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        let mut first = 0;
        self.line_ends.iter().map(move |&end| {
            let cells = first..end;
            first = end;
            cells
        })
    }

    /// The text of the cell at place `at` among all the cells.
    fn cell(&self, at: usize) -> &str {
        let start = at.checked_sub(1).map_or(0, |before| self.cell_ends[before]);
        &self.text[start..self.cell_ends[at]]
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
        let mut lines = self.lines();
        if let Some(header) = lines.next() {
            table.set_header(header.map(Cell::new));
        }
        for row in lines {
            table.add_row(row.enumerate().map(|(column, text)| {
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
        // Each cell is measured once, in the order of `cell_ends`.
        let measured: Vec<usize> = (0..self.cell_ends.len())
            .map(|at| display_width(self.cell(at)))
            .collect();
        let mut widths: Vec<usize> = Vec::new();
        for line in self.cell_ranges() {
            if widths.len() < line.len() {
                widths.resize(line.len(), 0);
            }
            for (width, cell) in widths.iter_mut().zip(&measured[line]) {
                *width = (*width).max(*cell);
            }
        }
        let line_length: usize = widths.iter().map(|w| w + 2).sum::<usize>() + 1;
        let mut out = String::with_capacity(self.line_ends.len() * line_length);
        for (line, range) in self.cell_ranges().enumerate() {
            let start = out.len();
            for (column, at) in range.enumerate() {
                let pad = widths[column] - measured[at];
                out.push(' ');
                if line > 0 && self.right.contains(&column) {
                    push_spaces(&mut out, pad);
                    out.push_str(self.cell(at));
                } else {
                    out.push_str(self.cell(at));
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

/// How many columns `text` takes on a terminal. Printable ASCII, most cells, is one column a
/// byte; the rest is measured by console, which skips colour codes and counts wide characters
/// twice.
fn display_width(text: &str) -> usize {
    if text.bytes().all(|b| matches!(b, b' '..=b'~')) {
        return text.len();
    }
    console::measure_text_width(text)
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
        table.row(["AT&T", "Premium 2.0", "100 GB", "yes"]);
        table.row(["中国移动", "全球通", "3 GB", ""]);
        table.row(["Visible", "", "unknown", "no"]);
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
        let mut lines = table.lines();
        comfy.set_header(lines.next().unwrap().map(Cell::new));
        for row in lines {
            comfy.add_row(row.enumerate().map(|(column, text)| match column {
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
    fn a_cell_is_as_wide_as_console_measures_it() {
        for text in [
            "",
            "AT&T",
            "中国移动",
            "\u{1b}[1myes\u{1b}[0m",
            "Go5G Plus ✓",
            "tab\there",
        ] {
            assert_eq!(
                display_width(text),
                console::measure_text_width(text),
                "{text:?}"
            );
        }
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
