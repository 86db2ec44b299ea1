import ARRCore

/// Credits carrying a service period that cancel no charge: one-off too (`docs/import.md`,
/// "Invoice ledger", "What a line is", rule 6; session 45, crm lane; trial 44, T44-8).
///
/// A service credit (`Credit note - SLA credit, November outage`, −20% of the month) dated with
/// the month it refunds was read by its period, netted into that month's MRR: a credit run for
/// the as-of month made the headline −20%, silently, and the bridge a contraction then an
/// expansion, while the same credit without a period was kept out and said (``OneOffCredits``).
/// A service period on a credit says which month it refunds, not that the price fell.
///
/// Decided: a credit read by its period (negative, untyped, no proration) is **one-off**, left
/// out of revenue and reported with its stake, unless it
/// - cancels a charge: it equals a charge of its account (a line, or a document's total) whose
///   period meets its own (a line removed, a downgrade, an invoice credited in full);
/// - repeats: a credit of the same amount in another month of its account (a lasting
///   discount);
/// - lasts: the account's recurring revenue in the month after the credit's period is lower
///   than in its last month by at least half the credit's monthly amount (the next invoices
///   stay at the lower price).
/// A Stripe proration (`Unused time on …`) is a plan change, netted. In the as-of month no next
/// invoice shows whether the price fell: the account's as-of MRR is a range whose low end
/// deducts the credit (``OneOffCredits/apply(_:file:currency:into:)``).
extension OneOffCredits {
  /// The indices of `entries` that are one-off credits with a service period (see the
  /// extension), given how each line is used.
  /// - Complexity: O(lines × months of their periods).
  static func withPeriods(_ entries: [LedgerEntry], uses: [LedgerImporter.Use]) -> [Int] {
    func isCredit(_ i: Int) -> Bool {
      let e = entries[i]
      return e.amount < 0 && e.period != nil && e.kind == nil && !e.isProration && !e.isDiscount
        && uses[i] == .period
    }
    let credits = entries.indices.filter(isCredit)
    guard !credits.isEmpty else { return [] }
    struct Key: Hashable {
      var account: Int
      var month: Month
    }
    struct Amount: Hashable {
      var account: Int
      var cents: Int64
    }
    let accounts = Set(credits.map { entries[$0].account })
    // Each account's recurring revenue by month (its positive lines read by their periods),
    // its charges by amount with their periods (lines, and documents' totals), and its credits'
    // months by amount.
    var monthly = [Key: Int64]()
    var charges = [Amount: [(start: CivilDate, end: CivilDate)]]()
    struct Document: Hashable {
      var account: Int
      var number: String
    }
    var documents = [Document: (cents: Int64, start: CivilDate, end: CivilDate, lines: Int)]()
    var creditMonths = [Amount: Set<Month>]()
    // Each account's charges (date and period), and the documents holding one.
    var periods = [Int: [(date: CivilDate, start: CivilDate, end: CivilDate)]]()
    var chargeDocuments = Set<Document>()
    for (i, e) in entries.enumerated() where accounts.contains(e.account) {
      if isCredit(i) {
        let months = creditMonths[Amount(account: e.account, cents: e.amount), default: []]
        creditMonths[Amount(account: e.account, cents: e.amount)] = months.union([
          e.period!.start.month
        ])
      }
      guard e.amount > 0, uses[i] == .period, let (start, end) = e.period else { continue }
      charges[Amount(account: e.account, cents: e.amount), default: []].append((start, end))
      periods[e.account, default: []].append((e.date, start, end))
      if !e.document.isEmpty {
        chargeDocuments.insert(Document(account: e.account, number: e.document))
        let d = Document(account: e.account, number: e.document)
        let sum = documents[d] ?? (0, start, end, 0)
        documents[d] = (
          sum.cents &+ e.amount, min(sum.start, start), max(sum.end, end), sum.lines + 1
        )
      }
      if let p = ServicePeriod.spread(e.amount, from: start, through: end) {
        for (k, share) in p.shares.enumerated() {
          monthly[Key(account: e.account, month: p.firstMonth.adding(months: k)), default: 0] &+=
            share
        }
      }
    }
    for (d, sum) in documents where sum.lines > 1 {
      charges[Amount(account: d.account, cents: sum.cents), default: []].append(
        (sum.start, sum.end))
    }
    // The last month a charge's service starts in: past it no next invoice is in the file.
    let lastMonth = entries.indices.compactMap { i -> Month? in
      entries[i].amount > 0 && uses[i] == .period ? entries[i].period?.start.month : nil
    }.max()
    return credits.filter { i in
      let e = entries[i]
      let (start, end) = e.period!
      let cancels = (charges[Amount(account: e.account, cents: 0 &- e.amount)] ?? []).contains {
        $0.start <= end && $0.end >= start
      }
      guard !cancels,
        (creditMonths[Amount(account: e.account, cents: e.amount)]?.count ?? 0) < 2
      else { return false }
      // Part of an invoice's price (a discount line): on a document holding a charge of its
      // account, or, without documents, dated and periodised as one of its charges.
      let own = periods[e.account] ?? []
      if e.document.isEmpty {
        if own.contains(where: { $0.date == e.date && $0.start == start && $0.end == end }) {
          return false
        }
      } else if chargeDocuments.contains(Document(account: e.account, number: e.document)) {
        return false
      }
      // The rest of a term refunded (a downgrade): its period ends with a charge's running
      // over more than a month and started before it.
      if own.contains(where: {
        $0.end == end && $0.start < start && $0.end.month > $0.start.month
      }) {
        return false
      }
      // Lasting: the month after the credit's period bills less by half the credit's monthly
      // amount or more.
      let last = end.month
      let next = last.adding(months: 1)
      guard let lastMonth, next <= lastMonth else { return true }
      let months = Int64(max(1, last.months(since: start.month) + 1))
      let perMonth = (0 &- e.amount) / months
      let before = monthly[Key(account: e.account, month: last)] ?? 0
      let after = monthly[Key(account: e.account, month: next)] ?? 0
      return before &- after < perMonth / 2
    }
  }
}
