import ARRCore

/// Monthly amounts with nothing saying their unit that read far more like cents than currency
/// units (`docs/import.md`, "Amount units"; session 16, import2 lane).
///
/// Billing and analytics exports keep money in cents without a word in the header: ChartMogul's
/// MRR (its docs: "expressed in cents … divide by 100"), Baremetrics' `plan_amount` ("cents
/// integer, $1 == 100"). Read as units, trial 16's company of $60,600 ARR read $6.06M (C1) and
/// $7.14M (B1) with nothing said. No single amount tells cents from units, but a whole table does
/// when every row's monthly amount is a whole number of hundreds (a whole-dollar price written in
/// cents) and at least ``smallestMonthly`` (every customer paying $10,000 a month or more as
/// units, $100 or more as cents): a finding then says so. Whole-dollar tables of ordinary
/// prices (a 49 or a 450 a month, an annual 12,000 that is 1,000 a month) never meet it.
enum CentsLikeAmounts {
  /// The smallest monthly amount, in hundredths, every row must reach: $10,000 a month.
  static let smallestMonthly: Int64 = 1_000_000
  /// Rows needed: one or two large round prices say nothing of a table.
  static let minimumRows = 3

  /// One amount: its cell as written, its line, the monthly amount it was read as (hundredths)
  /// and the row's currency code (`""`: none).
  struct Cell: Sendable {
    var text: String
    var line: Int
    var monthly: Int64
    var currency: String
  }

  /// The finding for `cells` (non-zero amounts of the column `header` in `file`), or `nil` when
  /// `--amounts` or the header decided the unit, some amount is not digits alone (decimals, a
  /// currency sign, a thousands separator) or not a whole number of hundreds, fewer than ``minimumRows`` amounts are non-zero, or some
  /// monthly amount is under ``smallestMonthly``. Rows in a zero-decimal currency (JPY) are left
  /// out: there the smallest unit is the unit. `currency` writes the money (`nil`: USD).
  /// `isLines`: the cells are a ledger's lines, each checked as it is billed (session 17,
  /// import3 lane; trial 17, MT1: a ledger of every line $20,000 or more in round hundreds,
  /// cents beside a column saying so, was only a note).
  static func finding(
    file: String, header: String, cells: [Cell], unit: AmountUnit, isMinorByHeader: Bool,
    options: ImportOptions, currency: String?, isLines: Bool = false
  ) -> String? {
    guard options.amounts == nil, !isMinorByHeader, unit == .units else { return nil }
    var count = 0
    var smallest: Cell?
    for cell in cells where !cell.text.isEmpty && cell.monthly != 0 {
      if AmountUnit.zeroDecimal.contains(cell.currency.uppercased()) { continue }
      // Digits alone: a sign, a decimal mark or a thousands separator writes currency units.
      let digits = cell.text.hasPrefix("-") ? cell.text.dropFirst() : Substring(cell.text)
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let v = try? CubeMoney.cents(cell.text, isDecimalComma: false),
        v % 10_000 == 0, abs(cell.monthly) >= smallestMonthly
      else { return nil }
      count += 1
      if smallest.map({ abs(cell.monthly) < abs($0.monthly) }) ?? true { smallest = cell }
    }
    guard count >= minimumRows, let smallest else { return nil }
    func money(_ hundredths: Int64) -> String {
      Money.text(cents: hundredths, currency: currency, wholeUnits: true)
    }
    let (each, per) = isLines ? ("line bills", "") : ("row reads as", " a month")
    return "\(file): every amount in \"\(header)\" is a whole number of hundreds and every "
      + "\(each) \(money(smallestMonthly))\(per) or more (\(CountText.grouped(count)) amounts, the smallest "
      + "\"\(smallest.text)\" on line \(smallest.line), \(money(abs(smallest.monthly)))\(per)): "
      + "read as currency units, as they are, every \(isLines ? "line bills" : "customer pays") "
      + "at least that; read as cents, \(money(abs(smallest.monthly) / 100))\(per), an ordinary "
      + "price. Exports that keep money in cents without saying so in the header (ChartMogul's "
      + "MRR, Baremetrics' plan_amount\(isLines ? ", billing APIs' invoice lines" : "")) write "
      + "it this way: if "
      + "these are cents, every figure is 100 times too high. Pass --amounts cents, or "
      + "--amounts units to confirm"
  }
}
