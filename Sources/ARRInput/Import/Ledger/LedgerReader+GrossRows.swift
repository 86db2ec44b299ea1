import ARRCore

/// An invoice's gross written as a bare row of its own beside lines net of tax, with no tax
/// column (review 44, W-7; review 45, Y-13): the rate it holds over its lines, one across the
/// file or one standard rate per customer.
extension LedgerReader.DocumentTotals {
  /// The finding on ``grossLike``: bare rows read as lines that may be their invoices' gross.
  /// `nil` for none.
  func grossLikeFinding(file: String, money: (Int64) -> String) -> String? {
    guard let first = grossLike.map(\.line).min() else { return nil }
    let stake = grossLike.reduce(Int64(0)) { Money.saturatingSum($0, $1.cents) }
    return
      "\(file): check: \(Counted.phrase(grossLike.count, "invoice")) hold one row with no item "
      + "or description above the invoice's other rows by 5% to 30% (the first on line "
      + "\(first)), at shares no one tax rate explains: read as lines, \(money(stake)) in all; "
      + "if they are the invoices' totals with tax, revenue is overstated by that much"
  }
}

extension LedgerReader {
  /// The one tax rate, in thousandths of a percent, every `(whole, lines)` pair holds: each
  /// whole its lines' sum times 1 + that rate (above 0, at most ``maximumTaxShare``), within two
  /// cents and the rate's rounding; the rate read off the pair of the largest lines. `nil` when
  /// some pair differs, or a sum is not positive.
  static func commonTaxRate(_ pairs: [(whole: Int64, lines: Int64)]) -> Int64? {
    guard let widest = pairs.max(by: { $0.lines < $1.lines }), widest.lines > 0,
      pairs.allSatisfy({ $0.lines > 0 && $0.whole > $0.lines && $0.whole < Int64.max / 200_000 })
    else { return nil }
    let rate = ((widest.whole - widest.lines) * 100_000 + widest.lines / 2) / widest.lines
    guard rate > 0, Double(rate) <= maximumTaxShare * 100_000 else { return nil }
    return pairs.allSatisfy({ p in
      let expected = p.lines + (p.lines * rate + 50_000) / 100_000
      return abs(p.whole - expected) <= max(2, p.lines / 100_000)
    }) ? rate : nil
  }

  /// Standard VAT, GST and sales-tax rates, in thousandths of a percent (5% is 5,000): the
  /// rates a seller charges a customer of a country or state.
  static let standardTaxRates: [Int64] = [
    5_000, 5_500, 6_000, 7_000, 7_500, 7_700, 8_000, 8_100, 9_000, 10_000, 12_000, 13_000, 14_000,
    15_000, 16_000, 17_000, 18_000, 19_000, 20_000, 21_000, 22_000, 23_000, 24_000, 25_000,
    25_500, 27_000,
  ]

  /// The one standard rate (``standardTaxRates``) every `(whole, lines)` pair holds: each whole
  /// its lines' sum (positive) plus that rate of it, within two cents. `nil` when none does.
  static func standardTaxRate(_ pairs: [(whole: Int64, lines: Int64)]) -> Int64? {
    guard !pairs.isEmpty,
      pairs.allSatisfy({ $0.lines > 0 && $0.whole > $0.lines && $0.whole < Int64.max / 200_000 })
    else { return nil }
    return standardTaxRates.first { rate in
      pairs.allSatisfy { p in
        abs(p.whole - (p.lines + (p.lines * rate + 50_000) / 100_000)) <= 2
      }
    }
  }

  /// The gross rows of a file decided customer by customer (review 46, R46-11): a customer each
  /// of whose documents of several rows has one bare row (`misses`: its line, customer, amount
  /// and its other rows' sum) that is those rows plus a standard rate of them, one rate or two
  /// in file order (a rate change: Switzerland's 7.7% to 8.1%), holds its invoices' gross; a
  /// customer each of whose documents has a bare row equal to its other rows (`equal`: a VAT-
  /// exempt customer's, at 0%) holds its invoices' totals, once another customer's gross rows
  /// are read. Customers that fit keep the reading when another does not: its rows stay lines.
  /// `documentsOf`: each customer's documents of several unflagged rows. `nil` unless two
  /// customers, six documents in all, hold gross rows, on two sums of lines at least.
  static func grossRowsByCustomer(
    misses: [(line: Int, customer: String, cents: Int64, lines: Int64)],
    equal: [(line: Int, customer: String)], documentsOf: [String: Int]
  ) -> (gross: Set<Int>, equal: Set<Int>)? {
    var gross = [(line: Int, lines: Int64)]()
    var grossCustomers = 0
    for (customer, rows) in Dictionary(grouping: misses, by: \.customer)
    where rows.count == documentsOf[customer] && rows.count >= 2 {
      var changes = 0
      var last: Int64?
      for r in rows.sorted(by: { $0.line < $1.line }) {
        guard let rate = standardTaxRate([(r.cents, r.lines)]) else {
          changes = 2
          break
        }
        if let last, last != rate { changes += 1 }
        last = rate
      }
      guard changes <= 1 else { continue }
      grossCustomers += 1
      gross += rows.map { ($0.line, $0.lines) }
    }
    guard grossCustomers >= 2, gross.count >= 6, Set(gross.map(\.lines)).count >= 2 else {
      return nil
    }
    let exempt = Dictionary(grouping: equal, by: \.customer).filter {
      $0.value.count == documentsOf[$0.key]
    }
    return (Set(gross.map(\.line)), Set(exempt.values.joined().map(\.line)))
  }
}
