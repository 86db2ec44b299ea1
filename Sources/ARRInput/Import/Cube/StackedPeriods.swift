import ARRCore

/// Year blocks stacked in one table: a heading (`FY2025`), a header of that year's months, the
/// customers, a total; then the next year's heading, header and customers below (trial 50,
/// T50-38). Split at each block, the parts are what two files of consecutive periods are, and
/// they are joined in time the same way (``RevenuePeriods``): the same customers in each, no
/// month between them missing.
///
/// Decided (session 53, lead): such a table was refused ("split the file at line 9"), though
/// the split is mechanical and the two-file join is already trusted. A table is split only
/// when its blocks' months follow each other (in either order) with no month in two blocks and
/// none missing between them, and neighbouring blocks share at least half of the smaller one's
/// row labels; each part is named by its lines (`revenue.csv (lines 8–14)`). Any other second
/// header of other months keeps the refusal
/// (``CubeReader/refuseSecondHeader(_:layout:headerLine:file:)``), and a header repeating the
/// same months stays a repeated header, skipped.
enum StackedPeriods {
  /// Least consecutive month cells that make a row a header; a row of fewer (a block of the
  /// year's first two months) is one when none of its other cells is a number
  /// (``shortHeaderMonths``).
  static let headerMonths = 3
  /// Least month cells of a header whose other cells are all text.
  static let shortHeaderMonths = 2
  /// Most blocks read (a table of more is left to the cube reader as it is).
  static let blockLimit = 60

  /// The table split into its year blocks, with the note that says so; `nil` when it is not
  /// such a table.
  /// - Complexity: O(cells).
  static func split(_ table: ImportTable) -> (parts: [ImportTable], note: String)? {
    var blocks = [(index: Int, months: [Month])]()
    for (i, record) in table.records.enumerated() {
      // A cube's header of months is among its first rows: any other table (a ledger of 50,000
      // lines, every table is asked) is let go without reading its other rows.
      if blocks.isEmpty && i >= CubeLayout.headerSearchRows { return nil }
      guard let months = headerMonths(record.cells) else { continue }
      // The same months again is a repeated header inside the block (skipped by the reader).
      if let last = blocks.last, last.months == months { continue }
      blocks.append((i, months))
      if blocks.count > blockLimit { return nil }
    }
    guard blocks.count >= 2 else { return nil }
    // Months that follow each other, block after block, in the order they are read.
    let ranges = blocks.map { (first: $0.months.min()!, last: $0.months.max()!) }
    let sorted = ranges.sorted { $0.first < $1.first }
    for (a, b) in zip(sorted, sorted.dropFirst()) where b.first.months(since: a.last) != 1 {
      return nil
    }
    // Where each block starts: its header, with the headings right above it (rows of at most
    // one cell after the previous block's rows), which title it.
    var starts = [0]
    for block in blocks.dropFirst() {
      var start = block.index
      while start - 1 > starts.last!, filledCount(table.records[start - 1].cells) <= 1 {
        start -= 1
      }
      starts.append(start)
    }
    // A block headed as a plan, a forecast or an outlook is no period of the history, and
    // blocks headed by different measures (`MRR` then `ARR`) are two tables (review 54, R54-3,
    // R54-17): the refusal to split stands.
    var measures = [Set<String>]()
    for (k, block) in blocks.enumerated() {
      // Headings only (rows of one cell above the header): a header's own columns name
      // what each row holds (a `Plan` column of Pro or Starter), not what the block is.
      let headings = table.records[(k == 0 ? 0 : starts[k])..<block.index].filter {
        filledCount($0.cells) == 1
      }
      guard headings.allSatisfy({ !namesPlan(Self.words($0.cells.joined(separator: " "))) })
      else { return nil }
      // The measure of the heading nearest the header (a table's title is above block 1's).
      let measure = Set(headings.last.map { Self.words($0.cells.joined(separator: " ")) } ?? [])
        .intersection(measureWords)
      if !measure.isEmpty { measures.append(measure) }
    }
    // Blocks sharing a measure word measure one thing (`recurring revenue (MRR)` then `MRR`;
    // review 55, R55-5); `MRR` then `ARR` are two tables.
    for (a, b) in zip(measures, measures.dropFirst()) where a.isDisjoint(with: b) { return nil }
    let ends = Array(starts.dropFirst()) + [table.records.count]
    let labels = zip(starts, ends).map { start, end in
      Set(table.records[start..<end].compactMap(rowLabel))
    }
    for (a, b) in zip(labels, labels.dropFirst()) {
      let smaller = min(a.count, b.count)
      guard smaller > 0, Double(a.intersection(b).count) >= 0.5 * Double(smaller) else {
        return nil
      }
    }
    var parts = [ImportTable]()
    for (n, (start, end)) in zip(starts, ends).enumerated() {
      var part = table
      part.records = Array(table.records[start..<end])
      // Named by its lines, so that each block's row in the files table, its notes and its
      // problems say which block they are about.
      part.file =
        "\(table.file) (\(table.sheet == nil ? "lines" : "rows") \(part.records[0].line)–"
        + "\(part.records[part.records.count - 1].line))"
      let from = n == 0 ? Int.min : table.records[start].line
      let to = end < table.records.count ? table.records[end].line : Int.max
      part.blankLines = table.blankLines.filter { $0 >= from && $0 < to }
      part.endsWithoutLineEnd = end == table.records.count && table.endsWithoutLineEnd
      parts.append(part)
    }
    let listed = zip(blocks, ranges).map { block, range in
      "line \(table.records[block.index].line): \(range.first) to \(range.last)"
    }
    let note =
      "\(CountText.grouped(blocks.count)) blocks of months stacked in one table in "
      + "\(table.file), each under its own header (" + listed.joined(separator: "; ")
      + "): read as "
      + "consecutive periods of one history, as that many files of them would be"
    return (parts, note)
  }

  /// The months of a header row: at least ``headerMonths`` cells side by side that read as
  /// months, each the month after (or before) the one to its left, or ``shortHeaderMonths``
  /// when no other cell of the row holds a digit; `nil` for any other row.
  static func headerMonths(_ cells: [String]) -> [Month]? {
    // Every month a header names holds a digit (its year): a row of fewer such cells is no
    // header, told without reading a cell (every row of a ledger is asked).
    var digitCells = 0
    for cell in cells where cell.utf8.contains(where: isDigit) { digitCells += 1 }
    guard digitCells >= shortHeaderMonths else { return nil }
    let readings = cells.map { $0.utf8.contains(where: isDigit) ? MonthHeader.read($0) : .init() }
    let monthCount = readings.lazy.filter(\.isMonth).count
    let isText = zip(cells, readings).allSatisfy { cell, reading in
      reading.isMonth || !cell.utf8.contains(where: isDigit)
    }
    let needed = isText ? shortHeaderMonths : headerMonths
    guard monthCount >= needed else { return nil }
    for order in [DateOrder.mdy, .dmy] {
      var best = [Month]()
      var run = [Month]()
      for reading in readings {
        let month = reading.month(order) ?? (reading.isAmbiguous ? nil : reading.mdy ?? reading.dmy)
        guard let month else {
          run = []
          continue
        }
        if let last = run.last, abs(month.months(since: last)) == 1,
          run.count == 1 || month.months(since: last) == last.months(since: run[run.count - 2])
        {
          run.append(month)
        } else {
          run = [month]
        }
        if run.count > best.count { best = run }
      }
      if best.count >= needed { return best }
    }
    return nil
  }

  /// Words of a heading that make its block a plan, not a period that happened: the plan band's
  /// words of two letters or more (``CubeReader/planWords``) and their kin in other languages.
  static let planWords: Set<String> = CubeReader.planWords.filter { $0.count >= 2 }.union([
    "plans", "run", "rate", "prognose", "prévision", "prévisions", "previsión", "previsiones",
    "piano", "pipeline", "expected", "scenario",
    // What finance teams head such blocks with in German, French, Spanish and Italian, and a
    // schedule signed but not live (review 55, R55-4: `Hochrechnung Jul-Dez 2026` below
    // `Ist 2026` was read as history, its new customer counted).
    "hochrechnung", "planung", "vorschau", "prévisionnel", "previsionnel", "prévisionnelle",
    "previsionnelle", "objectif", "objectifs", "presupuesto", "presupuestos", "proyección",
    "proyeccion", "pronóstico", "pronostico", "previsione", "previsioni", "contracted",
    "backlog", "booked",
  ])

  /// Words of a heading naming actuals: beside them a plan word compares (`actuals (ahead of
  /// plan)`), and the block happened (review 55, R55-5).
  static let actualHeadingWords: Set<String> = [
    "actual", "actuals", "act", "ist", "réel", "reel", "real", "reales", "consuntivo",
    "effettivo",
  ]

  /// Whether a heading's `words` say its block is a plan: a plan word (``planWords``) with no
  /// actuals word beside it, and `plan` not in a breakdown's title (`MRR by customer and plan`,
  /// `per plan`: the product plan; review 55, R55-5).
  static func namesPlan(_ words: [String]) -> Bool {
    let set = Set(words)
    guard set.isDisjoint(with: actualHeadingWords) else { return false }
    let isBreakdown = set.contains("by") || set.contains("per")
    return words.contains { w in
      planWords.contains(w) && !(isBreakdown && (w == "plan" || w == "plans"))
    }
  }

  /// Words of a heading naming what its block measures: blocks of two measures are two tables.
  static let measureWords: Set<String> = [
    "mrr", "arr", "revenue", "bookings", "billings", "acv", "tcv", "cash", "collections",
    "invoiced", "recognized", "recognised", "deferred", "customers", "logos", "seats", "users",
    "usage",
  ]

  /// The words of `text` in lower case (``IncomeStatement/phrase(_:)``).
  private static func words(_ text: String) -> [String] {
    IncomeStatement.phrase(text).split(separator: " ").map(String.init)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// Non-empty cells of a row.
  private static func filledCount(_ cells: [String]) -> Int {
    cells.lazy.filter { !$0.isEmpty }.count
  }

  /// A data row's label: its first non-empty cell, in lower case, when the row has two or more
  /// (a heading or a footnote has one).
  private static func rowLabel(_ record: ImportTable.Record) -> String? {
    guard filledCount(record.cells) >= 2, headerMonths(record.cells) == nil,
      let first = record.cells.first(where: { !$0.isEmpty })
    else { return nil }
    return first.lowercased()
  }
}
