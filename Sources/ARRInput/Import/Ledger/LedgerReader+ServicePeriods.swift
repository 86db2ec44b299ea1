import ARRCore

/// A ledger line's service period (`docs/import.md`, "Invoice ledger"): its two days read and
/// checked, a period written in one cell, and a date cell holding a spreadsheet's day number.
extension LedgerReader {
  /// The service period of row `r`: both days or neither; an end before the start is a
  /// problem. Stripe's period end is the next period's first instant: one day earlier is the
  /// last day served.
  static func readPeriod(
    _ r: ImportTable.Record, layout: LedgerLayout, order: DateOrder?,
    cell: (ImportTable.Record, LedgerLayout.Role) -> String,
    problem: (LedgerLayout.Role, String) -> Void
  ) -> (start: CivilDate, end: CivilDate)? {
    let startText = cell(r, .serviceStart)
    let endText = cell(r, .serviceEnd)
    guard !startText.isEmpty || !endText.isEmpty else { return nil }
    let start = LedgerDate.parse(startText, order: order)
    var end = LedgerDate.parse(endText, order: order)
    if start == nil {
      problem(
        .serviceStart,
        startText.isEmpty
          ? "service period start missing (the end is \"\(endText)\"; expected both or neither)"
          : "service period start \"\(startText)\" is not a date (expected e.g. 2025-03-01)"
            + serialHint(startText))
    }
    if end == nil {
      problem(
        .serviceEnd,
        endText.isEmpty
          ? "service period end missing (the start is \"\(startText)\"; expected both or neither)"
          : "service period end \"\(endText)\" is not a date (expected e.g. 2025-03-31)"
            + serialHint(endText))
    }
    guard let start, let e = end else { return nil }
    if layout.dialect == .stripeInvoiceLines && e > start {
      end = CivilDate(daysSinceEpoch: e.daysSinceEpoch - 1)
    }
    guard end! >= start else {
      problem(
        .serviceEnd,
        "service period ends \"\(endText)\" before it starts (\"\(startText)\"; expected an end on "
          + "or after the start)")
      return nil
    }
    // A mistyped year in the end (2099 for 2025) would spread the line over decades: an annual
    // invoice of 1,200 became 0.10 a month, silently. No contract runs that long.
    let months = end!.month.months(since: start.month) + 1
    guard months <= maximumServiceMonths else {
      problem(
        .serviceEnd,
        "service period from \"\(startText)\" to \"\(endText)\" is \(months) months long "
          + "(expected at most \(maximumServiceMonths); is a year mistyped?)")
      return nil
    }
    return (start, end!)
  }

  /// `; a spreadsheet's day number? …` for a date cell holding a whole number that Excel would
  /// show as a date of 1960–2099 (serials 21916–73050): the column was formatted as General.
  static func serialHint(_ text: String) -> String {
    guard text.count == 5, text.allSatisfy(\.isASCII), let n = Int(text),
      (21_916...73_050).contains(n)
    else { return "" }
    return
      "; a spreadsheet's day number? format the column as dates in the workbook, or export it "
      + "with dates written out"
  }

  /// The two days of a service period written in one cell (`01.01.2024 - 31.01.2024`,
  /// `01.01.2024 bis 31.01.2024`, `2024-01-01 to 2024-01-31`), as German invoices state a
  /// `Leistungszeitraum`; `nil` for anything else: no separator, the first separator of the
  /// list that occurs more than once, or an empty side.
  ///
  /// Searched as bytes, once per separator that can match: seven `split`s of every date cell
  /// took 64% of a 214,000-line ledger's import (KKBox's shape, session 18). Every separator
  /// starts with a space, so a cell without one (an ISO or `YYYYMMDD` date, the usual case)
  /// costs one scan. The same answer as splitting the text at each separator
  /// (`ServiceRangeTests` against that reference), except after a separator followed by a
  /// combining mark, which bytes see and `Character`s join to the space (no date has one).
  /// - Complexity: O(n) per separator, n the cell's bytes.
  static func serviceRange(_ text: String) -> (start: String, end: String)? {
    let bytes = Array(text.utf8)
    guard bytes.contains(UInt8(ascii: " ")) else { return nil }
    for separator in serviceRangeSeparators {
      guard let first = offset(of: separator, in: bytes, from: 0) else { continue }
      let rest = first + separator.count
      // Split at a separator that occurs twice, the text has three parts: not a range.
      if offset(of: separator, in: bytes, from: rest) != nil { continue }
      let start = trimmedOfWhitespace(bytes[..<first])
      let end = trimmedOfWhitespace(bytes[rest...])
      if !start.isEmpty && !end.isEmpty { return (start, end) }
    }
    return nil
  }

  /// The month a service-date cell names without a day (`2025-06`, `06/2025`, `Jun 2025`,
  /// `June 2025`, `2025M06`): the line serves that whole month (session 42, crm lane; trial 41,
  /// T41-6: a `Service Month` column was ignored and invoices dated the 28th for the next month
  /// shifted every month one early). `nil` for a day, a range or text, and for a month that
  /// reads two ways.
  static func serviceMonth(_ text: String) -> Month? {
    guard !text.isEmpty, text.utf8.count <= 24 else { return nil }
    let lower = text.lowercased()
    let parts = lower.split(whereSeparator: { "-/. ',’‘".contains($0) })
    guard parts.count == 2 || MonthHeader.lettered(lower) != nil else { return nil }
    let reading = MonthHeader.read(text)
    guard reading.isMonth, !reading.isAmbiguous else { return nil }
    return reading.mdy ?? reading.dmy
  }

  /// The separators of ``serviceRange(_:)`` in the order they are tried, as UTF-8.
  static let serviceRangeSeparators: [[UInt8]] = [
    " - ", " – ", " — ", " bis ", " to ", " au ", " al ",
  ].map { Array($0.utf8) }

  /// The first offset at or after `start` where `pattern` occurs in `bytes`.
  private static func offset(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard let head = pattern.first, bytes.count - start >= pattern.count else { return nil }
    var i = start
    while i + pattern.count <= bytes.count {
      if bytes[i] == head && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
      i += 1
    }
    return nil
  }

  /// `bytes` as text without the whitespace (`Character.isWhitespace`) at either end.
  private static func trimmedOfWhitespace(_ bytes: ArraySlice<UInt8>) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    return String(
      text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  /// The longest service period a line may have, in calendar months touched (10 years: longer
  /// than any subscription term; a longer one is a typo).
  static let maximumServiceMonths = 120
}
