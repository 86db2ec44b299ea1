import ARRCore

/// The ARR ladder at the as-of month (`docs/metrics.md`): headline, recurring and committed ARR, and the
/// steps that walk headline down to recurring. Every rung is 12 × a monthly sum, in cents.
///
/// Identity, exact in cents: `headline + Σ steps.arr == recurring`.
public struct ARRLadder: Sendable, Equatable {
  /// One step of the walk from headline to recurring ARR.
  public struct Step: Sendable, Equatable {
    /// Which rule of ``RecurringRevenue`` the step applies.
    public var kind: RecurringRevenue.Treatment
    /// The change in ARR, in cents: negative for removals, either sign for usage.
    public var arr: Int64
    /// Accounts the rule applies to that had MRR in the as-of month or (for usage) in the
    /// three months averaged.
    public var accounts: Int
    /// The part of ``arr`` that raises ARR, in cents: usage accounts billed below their 3-month
    /// average in the as-of month (0 for the other steps). `arr − raised` is what the step
    /// takes out, so a net step never hides its two parts (render review 35, R35-1).
    public var raised: Int64

    public init(kind: RecurringRevenue.Treatment, arr: Int64, accounts: Int, raised: Int64 = 0) {
      self.kind = kind
      self.arr = arr
      self.accounts = accounts
      self.raised = raised
    }

    /// What the step takes out, in cents (≤ 0): ``arr`` less ``raised``.
    public var lowered: Int64 { arr - raised }
  }

  /// 12 × the MRR of every account in the as-of month.
  public var headline: Int64
  /// 12 × Σ recurring MRR (``RecurringRevenue/recurringMRR(of:)``).
  public var recurring: Int64
  /// 12 × Σ committed MRR (``RecurringRevenue/committedMRR(of:)``).
  public var committed: Int64
  /// 12 × Σ recurring MRR of the accounts whose contract type or billing cadence is `unknown`:
  /// the ARR whose terms are not known. Committed ARR leaves these accounts out (unless they
  /// have a `committed_mrr` minimum), so this is how much of recurring ARR could be committed
  /// or not, for all the data says.
  public var unknownTerms: Int64
  /// Trials removed, pilots removed, usage normalised: always these three, in this order.
  public var steps: [Step]
  /// Accounts with MRR > 0 in the as-of month.
  public var payingAccounts: Int
  /// Average headline MRR per paying account, in cents, rounded half away from zero; `nil`
  /// when no account pays.
  public var arpa: Int64?

  public init(
    headline: Int64, recurring: Int64, committed: Int64, unknownTerms: Int64 = 0, steps: [Step],
    payingAccounts: Int, arpa: Int64?
  ) {
    self.headline = headline
    self.recurring = recurring
    self.committed = committed
    self.unknownTerms = unknownTerms
    self.steps = steps
    self.payingAccounts = payingAccounts
    self.arpa = arpa
  }

  /// The step of `kind`, or a zero step if there is none.
  /// - Parameter kind: The treatment.
  /// - Returns: The step.
  public func step(_ kind: RecurringRevenue.Treatment) -> Step {
    steps.first { $0.kind == kind } ?? Step(kind: kind, arr: 0, accounts: 0)
  }

  /// The ladder of `company` at its as-of month.
  /// - Parameter company: The company.
  /// - Returns: The ladder.
  /// - Complexity: O(accounts).
  public static func compute(_ company: Company) -> ARRLadder {
    computeWithAccountMRR(company).ladder
  }

  /// The ladder of `company` with the per-account recurring and committed MRR it rests on, all
  /// from one pass of account facts (as ``CompanyMetrics/compute(_:)`` shares them): what a
  /// stress scenario re-reads after a data shock.
  /// - Parameter company: The company.
  /// - Returns: The ladder, ``RecurringRevenue/recurringMRR(of:)`` and
  ///   ``RecurringRevenue/committedMRR(of:)`` of `company`.
  /// - Complexity: O(accounts).
  public static func computeWithAccountMRR(_ company: Company) -> (
    ladder: ARRLadder, recurringMRR: [Int64], committedMRR: [Int64]
  ) {
    let facts = AccountFacts.compute(company, segments: false)
    let recurring = RecurringRevenue.recurringMRR(of: company, facts: facts)
    let committed = RecurringRevenue.committedMRR(of: company, facts: facts)
    let ladder = compute(
      company, facts: facts, recurringMRR: recurring, committedMRR: committed)
    return (ladder, recurring, committed)
  }

  /// The ladder from per-account recurring and committed MRR already computed for `company`.
  /// - Parameters:
  ///   - company: The company.
  ///   - recurringMRR: ``RecurringRevenue/recurringMRR(of:)`` of `company`.
  ///   - committedMRR: ``RecurringRevenue/committedMRR(of:)`` of `company`.
  /// - Returns: The ladder.
  /// - Complexity: O(accounts).
  public static func compute(
    _ company: Company, recurringMRR: [Int64], committedMRR: [Int64]
  ) -> ARRLadder {
    compute(
      company, facts: .compute(company, segments: false), recurringMRR: recurringMRR,
      committedMRR: committedMRR)
  }

  /// The ladder from facts and per-account MRR already computed for `company`.
  static func compute(
    _ company: Company, facts: AccountFacts, recurringMRR: [Int64], committedMRR: [Int64]
  ) -> ARRLadder {
    precondition(recurringMRR.count == company.accountCount)
    precondition(committedMRR.count == company.accountCount)
    let n = company.monthCount
    let revenue = company.revenue
    let ranges = Concurrent.ranges(accounts: company.accountCount, cellsPerAccount: 1 << 4)
    let partials = Concurrent.map(ranges) { _, range in
      var t = Tally()
      facts.treatment.withUnsafeBufferPointer { treatment in
        revenue.withStorage { storage in
          recurringMRR.withUnsafeBufferPointer { recurring in
            company.withAccountRows { accounts in
              for i in range {
                let now = storage.mrr[i * storage.rowStride + n - 1]
                t.headline += now
                let terms = accounts.terms(i)
                if terms.contractType == .unknown || terms.billingCadence == .unknown {
                  t.unknownTerms += recurring[i]
                }
                if now > 0 { t.paying += 1 }
                let change = recurring[i] - now
                switch RecurringRevenue.Treatment(rawValue: treatment[i]) ?? .unchanged {
                case .trialRemoved:
                  t.trials += change
                  if now != 0 { t.trialAccounts += 1 }
                case .pilotRemoved:
                  t.pilots += change
                  if now != 0 { t.pilotAccounts += 1 }
                case .usageAveraged:
                  t.usage += change
                  if change > 0 { t.usageRaised += change }
                  if now != 0 || recurring[i] != 0 { t.usageAccounts += 1 }
                case .unchanged:
                  break
                }
              }
            }
          }
        }
      }
      return t
    }
    var total = Tally()
    for p in partials { total.add(p) }
    let headlineMRR = total.headline
    let paying = total.paying
    let trials = (mrr: total.trials, n: total.trialAccounts)
    let pilots = (mrr: total.pilots, n: total.pilotAccounts)
    let usage = (mrr: total.usage, n: total.usageAccounts)
    let steps = [
      Step(kind: .trialRemoved, arr: 12 * trials.mrr, accounts: trials.n),
      Step(kind: .pilotRemoved, arr: 12 * pilots.mrr, accounts: pilots.n),
      Step(
        kind: .usageAveraged, arr: 12 * usage.mrr, accounts: usage.n,
        raised: 12 * total.usageRaised),
    ]
    return ARRLadder(
      headline: 12 * headlineMRR, recurring: 12 * recurringMRR.reduce(0, +),
      committed: 12 * committedMRR.reduce(0, +), unknownTerms: 12 * total.unknownTerms,
      steps: steps, payingAccounts: paying,
      arpa: paying == 0
        ? nil : RecurringRevenue.roundedDivision(headlineMRR, by: Int64(paying)))
  }

  /// Per-chunk sums of the ladder loop.
  struct Tally: Sendable {
    var headline: Int64 = 0
    var paying = 0
    var trials: Int64 = 0
    var trialAccounts = 0
    var pilots: Int64 = 0
    var pilotAccounts = 0
    var usage: Int64 = 0
    var usageRaised: Int64 = 0
    var usageAccounts = 0
    var unknownTerms: Int64 = 0

    mutating func add(_ o: Tally) {
      unknownTerms += o.unknownTerms
      headline += o.headline
      paying += o.paying
      trials += o.trials
      trialAccounts += o.trialAccounts
      pilots += o.pilots
      pilotAccounts += o.pilotAccounts
      usage += o.usage
      usageRaised += o.usageRaised
      usageAccounts += o.usageAccounts
    }
  }
}
