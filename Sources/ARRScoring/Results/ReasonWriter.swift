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
  /// previous account's. The groups scoring ranked (``AccountScore/reasonGroups``) are phrased
  /// from only what their words read (``ReasonGroups/parts(_:)``); a score without them is
  /// measured and ranked here.
  /// - Complexity: O(months).
  public mutating func load(_ score: AccountScore) {
    text.bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    guard score.revenueClass != .retained else { return }
    let account = score.account
    let a = rows.accounts.terms(account, rolledBackTo: measurer.rollBackCutoff)
    let v = UnsafeBufferPointer(values)
    let mix = Reasons.billingMix(account, measurer)
    let code = score.reasonGroups
    if ReasonGroups.isRanked(code) {
      values.update(repeating: .nan)
      measurer.measure(account, in: rows, into: values, parts: ReasonGroups.parts(code))
      // Partly measured: ``signalValues(for:)`` must measure the account again.
      measured = -1
      for slot in 0..<ReasonWriter.limit {
        let g = ReasonGroups.group(code, slot)
        if g == ReasonGroups.none { break }
        Reasons.phrase(
          g, a, v, weights: weights, measurer, mix: mix, slope: slope(g, account), into: &text)
        ends.append(text.bytes.count)
      }
      return
    }
    measure(account)
    totals.update(repeating: 0)
    Reasons.totals(v, weights: weights, into: totals)
    let (g0, g1, g2) = ReasonGroups.top(UnsafeBufferPointer(totals))
    // The three groups one by one: an array literal here was an allocation per account (a
    // retain and release in the JSON stage's profile, session 53).
    for slot in 0..<3 {
      let g = slot == 0 ? g0 : slot == 1 ? g1 : g2
      guard g >= 0 else { continue }
      Reasons.phrase(
        g, a, v, weights: weights, measurer, mix: mix, slope: slope(g, account), into: &text)
      ends.append(text.bytes.count)
    }
  }

  /// The trend slope the volatility reason words (``Reasons/volatilitySlope(_:_:)``), read only
  /// for that group.
  private func slope(_ g: Int, _ account: Int) -> Double {
    g == Reasons.Group.volatility.rawValue ? Reasons.volatilitySlope(account, measurer) : 0
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
