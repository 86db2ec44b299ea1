// Importer: the errors for a file of no accepted shape, and what they say it is instead.
import ARRCore

extension Importer {
  /// The error for a table the cube's reader refused: a ledger without an amount column reads
  /// as a cube whose header is a data row with three dates, so what is missing is said instead
  /// of "month 2024-01 appears twice"; so is any table of records whose first row names its
  /// columns (no cube's error): one naming a column a reading needs, or one as wide as the row
  /// below it read as the cube's header (trial 14). A narrower first row naming none of the
  /// columns a reading needs is a title line above a cube: its cube's error stands.
  static func cubeError(_ error: ARRQualityError, table: ImportTable, shape: ImportShape)
    -> ARRQualityError
  {
    if let why = notRead(table, shape: shape) { return .data(why) }
    if shape == .auto && RecordTableHint.isRecordHeader(table)
      && (RecordTableHint.namesANeededColumn(table) || RecordTableHint.isAsWideAsItsDatedRow(table))
    {
      return unrecognised(table, shape: shape)
    }
    return error
  }

  /// Why a file that read as no accepted shape is not read, when more can be said than
  /// ``unrecognised(_:shape:)`` says: a public data set that holds no recurring revenue
  /// (``NotRevenueShape``), or a ledger without an amount column.
  static func notRead(_ table: ImportTable, shape: ImportShape) -> String? {
    if let why = NotRevenueShape.explain(table) { return why }
    if let why = MRRMovements.inColumns(table) { return why }
    return shape == .auto ? LedgerLayout.missingAmount(in: table) : nil
  }

  /// What ``unrecognised(_:shape:)`` says of `table`'s header rows beyond ``ShapeHints``: month
  /// names without a year (``MonthGroupRow/yearlessHint(_:)``) and quarters for months
  /// (``quarterHint(_:)``), each `; …`; said of each file among several too
  /// (``noRevenueFile(_:summaries:options:)``).
  static func headerHints(_ table: ImportTable) -> String {
    let best =
      table.records.prefix(CubeLayout.headerSearchRows).map {
        CubeLayout.monthLikeCount($0.cells)
      }.max() ?? 0
    let yearless = best == 0 ? MonthGroupRow.yearlessHint(table).map { "; " + $0 } ?? "" : ""
    return yearless + quarterHint(table)
  }

  /// The error for a file of no accepted shape: the shapes, and what the file starts with.
  static func unrecognised(_ table: ImportTable, shape: ImportShape) -> ARRQualityError {
    let first = table.records.first?.cells ?? []
    let best =
      table.records.prefix(CubeLayout.headerSearchRows).map {
        CubeLayout.monthLikeCount($0.cells)
      }.max() ?? 0
    // Bounded (docs/input.md, "Messages"): a header cell of a megabyte was quoted whole (trial
    // 30, T30-3).
    let shown = first.prefix(6).map { "\"\(ShownText.bounded($0))\"" }.joined(separator: ", ")
    let accepted =
      shape == .auto
      ? "accepted shapes: cube (a header row with at least \(CubeLayout.minimumMonthHeaders) "
        + "month columns such as 2024-01, Jan-24 or 1/31/2024, one row per customer), monthly "
        + "(one row per customer and month: customer, month, amount such as mrr), ledger, "
        + "stripe-subscriptions, stripe-invoices, subscriptions (one row per subscription: "
        + "customer, start, end, monthly price), and a customer list beside one of them"
      : "expected a \(shape.rawValue) file"
    // Month names seen without a year are said, not counted as "0 month-like headers"
    // (trial 28, T28-20).
    // And none found is not worth saying (trial 56, T56-12: "at most 0 month-like headers").
    var monthsFound =
      best == 0 ? "" : ", at most \(best) month-like header" + (best == 1 ? "" : "s") + " in a row"
    if best == 0, let hint = MonthGroupRow.yearlessHint(table) { monthsFound = "; " + hint }
    guard !first.isEmpty else {
      return .data("\(table.file): the file holds no rows (it is empty or blank); \(accepted)")
    }
    // Month headers with other words (`MRR Jan-25`, `Jan-25 A`) lead the message: the file is a
    // cube, and advice to rename a ledger's columns misleads (hostile trial 35, H35-12).
    if let worded = wordedMonthsHint(table) {
      return .data(
        "\(table.file): shape not recognised: \(worded); \(accepted); found first header cells "
          + "\(shown)\(first.count > 6 ? ", …" : "")")
    }
    let hints = ShapeHints.hints(table)
    // A header of named columns over records: what a reading lacks leads the message, and no
    // cube advice is built from a data row's dates (trial 28, T28-23: "line 2 has 2 month
    // columns (2024-01-01, 2024-01-15): a cube needs …", an invoice's date and due date, came
    // first, and "no column is a customer" last).
    let isRecords =
      RecordTableHint.isRecordHeader(table) && RecordTableHint.namesANeededColumn(table)
    let roles = isRecords ? RecordTableHint.hint(table) : ""
    if !roles.isEmpty, hints.hasSuffix(roles) {
      return .data(
        "\(table.file): shape not recognised: " + roles.dropFirst(2) + "; \(accepted); found "
          + "first header cells \(shown)\(first.count > 6 ? ", …" : "")" + monthsFound
          + quarterHint(table) + paymentsHint(first) + hints.dropLast(roles.count))
    }
    return .data(
      "\(table.file): shape not recognised (\(accepted)); found first header cells \(shown)"
        + "\(first.count > 6 ? ", …" : "")" + monthsFound + (isRecords ? "" : shortCubeHint(table))
        + quarterHint(table)
        + paymentsHint(first)
        + hints)
  }

  /// `; line 1 has 2 month columns (2024-11, 2024-12): a cube needs …` for a header row of two
  /// month columns not read as a short cube (``CubeLayout/isShortHeader(_:)``): no cell names
  /// the customer column, or the months do not follow each other (trial 22, T22-8).
  static func shortCubeHint(_ table: ImportTable) -> String {
    guard
      let row = table.records.prefix(CubeLayout.headerSearchRows).first(where: {
        CubeLayout.monthLikeCount($0.cells) == CubeLayout.shortMonthHeaders
      })
    else { return "" }
    let months = row.cells.filter { MonthHeader.read($0).isMonth }
    return
      "; line \(row.line) has \(months.count) month columns (\(months.joined(separator: ", "))): "
      + "a cube needs \(CubeLayout.minimumMonthHeaders) month columns or more, or "
      + "\(CubeLayout.shortMonthHeaders) that follow each other beside a column headed Customer, "
      + "Account or Customer ID; or write the rows as a monthly table (customer, month, amount)"
  }

  /// `line 1's header cells hold a month with other words ("MRR Jan-25": the month "Jan-25"
  /// beside "MRR"; …): …` for a header row in which at least ``CubeLayout/minimumMonthHeaders``
  /// cells are no month but read as one without their first or last word; `nil` otherwise.
  /// Decided (session 37, imp; hostile trial 35, H35-12): `MRR Jan-25` … and `Jan-25 A` …, a
  /// cube whose six headers each hold a month, were told to rename a ledger's columns. They
  /// are not read as months: the other words may say what the cells hold (ARR, seats, a plan
  /// rather than actuals), which the month alone does not.
  static func wordedMonthsHint(_ table: ImportTable) -> String? {
    // A header row: no cell is a number (a data row's amounts and ids; its timestamps with a
    // zone, `2024-07-03 09:00:00 PST`, are no month headers either).
    let isNumber = { (cell: String) in
      !cell.isEmpty && cell.allSatisfy { $0.isASCII && ($0.isNumber || ".,-$()".contains($0)) }
    }
    for row in table.records.prefix(CubeLayout.headerSearchRows)
    where !row.cells.contains(where: isNumber) {
      let worded = row.cells.compactMap { cell -> (cell: String, month: String, words: String)? in
        guard !MonthHeader.read(cell).isMonth else { return nil }
        let words = cell.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for (kept, other) in [
          (words.dropFirst(), words.prefix(1)), (words.dropLast(), words.suffix(1)),
        ] {
          let month = kept.joined(separator: " ")
          if !month.contains(":"), MonthHeader.read(month).isMonth {
            return (cell, month, other.joined(separator: " "))
          }
        }
        return nil
      }
      guard worded.count >= CubeLayout.minimumMonthHeaders else { continue }
      let shown = worded.prefix(2).map {
        "\"\(ShownText.bounded($0.cell))\": the month \"\($0.month)\" beside \"\($0.words)\""
      }
      // Two kinds of column a month or more (`Jan-25 MRR`, `Jan-25 Seats`): renamed to their
      // months, each month would be two columns, refused as duplicates (session 38, imp;
      // review 37, R37-16). Say to keep one kind.
      var kinds = [String]()
      for w in worded where !kinds.contains(where: { $0.lowercased() == w.words.lowercased() }) {
        kinds.append(w.words)
      }
      let isSeries =
        kinds.count >= 2
        && Dictionary(grouping: worded, by: { $0.month.lowercased() }).values.contains {
          $0.count >= 2
        }
      // The kind kept: one naming revenue, else the first.
      let revenue: Set<String> = ["mrr", "arr", "revenue", "amount", "sales", "billings"]
      let kept = kinds.first { revenue.contains($0.lowercased()) } ?? kinds[0]
      let dropped = kinds.filter { $0 != kept }
      let rename =
        isSeries
        ? "each month has \(kinds.count) columns (\(kinds.prefix(4).joined(separator: ", "))"
          + "\(kinds.count > 4 ? ", …" : "")): keep one kind (delete the "
          + "\(dropped.prefix(3).joined(separator: ", "))\(dropped.count > 3 ? ", …" : "") "
          + "columns), rename the rest to their months"
        : "rename those columns to their months"
      return
        "line \(row.line)'s header cells hold a month with other words (\(worded.count) cells: "
        + shown.joined(separator: "; ") + (worded.count > 2 ? "; …" : "") + "): a cube's month "
        + "headers hold the month alone (\(worded[0].month)), and the other words are not read; "
        + rename + " (with --values saying what the cells hold when they are not MRR), or write "
        + "the rows as a monthly table (customer, month, amount)"
    }
    return nil
  }

  /// `; line 1 names quarters (Q1 2023, Q2 2023, …), not months: …` for a header row of
  /// quarter columns (`Q1 2024`, `Q1-24`, `2024-Q1`, `2024 Q1`), two or more (trial 22, T22-L1:
  /// refused as an unrecognised shape with advice to rename ledger columns).
  static func quarterHint(_ table: ImportTable) -> String {
    for row in table.records.prefix(CubeLayout.headerSearchRows) {
      let quarters = row.cells.filter(isQuarter)
      guard quarters.count >= 2 else { continue }
      return
        "; line \(row.line) names quarters (\(quarters.prefix(2).joined(separator: ", ")), …), "
        + "not months: a cube needs one column per month (a quarter's revenue is not a month's "
        + "MRR); export the months, or write the rows as a monthly table (customer, month, "
        + "amount)"
    }
    return ""
  }

  /// `Q1 2024`, `Q1-24`, `Q1'24`, `2024-Q1`, `2024 Q1`, `FY24 Q1` (case ignored).
  static func isQuarter(_ cell: String) -> Bool {
    let words = cell.uppercased().split(whereSeparator: { " -'/_".contains($0) })
    guard words.count == 2 || words.count == 3 else { return false }
    let isQ = { (w: Substring) in w.count == 2 && w.first == "Q" && "1234".contains(w.last!) }
    let isYear = { (w: Substring) in
      let digits = w.hasPrefix("FY") ? w.dropFirst(2) : w
      return (digits.count == 2 || digits.count == 4) && digits.allSatisfy(\.isNumber)
    }
    return words.contains(where: isQ) && words.allSatisfy { isQ($0) || isYear($0) }
      && words.filter(isQ).count == 1
  }

  /// Whether `header` is Stripe's payments export's: two of its columns no other export writes
  /// (``stripePaymentsMarkers``: `Amount Refunded`, `Seller Message`, `Captured`, `Card ID`,
  /// `Converted Amount`, `Payment Source Type`, `Card Funding`…).
  static func looksLikeStripePayments(_ header: [String]) -> Bool {
    let keys = Set(header.map(LedgerLayout.normalized))
    return keys.intersection(stripePaymentsMarkers).count >= 2
  }

  /// Columns of Stripe's payments export (``looksLikeStripePayments(_:)``), as
  /// ``LedgerLayout/normalized(_:)`` writes them (trial 54's `c21` writes `Captured`,
  /// `Converted Amount`, `Payment Source Type`, `Card Funding`, not `Seller Message`).
  static let stripePaymentsMarkers: Set<String> = [
    "amount refunded", "seller message", "captured", "card id", "converted amount",
    "converted currency", "converted amount refunded", "decline reason", "statement descriptor",
    "taxes on fee", "payment source type", "card funding", "card address country",
    "card issue country", "card brand", "card last4",
  ]

  /// `; this looks like …` for a file of payments rather than revenue: Stripe's payments export
  /// (`Amount Refunded`, `Seller Message`, `Captured`) holds charges, cash received on any
  /// schedule, refunds and failures, not what was invoiced for which period.
  static func paymentsHint(_ header: [String]) -> String {
    guard looksLikeStripePayments(header) else { return "" }
    return "; this looks like Stripe's payments export: charges are cash received, not revenue "
      + "by service period; export the invoice line items and the subscriptions from the "
      + "Dashboard instead"
  }
}
