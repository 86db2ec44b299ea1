import ARRCore

/// A customer list's ARR column (`Contracted ARR`, `ARR`) read as what the company states of
/// each customer, compared with the ARR measured from the revenue files (`docs/import.md`,
/// "A list's ARR column as a claim"; trial 41, T41-16: a CRM list said $600,000 of contracted
/// ARR beside billings worth $420,000 a year, and nothing said so).
///
/// Decided (session 43, then its review, V6–V17):
/// - a list row with an amount is a claim, but for a totals row (`Total`); the claims of rows
///   joining one account are summed (a list of contracts), and compared with that account's MRR
///   at the as-of month × 12, once;
/// - a row joining no account is not compared (a name the join missed is no revenue gap): its
///   rows are counted and their ARR stated; when fewer than 4 in 5 claim rows join, nothing is
///   compared (the join's note speaks);
/// - a row whose account bills nothing at as-of is no claim when its status says the customer
///   has left, paused, is in trial or not started, or its end or cancel date is on or before the
///   as-of month's last day: counted in a note;
/// - when most compared accounts (4 in 5) are 12 or 1,000 times apart either way, the column
///   and the revenue are in different units: a finding says so (unless the cube's unit check
///   did), and nothing is compared;
/// - the claim total and the measured total of the same accounts differing by more than 1% is
///   a finding, with the gap as its stake, naming the accounts that differ most;
/// - when the accounts claimed hold at least 4 in 5 of the accounts billing at as-of and of
///   their MRR, and no summary tab gave a claim, the column's total is the company's reported
///   ARR, so that the report's claim-vs-measured section compares it with the headline.
enum ListARRClaim {
  /// One account's claims compared (or one row that joins no account).
  struct Row: Sendable, Equatable {
    /// The customer as the list writes it (its first row's).
    var customer: String
    /// The list rows' lines.
    var lines: [Int]
    var claim: Int64
    var measured: Int64
    /// The account's index, `nil` for a row joining none.
    var account: Int?
  }

  /// The column read against a company.
  struct Reading: Sendable, Equatable {
    /// One per account claimed, in the list's order.
    var compared: [Row] = []
    /// Rows joining no account.
    var unmatched: [Row] = []
    /// Rows of accounts billing nothing whose status or end says the customer is not paying.
    var notPaying: [Row] = []
  }

  /// The rows of `column` (read from `list`) against `company` at its as-of month.
  /// - Complexity: O(list rows + accounts).
  static func read(
    _ column: ListAnnualColumn, list: [ImportedAccount], company: ImportedCompany
  ) -> Reading {
    let last = company.monthCount - 1
    let lastDay = CivilDate.lastDay(of: company.asOf)
    var out = Reading()
    var slot = [Int: Int]()
    for (entry, match) in zip(list, CustomerList.match(list, company.accounts)) {
      guard let claim = column.byLine[entry.source.line], last >= 0,
        !MonthlyTableReader.isTotals(entry.name ?? entry.id),
        !MonthlyTableReader.isTotals(entry.id)
      else { continue }
      let line = entry.source.line
      let customer = entry.name ?? entry.id
      guard let a = match else {
        out.unmatched.append(
          Row(customer: customer, lines: [line], claim: claim, measured: 0, account: nil))
        continue
      }
      let (v, o) = company.mrr[company.cell(a, last)].multipliedReportingOverflow(by: 12)
      let measured = o ? .max : max(0, v)
      if measured == 0 && isNotPaying(entry, lastDay: lastDay) {
        out.notPaying.append(
          Row(customer: customer, lines: [line], claim: claim, measured: 0, account: a))
        continue
      }
      if let i = slot[a] {
        out.compared[i].claim = Money.saturatingSum(out.compared[i].claim, claim)
        out.compared[i].lines.append(line)
      } else {
        slot[a] = out.compared.count
        out.compared.append(
          Row(customer: customer, lines: [line], claim: claim, measured: measured, account: a))
      }
    }
    return out
  }

  /// Whether a list row of an account billing nothing says the customer is not paying: a
  /// status of leaving or gone (any word of it: `Former Customer`, `Churned - Q3`), paused, in
  /// trial or not started, or an end or cancel date on or before `lastDay`.
  static func isNotPaying(_ entry: ImportedAccount, lastDay: CivilDate) -> Bool {
    if let status = entry.status?.text {
      let words = CubeLayout.normalized(status).split(whereSeparator: { !$0.isLetter })
      if words.contains(where: { goneWords.contains(String($0)) })
        || SubscriptionStatusCheck.saysPaused(status) || SubscriptionStatusCheck.saysTrial(status)
        || SubscriptionStatusCheck.saysNotStarted(status)
      {
        return true
      }
    }
    return [entry.cancelDate, entry.contractEndDate].contains { $0.map { $0 <= lastDay } ?? false }
  }

  /// Words of a status saying the customer has left or is leaving.
  static let goneWords: Set<String> = SubscriptionStatusCheck.ended.union([
    "churn", "cancel", "cancellation", "former", "lost", "ex", "lapsed", "deactivated",
    "offboarded", "nonrenewing", "notice",
  ])

  /// Whether `a` and `b` agree: within 1% of the larger or one currency unit.
  static func isNear(_ a: Int64, _ b: Int64) -> Bool {
    gap(a, b) <= max(100, max(a, b) / 100)
  }

  /// The factor (12 or 1,000) most compared accounts are apart by, and whether the column is
  /// the larger; `nil` when they are not (4 in 5 of those with both amounts).
  static func unitMismatch(_ rows: [Row]) -> (factor: Int64, isColumnLarger: Bool)? {
    let both = rows.filter { $0.claim > 0 && $0.measured > 0 }
    for factor: Int64 in [12, 1_000] {
      for isColumnLarger in [true, false] {
        let apart = both.filter {
          let (small, large) = isColumnLarger ? ($0.measured, $0.claim) : ($0.claim, $0.measured)
          let (v, o) = small.multipliedReportingOverflow(by: factor)
          return !o && isNear(v, large)
        }
        if AnnualLabel.isMost(apart.count, of: both.count) { return (factor, isColumnLarger) }
      }
    }
    return nil
  }

  /// Compares `column` with `company` and appends the notes and finding, and sets the reported
  /// ARR, as the type's rules say.
  /// - Complexity: O(list rows × log(list rows) + accounts).
  static func apply(
    _ column: ListAnnualColumn, list: [ImportedAccount], to company: inout ImportedCompany
  ) {
    let reading = read(column, list: list, company: company)
    let rows = reading.compared
    let claimRows = rows.reduce(0) { $0 + $1.lines.count } + reading.unmatched.count
    guard !rows.isEmpty, AnnualLabel.isMost(claimRows - reading.unmatched.count, of: claimRows)
    else { return }
    let currency = company.log.currency
    func money(_ cents: Int64) -> String {
      Money.text(cents: cents, currency: currency, wholeUnits: true)
    }
    let source = "\(column.file)'s column \"\(column.header)\" (line \(column.line))"
    if let (factor, isLarger) = unitMismatch(rows) {
      // The cube's unit check (``ListAnnualColumn/Check``) may have said it already.
      guard !company.log.findings.contains(where: { $0.contains("\"\(column.header)\"") }) else {
        return
      }
      let both = rows.filter { $0.claim > 0 && $0.measured > 0 }.count
      company.log.addFinding(
        "\(source) is "
          + (isLarger ? "\(CountText.grouped(Int(factor))) times" : "1/\(factor) of")
          + " the ARR the revenue gives on most of the "
          + "\(Counted.phrase(both, "customer")) compared: the column is in another unit ("
          + (factor == 12 ? (isLarger ? "ARR of MRR cells?" : "monthly amounts?") : "thousands?")
          + "), or the revenue is read in the wrong one; it is not compared as the company's "
          + "ARR")
      return
    }
    if !reading.notPaying.isEmpty {
      company.log.notes.append(
        "\(source): \(Counted.phrase(reading.notPaying.count, "row")) for customers billing "
          + "nothing at \(company.asOf) whose status or end date says they left, paused, are in "
          + "trial or have not started (\(money(total(reading.notPaying, \.claim))) stated) "
          + "\(reading.notPaying.count == 1 ? "is" : "are") not compared")
    }
    let claim = total(rows, \.claim)
    let measured = total(rows, \.measured)
    let unmatched = total(reading.unmatched, \.claim)
    let stated = Money.saturatingSum(claim, unmatched)
    if company.reportedARR == nil && coversBilling(rows, company: company) {
      company.reportedARR = stated
      company.log.notes.append(
        "\(source) is read as the company's reported ARR, \(money(stated)) over "
          + "\(Counted.phrase(rows.count + reading.unmatched.count, "customer")): the report "
          + "compares it with the ARR measured from the revenue")
    }
    guard !isNear(claim, measured) || unmatched > 0 else { return }
    company.log.addFinding(
      finding(
        source: source, rows: rows, claim: claim, measured: measured,
        unmatched: reading.unmatched, asOf: company.asOf, money: money),
      arrCents: Money.saturatingSum(gap(claim, measured), unmatched))
  }

  /// The finding's text: the totals, the accounts that differ, the most, the rows not joined.
  static func finding(
    source: String, rows: [Row], claim: Int64, measured: Int64, unmatched: [Row], asOf: Month,
    money: (Int64) -> String
  ) -> String {
    let lines = rows.reduce(0) { $0 + $1.lines.count }
    let differing = rows.filter { !isNear($0.claim, $0.measured) }
    let unbilled = differing.filter { $0.measured == 0 }
    let top = differing.sorted {
      let (x, y) = (gap($0.claim, $0.measured), gap($1.claim, $1.measured))
      return x != y ? x > y : $0.lines[0] < $1.lines[0]
    }.prefix(3).map {
      "\($0.customer) (\($0.lines.count == 1 ? "line" : "lines") "
        + $0.lines.map(String.init).joined(separator: ", ")
        + "): \(money($0.claim)) stated, \(money($0.measured)) measured"
    }
    let percent =
      measured > 0 ? (Double(claim - measured) / Double(measured) * 1000).rounded() / 10 : nil
    var text =
      "\(source) states \(money(claim)) of ARR for \(Counted.phrase(rows.count, "customer"))"
      + (lines > rows.count ? " (\(CountText.grouped(lines)) rows)" : "")
      + "; their revenue read gives \(money(measured)) at \(asOf)"
    if !differing.isEmpty {
      text +=
        (percent.map { " (the column is \(abs($0))% " + ($0 > 0 ? "higher)" : "lower)") } ?? "")
        + ": \(Counted.phrase(differing.count, "customer", verb: ("differs", "differ")))"
    }
    if !unbilled.isEmpty {
      text +=
        ", \(CountText.grouped(unbilled.count)) of them billing nothing at \(asOf) "
        + "(\(money(total(unbilled, \.claim))) stated)"
    }
    if !top.isEmpty { text += "; the most: " + top.joined(separator: "; ") }
    if !unmatched.isEmpty {
      let names = unmatched.prefix(3).map { "\($0.customer) (line \($0.lines[0]))" }
      text +=
        "; \(Counted.phrase(unmatched.count, "row", verb: ("names", "name"))) no account of the "
        + "revenue, \(money(total(unmatched, \.claim))) stated (" + names.joined(separator: ", ")
        + (unmatched.count > 3 ? ", …" : "") + "): customers not billed, or names the join "
        + "missed"
    }
    return text
      + ". The headline is the revenue read; a contracted or booked figure the billing does not "
      + "show is not counted"
  }

  /// The saturating sum of one amount of `rows`.
  static func total(_ rows: [Row], _ value: KeyPath<Row, Int64>) -> Int64 {
    rows.reduce(0) { Money.saturatingSum($0, $1[keyPath: value]) }
  }

  static func gap(_ a: Int64, _ b: Int64) -> Int64 { a > b ? a &- b : b &- a }

  /// Whether the accounts claimed hold at least 4 in 5 of the accounts billing at as-of (and 2
  /// at least, or the only one) and of their MRR: the list is the company's customers, so its
  /// total is a company figure, not a sample's.
  static func coversBilling(_ rows: [Row], company: ImportedCompany) -> Bool {
    let last = company.monthCount - 1
    guard last >= 0 else { return false }
    let claimed = Set(rows.compactMap(\.account))
    var (billing, covered) = (0, 0)
    var (mrr, coveredMRR): (Int64, Int64) = (0, 0)
    for a in company.accounts.indices {
      let m = company.mrr[company.cell(a, last)]
      guard m > 0 else { continue }
      billing += 1
      mrr = Money.saturatingSum(mrr, m)
      if claimed.contains(a) {
        covered += 1
        coveredMRR = Money.saturatingSum(coveredMRR, m)
      }
    }
    return AnnualLabel.isMost(covered, of: billing) && coveredMRR / 4 >= (mrr - coveredMRR)
  }
}
