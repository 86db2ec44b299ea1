/// Paying pilots at the as-of month and the ARR their renewals are expected to bring.
public struct PilotOutlook: Sendable, Equatable {
  /// Pilots (not in a trial) with MRR > 0 at the as-of month.
  public var accounts: Int
  /// 12 × their as-of MRR, cents.
  public var arr: Int64
  /// Σ round(12 × as-of MRR × renewal probability), cents; the renewal probability is the
  /// account's retention probability, or `pilots_renew` when the scenario sets it.
  public var expectedARR: Int64
}
