// MonthlyTableReader: totals rows, recognised and checked against their month's sum.
import ARRCore

extension MonthlyTableReader {
  /// Whether a customer cell names a totals row: exactly `total`, `totals`, `grand total`,
  /// `sum`, `subtotal` or `sub total` (a trailing colon aside). Decided: not every cell starting
  /// with "total", which in a long table would drop a customer named Total Wine every month.
  static func isTotals(_ text: String) -> Bool {
    var t = Substring(CubeLayout.normalized(text))
    while t.last == ":" { t = t.dropLast() }
    return ["total", "totals", "grand total", "sum", "subtotal", "sub total"].contains(t)
  }

  /// Compares each totals row with the sum of its month's rows; any difference is a finding.
  static func checkTotals(
    _ totals: [(line: Int, month: Month, cents: Int64)], data: CubeData, file: String,
    currency: String?, log: inout ImportLog
  ) {
    guard !totals.isEmpty else { return }
    var differing = [String]()
    for t in totals {
      let m = t.month.months(since: data.firstMonth)
      guard m >= 0 && m < data.monthCount else { continue }
      var sum: Int64 = 0
      for a in data.accounts.indices { sum &+= data.cells[a * data.monthCount + m] }
      if sum != t.cents {
        differing.append(
          "\(t.month) total \(Money.text(cents: t.cents, currency: currency)) on line \(t.line) "
            + "vs sum \(Money.text(cents: sum, currency: currency))")
      }
    }
    if differing.isEmpty {
      log.notes.append(
        "\(file): \(CountText.grouped(totals.count)) totals row\(totals.count == 1 ? " equals its month's" : "s equal their months'") sum"
      )
    } else {
      log.findings.append(
        "\(file): \(CountText.grouped(differing.count)) totals row\(differing.count == 1 ? " differs" : "s differ") "
          + "from the sum of the month's rows: " + differing.prefix(6).joined(separator: "; ")
          + (differing.count > 6 ? "; …" : ""))
    }
  }
}
