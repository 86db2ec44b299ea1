import ARRAnalysis
import ARRCore
import ARRScoring

extension JSONReport {
  /// How many of the largest unclassed accounts the reports name one by one; every one is in
  /// the `accounts` array (status `live`, class `null`).
  static let unclassedListed = 20

  /// The unclassed accounts in order of listing: largest headline ARR first, then account
  /// order.
  static func largestUnclassed(_ scoring: ScoringResult) -> [UnclassedAccount] {
    Array(
      scoring.unclassed.sorted {
        ($0.headlineARR, $1.account) > ($1.headlineARR, $0.account)
      }
      .prefix(unclassedListed))
  }

  /// `unclassed_accounts`: the live accounts with no recurring ARR, outside the class mix —
  /// `{ "accounts", "headline_arr", "by_kind": [{ "kind", "accounts", "headline_arr" }],
  /// "largest": [{ "account_id", "kind", "headline_arr" }] }`.
  static func unclassed(_ analysis: Analysis) -> JSONValue {
    let list = analysis.scoring.unclassed
    let accounts = analysis.company.accounts
    return .object([
      ("accounts", .int(Int64(list.count))),
      ("headline_arr", .money(list.reduce(0) { $0 + $1.headlineARR })),
      (
        "by_kind",
        .array(
          list.tallyByKind.map { t in
            .object([
              ("kind", .string(t.kind.rawValue)), ("accounts", .int(Int64(t.accounts))),
              ("headline_arr", .money(t.headlineARR)),
            ])
          })
      ),
      (
        "largest",
        .array(
          largestUnclassed(analysis.scoring).map { u in
            .object([
              ("account_id", .string(accounts[u.account].id)),
              ("kind", .string(u.kind.rawValue)), ("headline_arr", .money(u.headlineARR)),
            ])
          })
      ),
    ])
  }
}
