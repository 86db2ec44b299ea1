import ARRCore
import ARRWorkbook

extension ThousandsLabel {
  /// What the number formats of a sheet's amount cells say of their unit (trial 41, T41-3: a
  /// board pack's cells held 12.5 under `$#,##0.0"K"`, shown **$12.5K**, and were read as
  /// $12.50, 1,000 times too low, while the same format's `$` was read as the currency).
  ///
  /// The format is evidence as a header is (`docs/import.md`, "Amount units"):
  /// - a literal naming thousands without Excel's scaling comma (the cell stores thousands) is
  ///   a thousands label, returned for ``check(_:file:options:cells:currency:notes:)`` to stop
  ///   the import on, as a title saying `($000s)` does;
  /// - a literal whose scaling commas undo it (`#,##0.0,"K"` over 12,500: whole units shown
  ///   scaled) reads as stored, with a note;
  /// - a cell storing millions (`0.0"M"`) stops the import: no option reads millions.
  ///
  /// - Parameters:
  ///   - sheet: where the table came from; `nil` for a CSV file (no formats).
  ///   - columns: the table's amount columns, 0-based.
  ///   - file: how messages name the file.
  /// - Returns: the label of the first amount column storing thousands, else `nil`.
  /// - Throws: `.invalidData` for amount cells stored in millions.
  /// - Complexity: O(`columns`).
  static func formatLabel(
    _ sheet: ImportTable.SheetOrigin?, columns: some Sequence<Int>, file: String,
    notes: inout [String]
  ) throws(ARRQualityError) -> AnnualLabel.Label? {
    guard let sheet, !sheet.unitFormattedColumns.isEmpty else { return nil }
    let formatted = Set(columns).sorted().compactMap { sheet.unitFormattedColumns[$0] }
    func cell(_ c: UnitFormattedColumn) -> String {
      CellReference(row: c.firstRow, column: c.column).named(inSheet: sheet.sheet)
    }
    if let c = formatted.first(where: { $0.unit.storedPower >= 2 }) {
      throw .data(
        "\(file):\(c.firstRow): the number format \(Self.quoted(c.unit.formatCode)) of "
          + "\(cell(c)) shows each amount in millions (the cell stores millions): amounts in "
          + "millions are not read; convert the cells to whole currency units in the sheet (× "
          + "1,000,000), or export the table in units or thousands")
    }
    if let c = formatted.first(where: { $0.unit.storedPower == 1 }) {
      return AnnualLabel.Label(
        line: c.firstRow, text: c.unit.formatCode, place: "the number format of \(cell(c)) ")
    }
    let scaled = formatted.filter { $0.unit.storedPower == 0 }
    if let c = scaled.first {
      let count = scaled.reduce(0) { $0 + $1.count }
      notes.append(
        "\(file): \(CountText.grouped(count)) amount cell\(count == 1 ? "" : "s") show through "
          + "the number format \(Self.quoted(c.unit.formatCode)) (first \(cell(c))), whose "
          + "scaling comma\(c.unit.scalingCommas == 1 ? "" : "s") divide\(c.unit.scalingCommas == 1 ? "s" : "") "
          + "whole units for display: read as stored, in whole currency units")
    }
    return nil
  }

  /// A format code in backquotes, as the docs write one (its own double quotes stay readable).
  static func quoted(_ code: String) -> String { "`\(code)`" }
}
