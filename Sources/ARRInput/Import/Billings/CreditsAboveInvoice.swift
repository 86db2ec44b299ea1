import ARRCore

/// Months a credit larger than the month's invoice drives below zero (`docs/import.md`,
/// "Billings": "A credit larger than its month's invoice"; decided, session 26, t26b lane:
/// trial 25, T25-1: a month whose credits exceeded its invoice, at the as-of month or between
/// paying months, read as no invoice at all, so the account left, a "churn cliff" on page one
/// with NDR 50%, while the credits finding said ARR was unchanged by them).
///
/// Such a month keeps its invoice as the month's revenue, and the whole credit is one-off (left
/// out, and said by the credits finding, as any credit the billings rules cannot place): the
/// account is no leaver. A month qualifies when its net is below zero, a month before it paid
/// (net above zero), and a month after it pays or it is the last month. Its invoice is its own
/// charge (a ledger's positive lines) when it has one; else, when the month falls where the
/// next invoice of a steady rhythm was due (``isDue(_:after:)``: the last three paying months
/// equally spaced, and the month that spacing after the last), the last paying month's amount.
/// A kept month is a paying month for the next one.
enum CreditsAboveInvoice {
  /// Whether month `m` is where the next invoice of a steady rhythm was due: the last three
  /// paying months equally spaced, and `m` that spacing after the last.
  static func isDue(_ m: Int, after paid: [Int]) -> Bool {
    guard paid.count >= 3 else { return false }
    let k = paid.count
    let spacing = paid[k - 1] - paid[k - 2]
    return paid[k - 2] - paid[k - 3] == spacing && m - paid[k - 1] == spacing
  }

  /// Per cell of `cells` (signed billed cents, accounts × `n` months), the invoice a qualifying
  /// month keeps; `charges`, when given, holds each cell's positive lines alone.
  /// - Complexity: O(accounts × months²) at worst; O(cells) when no month nets below zero.
  static func kept(_ cells: [Int64], charges: [Int64]?, months n: Int) -> [Int: Int64] {
    var out = [Int: Int64]()
    guard n > 0 else { return out }
    for a in 0..<(cells.count / n) {
      let base = a * n
      // The paying months so far, and the last one's amount.
      var paidMonths = [Int]()
      var lastAmount: Int64 = 0
      for m in 0..<n {
        let net = cells[base + m]
        var paid: Int64 = net > 0 ? (charges?[base + m] ?? net) : 0
        if net < 0, !paidMonths.isEmpty,
          m == n - 1 || ((m + 1)..<n).contains(where: { cells[base + $0] > 0 })
        {
          let charge = charges?[base + m] ?? 0
          if charge > 0 {
            paid = charge
          } else if isDue(m, after: paidMonths) {
            paid = lastAmount
          }
          if paid > 0 { out[base + m] = paid }
        }
        if paid > 0 {
          paidMonths.append(m)
          lastAmount = paid
        }
      }
    }
    return out
  }

  /// The note for the kept months: how many accounts, the first's id and month.
  static func note(
    _ kept: [Int: Int64], months n: Int, company: ImportedCompany
  ) -> String? {
    guard let first = kept.keys.min() else { return nil }
    let accounts = Set(kept.keys.map { $0 / n }).count
    let id = company.accounts[first / n].id
    let month = company.firstMonth.adding(months: first % n)
    return
      "\(Counted.phrase(accounts, "account")) \(accounts == 1 ? "has" : "have") a month whose "
      + "credits exceed its invoice, netting below zero between paying months or at the as-of "
      + "month (\"\(id)\" in \(month)): the month keeps its invoice as revenue and the credit is "
      + "one-off (left out, as the credits finding says), so the account does not leave there"
  }
}
