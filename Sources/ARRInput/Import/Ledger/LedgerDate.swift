import ARRCore

/// Dates in ledger and Stripe cells: `2025-03-01`, a timestamp (`2025-03-01 00:00`,
/// `2025-03-01T12:30:00Z`: the day is kept, the time ignored), a numeric date in the file's
/// day/month order (`3/1/2025`, `01/03/2025`), or a month (`Mar 2025`: its first day).
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
    return MonthHeader.date(stripTime(text), order: order)
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
