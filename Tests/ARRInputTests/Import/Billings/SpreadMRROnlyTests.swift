import ARRCore
import Testing

@testable import ARRInput

/// The spread asked for its revenue alone (``BillingsSpreader/spread(_:charges:into:infersShape:monthlySaysCadence:isMRROnly:)``,
/// a guessed cube's other reading): the same monthly and one-time revenue as the whole spread,
/// the accounts left as given.
@Suite struct SpreadMRROnlyTests {
  /// Seeded accounts of every kind the spread reads: monthly, quarterly and annual rhythms,
  /// lone payments, credits, an off-cycle add-on, rhythm changes, given cadences.
  func company(seed: UInt64) -> (cells: [Int64], company: ImportedCompany) {
    var random = SeededGenerator(seed: seed)
    let months = 30
    var accounts = [ImportedAccount]()
    var cells = [Int64]()
    for a in 0..<80 {
      var account = ImportedAccount(id: "A\(a)", name: nil, source: ("cube.csv", a + 2))
      account.segment = ["SMB", "Mid", nil].randomElement(using: &random)!
      if Int.random(in: 0..<5, using: &random) == 0 {
        account.billingCadence = [.monthly, .quarterly, .annual].randomElement(using: &random)!
      }
      accounts.append(account)
      let rhythm = [1, 1, 3, 12, 0].randomElement(using: &random)!
      let start = Int.random(in: 0..<months, using: &random)
      let amount = Int64.random(in: 1...5_000, using: &random) * 100
      for m in 0..<months {
        var v: Int64 = 0
        if rhythm == 0 {
          if m == start { v = amount * 12 }
        } else if m >= start && (m - start) % rhythm == 0 {
          v = amount * Int64(rhythm)
        }
        if m == start + 5 && Int.random(in: 0..<4, using: &random) == 0 { v += amount / 2 }
        if m == start + 2 && Int.random(in: 0..<6, using: &random) == 0 { v -= amount }
        cells.append(v)
      }
    }
    let first = Month(year: 2024, month: 1)
    return (
      cells,
      ImportedCompany(
        accounts: accounts, firstMonth: first, asOf: first.adding(months: months - 1),
        log: ImportLog())
    )
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func givesTheWholeSpreadsRevenue(seed: UInt64) {
    let (cells, given) = company(seed: seed)
    var whole = given
    BillingsSpreader.spread(cells, into: &whole, infersShape: false)
    var mrrOnly = given
    BillingsSpreader.spread(cells, into: &mrrOnly, infersShape: false, isMRROnly: true)
    #expect(mrrOnly.mrr == whole.mrr)
    #expect(mrrOnly.oneTime == whole.oneTime)
    #expect(mrrOnly.accounts.map(\.id) == given.accounts.map(\.id))
    #expect(mrrOnly.accounts.map(\.inferred) == given.accounts.map(\.inferred))
    // The whole spread did rewrite some accounts: the comparison is not empty.
    #expect(whole.accounts.map(\.inferred) != given.accounts.map(\.inferred))
  }
}
