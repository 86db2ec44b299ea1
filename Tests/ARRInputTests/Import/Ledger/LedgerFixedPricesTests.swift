import ARRCore
import Testing

@testable import ARRInput

/// A ledger account billed at fixed prices with whole-month service periods is not usage, however
/// its total moves (``LedgerFixedPrices``; `docs/import.md`, "Contract type from the revenue's
/// shape"). Trial 20, A2: a ledger of whole-month plans and add-ons at fixed prices was called
/// usage-billed.
@Suite struct LedgerFixedPricesTests {
  /// 2024-01 to 2024-12, every line a calendar month's service period. `d` bills a plan of
  /// 100.00 every month and an add-on of 50.00 in even months: 100, 150, 100, 150… (the usage
  /// shape: 12 months, a change every month, 10 flips, variation 0.2), but both prices recur:
  /// contract type unknown, rule `fixed_prices_not_usage`. `u` bills metered amounts that never
  /// repeat (100, 180, 90, 210…): usage, as before.
  static let rows = [
    "d,2024-01-01,100.00,2024-01-01,2024-01-31,Plan",
    "d,2024-02-01,100.00,2024-02-01,2024-02-29,Plan",
    "d,2024-02-01,50.00,2024-02-01,2024-02-29,Add-on",
    "d,2024-03-01,100.00,2024-03-01,2024-03-31,Plan",
    "d,2024-04-01,100.00,2024-04-01,2024-04-30,Plan",
    "d,2024-04-01,50.00,2024-04-01,2024-04-30,Add-on",
    "d,2024-05-01,100.00,2024-05-01,2024-05-31,Plan",
    "d,2024-06-01,100.00,2024-06-01,2024-06-30,Plan",
    "d,2024-06-01,50.00,2024-06-01,2024-06-30,Add-on",
    "d,2024-07-01,100.00,2024-07-01,2024-07-31,Plan",
    "d,2024-08-01,100.00,2024-08-01,2024-08-31,Plan",
    "d,2024-08-01,50.00,2024-08-01,2024-08-31,Add-on",
    "d,2024-09-01,100.00,2024-09-01,2024-09-30,Plan",
    "d,2024-10-01,100.00,2024-10-01,2024-10-31,Plan",
    "d,2024-10-01,50.00,2024-10-01,2024-10-31,Add-on",
    "d,2024-11-01,100.00,2024-11-01,2024-11-30,Plan",
    "d,2024-12-01,100.00,2024-12-01,2024-12-31,Plan",
    "d,2024-12-01,50.00,2024-12-01,2024-12-31,Add-on",
    "u,2024-01-01,100.00,2024-01-01,2024-01-31,API calls",
    "u,2024-02-01,180.00,2024-02-01,2024-02-29,API calls",
    "u,2024-03-01,90.00,2024-03-01,2024-03-31,API calls",
    "u,2024-04-01,210.00,2024-04-01,2024-04-30,API calls",
    "u,2024-05-01,120.00,2024-05-01,2024-05-31,API calls",
    "u,2024-06-01,200.00,2024-06-01,2024-06-30,API calls",
    "u,2024-07-01,95.00,2024-07-01,2024-07-31,API calls",
    "u,2024-08-01,190.00,2024-08-01,2024-08-31,API calls",
    "u,2024-09-01,110.00,2024-09-01,2024-09-30,API calls",
    "u,2024-10-01,220.00,2024-10-01,2024-10-31,API calls",
    "u,2024-11-01,105.00,2024-11-01,2024-11-30,API calls",
    "u,2024-12-01,230.00,2024-12-01,2024-12-31,API calls",
  ]

  @Test func fixedPricesStartingAndStoppingAreNotUsage() throws {
    let text = (["customer,date,amount,period_start,period_end,description"] + Self.rows)
      .joined(separator: "\n")
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(c.mrrRow("d") == (1...12).map { $0 % 2 == 0 ? 15_000 : 10_000 })
    let d = try #require(c.account("d"))
    #expect(d.contractType == nil)
    #expect(d.rules.contains(.pricedNotUsage) && !d.rules.contains(.fluctuatingUsage))
    let u = try #require(c.account("u"))
    #expect(u.contractType == .usage && u.rules.contains(.fluctuatingUsage))
  }

  /// A price billed once among recurring ones, or a usage line, leaves the shape to decide.
  @Test func whichAccountsAreFixedPriced() {
    var p = LedgerFixedPrices(accounts: 3)
    for amount: Int64 in [100, 100, 50, 50] { p.see(account: 0, amount: amount, isUsage: false) }
    for amount: Int64 in [100, 100, 50] { p.see(account: 1, amount: amount, isUsage: false) }
    for amount: Int64 in [100, 100] { p.see(account: 2, amount: amount, isUsage: false) }
    p.see(account: 2, amount: 30, isUsage: true)
    #expect(p.accounts() == [true, false, false])
  }
}
