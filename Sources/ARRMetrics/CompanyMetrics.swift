import ARRCore

/// Every metric of the core issue for one company, computed together so the per-account
/// recurring and committed MRR are computed once.
public struct CompanyMetrics: Sendable {
  /// The monthly MRR bridge (``Bridge/monthly(_:)``).
  public var bridge: [BridgeMonth]
  public var ladder: ARRLadder
  public var reconciliation: Reconciliation
  /// Twelve-month trailing retention.
  public var trailingRetention: TrailingRetention
  public var cohorts: Cohorts
  /// Concentration of recurring ARR.
  public var concentration: Concentration
  public var split: ARRSplit
  /// ``RecurringRevenue/recurringMRR(of:)`` per account, in cents. Empty in an analysis run
  /// without it (`Analysis.run(_:weights:paths:keepsForecastPlan:keepsRecurringMRR:)`, for a
  /// report without stress scenarios): each account's score then holds its figure.
  public var recurringMRR: [Int64]
  /// ``RecurringRevenue/committedMRR(of:)`` per account, in cents.
  public var committedMRR: [Int64]
  /// Committed ARR by renewal date (``CommittedRenewals/compute(_:committedMRR:)``), computed
  /// once here for every report that shows it (session 40: the Markdown report computed it
  /// three times and report.json a fourth).
  public var committedRenewals: CommittedRenewals

  public init(
    bridge: [BridgeMonth], ladder: ARRLadder, reconciliation: Reconciliation,
    trailingRetention: TrailingRetention, cohorts: Cohorts, concentration: Concentration,
    split: ARRSplit, recurringMRR: [Int64], committedMRR: [Int64],
    committedRenewals: CommittedRenewals
  ) {
    self.bridge = bridge
    self.ladder = ladder
    self.reconciliation = reconciliation
    self.trailingRetention = trailingRetention
    self.cohorts = cohorts
    self.concentration = concentration
    self.split = split
    self.recurringMRR = recurringMRR
    self.committedMRR = committedMRR
    self.committedRenewals = committedRenewals
  }

  /// All metrics of `company` at its as-of month.
  /// - Parameter company: The company.
  /// - Returns: The metrics.
  /// - Complexity: O(accounts × months): one pass over the matrix for the bridge and the
  ///   cohorts, split across cores, plus O(accounts) for the rest.
  public static func compute(_ company: Company) -> CompanyMetrics {
    let facts = AccountFacts.compute(company, segments: true)
    let recurring = RecurringRevenue.recurringMRR(of: company, facts: facts)
    let committed = RecurringRevenue.committedMRR(of: company, facts: facts)
    let ladder = ARRLadder.compute(
      company, facts: facts, recurringMRR: recurring, committedMRR: committed)
    let pass = Bridge.pass(company, cohorts: true)
    return CompanyMetrics(
      bridge: Bridge.rows(pass.bridge, company), ladder: ladder,
      reconciliation: Reconciliation.compute(company, ladder: ladder),
      trailingRetention: TrailingRetention.compute(company),
      cohorts: Cohorts.build(pass.cohorts, company),
      concentration: Concentration.compute(recurringMRR: recurring),
      split: ARRSplit.compute(company, facts: facts, recurringMRR: recurring),
      recurringMRR: recurring,
      committedMRR: committed,
      committedRenewals: CommittedRenewals.compute(company, committedMRR: committed))
  }
}
