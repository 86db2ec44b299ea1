import ARRCore

/// Decides whether a cube's cells are MRR or billings (`--values auto`; `docs/import.md`).
///
/// Billings show **periodic lumps**: an account paid, then nothing for at least two months, then
/// paid again 3–7, 11–13, 23–25 or 35–37 months after (a quarterly, semiannual, annual or
/// multi-year rhythm, a renewal a month early or late). Normalised MRR almost never does: that
/// would be a churn and a reactivation exactly a billing period apart. The cells are billings
/// when at least ``minimumAccounts`` accounts and ``minimumShare`` of the accounts paid at least
/// twice show it.
enum CubeValues {
  static let minimumAccounts = 3
  static let minimumShare = 0.02
  static let lumpGaps: Set<Int> = [3, 4, 5, 6, 7, 11, 12, 13, 23, 24, 25, 35, 36, 37]

  /// The decision and why, in words.
  static func decide(_ data: CubeData) -> (values: ImportValues, reason: String) {
    let months = data.monthCount
    var paidTwice = 0
    var periodic = 0
    for a in data.accounts.indices {
      var last = -1
      var paid = 0
      var isPeriodic = false
      for m in 0..<months where data.cells[a * months + m] > 0 {
        paid += 1
        if last >= 0 && lumpGaps.contains(m - last) { isPeriodic = true }
        last = m
      }
      if paid >= 2 { paidTwice += 1 }
      if isPeriodic { periodic += 1 }
    }
    let share = paidTwice == 0 ? 0 : Double(periodic) / Double(paidTwice)
    let percent = (share * 1000).rounded() / 10
    if periodic >= minimumAccounts && share >= minimumShare {
      return (
        .billings,
        "billings: \(periodic) of \(paidTwice) accounts paid at least twice (\(percent)%) pay "
          + "in lumps 3, 6, 12, 24 or 36 months apart with nothing between, as invoices do"
      )
    }
    return (
      .mrr,
      "mrr: \(periodic) of \(paidTwice) accounts paid at least twice (\(percent)%) pay in "
        + "periodic lumps (billings need at least \(minimumAccounts) and "
        + "\(Int(minimumShare * 100))%)"
    )
  }
}
