import ARRCore

/// The reasons of many accounts as UTF-8 bytes, for reports that list every account: the same
/// words as ``ScoringResult/reasons(for:)``, without its per-account costs (borrowing the company's
/// storage, allocating the values, totals and ranking, and a `String` per reason).
///
/// Get one from ``ScoringResult/withReasonWriter(_:)``, which borrows the storage for the
/// writer's lifetime; then, per account, ``load(_:)`` and read ``count`` reasons with
/// ``reason(_:)``.
public struct ReasonWriter {
  let measurer: SignalMeasurer
  let weights: [Double]
  /// The company's storage and two scratch buffers, borrowed for the writer's lifetime
  /// (``ScoringResult/withReasonWriter(_:)``).
  let rows: SignalMeasurer.Rows
  /// The loaded account's signal values (``SignalMeasurer/width``).
  let values: UnsafeMutableBufferPointer<Double>
  /// Each group's total (``Reasons/totals(_:weights:into:)``).
  let totals: UnsafeMutableBufferPointer<Double>
  /// Every reason of the loaded account, one after another, and where each ends.
  private var text = ReasonText()
  private var ends: [Int] = []
  /// The account whose signals ``values`` holds, or −1.
  private var measured = -1

  /// Most reasons per account, as ``ScoringResult/reasons(for:)`` lists.
  static let limit = 3

  init(
    context: ScoringContext, rows: SignalMeasurer.Rows, values: UnsafeMutableBufferPointer<Double>,
    totals: UnsafeMutableBufferPointer<Double>
  ) {
    measurer = context.measurer
    weights = context.weights.weights
    self.rows = rows
    self.values = values
    self.totals = totals
    text.bytes.reserveCapacity(256)
    ends.reserveCapacity(ReasonWriter.limit)
  }

  /// Reasons of the loaded account.
  public var count: Int { ends.count }

  /// The UTF-8 bytes of reason `r` (0 ..< ``count``) of the loaded account, valid until the
  /// next ``load(_:)``.
  public func reason(_ r: Int) -> ArraySlice<UInt8> {
    text.bytes[(r == 0 ? 0 : ends[r - 1])..<ends[r]]
  }

  /// Calls `body` with the UTF-8 bytes of reason `r` (0 ..< ``count``) of the loaded account,
  /// valid for the call only: ``reason(_:)`` without a slice of the text (its reference count).
  /// Mutating only so that the writer is passed by reference: called as a non-mutating method
  /// from another module, the whole writer was copied and destroyed for each reason (40% of
  /// the JSON accounts' samples).
  public mutating func withReason<R>(_ r: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R)
    rethrows
    -> R
  {
    let range = (r == 0 ? 0 : ends[r - 1])..<ends[r]
    return try text.bytes.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[range]))
    }
  }

  /// Works out the reasons of `score`, one of the writer's result's scores, replacing the
  /// previous account's.
  /// - Complexity: O(months).
  public mutating func load(_ score: AccountScore) {
    text.bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    guard score.revenueClass != .retained else { return }
    let account = score.account
    measure(account)
    totals.update(repeating: 0)
    let v = UnsafeBufferPointer(values)
    Reasons.totals(v, weights: weights, into: totals)
    let a = rows.accounts.terms(account, rolledBackTo: measurer.rollBackCutoff)
    // The largest totals above 1e-9, ties to the lower group: the order
    // ``Reasons/top(account:context:limit:)`` sorts into, picked one at a time.
    var last = Double.infinity
    var lastGroup = -1
    for _ in 0..<ReasonWriter.limit {
      var best = -1
      for g in totals.indices where totals[g] > 1e-9 {
        let isAfterLast = totals[g] < last || (totals[g] == last && g > lastGroup)
        if isAfterLast && (best < 0 || totals[g] > totals[best]) { best = g }
      }
      guard best >= 0 else { break }
      Reasons.phrase(best, a, v, weights: weights, measurer, into: &text)
      ends.append(text.bytes.count)
      last = totals[best]
      lastGroup = best
    }
  }

  /// The signal values of `score`'s account: the built-in signals in ``Signal`` order, then the
  /// custom activity signals in ``RiskWeights/customKeys`` order; `nan` where a signal is
  /// unavailable or unknown. The values ``ScoringResult/signals(for:)`` and
  /// ``ScoringResult/activitySignals(for:)`` give, without an array per account. Valid until the
  /// next call of this or ``load(_:)``, which reuses the measurement for the same account.
  /// - Parameter score: One of the writer's result's scores.
  /// - Complexity: O(months).
  public mutating func signalValues(for score: AccountScore) -> UnsafeBufferPointer<Double> {
    measure(score.account)
    return UnsafeBufferPointer(values)
  }

  /// Measures `account` into ``values`` (as ``SignalMeasurer/values(_:)``) unless it is there.
  private mutating func measure(_ account: Int) {
    guard measured != account else { return }
    values.update(repeating: .nan)
    measurer.measure(account, in: rows, into: values)
    measured = account
  }
}

extension ScoringResult {
  /// Runs `body` with a ``ReasonWriter`` for this result's accounts, the company's storage
  /// borrowed until it returns (the writer must not outlive `body`). Use one per thread.
  /// - Parameter body: Loads accounts and reads their reasons.
  /// - Returns: What `body` returns; `nil`, without running it, when there is no account.
  public func withReasonWriter<R>(_ body: (inout ReasonWriter) -> R) -> R? {
    guard !scores.isEmpty else { return nil }
    let m = context.measurer
    let groups = Reasons.Group.allCases.count + m.activityNames.count
    return m.withRows { rows in
      withUnsafeTemporaryAllocation(of: Double.self, capacity: m.width) { values in
        withUnsafeTemporaryAllocation(of: Double.self, capacity: groups) { totals in
          values.initialize(repeating: .nan)
          totals.initialize(repeating: 0)
          var writer = ReasonWriter(context: context, rows: rows, values: values, totals: totals)
          return body(&writer)
        }
      }
    }
  }
}
