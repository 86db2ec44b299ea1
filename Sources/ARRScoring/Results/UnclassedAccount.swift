import ARRCore

/// A live account whose recurring ARR is zero at the as-of month: an active trial, a pilot, or
/// a usage or other account with no recent recurring revenue. It is scored but never classed:
/// a class forecasts recurring revenue, and a pilot's revenue is not recurring, so such
/// accounts sit outside the class mix and are listed apart with their headline ARR
/// (`docs/scoring.md`, "Who is classed").
public struct UnclassedAccount: Sendable, Equatable {
  /// Why an account is live without recurring ARR, in the order the reports list them.
  public enum Kind: String, Sendable, CaseIterable {
    /// In an active trial that has started.
    case activeTrial = "active_trial"
    /// A trial that expired without converting yet still pays this month (trials are never
    /// recurring, `docs/metrics.md`: the walk's trials removed counts it too).
    case expiredTrial = "expired_trial"
    /// Under a pilot contract (its revenue is not recurring).
    case pilot
    /// Anything else: usage with no usage revenue in the last 3 months, a paused plan…
    case other

    /// The kind in words, singular, as the reports name one account's.
    public var singular: String {
      switch self {
      case .activeTrial: "active trial"
      case .expiredTrial: "expired trial still billed"
      case .pilot: "pilot"
      case .other: "other"
      }
    }

    /// The kind in words, plural, as the reports print it.
    public var label: String {
      switch self {
      case .activeTrial: "active trials"
      case .expiredTrial: "expired trials still billed"
      case .pilot: "pilots"
      case .other: "other live accounts"
      }
    }
  }

  /// Index into `company.accounts`.
  public var account: Int
  /// Why it has no recurring ARR.
  public var kind: Kind
  /// 12 × its MRR in the as-of month, cents: what it adds to headline ARR.
  public var headlineARR: Int64

  /// - Parameters:
  ///   - account: Index into `company.accounts`.
  ///   - kind: Why it has no recurring ARR.
  ///   - headlineARR: 12 × its as-of MRR, cents.
  public init(account: Int, kind: Kind, headlineARR: Int64) {
    self.account = account
    self.kind = kind
    self.headlineARR = headlineARR
  }

  /// The kind of a live account without recurring ARR: an active trial first (a trial under a
  /// pilot contract is still a trial), then an expired trial still billed, then a pilot
  /// contract, else other.
  /// - Parameters:
  ///   - trialStatus: The account's trial status.
  ///   - contractType: Its contract type.
  /// - Returns: The kind.
  public static func kind(trialStatus: TrialStatus, contractType: ContractType) -> Kind {
    if trialStatus == .active { return .activeTrial }
    if trialStatus == .expired { return .expiredTrial }
    return contractType == .pilot ? .pilot : .other
  }
}

extension Array where Element == UnclassedAccount {
  /// Accounts and headline ARR (cents) per ``UnclassedAccount/Kind``, in `Kind.allCases` order.
  /// - Complexity: O(n).
  public var tallyByKind: [(kind: UnclassedAccount.Kind, accounts: Int, headlineARR: Int64)] {
    UnclassedAccount.Kind.allCases.map { kind in
      let mine = filter { $0.kind == kind }
      return (kind, mine.count, mine.reduce(0) { $0 + $1.headlineARR })
    }
  }
}
