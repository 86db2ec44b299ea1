import ARRCore
import ARRWorkbook

/// An `.xlsx` workbook among the files to import, as the tables its sheets hold
/// (`docs/workbook.md`, "Importing a workbook").
///
/// A workbook is known by its bytes, not its name: a zip archive (`PK\u{3}\u{4}`) or an OLE
/// compound document (`D0 CF 11 E0`, a legacy `.xls` or a password-protected workbook, which
/// ``ARRWorkbook/Workbook`` refuses with what to do). A file named `.xlsx`, `.xlsm` or `.xls`
/// that is neither is handed to the workbook reader too, so it says the file is not a workbook
/// instead of reading XML as CSV.
enum WorkbookSource {
  /// One sheet offered to the importer.
  struct Sheet {
    var table: ImportTable
    /// Chosen with `--sheet`: it must read as a revenue file.
    var isChosen: Bool
  }

  /// What a workbook offers, and the sheets it does not offer (hidden, chart sheets), said.
  struct Offer {
    var sheets: [Sheet]
    var notes: [String]
    var findings: [String]
    /// Sheets not chosen that cannot be read (a formula without a saved value), with why: left
    /// out, not an error, unless no other sheet reads as revenue (review 13, F17).
    var unreadable: [(file: String, error: ARRQualityError)] = []
    /// Hidden sheets that read as a customer cube, named by a summary's refusal (T22-10).
    var hiddenCubes: [String] = []
  }

  /// Whether `file` is to be read as a workbook.
  static func isWorkbook(_ file: Importer.SourceFile) -> Bool {
    let b = file.bytes
    if b.count >= 4 && b[0] == 0x50 && b[1] == 0x4B && b[2] == 0x03 && b[3] == 0x04 { return true }
    if b.count >= 4 && b[0] == 0xD0 && b[1] == 0xCF && b[2] == 0x11 && b[3] == 0xE0 { return true }
    let lowered = file.name.lowercased()
    return lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") || lowered.hasSuffix(".xls")
  }

  /// The sheets of the workbook in `file` to offer the importer, in the order to try them.
  ///
  /// With `--sheet` (``ImportOptions/sheets``) the named sheets come first, in the order given,
  /// and must be read; every other visible worksheet follows as optional (a customer list joins, anything else is
  /// listed as not used). Without it, every visible worksheet is offered in tab order, all
  /// optional; hidden tabs and chart sheets are listed, never read.
  /// - Throws: What ``ARRWorkbook/Workbook`` throws (damaged, hostile or legacy files,
  ///   `Revenue!C14` cell errors), and `.invalidArgument` for a `--sheet` the workbook lacks.
  /// - Complexity: O(bytes of the workbook's XML parts read).
  static func offer(_ file: Importer.SourceFile, options: ImportOptions) throws(ARRQualityError)
    -> Offer
  {
    let workbook = try Workbook(bytes: file.bytes, fileName: file.name)
    var offer = Offer(sheets: [], notes: [], findings: [])
    if workbook.hasMacros {
      offer.notes.append("\(file.name) holds macros; they were neither read nor run (data only).")
    }
    var order = workbook.sheets
    var chosen = [SheetInfo]()
    for selector in options.sheets {
      let sheet = try workbook.sheet(matching: selector)
      guard !chosen.contains(where: { $0.index == sheet.index }) else {
        throw .invalidArgument(
          "--sheet \(selector) names sheet \"\(sheet.name)\" of \(file.name) a second time")
      }
      chosen.append(sheet)
    }
    // The chosen sheets first, in the order given; the others after them in tab order.
    order.removeAll { s in chosen.contains { $0.index == s.index } }
    order.insert(contentsOf: chosen, at: 0)
    for info in order {
      let isChosen = chosen.contains { $0.index == info.index }
      guard info.isWorksheet else {
        if isChosen {
          throw .invalidArgument("\(file.name): sheet \"\(info.name)\" is a chart sheet")
        }
        offer.notes.append("\(file.name): sheet \"\(info.name)\" is a chart sheet; not read.")
        continue
      }
      if info.isHidden && !isChosen {
        if let sheet = try? workbook.worksheet(info), let export = try? sheet.export(),
          CubeReader.isCustomerCube(table(export, sheet: info.name, workbook: file.name))
        {
          offer.hiddenCubes.append(info.name)
        }
        offer.notes.append(
          "\(file.name): sheet \"\(info.name)\" is hidden; not read (name it with --sheet to "
            + "read it).")
        continue
      }
      let export: SheetExport
      var merges = [CellRange]()
      var hidden = [ClosedRange<Int>]()
      var uncheckedTotals = Set<Int>()
      do throws(ARRQualityError) {
        let sheet = try workbook.worksheet(info, keepsUnsavedFormulas: true)
        merges = sheet.mergedRanges.filter { $0.last.row > $0.first.row }
        hidden = sheet.hiddenColumns
        export = try sheet.export()
        let unsaved = unsavedFormulas(sheet.unsavedFormulas, in: export)
        if !unsaved.read.isEmpty {
          throw sheet.unsavedFormulaError(unsaved.read, fileName: file.name)
        }
        if let first = unsaved.totals.first {
          uncheckedTotals = Set(unsaved.totals.map(\.row))
          let rows = uncheckedTotals.sorted()
          offer.notes.append(
            "\(file.name): \(rows.count == 1 ? "the totals row" : "totals rows") of sheet "
              + "\"\(info.name)\" (\(rows.count == 1 ? "row" : "rows") "
              + "\(rows.map(String.init).joined(separator: ", "))) \(rows.count == 1 ? "holds" : "hold") "
              + "\(Counted.phrase(unsaved.totals.count, "formula")) without a saved value (first "
              + "\(first.named(inSheet: info.name))): excluded and not checked (a spreadsheet "
              + "program saves their values when it saves the file)")
        }
      } catch {
        // Name the workbook: the sheet's message names only the sheet.
        var located = error
        if !located.message.hasPrefix(file.name) {
          located.message = "\(file.name): " + located.message
        }
        guard isChosen else {
          offer.unreadable.append((file: "\(file.name), sheet \(info.name)", error: located))
          continue
        }
        throw located
      }
      if let far = export.farCells {
        let column = CellReference.columnName(far.lastColumnRead)
        offer.notes.append(
          "\(file.name): sheet \"\(info.name)\" holds \(Counted.phrase(far.count, "cell")) right of "
            + "column \(column), beyond \(SheetExport.tableGapColumns) or more empty columns "
            + "(first \(far.first): \"\(ShownText.bounded(far.firstText))\"): not read as part of "
            + "the table")
      }
      if export.offCentCount > 0 {
        let shown = export.offCentCells.map { "\($0.position) \($0.value) → \($0.text)" }
        // A note: sub-cent rounding moves a figure by cents, no page-one matter (review 37,
        // R37-18).
        offer.notes.append(
          OffCentCells.finding(file: file.name, count: export.offCentCount, shown: shown))
      }
      offer.sheets.append(
        Sheet(
          table: table(
            export, sheet: info.name, workbook: file.name, merges: merges, hiddenColumns: hidden,
            uncheckedTotals: uncheckedTotals),
          isChosen: isChosen))
    }
    return offer
  }

  /// Formulas without a saved value (``ARRWorkbook/Worksheet/unsavedFormulas``) split by their
  /// row: on a row whose label reads as a total by its words alone (`Total`, `Grand total`,
  /// `Total MRR`: ``CubeTotals/kind(_:monthColumns:)``), excluded from the figures and only
  /// checked, they lose the check; on any other row they may be read, and stay the error
  /// (session 35, H35-10: a totals row's `=SUM(…)` written by openpyxl refused the workbook,
  /// `--lenient` too).
  static func unsavedFormulas(_ cells: [CellReference], in export: SheetExport) -> (
    read: [CellReference], totals: [CellReference]
  ) {
    guard !cells.isEmpty else { return ([], []) }
    let rows = Set(cells.map(\.row))
    var isTotals = [Int: Bool]()
    for r in export.records where rows.contains(r.row) {
      isTotals[r.row] = CubeTotals.kind(r.cells, monthColumns: []) == .total
    }
    var out = (read: [CellReference](), totals: [CellReference]())
    for c in cells {
      if isTotals[c.row] == true { out.totals.append(c) } else { out.read.append(c) }
    }
    return out
  }

  /// The sheet's export as an import table: a record's line is its sheet row.
  /// - Parameters:
  ///   - merges: The sheet's merged ranges spanning rows, named in a problem at a cell inside
  ///     one (review 13, F7).
  ///   - hiddenColumns: The sheet's hidden columns, 1-based ranges.
  ///   - uncheckedTotals: Totals rows whose formulas have no saved value (``unsavedFormulas(_:in:)``).
  static func table(
    _ export: SheetExport, sheet: String, workbook: String, merges: [CellRange] = [],
    hiddenColumns: [ClosedRange<Int>] = [], uncheckedTotals: Set<Int> = []
  ) -> ImportTable {
    var table = ImportTable(
      file: "\(workbook), sheet \(sheet)",
      records: export.records.map { ImportTable.Record(line: $0.row, cells: $0.cells) },
      blankLines: export.blankRows)
    var origin = ImportTable.SheetOrigin(workbook: workbook, sheet: sheet)
    for m in merges {
      let row = export.records.first { $0.row == m.first.row }
      let value = row.flatMap {
        m.first.column <= $0.cells.count ? $0.cells[m.first.column - 1] : nil
      }
      origin.verticalMerges.append((range: m, value: value ?? ""))
    }
    // Only columns within the table's width: a range may run to the sheet's last column.
    let width = export.records.reduce(0) { max($0, $1.cells.count) }
    for r in hiddenColumns where r.lowerBound <= width {
      for c in r.lowerBound...min(r.upperBound, width) { origin.hiddenColumns.insert(c - 1) }
    }
    origin.wholeNumbers = export.wholeNumbers
    for c in export.unitFormattedColumns { origin.unitFormattedColumns[c.column - 1] = c }
    origin.uncheckedTotals = uncheckedTotals
    table.sheet = origin
    return table
  }
}
