import ARRCore

/// What one row of an MRR movements log says happened to a customer's MRR
/// (`docs/import.md`, "MRR movements log"). Labels are matched after
/// ``CubeLayout/normalized(_:)`` (case, `_`, `-` and spaces alike): `new_biz`, `New Biz` and
/// `new-biz` are one label.
///
/// The spellings are those of the trackers' own exports: ChartMogul's `movement_type`
/// (`new_biz`, `expansion`, `contraction`, `churn`, `reactivation`), ProfitWell's activity labels
/// (`new`, `upgrade`, `downgrade`, `increase`, `decrease`, `churn`, `churn_delinquent`,
/// `cancelled`, `reactivated`, `new_cancelled`), Baremetrics' events (new subscriptions,
/// upgrades, downgrades, cancellations, reactivations), and the plain words of hand-made logs.
enum MovementKind: String, Sendable, CaseIterable, Comparable {
  case new
  case expansion
  case contraction
  case churn
  case reactivation
  /// A customer new and gone within one month (ProfitWell's `new_cancelled`): its level is 0
  /// after it, and no month's end sees it.
  case newCancelled = "new_cancelled"

  static func < (a: Self, b: Self) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// Whether the movement adds MRR (its amount is never negative).
  var isGain: Bool { self == .new || self == .expansion || self == .reactivation }

  /// Whether the movement takes MRR away (written negative, or as a positive size).
  var isLoss: Bool { self == .contraction || self == .churn }

  /// Whether the movement starts a level from 0 (nothing was paid just before it).
  var isStart: Bool { self == .new || self == .reactivation || self == .newCancelled }

  /// Labels of each kind, after ``CubeLayout/normalized(_:)``.
  static let labels: [MovementKind: Set<String>] = [
    .new: [
      "new", "new biz", "new business", "new subscription", "new subscriptions", "new customer",
      "new customers", "new mrr", "new logo", "new sale", "newbiz",
    ],
    .expansion: [
      "expansion", "expansion mrr", "upgrade", "upgraded", "upgrades", "upsell", "increase",
      "expand",
    ],
    .contraction: [
      "contraction", "contraction mrr", "downgrade", "downgraded", "downgrades", "downsell",
      "decrease",
    ],
    .churn: [
      "churn", "churned", "churn mrr", "cancellation", "cancellations", "cancelled", "canceled",
      "cancel", "voluntary churn", "delinquent churn", "churn delinquent", "involuntary churn",
      "churn voluntary", "churn involuntary",
    ],
    .reactivation: [
      "reactivation", "reactivated", "reactivation mrr", "reactivations", "resubscription",
      "resubscribed", "reactivate", "win back", "winback",
    ],
    .newCancelled: ["new cancelled", "new canceled"],
  ]

  /// Churn labels that, with an amount, show the amounts are changes: a level after a churn is
  /// 0. `cancelled` is not one: a plan change log writes a cancelled plan's price on its end
  /// row (``ChangeLog``).
  static let churnEvidence: Set<String> = [
    "churn", "churned", "churn mrr", "cancellation", "voluntary churn", "delinquent churn",
    "churn delinquent", "involuntary churn",
  ]

  /// The kind `label` names, or `nil`.
  static func of(_ label: String) -> MovementKind? {
    let key = CubeLayout.normalized(label)
    guard !key.isEmpty else { return nil }
    return byLabel[key]
  }

  private static let byLabel: [String: MovementKind] = {
    var out = [String: MovementKind]()
    for (kind, set) in labels { for l in set { out[l] = kind } }
    return out
  }()

  /// Whether the distinct values `values` of a column name a gain and a loss of MRR (one kind
  /// alone may be a plan name or a status).
  static func namesGainAndLoss<S: Sequence<String>>(_ values: S) -> Bool {
    var isGain = false
    var isLoss = false
    for v in values {
      guard let k = of(v) else { continue }
      isGain = isGain || k.isGain
      isLoss = isLoss || k.isLoss
    }
    return isGain && isLoss
  }

  /// The words a message uses for the kind.
  var words: String {
    switch self {
    case .new: "new"
    case .expansion: "expansion"
    case .contraction: "contraction"
    case .churn: "churn"
    case .reactivation: "reactivation"
    case .newCancelled: "new and cancelled in the month"
    }
  }
}
