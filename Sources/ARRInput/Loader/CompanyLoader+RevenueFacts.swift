import ARRCore

extension CompanyLoader {
  /// Gives an account whose `start_date` falls in a month after its first month with MRR > 0
  /// that month's first day as its start (marked inferred), since an account cannot pay before
  /// it starts: its tenure is read from the revenue, not from a date the revenue contradicts.
  /// The rule of the importer (``RevenueContradictions/startsAfterRevenue(_:)``), for a company
  /// folder (trial 37, T37-15: three accounts paying $300 a month for 15 months, start_date
  /// 2027-02-01, four months after the as-of month, were scored "new account (under 1 month of
  /// tenure)", silently). A start later in the first paid month is no conflict; one-time
  /// revenue before the start (a setup fee) is none either.
  /// - Returns: A note naming the accounts (the first three), both dates of the first, and the
  ///   ARR (12 × as-of MRR) they carry; none when no start is contradicted.
  /// - Complexity: O(accounts × months) at worst.
  static func startsAfterRevenue(
    _ list: inout [Account], revenue: RevenueMatrix, first: Month, currency: String
  ) -> [String] {
    let months = revenue.monthCount
    var found: [(index: Int, start: CivilDate, first: Month)] = []
    var mrr: Int64 = 0
    var isOverflow = false
    list.withUnsafeMutableBufferPointer { accounts in
      for i in accounts.indices where !accounts[i].terms.inferred.contains(.startDate) {
        let start = accounts[i].terms.startDate
        guard let m = (0..<months).first(where: { revenue.mrr(account: i, month: $0) > 0 })
        else { continue }
        let paid = first.adding(months: m)
        guard paid < start.month else { continue }
        found.append((i, start, paid))
        accounts[i].terms.startDate = CivilDate.firstDay(of: paid)
        accounts[i].terms.inferred.insert(.startDate)
        let (sum, o) = mrr.addingReportingOverflow(revenue.mrr(account: i, month: months - 1))
        if o { isOverflow = true } else { mrr = sum }
      }
    }
    guard let e = found.first else { return [] }
    let n = found.count
    let arr = mrr.multipliedReportingOverflow(by: 12)
    let others = found.dropFirst().prefix(2).map { list[$0.index].id }
    let also =
      others.isEmpty
      ? ""
      : "; also \(others.joined(separator: ", "))\(n > 3 ? ", … (\(CountText.grouped(n)) in all)" : "")"
    let money =
      isOverflow || arr.overflow
      ? "their ARR" : Money.text(cents: arr.partialValue, currency: currency)
    return [
      "start_date after the first month of revenue for \(Counted.phrase(n, "account")) "
        + "(\(list[e.index].id): start_date \(e.start), MRR from \(e.first)\(also)): an account "
        + "cannot pay before it starts, so tenure is read from the first month of revenue "
        + "(start_date marked inferred); \(money) of ARR in \(first.adding(months: months - 1)). "
        + "A renewal or re-signing date in the start_date column?"
    ]
  }

  /// Accounts in `accounts.csv` with no MRR in any month of `monthly.csv` through the as-of
  /// month (no row, or rows of 0), other than trials and accounts not started by then (trial
  /// 37, T37-24: an annual customer "since 2026-01-01" with no row at all was counted "never
  /// paid recurring revenue", silently). Usually two exports that do not cover the same
  /// customers, or ids that differ between the files: said, with what the terms claim; no
  /// figure changes. In an earlier view (`--as-of`) only the months through it are read.
  /// - Returns: A note naming the first three with their contract type and start; none when
  ///   every such account paid.
  /// - Complexity: O(accounts × months) at worst.
  static func withoutRevenue(
    _ list: [Account], revenue: RevenueMatrix, asOf: Month, isEarlierView: Bool
  ) -> [String] {
    let months = revenue.monthCount
    let lastDay = CivilDate.lastDay(of: asOf)
    var found: [Int] = []
    list.withUnsafeBufferPointer { accounts in
      for i in accounts.indices {
        let t = accounts[i].terms
        guard t.trialStatus == .none, t.startDate <= lastDay,
          !(0..<months).contains(where: { revenue.mrr(account: i, month: $0) > 0 })
        else { continue }
        found.append(i)
      }
    }
    guard !found.isEmpty else { return [] }
    let n = found.count
    let shown = found.prefix(3).map { i -> String in
      let t = list[i].terms
      return "\(list[i].id) (\(t.contractType.rawValue), since \(t.startDate))"
    }.joined(separator: ", ")
    let more = n > 3 ? ", … (\(CountText.grouped(n)) in all)" : ""
    let through = isEarlierView ? " through \(asOf)" : ""
    return [
      "\(Counted.phrase(n, "account")) in accounts.csv, started by \(asOf) and not in trial, "
        + "\(n == 1 ? "has" : "have") no recurring revenue in monthly.csv\(through) (no row, or "
        + "rows of 0): \(shown)\(more); counted as never paid. Ids that differ between the "
        + "files, or an export that misses customers? No figure counts them either way"
    ]
  }
}
