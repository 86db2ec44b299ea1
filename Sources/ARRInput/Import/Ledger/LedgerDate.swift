import ARRCore

/// Dates in ledger and Stripe cells: `2025-03-01`, a timestamp (`2025-03-01 00:00`,
/// `2025-03-01T12:30:00Z`: the day is kept, the time ignored), a numeric date in the file's
/// day/month order (`3/1/2025`, `01/03/2025`), a date with a month name (`1-Mar-2025`,
/// `Mar 1, 2025`), or a month (`Mar 2025`: its first day).
enum LedgerDate {
  /// The day `text` names, or `nil`.
  static func parse(_ text: String, order: DateOrder?) -> CivilDate? {
    if let d = CivilDate(text) { return d }
    let utf8 = Array(text.utf8)
    if utf8.count > 10, utf8[10] == UInt8(ascii: " ") || utf8[10] == UInt8(ascii: "T"),
      let d = CivilDate(bytes: utf8[0..<10])
    {
      return d
    }
    let day = stripTime(text)
    if let d = namedMonthDate(day) { return d }
    return MonthHeader.date(day, order: order)
  }

  /// A date whose month is a name (`docs/import.md`, "Invoice ledger"): `31-Jan-2024` and
  /// `31-Jan-24` (a spreadsheet's d-mmm-yy), `31 Jan 2024` (Xero), `Jan 31, 2024`, `January 31
  /// 2024`, `31. Januar 2024`. A name reads one way whatever the file's day/month order; with
  /// two short numbers the first is the day and the last the year (2000–2099).
  static func namedMonthDate(_ text: String) -> CivilDate? {
    let parts = text.lowercased().split(whereSeparator: { " -/.,".contains($0) })
    guard parts.count == 3,
      let nameIndex = parts.firstIndex(where: { $0.allSatisfy(\.isLetter) }), nameIndex < 2,
      let month = MonthHeader.monthNumber(parts[nameIndex])
    else { return nil }
    let numbers = parts.indices.filter { $0 != nameIndex }.map { parts[$0] }
    guard numbers.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
      let first = Int(numbers[0]), let second = Int(numbers[1])
    else { return nil }
    let (day, year): (Int, Int)
    switch (numbers[0].count, numbers[1].count) {
    case (1...2, 4): (day, year) = (first, second)
    case (4, 1...2): (day, year) = (second, first)
    case (1...2, 2): (day, year) = (first, 2000 + second)
    default: return nil
    }
    return CivilDate(year: year, month: month, day: day)
  }

  /// `text` without a trailing ` HH:MM[:SS]` (spreadsheets add it to numeric dates).
  private static func stripTime(_ text: String) -> String {
    guard let space = text.lastIndex(of: " ") else { return text }
    let tail = text[text.index(after: space)...]
    return tail.contains(":") ? String(text[..<space]) : text
  }

  /// The day/month order of the numeric dates among `cells`: a first number above 12 says
  /// day first, a second above 12 month first.
  /// - Returns: The order, `nil` when no cell decides; `.failure` with an example of each when
  ///   cells say both.
  static func order(of cells: [(text: String, line: Int)]) -> Result<DateOrder?, Conflict> {
    var dmy: (text: String, line: Int)?
    var mdy: (text: String, line: Int)?
    for cell in cells where !startsWithYear(cell.text) {
      let parts = stripTime(cell.text).split(whereSeparator: { "/.-".contains($0) })
      guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
        let a = Int(parts[0]), let b = Int(parts[1])
      else { continue }
      if a > 12 && dmy == nil { dmy = cell }
      if b > 12 && mdy == nil { mdy = cell }
      if dmy != nil && mdy != nil { break }
    }
    if let d = dmy, let m = mdy { return .failure(Conflict(dayFirst: d, monthFirst: m)) }
    return .success(dmy != nil ? .dmy : mdy != nil ? .mdy : nil)
  }

  /// Cells that read one way day first and another month first.
  static func isAmbiguous(_ text: String) -> Bool {
    if startsWithYear(text) { return false }
    let parts = stripTime(text).split(whereSeparator: { "/.-".contains($0) })
    guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let a = Int(parts[0]),
      let b = Int(parts[1])
    else { return false }
    return a <= 12 && b <= 12 && a != b
  }

  /// `YYYY-…`: year first, one reading (checked on bytes: most ledgers write dates so).
  static func startsWithYear(_ text: String) -> Bool {
    var t = text
    return t.withUTF8 { b in
      b.count >= 5 && b[0] >= 48 && b[0] <= 57 && b[1] >= 48 && b[1] <= 57 && b[2] >= 48
        && b[2] <= 57 && b[3] >= 48 && b[3] <= 57 && (b[4] == 45 || b[4] == 47)
    }
  }

  /// Dates that need both orders.
  struct Conflict: Error, Sendable {
    var dayFirst: (text: String, line: Int)
    var monthFirst: (text: String, line: Int)
  }
}
