/// Measures every signal of every account of a company at one month, reading only that month
/// and earlier and the account facts known then (``Account/known(atEndOf:dataAsOf:)``).
///
/// Values go into a caller's buffer of ``Signal/count`` doubles; `.nan` marks a signal that is
/// unavailable for the company or unknown / not applicable for the account.
struct SignalMeasurer: Sendable {
  let company: Company
  /// Column of the month measured at.
  let column: Int
  let month: Month
  let cutoff: CivilDate
  /// Per signal: measurable for this company at this month.
  let available: [Bool]

  /// - Parameters:
  ///   - company: The company (its data may run past `column`; nothing after it is read).
  ///   - column: The month measured at, as a column of the revenue matrix.
  init(company: Company, column: Int) {
    self.company = company
    self.column = column
    self.month = company.month(at: column)
    self.cutoff = CivilDate.lastDay(of: month)
    var columns = company.accountColumns
    if month < company.asOf { columns.subtract(AccountColumn.snapshotColumns) }
    let hasUsage = company.hasUsage
    self.available = Signal.allCases.map { $0.isAvailable(columns: columns, hasUsage: hasUsage) }
  }

  /// Keys of the signals unavailable for this company at this month, in signal order.
  var unavailableKeys: [String] {
    Signal.allCases.filter { !available[$0.rawValue] }.map(\.key)
  }

  /// The account's facts as known at the month measured at.
  func facts(_ account: Int) -> Account {
    company.accounts[account].known(atEndOf: month, dataAsOf: company.asOf)
  }

  /// Writes every signal of `account` into `out` (``Signal/count`` values, `.nan` = none).
  /// - Parameters:
  ///   - account: Account index.
  ///   - mrr: The whole MRR matrix storage.
  ///   - usage: The whole usage matrix storage, if any.
  ///   - out: Destination.
  /// - Complexity: O(months), reading at most the account's row up to ``column``.
  func measure(
    _ account: Int, mrr: UnsafeBufferPointer<Int64>, usage: UnsafeBufferPointer<Int64>?,
    into out: UnsafeMutableBufferPointer<Double>
  ) {
    let a = facts(account)
    let base = account &* company.monthCount
    let mrrRow = UnsafeBufferPointer(rebasing: mrr[base..<(base + column + 1)])
    let nan = Double.nan
    func set(_ s: Signal, _ v: Double?) {
      out[s.rawValue] = available[s.rawValue] ? (v ?? nan) : nan
    }
    // The eight contract and billing signals are the first eight cases.
    for raw in Signal.monthToMonth.rawValue...Signal.billedUpfront.rawValue {
      let s = Signal(rawValue: raw)!
      set(s, AccountFactSignals.term(s, a.contractType, a.billingCadence))
    }
    set(.trialActive, a.trialStatus == .active ? 1 : 0)
    set(.trialExpired, a.trialStatus == .expired ? 1 : 0)
    set(
      .trialConvertedRecently,
      AccountFactSignals.trialRecency(
        monthsSince: AccountFactSignals.monthsSinceConversion(
          status: a.trialStatus, trialEnd: a.trialEndDate, start: a.startDate, at: month)))
    if let usage {
      let usageRow = UnsafeBufferPointer(rebasing: usage[base..<(base + column + 1)])
      set(.usageDecline, RevenueSignals.usageDecline(usageRow))
      set(.zeroUsageMonths, RevenueSignals.zeroUsageMonths(usage: usageRow, mrr: mrrRow))
    } else {
      set(.usageDecline, nil)
      set(.zeroUsageMonths, nil)
    }
    let usageBilled = a.contractType == .usage || a.billingCadence == .inArrears
    set(.usageVolatility, usageBilled ? RevenueSignals.volatility(mrrRow) : nil)
    set(.mrrContraction, RevenueSignals.mrrContraction(mrrRow))
    set(
      .newAccount,
      AccountFactSignals.newAccount(
        tenureMonths: AccountFactSignals.tenureMonths(start: a.startDate, at: month)))
    set(.renewalDue, AccountFactSignals.renewalDue(end: a.contractEndDate, cutoff: cutoff))
    let c = AccountFactSignals.cancellation(a.cancelDate, at: month)
    set(.cancellationNotice, c.notice)
    set(.cancelled, c.cancelled)
    set(
      .seatUnderuse,
      AccountFactSignals.seatUnderuse(purchased: a.seatsPurchased, active: a.seatsActive))
    set(.fewIntegrations, AccountFactSignals.fewIntegrations(a.integrations))
    set(.pastDue, AccountFactSignals.pastDue(a.isPastDue))
    set(
      .belowCommitment,
      a.contractType == .usage
        ? RevenueSignals.belowCommitment(mrrRow, committed: a.committedMRR) : nil)
  }

  /// The signals of one account as an array (for tests, reasons and the CSV; not the hot path).
  /// - Parameter account: Account index.
  /// - Returns: ``Signal/count`` values, `.nan` = none.
  func values(_ account: Int) -> [Double] {
    var out = [Double](repeating: .nan, count: Signal.count)
    company.revenue.mrr.withUnsafeBufferPointer { mrr in
      out.withUnsafeMutableBufferPointer { o in
        if let u = company.revenue.usage {
          u.withUnsafeBufferPointer { measure(account, mrr: mrr, usage: $0, into: o) }
        } else {
          measure(account, mrr: mrr, usage: nil, into: o)
        }
      }
    }
    return out
  }
}
