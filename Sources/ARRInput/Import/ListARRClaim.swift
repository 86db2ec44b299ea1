import ARRCore

/// A customer list's ARR column (`Contracted ARR`, `ARR`) read as what the company states of
/// each customer, compared with the ARR measured from the revenue files (`docs/import.md`,
/// "A list's ARR column"; trial 41, T41-16: a CRM list said $600,000 of contracted ARR beside
/// billings worth $420,000 a year, and nothing said so).
///
/// Decided (session 43):
/// - each list row with an amount is one customer's claim; the measured figure is its account's
///   MRR at the as-of month × 12 (no account, or none billing at as-of: 0). A row whose status
///   says the customer has left and which bills nothing is not a claim (the list keeps the ARR
///   it had);
/// - when most compared rows (4 in 5) differ from the measured ARR by 12 times either way, the
///   column and the revenue are in different units: the unit check (``ListAnnualColumn``) speaks
///   and this one stays silent;
/// - the claim total and the measured total of the same customers differing by more than 1% is
///   a finding, with the gap as its stake, naming the rows that differ most;
/// - when the list's customers hold at least 4 in 5 of the accounts billing at as-of and no
///   summary tab gave a claim, the column's total is the company's reported ARR, so that the
///   report's claim-vs-measured section compares it with the headline.
enum ListARRClaim {
  /// One list row compared: its customer (as the list writes it), claim and measured ARR.
  struct Row: Sendable, Equatable {
    var customer: String
    var line: Int
    var claim: Int64
    var measured: Int64
  }

  /// The rows of `column` (read from `list`) compared with `company` at its as-of month.
  /// - Complexity: O(list rows + accounts).
  static func rows(
    _ column: ListAnnualColumn, list: [ImportedAccount], company: ImportedCompany
  ) -> [Row] {
    let last = company.monthCount - 1
    var out = [Row]()
    for (entry, match) in zip(list, CustomerList.match(list, company.accounts)) {
      guard let claim = column.byLine[entry.source.line] else { continue }
      var measured: Int64 = 0
      if let a = match, last >= 0 {
        let (v, o) = company.mrr[company.cell(a, last)].multipliedReportingOverflow(by: 12)
        measured = o ? .max : max(0, v)
      }
      if measured == 0, let status = entry.status?.text,
        SubscriptionStatusCheck.saysRunning(status) == false
      {
        continue
      }
      out.append(
        Row(
          customer: entry.name ?? entry.id, line: entry.source.line, claim: claim,
          measured: measured))
    }
    return out
  }

  /// Whether `a` and `b` agree: within 1% of the larger or one currency unit.
  static func isNear(_ a: Int64, _ b: Int64) -> Bool {
    let gap = a > b ? a &- b : b &- a
    return gap <= max(100, max(a, b) / 100)
  }

  /// Whether most rows compared differ by 12 times (either way): a unit mismatch, which
  /// ``ListAnnualColumn``'s check reports.
  static func isUnitMismatch(_ rows: [Row]) -> Bool {
    let both = rows.filter { $0.claim > 0 && $0.measured > 0 }
    let twelve = both.filter {
      let (up, o1) = $0.measured.multipliedReportingOverflow(by: 12)
      let (down, o2) = $0.claim.multipliedReportingOverflow(by: 12)
      return (!o1 && isNear($0.claim, up)) || (!o2 && isNear(down, $0.measured))
    }
    return AnnualLabel.isMost(twelve.count, of: both.count)
  }

  /// Compares `column` with `company` and appends the finding, and sets the reported ARR, as the
  /// type's rules say.
  /// - Complexity: O(list rows × log(list rows) + accounts).
  static func apply(
    _ column: ListAnnualColumn, list: [ImportedAccount], to company: inout ImportedCompany
  ) {
    let rows = rows(column, list: list, company: company)
    guard !rows.isEmpty, !isUnitMismatch(rows) else { return }
    var claim: Int64 = 0
    var measured: Int64 = 0
    for r in rows {
      claim = Money.saturatingSum(claim, r.claim)
      measured = Money.saturatingSum(measured, r.measured)
    }
    let currency = company.log.currency
    func money(_ cents: Int64) -> String {
      Money.text(cents: cents, currency: currency, wholeUnits: true)
    }
    let source = "\(column.file)'s column \"\(column.header)\" (line \(column.line))"
    if company.reportedARR == nil && coversBilling(rows, list: list, company: company) {
      company.reportedARR = claim
      company.log.notes.append(
        "\(source) is read as the company's reported ARR, \(money(claim)) over "
          + "\(CountText.grouped(rows.count)) customers: the report compares it with the ARR "
          + "measured from the revenue")
    }
    guard !isNear(claim, measured) else { return }
    let differing = rows.filter { !isNear($0.claim, $0.measured) }
    let unbilled = differing.filter { $0.measured == 0 }
    let top = differing.sorted {
      let (x, y) = (gap($0), gap($1))
      return x != y ? x > y : $0.line < $1.line
    }.prefix(3).map {
      "\($0.customer) (line \($0.line)): \(money($0.claim)) stated, \(money($0.measured)) measured"
    }
    let percent =
      measured > 0 ? (Double(claim - measured) / Double(measured) * 1000).rounded() / 10 : nil
    var text =
      "\(source) states \(money(claim)) of ARR for \(CountText.grouped(rows.count)) customers; "
      + "their revenue read gives \(money(measured)) at \(company.asOf)"
      + (percent.map { " (the column is \(abs($0))% " + ($0 > 0 ? "higher)" : "lower)") } ?? "")
      + ": \(CountText.grouped(differing.count)) customers differ"
    if !unbilled.isEmpty {
      let total = unbilled.reduce(Int64(0)) { Money.saturatingSum($0, $1.claim) }
      text +=
        ", \(CountText.grouped(unbilled.count)) of them billing nothing at \(company.asOf) "
        + "(\(money(total)) stated)"
    }
    text +=
      "; the most: " + top.joined(separator: "; ")
      + ". The headline is the revenue read; a contracted or booked figure the billing does not "
      + "show is not counted"
    company.log.addFinding(text, arrCents: gap(claim, measured))
  }

  /// The absolute gap between a row's claim and measured ARR.
  static func gap(_ r: Row) -> Int64 { gap(r.claim, r.measured) }
  static func gap(_ a: Int64, _ b: Int64) -> Int64 { a > b ? a &- b : b &- a }

  /// Whether the list's rows name at least 4 in 5 of the accounts billing at as-of (and 2 at
  /// least, or the only one): the list is the company's customers, so its total is a company
  /// figure, not a sample's.
  static func coversBilling(_ rows: [Row], list: [ImportedAccount], company: ImportedCompany)
    -> Bool
  {
    let last = company.monthCount - 1
    guard last >= 0 else { return false }
    let billing = company.accounts.indices.filter { company.mrr[company.cell($0, last)] > 0 }
    let named = Set(CustomerList.match(list, company.accounts).compactMap { $0 })
    let covered = billing.filter { named.contains($0) }.count
    return AnnualLabel.isMost(covered, of: billing.count)
  }
}
