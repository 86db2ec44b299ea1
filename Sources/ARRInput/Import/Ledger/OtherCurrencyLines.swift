import ARRCore

/// The lines `--lenient` leaves out for being in another currency than `--currency`, tallied so
/// the import can say what they bill (`docs/import.md`, "Currencies"; trial 44, T44-5).
///
/// Such a line was read whole (customer, date, amount, currency) and is left out only because
/// amounts are never converted; the skipped-rows finding said its cells "could not all be
/// read", a warning, while the lines in EUR and GBP billed two thirds of the as-of month. Its
/// money cannot be weighed against the headline without a rate, so the finding weighs the
/// customers instead: those billed in the last month in another currency only, against every
/// customer billed then (``ImportFindingStake/customerShare``).
struct OtherCurrencyLines: Sendable {
  /// One currency's lines: how many, their sum, by month, and their customers.
  struct Tally: Sendable {
    var lines = 0
    var cents: Int64 = 0
    var byMonth: [Month: Int64] = [:]
    var customers: Set<String> = []
    var customersByMonth: [Month: Set<String>] = [:]
  }

  private(set) var byCurrency: [String: Tally] = [:]
  /// Total lines tallied.
  private(set) var count = 0

  /// The latest month a tallied line is dated in.
  var latestMonth: Month? {
    byCurrency.values.compactMap { $0.customersByMonth.keys.max() ?? $0.byMonth.keys.max() }.max()
  }

  /// Adds a line of `currency`, amount `cents` (`nil` when the amount could not be read: the
  /// line is counted, its money not), dated in `month` (`nil` without a date), for `customer`.
  mutating func add(currency: String, cents: Int64?, month: Month?, customer: String) {
    count += 1
    var t = byCurrency[currency] ?? Tally()
    t.lines += 1
    if let cents {
      t.cents = Money.saturatingSum(t.cents, cents)
      if let month { t.byMonth[month] = Money.saturatingSum(t.byMonth[month] ?? 0, cents) }
    }
    if !customer.isEmpty {
      t.customers.insert(customer)
      if let month { t.customersByMonth[month, default: []].insert(customer) }
    }
    byCurrency[currency] = t
  }

  /// The finding on the lines left out, and the share of the customers billed in `last` it
  /// leaves out of every figure (those billed then only in other currencies); `nil` when no
  /// line was left out.
  /// - Parameters:
  ///   - file: The file's name.
  ///   - wanted: The `--currency` kept.
  ///   - last: The month the share is measured in (the as-of month, else the latest line's).
  ///   - keptCustomers: The customers of the kept lines dated in `last`.
  ///   - keptCents: What the kept lines dated in `last` bill, in `wanted`.
  /// - Complexity: O(currencies × customers).
  func finding(
    file: String, wanted: String, last: Month?, keptCustomers: Set<String>, keptCents: Int64
  ) -> (text: String, customerShare: Double?)? {
    guard count > 0 else { return nil }
    let currencies = byCurrency.keys.sorted {
      (byCurrency[$0]!.lines, $1) > (byCurrency[$1]!.lines, $0)
    }
    let parts = currencies.map { code -> String in
      let t = byCurrency[code]!
      var part =
        "\(code) \(Counted.phrase(t.lines, "line")) of \(Counted.phrase(t.customers.count, "customer")) "
        + "(\(Money.text(cents: t.cents, currency: code)) in all"
      if let last, let m = t.byMonth[last] {
        part += ", \(Money.text(cents: m, currency: code)) in \(last)"
      }
      return part + ")"
    }
    // What the month leaves out first: the quote on page one is cut at 420 characters.
    var text =
      "\(file): --lenient left out \(Counted.phrase(count, "line")) in other currencies than "
      + "\(wanted) (--currency; amounts are never converted)"
    var share: Double?
    if let last {
      var others = Set<String>()
      for t in byCurrency.values { others.formUnion(t.customersByMonth[last] ?? []) }
      others.subtract(keptCustomers)
      let billed = others.count + keptCustomers.count
      if billed > 0 {
        share = Double(others.count) / Double(billed)
        text +=
          ": in \(last) \(Counted.phrase(others.count, "customer")) billed only in them "
          + "\(others.count == 1 ? "is" : "are") in no figure, beside "
          + "\(Counted.phrase(keptCustomers.count, "customer")) billed "
          + "\(Money.text(cents: keptCents, currency: wanted)) in \(wanted)"
      }
    }
    text += "; " + parts.joined(separator: ", ")
    return (text, share)
  }
}
