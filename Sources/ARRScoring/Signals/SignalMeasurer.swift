import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Measures every signal of every account of a company at one month, reading only that month
/// and earlier and the account facts known then (``Account/known(atEndOf:dataAsOf:)``).
///
/// Values go into a caller's buffer of ``width`` doubles: the built-in signals in ``Signal``
/// order, then each activity column's ``ActivitySignals`` level and trend; `.nan` marks a signal
/// that is unavailable for the company or unknown / not applicable for the account.
struct SignalMeasurer: Sendable {
  let company: Company
  /// Column of the month measured at.
  let column: Int
  let month: Month
  let cutoff: CivilDate
  /// The cutoff account facts are rolled back to: ``cutoff`` before the data's end, `nil` at it.
  let rollBackCutoff: CivilDate?
  /// Per signal: measurable for this company at this month.
  let available: [Bool]
  /// Names of the company's activity columns, whose signals follow the built-in ones.
  let activityNames: [String]
  /// Their UTF-8 bytes, for the reasons' words (``ReasonText/append(bytes:)``).
  let activityNameBytes: [[UInt8]]
  /// Values per account: ``Signal/count`` plus two per activity column.
  let width: Int
  /// The nine contract and billing signals (``termSignals``, then `unknownTerms`) of every
  /// contract type and billing cadence, availability applied (``termTable(available:)``).
  let termTable: [Double]
  /// The typical account's MRR at the month measured at, cents: the geometric mean MRR of the
  /// accounts paying then (0 when none does), which ``Signal/smallAccount`` compares each
  /// account's with (``typicalMRR(of:column:)``).
  let typicalMRR: Double

  /// - Parameters:
  ///   - company: The company (its data may run past `column`; nothing after it is read).
  ///   - column: The month measured at, as a column of the revenue matrix.
  init(company: Company, column: Int) {
    self.company = company
    self.column = column
    self.month = company.month(at: column)
    self.cutoff = CivilDate.lastDay(of: month)
    self.rollBackCutoff = month < company.asOf ? cutoff : nil
    var columns = company.accountColumns
    if month < company.asOf { columns.subtract(AccountColumn.snapshotColumns) }
    let hasUsage = company.hasUsage
    let available = Signal.allCases.map { $0.isAvailable(columns: columns, hasUsage: hasUsage) }
    self.available = available
    self.activityNames = company.activityColumns.map(\.name)
    self.activityNameBytes = company.activityColumns.map { Array($0.name.utf8) }
    self.width = Signal.count + 2 * company.activityColumns.count
    self.termTable = Self.termTable(available: available)
    self.typicalMRR = Self.typicalMRR(of: company, column: column)
  }

  /// The geometric mean MRR of the accounts paying at `column`, cents: `exp(Σ ln m ÷ n)` over
  /// the n accounts with MRR m > 0 there; 0 when none pays. A log-scale centre, so that a few
  /// very large accounts do not make every other account look small.
  /// - Complexity: O(accounts), on every core (fixed account ranges, sums added in range
  ///   order, so the figure is the same on every machine).
  static func typicalMRR(of company: Company, column: Int) -> Double {
    guard company.accountCount > 0, column >= 0, column < company.monthCount else { return 0 }
    let ranges = Concurrent.ranges(accounts: company.accountCount, cellsPerAccount: 1)
    let parts = Concurrent.map(ranges) { _, range -> (sum: Double, count: Int) in
      company.revenue.withStorage { storage in
        var sum = 0.0
        var count = 0
        for a in range {
          let m = storage.mrr[a &* storage.rowStride &+ column]
          guard m > 0 else { continue }
          sum += log(Double(m))
          count += 1
        }
        return (sum, count)
      }
    }
    let count = parts.reduce(0) { $0 + $1.count }
    guard count > 0 else { return 0 }
    return exp(parts.reduce(0.0) { $0 + $1.sum } / Double(count))
  }

  /// Keys of the custom activity signals, in the order they follow the built-in ones.
  var customKeys: [String] { activityNames.flatMap { ActivitySignals.keys(of: $0) } }

  /// The eight contract and billing signals, `monthToMonth` through `billedUpfront`.
  static let termSignals: [Signal] = Array(Signal.allCases[0..<8])

  /// Keys of the signals unavailable for this company at this month, in signal order.
  var unavailableKeys: [String] {
    Signal.allCases.filter { !available[$0.rawValue] }.map(\.key)
  }

  /// The account's terms as known at the month measured at.
  func facts(_ account: Int) -> Account.Terms {
    company.withAccountRows { $0.terms(account, rolledBackTo: rollBackCutoff) }
  }

  /// The company's storage, borrowed for one pass over its accounts: reading an account
  /// through a pointer copies only the fields read, where `company.accounts[i]` copies the
  /// whole account (its name's and its id's reference counting, on every core at once).
  struct Rows {
    let accounts: Company.AccountRows
    /// Revenue cells: account `a`'s month `m` at `a * rowStride + m` (an earlier view of the
    /// company shares the full matrix's storage; ``RevenueMatrix/withStorage(_:)``).
    let mrr: CellBuffer
    let usage: CellBuffer?
    let rowStride: Int
    /// One buffer per activity column: account `a`'s month `m` at `a * activityStrides[k] + m`
    /// (an earlier view's columns share the full columns' cells), `Float` or compact.
    let activity: [ActivityCells]
    let activityStrides: [Int]
  }

  /// Runs `body` with the company's storage borrowed as ``Rows``.
  func withRows<R>(_ body: (Rows) -> R) -> R {
    withActivity(from: 0, borrowed: [], strides: []) { activity, strides in
      company.withAccountRows { accounts in
        company.revenue.withStorage { cells in
          body(
            Rows(
              accounts: accounts, mrr: cells.mrr, usage: cells.usage, rowStride: cells.rowStride,
              activity: activity, activityStrides: strides))
        }
      }
    }
  }

  /// Borrows the activity columns from `k` on, one nested borrow each, then runs `body`.
  private func withActivity<R>(
    from k: Int, borrowed: [ActivityCells], strides: [Int],
    _ body: ([ActivityCells], [Int]) -> R
  ) -> R {
    guard k < company.activityColumns.count else { return body(borrowed, strides) }
    return company.activityColumns[k].withCells(monthCount: company.monthCount) {
      withActivity(from: k + 1, borrowed: borrowed + [$0], strides: strides + [$1], body)
    }
  }

  /// What ``measure(_:in:into:parts:)`` reads beyond the account's facts, which it always
  /// reads.
  struct Parts {
    /// The revenue and usage rows: the five revenue signals.
    var revenue: Bool
    /// The activity columns whose level and trend are read: column `k` when bit `k` is set
    /// (columns from 64 on only with ``all``).
    var activity: UInt64

    /// Every signal.
    static let all = Parts(revenue: true, activity: .max)

    func readsActivity(_ k: Int) -> Bool {
      activity == .max || (k < 64 && (activity >> UInt64(k)) & 1 != 0)
    }
  }

  /// Writes every signal of `account` into `out` (``width`` values, `.nan` = none), or, with
  /// `parts`, the fact signals and those parts' (the others are left as they are).
  /// - Parameters:
  ///   - account: Account index.
  ///   - rows: The company's storage (``withRows(_:)``).
  ///   - out: Destination.
  ///   - parts: What to read beyond the facts; all of it unless told.
  /// - Complexity: O(months), reading at most the account's row up to ``column``.
  func measure(
    _ account: Int, in rows: Rows, into out: UnsafeMutableBufferPointer<Double>,
    parts: Parts = .all
  ) {
    let a = rows.accounts.terms(account, rolledBackTo: rollBackCutoff)
    let base = account &* rows.rowStride
    let nan = Double.nan
    func set(_ s: Signal, _ v: Double?) {
      out[s.rawValue] = available[s.rawValue] ? (v ?? nan) : nan
    }
    // The eight contract and billing signals are the first eight cases; read, with
    // `unknownTerms`, from the table of the account's type and cadence.
    termTable.withUnsafeBufferPointer { table in
      let t = Self.termRow(a.contractType, a.billingCadence)
      for k in 0..<8 { out[k] = table[t + k] }
      out[Signal.unknownTerms.rawValue] = table[t + 8]
    }
    // A usage contract with a committed minimum is committed up to it: `usage_contract` is the
    // share of its revenue above the minimum (trial 33, T33-21), read whatever `parts` says, as
    // the table's value it replaces is.
    if a.contractType == .usage, let committed = a.committedMRR, committed > 0,
      available[Signal.usageContract.rawValue]
    {
      out[Signal.usageContract.rawValue] =
        rows.mrr.withInt64s(base..<(base + column + 1)) {
          RevenueSignals.aboveCommitment($0, committed: committed)
        } ?? 1
    }
    set(.trialActive, a.trialStatus == .active ? 1 : 0)
    set(.trialExpired, a.trialStatus == .expired ? 1 : 0)
    set(
      .trialConvertedRecently,
      AccountFactSignals.trialRecency(
        monthsSince: AccountFactSignals.monthsSinceConversion(
          status: a.trialStatus, trialEnd: a.trialEndDate, start: a.startDate, at: month)))
    if parts.revenue {
      let r = Self.revenueSignals(
        mrr: rows.mrr, usage: rows.usage, base..<(base + column + 1),
        isUsageBilled: a.contractType == .usage || a.billingCadence == .inArrears,
        usageCommitment: a.contractType == .usage ? a.committedMRR : nil)
      set(.usageDecline, r.usageDecline)
      set(.zeroUsageMonths, r.zeroUsageMonths)
      set(.usageVolatility, r.usageVolatility)
      set(.mrrContraction, r.mrrContraction)
      set(.belowCommitment, r.belowCommitment)
      set(
        .smallAccount,
        AccountFactSignals.smallAccount(mrr: rows.mrr[base &+ column], typical: typicalMRR))
    }
    let tenure = AccountFactSignals.tenureMonths(start: a.startDate, at: month)
    set(
      .newAccount,
      AccountFactSignals.newAccount(
        tenureMonths: tenure, isStartInferred: a.inferred.contains(.startDate),
        isStartAtDataStart: a.startDate.month <= company.firstMonth))
    set(.logTenure, AccountFactSignals.logTenure(tenureMonths: tenure))
    set(.renewalDue, AccountFactSignals.renewalDue(end: a.contractEndDate, cutoff: cutoff))
    let c = AccountFactSignals.cancellation(a.cancelDate, at: month)
    set(.cancellationNotice, c.notice)
    set(.cancelled, c.cancelled)
    set(
      .seatUnderuse,
      AccountFactSignals.seatUnderuse(purchased: a.seatsPurchased, active: a.seatsActive))
    set(.fewIntegrations, AccountFactSignals.fewIntegrations(a.integrations))
    set(.pastDue, AccountFactSignals.pastDue(a.isPastDue))
    // Activity up to the month measured at, as the revenue: nothing later is read.
    for (k, cells) in rows.activity.enumerated() where parts.readsActivity(k) {
      let activityBase = account &* rows.activityStrides[k]
      cells.withFloats(activityBase..<(activityBase + column + 1)) { row in
        out[Signal.count + 2 * k] = ActivitySignals.level(row) ?? nan
        out[Signal.count + 2 * k + 1] = ActivitySignals.trend(row) ?? nan
      }
    }
  }

  /// The signals read from an account's revenue and usage rows (``RevenueSignals``).
  struct RevenueReadings {
    var usageDecline, zeroUsageMonths, usageVolatility, belowCommitment: Double?
    var mrrContraction = 0.0
  }

  /// The revenue signals of cells `row` (an account's months up to the one measured at), read
  /// as `Int64`s. Static, so the closures that borrow the rows capture no measurer (copying one
  /// per account retained its arrays).
  /// - Parameters:
  ///   - isUsageBilled: Whether volatility applies to the account, and its falls count only
  ///     beyond its own swing (``RevenueSignals/beyondSwing(_:row:)``).
  ///   - usageCommitment: A usage contract's `committed_mrr`; `nil` for other contracts.
  private static func revenueSignals(
    mrr: CellBuffer, usage: CellBuffer?, _ row: Range<Int>, isUsageBilled: Bool,
    usageCommitment: Int64?
  ) -> RevenueReadings {
    mrr.withInt64s(row) { mrrRow in
      var r = RevenueReadings()
      if let usage {
        usage.withInt64s(row) { usageRow in
          r.usageDecline = RevenueSignals.usageDecline(usageRow).map {
            // A usage-billed account's usage swings with its bill: only a fall beyond its own
            // swing counts (session 19, usage lane).
            isUsageBilled ? RevenueSignals.beyondSwing($0, row: usageRow) : $0
          }
          r.zeroUsageMonths = RevenueSignals.zeroUsageMonths(usage: usageRow, mrr: mrrRow)
        }
      }
      r.usageVolatility = isUsageBilled ? RevenueSignals.volatility(mrrRow) : nil
      // Usage-billed revenue is read on 3-month means, beyond its own swing, as recurring ARR
      // averages it (session 19, usage lane); other revenue against its 6-month high.
      r.mrrContraction =
        isUsageBilled
        ? RevenueSignals.beyondSwing(RevenueSignals.meanDecline(mrrRow), row: mrrRow)
        : RevenueSignals.mrrContraction(mrrRow)
      r.belowCommitment = RevenueSignals.belowCommitment(mrrRow, committed: usageCommitment)
      return r
    }
  }

  /// The signals of one account as an array (for tests, reasons and the CSV; not the hot path).
  /// - Parameter account: Account index.
  /// - Returns: ``width`` values, `.nan` = none.
  func values(_ account: Int) -> [Double] {
    var out = [Double](repeating: .nan, count: width)
    withRows { rows in out.withUnsafeMutableBufferPointer { measure(account, in: rows, into: $0) } }
    return out
  }
}
