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
/// units, $100 or more as cents), or when most are list prices in cents (4900, 9900: trial
/// 25): a finding then says so. Whole-dollar tables of ordinary prices (a 49 or a 450 a month,
/// an annual 12,000 that is 1,000 a month, round 500s and 1,000s) never meet it.
enum CentsLikeAmounts {
  /// The smallest monthly amount, in hundredths, every row must reach: $10,000 a month.
  static let smallestMonthly: Int64 = 1_000_000
  /// Rows needed: one or two large round prices say nothing of a table.
  static let minimumRows = 3
  /// The share of amounts (percent) that must be whole hundreds for prices in cents
  /// (trial 25, T25-12, T25-14): a plan's price changed by a discount, a seat count or a
  /// proration seldom is. Half, as the list prices ending in 9 (themselves whole hundreds) must
  /// be: 90% until trial 32 (T32-28: 85.4% whole hundreds, 52% list prices, a table in cents
  /// read 100 times too high with no finding).
  static let minimumHundredsPercent = 50
  /// The middle monthly amount, in hundredths, prices in cents must reach as read: $1,000 a
  /// month, $10 as cents.
  static let smallestMedian: Int64 = 100_000

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
  /// currency sign, a thousands separator) or fewer than ``minimumRows`` amounts are non-zero.
  /// Rows in a zero-decimal currency (JPY) are left out: there the smallest unit is the unit.
  /// Two readings find cents, the first worded first:
  /// - every amount a whole number of hundreds and every monthly amount at least
  ///   ``smallestMonthly`` (implausibly large as units);
  /// - prices in cents (trial 25, T25-12, T25-14: $49 and $99 plans as 4900 and 9900, under
  ///   $10,000 a month, said nothing): at least ``minimumHundredsPercent`` of the amounts whole
  ///   hundreds, at least half of them a whole number of dollars ending in 9 read as cents (4900,
  ///   9900, 29900: list prices), and the middle monthly amount (the upper one of an even count)
  ///   at least ``smallestMedian``. Round prices in units (500, 1,000, 1,200 a month) end in
  ///   00 but not in 900, and are never flagged; not for a ledger's lines.
  /// `currency` writes the money (`nil`: USD). `isLines`: the cells are a ledger's lines, each
  /// checked as it is billed (session 17, import3 lane; trial 17, MT1: a ledger of every line
  /// $20,000 or more in round hundreds, cents beside a column saying so, was only a note).
  static func finding(
    file: String, header: String, cells: [Cell], unit: AmountUnit, isMinorByHeader: Bool,
    options: ImportOptions, currency: String?, isLines: Bool = false
  ) -> String? {
    guard options.amounts == nil, !isMinorByHeader, unit == .units else { return nil }
    var read = [(cell: Cell, written: Int64)]()
    for cell in cells where !cell.text.isEmpty && cell.monthly != 0 {
      if AmountUnit.zeroDecimal.contains(cell.currency.uppercased()) { continue }
      // Digits alone: a sign, a decimal mark or a thousands separator writes currency units.
      let digits = cell.text.hasPrefix("-") ? cell.text.dropFirst() : Substring(cell.text)
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let v = try? CubeMoney.cents(cell.text, isDecimalComma: false)
      else { return nil }
      read.append((cell, v))
    }
    guard read.count >= minimumRows else { return nil }
    func money(_ hundredths: Int64) -> String {
      Money.text(cents: hundredths, currency: currency, wholeUnits: true)
    }
    let close =
      "Exports that keep money in cents without saying so in the header (ChartMogul's "
      + "MRR, Baremetrics' plan_amount\(isLines ? ", billing APIs' invoice lines" : "")) write "
      + "it this way: if these are cents, every figure is 100 times too high. Pass "
      + "--amounts cents, or --amounts units to confirm"
    if read.allSatisfy({ $0.written % 10_000 == 0 && abs($0.cell.monthly) >= smallestMonthly }),
      let smallest = read.min(by: { abs($0.cell.monthly) < abs($1.cell.monthly) })?.cell
    {
      let (each, per) = isLines ? ("line bills", "") : ("row reads as", " a month")
      return "\(file): every amount in \"\(header)\" is a whole number of hundreds and every "
        + "\(each) \(money(smallestMonthly))\(per) or more (\(CountText.grouped(read.count)) "
        + "amounts, the smallest \"\(smallest.text)\" on line \(smallest.line), "
        + "\(money(abs(smallest.monthly)))\(per)): read as currency units, as they are, every "
        + "\(isLines ? "line bills" : "customer pays") at least that; read as cents, "
        + "\(money(abs(smallest.monthly) / 100))\(per), an ordinary price. " + close
    }
    // Prices in cents: most amounts whole hundreds, half of them a price ending in 9 read as
    // cents (4900, 9900, 29900: $49, $99, $299), and large for a month's price as units.
    let hundreds = read.filter { $0.written % 10_000 == 0 }
    let priced = read.filter { $0.written % 100_000 == 90_000 }
    let monthly = read.map { abs($0.cell.monthly) }.sorted()
    let median = monthly[monthly.count / 2]
    guard !isLines, hundreds.count * 100 >= read.count * minimumHundredsPercent,
      priced.count * 2 >= read.count, median >= smallestMedian
    else { return nil }
    let examples = priced.prefix(2).map { p in
      "\"\(p.cell.text)\" on line \(p.cell.line) is \(money(p.written / 100))"
    }
    return "\(file): every amount in \"\(header)\" is a whole number, "
      + "\(CountText.grouped(hundreds.count)) of \(CountText.grouped(read.count)) a whole number of "
      + "hundreds, and read as cents \(CountText.grouped(priced.count)) are list prices ending in 9 "
      + "(\(examples.joined(separator: ", "))): read as currency units, as they are, the middle "
      + "row pays \(money(median)) a month; read as cents, \(money(median / 100)) a month, an "
      + "ordinary price. " + close
  }
}
