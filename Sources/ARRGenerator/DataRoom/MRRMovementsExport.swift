import ARRCore

/// An MRR tracker's movements export of a generated company (`mrr-movements.csv`), in the
/// columns of ChartMogul's MRR movements dataset (`docs/import.md`, "MRR movements log"): one
/// row per customer and month whose MRR changed, typed `new_biz`, `expansion`, `contraction`,
/// `churn` or `reactivation` by the month-end bridge, the change signed, the level after beside
/// it, amounts in dollars (ChartMogul's own dataset writes cents).
enum MRRMovementsExport {
  static let header = [
    "date", "customer_external_id", "customer_name", "movement_type", "mrr_movement", "mrr",
    "currency_code", "description",
  ]

  /// The export's bytes: rows by month, then by customer; each dated the month's first day.
  /// - Complexity: O(accounts × months).
  static func csv(_ c: NativeCompany) -> [UInt8] {
    let n = c.monthCount
    var rows = [(month: Int, account: Int, kind: String, change: Int64, level: Int64)]()
    for a in c.accounts.indices {
      var prev: Int64 = 0
      var hasPaid = false
      for m in 0..<n {
        let cur = c.mrr[a * n + m]
        defer {
          prev = cur
          hasPaid = hasPaid || cur > 0
        }
        guard cur != prev else { continue }
        let kind =
          prev == 0
          ? (hasPaid ? "reactivation" : "new_biz")
          : cur == 0 ? "churn" : cur > prev ? "expansion" : "contraction"
        rows.append((m, a, kind, cur - prev, cur))
      }
    }
    rows.sort { ($0.month, $0.account) < ($1.month, $1.account) }
    var out = DataRoomFormat.row(header)
    for r in rows {
      let account = c.accounts[r.account]
      let day = CivilDate.firstDay(of: c.firstMonth.adding(months: r.month))
      out += DataRoomFormat.row([
        "\(day)T00:00:00+00:00", account.id, account.name, r.kind, DataRoomFormat.plain(r.change),
        DataRoomFormat.plain(r.level), "USD", description(r.kind),
      ])
    }
    return Array(out.utf8)
  }

  static func description(_ kind: String) -> String {
    switch kind {
    case "new_biz": "subscribed"
    case "expansion": "upgraded"
    case "contraction": "downgraded"
    case "churn": "cancelled"
    default: "resubscribed"
    }
  }
}
