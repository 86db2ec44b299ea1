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
    15_000, 16_000, 17_000, 17_500, 18_000, 19_000, 20_000, 21_000, 22_000, 23_000, 24_000, 25_000,
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
  /// and its other rows' sum) that is those rows plus a standard rate of them, or equal to them
  /// (`equal`: 0%, a VAT-exempt customer's or a reverse charge's), holds its invoices' gross:
  /// at any rates, changing any number of times (a rate change: Switzerland's 7.7% to 8.1%,
  /// Germany's 19% to 16% and back; a customer reverse-charged from July: review 47, R47-8).
  /// A credit note's share is its magnitudes' (−600 on −500 is 20%: R47-15). Customers that fit
  /// keep the reading when another does not: its rows stay lines. `documentsOf`: each
  /// customer's documents of several unflagged rows; `others` of a miss, its document's other
  /// rows. `nil` unless two customers fit, one with a gross row at least, on six documents in
  /// all, and the gross rows are on two sums of lines or six documents at least (one price for
  /// every invoice: R47-15, a one-plan company's gross rows were read as revenue, $105,600 for
  /// $48,000). A customer whose bare rows equal its lines rides on others' gross reading, never
  /// makes it: with one customer of gross rows, some of them sum two lines or more (review 48,
  /// R48-2: a blank-memo line 25% above the one line beside it, and another customer's blank
  /// line equal to its one line, read as a gross and a total, $28,200 for $39,600).
  static func grossRowsByCustomer(
    misses: [(line: Int, customer: String, cents: Int64, lines: Int64, others: Int)],
    equal: [(line: Int, customer: String)], documentsOf: [String: Int]
  ) -> (gross: Set<Int>, equal: Set<Int>)? {
    var gross = [(line: Int, lines: Int64)]()
    var equalLines = [Int]()
    var fitting = 0
    var grossCustomers = 0
    var isSumOfLines = false
    let missesOf = Dictionary(grouping: misses, by: \.customer)
    let equalOf = Dictionary(grouping: equal, by: \.customer)
    for customer in Set(missesOf.keys).union(equalOf.keys) {
      let m = missesOf[customer] ?? []
      let e = equalOf[customer] ?? []
      guard m.count + e.count == documentsOf[customer], m.count + e.count >= 2,
        m.allSatisfy({ r in
          let isCredit = r.lines < 0 && r.cents < 0
          return standardTaxRate([
            isCredit ? (0 &- r.cents, 0 &- r.lines) : (r.cents, r.lines)
          ]) != nil
        })
      else { continue }
      fitting += 1
      if !m.isEmpty { grossCustomers += 1 }
      if m.contains(where: { $0.others >= 2 }) { isSumOfLines = true }
      gross += m.map { ($0.line, $0.lines) }
      equalLines += e.map(\.line)
    }
    guard fitting >= 2, !gross.isEmpty, grossCustomers >= 2 || isSumOfLines,
      gross.count + equalLines.count >= 6,
      Set(gross.map(\.lines)).count >= 2 || gross.count >= 6
    else { return nil }
    return (Set(gross.map(\.line)), Set(equalLines))
  }
}
