import ARRCore

/// The money rules of a table with one amount column, a monthly table's or an MRR movements
/// log's (`docs/import.md`, "Monthly table", "MRR movements log"): a label saying thousands
/// over it (``ThousandsLabel``), its decimal mark and its cells (``AmountCells``). One setup
/// for both readers (session 22, review lane: the movements reader's copy of it missed the
/// label, so a log titled "MRR movements ($000)" was read 1,000 times too low, silently).
struct AmountColumn {
  /// The amount cells' reading.
  var cells: AmountCells
  /// Whether amounts are written `1.234,50`.
  var isDecimalComma: Bool
  /// A title, header, sheet or file name saying thousands, checked by the cube importer
  /// (``ThousandsLabel/check(_:file:options:cells:currency:notes:)``).
  var thousandsLabel: AnnualLabel.Label?

  /// Sets up column `amount` of `table`, whose header is record `headerIndex`.
  /// - Parameter isMinorByHeader: Whether the amount header names minor units (`amount_cents`).
  /// - Throws: `.invalidData` for a decimal mark the cells leave undecided
  ///   (``CubeReader/decimalMark(_:columns:file:options:log:)``).
  static func setUp(
    _ table: ImportTable, headerIndex: Int, amount: Int, isMinorByHeader: Bool,
    options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> AmountColumn {
    let header = table.records[headerIndex]
    // A title, a header (`mrr_k`, `MRR ($000s)`), a sheet or a file name saying thousands
    // (review 13, F23: `mrr_k` was refused as of no known shape, `MRR ($000s)` read in dollars).
    // A number format naming thousands is such a label too (trial 41, T41-3).
    var label = ThousandsLabel.find(
      titles: table.records.prefix(headerIndex), header: header, monthColumns: [],
      sheet: table.sheet?.sheet, file: table.sheet?.workbook ?? table.file)
    if label == nil {
      label = try ThousandsLabel.formatLabel(
        table.sheet, columns: [amount], file: table.file, notes: &log.notes)
    }
    let isDecimalComma = try CubeReader.decimalMark(
      Array(table.records[(headerIndex + 1)...]), columns: [amount], file: table.file,
      options: options, log: &log)
    let cells = AmountCells(
      file: table.file, header: header.cells[amount], isMinorByHeader: isMinorByHeader,
      options: options, isDecimalComma: isDecimalComma, currency: options.currency,
      notes: &log.notes)
    return AmountColumn(cells: cells, isDecimalComma: isDecimalComma, thousandsLabel: label)
  }
}
