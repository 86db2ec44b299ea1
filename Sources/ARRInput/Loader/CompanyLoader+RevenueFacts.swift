import ARRCore

extension CompanyLoader {
  /// What ``revenueFacts(_:revenue:first:asOf:isEarlierView:currency:parallelFrom:)`` found, for its notes.
  struct RevenueFacts: Sendable {
    /// Accounts whose `start_date` was inferred from their first paid month, and of them those
    /// with no revenue in the data.
    var inferred = 0
    var inferredWithoutRevenue = 0
    /// Accounts whose `start_date` was after their first paid month: the account, its start as
    /// read and that month; the MRR they carry in the as-of month.
    var startsAfterRevenue: [(index: Int, start: CivilDate, first: Month)] = []
    var startsAfterRevenueMRR: Int64 = 0
    var isStartsAfterRevenueMRROverflow = false
    /// Accounts started by the as-of month, not in trial, with no MRR in any month.
    var withoutRevenue: [Int] = []
  }

  /// The account facts read from each account's first month with MRR > 0, in one pass over
  /// the accounts and their rows of the matrix, each row read up to that month. Per account, in
  /// this order (each rule reads the start the one before left):
  /// 1. An account without a `start_date` gets the first day of its first paid month (marked
  ///    inferred), or, when it has none within the data, the first day of the month after the
  ///    as-of month: not started, as far as the data shows.
  /// 2. An account whose `start_date` falls in a month after its first paid month gets that
  ///    month's first day (marked inferred), since an account cannot pay before it starts: its
  ///    tenure is read from the revenue, not from a date the revenue contradicts. The rule of
  ///    the importer (``RevenueContradictions/startsAfterRevenue(_:)``), for a company folder
  ///    (trial 37, T37-15: three accounts paying $300 a month for 15 months, start_date
  ///    2027-02-01, four months after the as-of month, were scored "new account (under 1 month
  ///    of tenure)", silently). A start later in the first paid month is no conflict; one-time
  ///    revenue before the start (a setup fee) is none either.
  /// 3. An account started by the as-of month, not in trial, with no MRR in any month is
  ///    named (``withoutRevenueNote(_:_:asOf:isEarlierView:)``).
  ///
  /// (Session 39: three passes, the last two reading every row again cell by cell through
  /// ``RevenueMatrix/mrr(account:month:)``, took ~60 ms of CPU at a million accounts, most of
  /// the full analysis's regression between sessions 37 and 38.)
  /// The accounts are read in account ranges on every core (session 41: the pass ran on one
  /// thread while the other core idled), each range changing only its own accounts; the ranges'
  /// facts are joined in account order, and the MRR of the accounts rule 2 moved is added
  /// afterwards in that order, as the one-thread pass added it.
  /// - Parameter threshold: Accounts from which the pass is split into account ranges
  ///   (``Concurrent/ranges(_:parallelFrom:)``); tests pass 1 to split a few accounts.
  /// - Returns: The notes of the three rules, in that order.
  /// - Complexity: O(accounts × months) at worst.
  static func revenueFacts(
    _ list: inout [Account], revenue: RevenueMatrix, first: Month, asOf: Month,
    isEarlierView: Bool, currency: String,
    parallelFrom threshold: Int = Concurrent.minimumParallelCells
  ) -> [String] {
    let months = revenue.monthCount
    let lastDay = CivilDate.lastDay(of: asOf)
    // The first day of the month after each month of the data: a start in a month after the
    // paid month `m` is on or after `after[m]` (a compare of days, where reading the start's
    // month converted every paying account's date to its year and month).
    let after = (0..<max(months, 1)).map { CivilDate.firstDay(of: first.adding(months: $0 + 1)) }
    let ranges = Concurrent.ranges(list.count, parallelFrom: threshold)
    let parts = list.withUnsafeMutableBufferPointer { buffer in
      let accounts = SharedBuffer(buffer)
      return Concurrent.map(ranges) { _, range in
        revenue.withStorage { storage in
          func pass<Cell: FixedWidthInteger>(_ cells: UnsafeBufferPointer<Cell>) -> RevenueFacts {
            Self.rangeFacts(
              of: accounts, in: range, cells: cells, rowStride: storage.rowStride, months: months,
              first: first, after: after, lastDay: lastDay)
          }
          switch storage.mrr {
          case .compact(let cells): return pass(cells)
          case .wide(let cells): return pass(cells)
          }
        }
      }
    }
    var facts = RevenueFacts()
    for part in parts {
      facts.inferred += part.inferred
      facts.inferredWithoutRevenue += part.inferredWithoutRevenue
      facts.startsAfterRevenue += part.startsAfterRevenue
      facts.withoutRevenue += part.withoutRevenue
    }
    for e in facts.startsAfterRevenue {
      let (sum, o) = facts.startsAfterRevenueMRR.addingReportingOverflow(
        revenue.mrr(account: e.index, month: months - 1))
      if o {
        facts.isStartsAfterRevenueMRROverflow = true
      } else {
        facts.startsAfterRevenueMRR = sum
      }
    }
    return inferredNote(facts)
      + startsAfterRevenueNote(list, facts, asOf: asOf, currency: currency)
      + withoutRevenueNote(list, facts.withoutRevenue, asOf: asOf, isEarlierView: isEarlierView)
  }

  /// The three rules of ``revenueFacts(_:revenue:first:asOf:isEarlierView:currency:parallelFrom:)``
  /// for the accounts of `range`, each row read up to its first paid month; all but the MRR of
  /// the starts moved, added by the caller.
  private static func rangeFacts<Cell: FixedWidthInteger>(
    of list: SharedBuffer<Account>, in range: Range<Int>, cells: UnsafeBufferPointer<Cell>,
    rowStride: Int, months: Int, first: Month, after: [CivilDate], lastDay: CivilDate
  ) -> RevenueFacts {
    var facts = RevenueFacts()
    // `nil` only without cells (no account, or no month): every account then reads unpaid.
    let base = cells.baseAddress
    // As stored properties, through the buffer: the dynamic member copies the whole account to
    // read a field.
    let accounts = list.base
    for i in range {
      let row = base.map { $0 + i &* rowStride }
      var m = 0
      if let row {
        while m < months && row[m] <= 0 { m &+= 1 }
      } else {
        m = months
      }
      let isPaid = m < months
      if accounts[i].terms.inferred.contains(.startDate) {
        if accounts[i].terms.startDate.daysSinceEpoch == 0 {
          facts.inferred += 1
          if !isPaid { facts.inferredWithoutRevenue += 1 }
          accounts[i].terms.startDate = CivilDate.firstDay(of: first.adding(months: m))
        }
      } else if isPaid, accounts[i].terms.startDate >= after[m] {
        let paid = first.adding(months: m)
        facts.startsAfterRevenue.append((i, accounts[i].terms.startDate, paid))
        accounts[i].terms.startDate = CivilDate.firstDay(of: paid)
        accounts[i].terms.inferred.insert(.startDate)
      }
      if !isPaid, accounts[i].terms.trialStatus == .none, accounts[i].terms.startDate <= lastDay {
        facts.withoutRevenue.append(i)
      }
    }
    return facts
  }

  /// The note of rule 1 of ``revenueFacts(_:revenue:first:asOf:isEarlierView:currency:parallelFrom:)``:
  /// how many starts were inferred, if any.
  static func inferredNote(_ facts: RevenueFacts) -> [String] {
    let inferred = facts.inferred
    guard inferred > 0 else { return [] }
    var note =
      "start_date inferred for \(inferred) account\(inferred == 1 ? "" : "s") as the first month "
      + "with revenue"
    if facts.inferredWithoutRevenue > 0 {
      note += "; \(facts.inferredWithoutRevenue) with no revenue in the data count as not started"
    }
    return [note]
  }

  /// The note of rule 2 of ``revenueFacts(_:revenue:first:asOf:isEarlierView:currency:parallelFrom:)``:
  /// the accounts (the first three), both dates of the first, and the ARR (12 × as-of MRR)
  /// they carry; none when no start is contradicted.
  static func startsAfterRevenueNote(
    _ list: [Account], _ facts: RevenueFacts, asOf: Month, currency: String
  ) -> [String] {
    let found = facts.startsAfterRevenue
    guard let e = found.first else { return [] }
    let n = found.count
    let arr = facts.startsAfterRevenueMRR.multipliedReportingOverflow(by: 12)
    let others = found.dropFirst().prefix(2).map { list[$0.index].id }
    let also =
      others.isEmpty
      ? ""
      : "; also \(others.joined(separator: ", "))\(n > 3 ? ", … (\(CountText.grouped(n)) in all)" : "")"
    let money =
      facts.isStartsAfterRevenueMRROverflow || arr.overflow
      ? "their ARR" : Money.text(cents: arr.partialValue, currency: currency)
    return [
      "start_date after the first month of revenue for \(Counted.phrase(n, "account")) "
        + "(\(list[e.index].id): start_date \(e.start), MRR from \(e.first)\(also)): an account "
        + "cannot pay before it starts, so tenure is read from the first month of revenue "
        + "(start_date marked inferred); \(money) of ARR in \(asOf). "
        + "A renewal or re-signing date in the start_date column?"
    ]
  }

  /// Accounts in `accounts.csv` with no MRR in any month of `monthly.csv` through the as-of
  /// month (no row, or rows of 0), other than trials and accounts not started by then (trial
  /// 37, T37-24: an annual customer "since 2026-01-01" with no row at all was counted "never
  /// paid recurring revenue", silently). Usually two exports that do not cover the same
  /// customers, or ids that differ between the files: said, with what the terms claim; no
  /// figure changes. In an earlier view (`--as-of`) only the months through it are read.
  /// - Parameter found: Those accounts' indices, in order (rule 3 of
  ///   ``revenueFacts(_:revenue:first:asOf:isEarlierView:currency:parallelFrom:)``).
  /// - Returns: A note naming the first three with their contract type and start; none when
  ///   every such account paid.
  static func withoutRevenueNote(
    _ list: [Account], _ found: [Int], asOf: Month, isEarlierView: Bool
  ) -> [String] {
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
