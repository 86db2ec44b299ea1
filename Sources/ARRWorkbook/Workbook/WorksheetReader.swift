import ARRCore

/// Turns a sheet's XML into a ``Worksheet``: typed cells with positions.
struct WorksheetReader {
  let sheet: SheetInfo
  let sharedStrings: [String]
  let cellStyles: [CellFormat]
  let dateSystem: DateSystem
  let errors: WorkbookErrors
  /// Whether a formula without a saved value is kept aside (``Worksheet/unsavedFormulas``),
  /// its cell empty, for the importer to judge by its row, instead of a problem.
  var keepsUnsavedFormulas = false

  /// The `t` attribute of a cell.
  enum CellType {
    case number, sharedString, formulaString, inlineString, boolean, error, isoDate
  }

  /// The cell being read.
  private struct PendingCell {
    var reference = CellReference(row: 1, column: 1)
    var style = 0
    var type = CellType.number
    var value: Range<Int>?
    var cdataValue: String?
    var hasFormula = false
    var inlineText = ""

    /// A formula whose result the file does not hold (written by a program that does not
    /// calculate formulas).
    var isUnsavedFormula: Bool {
      hasFormula && type != .inlineString && value == nil && cdataValue == nil
    }
  }

  /// Cell problems, the first ``ARRQualityError/problemDisplayLimit`` kept.
  private struct Problems {
    var kept: [InputProblem] = []
    var count = 0
    mutating func add(_ position: String, _ message: String) {
      count += 1
      if kept.count < ARRQualityError.problemDisplayLimit {
        kept.append(InputProblem(file: position, line: 0, message: message))
      }
    }
  }

  func read(_ bytes: [UInt8]) throws(ARRQualityError) -> Worksheet {
    var rows: [WorksheetRow] = []
    var merged: [CellRange] = []
    var hidden: [ClosedRange<Int>] = []
    var problems = Problems()
    var unsaved = [CellReference]()
    var unitColumns = UnitColumns()
    var lastReference = CellReference(row: 1, column: 1)
    do {
      try bytes.withUnsafeBufferPointer { buffer throws(XMLFailure) in
        var xml = XMLTokenizer(buffer)
        var cells: [WorksheetCell] = []
        var rowNumber = 0
        var column = 0
        var cell = PendingCell()
        var isInSheetData = false
        var isInCell = false
        var isInValue = false
        var isInInline = false
        var isInInlineText = false
        var phoneticDepth = 0
        while let event = try xml.next() {
          switch event {
          case .start(let tag):
            let name = tag.localName
            if isInCell {
              if xml.equals(name, "v") {
                isInValue = true
              } else if xml.equals(name, "f") {
                cell.hasFormula = true
              } else if xml.equals(name, "is") {
                isInInline = true
              } else if xml.equals(name, "rPh") {
                phoneticDepth += 1
              } else if xml.equals(name, "t") {
                isInInlineText = isInInline && phoneticDepth == 0
              }
            } else if xml.equals(name, "c") && isInSheetData {
              isInCell = true
              cell = PendingCell()
              column += 1
              var reference: Range<Int>?
              var style: Range<Int>?
              var type: Range<Int>?
              try xml.forEachAttribute(tag) { attribute, value in
                if xml.equals(attribute, "r") {
                  reference = value
                } else if xml.equals(attribute, "s") {
                  style = value
                } else if xml.equals(attribute, "t") {
                  type = value
                }
                return true
              }
              if let r = reference {
                guard let parsed = CellReference(utf8: UnsafeBufferPointer(rebasing: xml.bytes[r]))
                else {
                  throw XMLFailure(
                    offset: r.lowerBound,
                    reason: "cell reference \"\(xml.string(r))\" is outside the grid")
                }
                column = parsed.column
                rowNumber = parsed.row
              }
              guard column <= CellReference.maxColumn, rowNumber >= 1 else {
                throw XMLFailure(offset: xml.offset, reason: "a cell outside the grid")
              }
              cell.reference = CellReference(row: rowNumber, column: column)
              lastReference = cell.reference
              if let s = style { cell.style = Self.integer(xml, s) ?? 0 }
              if let t = type { cell.type = Self.cellType(xml, t) }
            } else if xml.equals(name, "row") && isInSheetData {
              cells.removeAll(keepingCapacity: true)
              column = 0
              if let r = try xml.attribute(tag, "r") {
                guard let n = Self.integer(xml, r), n >= 1, n <= CellReference.maxRow else {
                  throw XMLFailure(offset: r.lowerBound, reason: "row number outside the grid")
                }
                rowNumber = n
              } else {
                rowNumber += 1
              }
            } else if xml.equals(name, "sheetData") {
              isInSheetData = true
            } else if xml.equals(name, "col") && !isInSheetData {
              // A column range's width and visibility (`<col min="28" max="33" hidden="1"/>`).
              if let flag = try xml.attributeText(tag, "hidden"), flag == "1" || flag == "true",
                let low = try xml.attributeText(tag, "min").flatMap({ Int($0) }),
                let high = try xml.attributeText(tag, "max").flatMap({ Int($0) }),
                1 <= low, low <= high
              {
                hidden.append(low...min(high, CellReference.maxColumn))
              }
            } else if xml.equals(name, "mergeCell") {
              if let ref = try xml.attributeText(tag, "ref"), let range = Self.range(ref) {
                merged.append(range)
              }
            }
          case .end(let name):
            if isInCell {
              if xml.equals(name, "c") {
                isInCell = false
                if keepsUnsavedFormulas && cell.isUnsavedFormula {
                  unsaved.append(cell.reference)
                } else if let value = finish(cell, xml, &problems) {
                  cells.append(WorksheetCell(column: cell.reference.column, value: value))
                  if let unit = format(cell.style).unit, value.storedNumber != nil {
                    unitColumns.note(cell.reference, unit)
                  }
                }
              } else if xml.equals(name, "v") {
                isInValue = false
              } else if xml.equals(name, "is") {
                isInInline = false
              } else if xml.equals(name, "rPh") {
                phoneticDepth -= 1
              } else if xml.equals(name, "t") {
                isInInlineText = false
              }
            } else if xml.equals(name, "row") {
              if !cells.isEmpty {
                cells.sort { $0.column < $1.column }
                reportCellsWrittenTwice(cells, row: rowNumber, &problems)
                rows.append(WorksheetRow(number: rowNumber, cells: cells))
              }
            } else if xml.equals(name, "sheetData") {
              isInSheetData = false
            }
          case .text(let range):
            if isInValue {
              cell.value = range
            } else if isInInlineText {
              cell.inlineText += try xml.decodedText(range)
            }
          case .cdata(let range):
            if isInValue {
              cell.cdataValue = xml.string(range)
            } else if isInInlineText {
              cell.inlineText += xml.string(range)
            }
          }
        }
      }
    } catch {
      let position = lastReference.named(inSheet: sheet.name)
      throw ARRQualityError(
        kind: .invalidData,
        message: "\(errors.fileName): sheet \"\(sheet.name)\" is damaged (\(sheet.partName))",
        problems: [
          InputProblem(
            file: position, line: 0,
            message:
              "the sheet's XML is not well-formed at or after this cell: \(error.reason) "
              + "(byte \(error.offset))")
        ])
    }
    if problems.count > 0 {
      throw ARRQualityError(
        kind: .invalidData,
        message:
          "\(errors.fileName): \(problems.count) cell\(problems.count == 1 ? "" : "s") of sheet "
          + "\"\(sheet.name)\" cannot be read",
        problems: problems.kept, problemCount: problems.count)
    }
    rows.sort { $0.number < $1.number }
    // A row number given twice is a damaged part too: which row's cells hold would be a guess.
    for k in rows.indices.dropFirst() where rows[k].number == rows[k - 1].number {
      throw ARRQualityError(
        kind: .invalidData,
        message: "\(errors.fileName): sheet \"\(sheet.name)\" is damaged (\(sheet.partName))",
        problems: [
          InputProblem(
            file: CellReference.qualifiedSheetName(sheet.name)
              + "!\(rows[k].number):\(rows[k].number)",
            line: 0,
            message: "row \(rows[k].number) is written twice in the sheet's XML (a damaged or "
              + "hand-edited file: a spreadsheet program asks to repair it); which row holds is "
              + "not known, so the sheet is not read")
        ])
    }
    var worksheet = Worksheet(
      name: sheet.name, index: sheet.index, rows: rows, mergedRanges: merged,
      hiddenColumns: hidden)
    worksheet.unsavedFormulas = unsaved
    worksheet.unitFormattedColumns = unitColumns.columns.values.sorted { $0.column < $1.column }
    return worksheet
  }

  /// The format of cell style `index`; plain for an index the styles part does not hold.
  private func format(_ index: Int) -> CellFormat {
    index < cellStyles.count ? cellStyles[index] : .plain
  }

  /// Number cells shown through a format naming a unit, per column: the first and a count.
  private struct UnitColumns {
    var columns: [Int: UnitFormattedColumn] = [:]
    mutating func note(_ reference: CellReference, _ unit: FormatUnit) {
      if columns[reference.column] == nil {
        columns[reference.column] = UnitFormattedColumn(
          column: reference.column, firstRow: reference.row, unit: unit, count: 0)
      }
      columns[reference.column]!.count += 1
      // Rows may come out of order in a hand-written part: keep the topmost.
      if reference.row < columns[reference.column]!.firstRow {
        columns[reference.column]!.firstRow = reference.row
        columns[reference.column]!.unit = unit
      }
    }
  }

  /// Reports each cell of `cells` (sorted by column) whose reference an earlier cell of the row
  /// already took: a part written so is damaged or hand-edited (a spreadsheet program refuses to
  /// open it without repair), and keeping either value would be a guess (trial 25, T25-21: the
  /// later of 1,000 and 999,999 won, silently).
  private func reportCellsWrittenTwice(
    _ cells: [WorksheetCell], row: Int, _ problems: inout Problems
  ) {
    for k in cells.indices.dropFirst() where cells[k].column == cells[k - 1].column {
      let position = CellReference(row: row, column: cells[k].column).named(inSheet: sheet.name)
      let values = [cells[k - 1].value, cells[k].value].map { $0.exportText().text ?? "" }
      problems.add(
        position,
        "written twice in the sheet's XML (\"\(values[0])\" and \"\(values[1])\"): the file is "
          + "damaged or hand-edited; open it in a spreadsheet program, let it repair the file, "
          + "check the cell, save, and try again")
    }
  }

  /// The typed value of a finished cell, `nil` for an empty one (or one with a problem).
  private func finish(
    _ cell: PendingCell, _ xml: XMLTokenizer, _ problems: inout Problems
  ) -> CellValue? {
    // Named only when there is a problem: building the name for every cell showed in profiles.
    var position: String { cell.reference.named(inSheet: sheet.name) }
    func text() -> String? {
      if let cdata = cell.cdataValue { return cdata }
      guard let range = cell.value else { return nil }
      return try? xml.decodedText(range)
    }
    let isEmpty = cell.value == nil && cell.cdataValue == nil
    if cell.type != .inlineString && isEmpty {
      if cell.isUnsavedFormula { problems.add(position, Worksheet.unsavedFormulaMessage) }
      return nil
    }
    switch cell.type {
    case .sharedString:
      guard let range = cell.value, let index = Self.integer(xml, range),
        index < sharedStrings.count
      else {
        problems.add(position, "refers to a shared string that does not exist")
        return nil
      }
      return .text(sharedStrings[index])
    case .formulaString: return .text(OOXMLText.unescaped(text() ?? ""))
    case .inlineString: return .text(OOXMLText.unescaped(cell.inlineText))
    case .error: return .error(text() ?? "#N/A")
    case .boolean:
      switch text() {
      case "1", "true": return .boolean(true)
      case "0", "false": return .boolean(false)
      case let other:
        problems.add(position, "\"\(ShownText.bounded(other ?? ""))\" is not a boolean value")
      }
      return nil
    case .isoDate:
      let raw = text() ?? ""
      guard let date = CivilDate(raw.prefix(10)) else {
        problems.add(position, "\"\(ShownText.bounded(raw))\" is not a date (expected YYYY-MM-DD…)")
        return nil
      }
      return .date(date)
    case .number:
      let number: Double?
      if let range = cell.value {
        number = Self.number(xml, range)
      } else {
        number = cell.cdataValue.flatMap { Double($0) }
      }
      guard let number, number.isFinite else {
        problems.add(position, "\"\(ShownText.bounded(text() ?? ""))\" is not a number")
        return nil
      }
      switch format(cell.style).style {
      case .plain: return .number(number)
      case .percent: return .percent(number)
      case .currency(let c): return .money(number, currency: c)
      case .date: break
      }
      guard let date = dateSystem.date(serial: number) else {
        let quirk =
          dateSystem == .from1900 && Int(number) == 60
          ? " (1900-02-29, a day that never existed: the 1900 date system's leap-year quirk)" : ""
        problems.add(
          position,
          "the cell is formatted as a date but \(number) is not a date in this workbook's "
            + "\(dateSystem == .from1900 ? "1900" : "1904") date system\(quirk)")
        return nil
      }
      return .date(date)
    }
  }

  private static func cellType(_ xml: XMLTokenizer, _ t: Range<Int>) -> CellType {
    if xml.equals(t, "s") { return .sharedString }
    if xml.equals(t, "str") { return .formulaString }
    if xml.equals(t, "inlineStr") { return .inlineString }
    if xml.equals(t, "b") { return .boolean }
    if xml.equals(t, "e") { return .error }
    if xml.equals(t, "d") { return .isoDate }
    return .number
  }

  /// A non-negative decimal integer.
  static func integer(_ xml: XMLTokenizer, _ range: Range<Int>) -> Int? {
    guard !range.isEmpty, range.count <= 18 else { return nil }
    var value = 0
    for i in range {
      let d = xml.bytes[i] &- UInt8(ascii: "0")
      guard d < 10 else { return nil }
      value = value * 10 + Int(d)
    }
    return value
  }

  private static func range(_ ref: String) -> CellRange? {
    let parts = ref.split(separator: ":")
    guard let first = parts.first.flatMap({ CellReference($0) }) else { return nil }
    let last = parts.count > 1 ? CellReference(parts[1]) : first
    return last.map { CellRange(first: first, last: $0) }
  }
}
