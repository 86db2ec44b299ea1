import ARRCore
import Testing

@testable import ARRInput

/// A contracts register's or subscriptions table's notice (trial 50, T50-25, T50-29): a status
/// `Notice Given`, `Cancels at term end`, `Churn risk - notice received`, or a `Notice Date`
/// column, were unread: the noticed accounts "retained" and in committed ARR.
@Suite struct NoticeStatusTests {
  static let header = "customer_id,monthly_fee,contract,start_date,end_date,status"

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
  }

  /// c65 by hand at 2026-10: each 1,000 a month on an annual term past October; a status
  /// saying notice leaves on its term's end (the cancel date), the others run on.
  @Test(arguments: [
    ("Notice Given", true), ("Cancels at term end", true), ("Churn risk - notice received", true),
    ("Active - not renewing", true), ("Pending Cancellation", true), ("Renewing", false),
    ("Auto-renew", false), ("Active - renewed", false), ("No notice", false), ("Active", false),
  ])
  func aStatusSayingNoticeLeavesAtTheTermsEnd(status: String, isNotice: Bool) throws {
    let c = try read(
      "\(Self.header)\nk1,1000,annual,2026-01-01,2026-12-31,Active\n"
        + "k4,1000,annual,2026-04-01,2027-03-31,\(status)\n")
    let k4 = try #require(c.accounts.first { $0.id == "k4" })
    #expect(k4.cancelDate == (isNotice ? CivilDate("2027-03-31") : nil))
    #expect(c.mrrRow("k4").last == 100_000)
    #expect(c.accounts.first { $0.id == "k1" }?.cancelDate == nil)
  }

  /// c56: Echo's `Notice Date` 2026-09-20, before its end 2027-01-31, is notice given under an
  /// `Active` status; a blank notice date, or one on or after the end, is none; the column is
  /// read, not listed as ignored.
  @Test(arguments: [("2026-09-20", true), ("", false), ("2027-02-15", false)])
  func aNoticeDateBeforeTheEndIsNotice(date: String, isNotice: Bool) throws {
    let c = try read(
      "\(Self.header),Notice Date\nk1,1000,annual,2026-01-01,2026-12-31,Active,\n"
        + "echo,3000,annual,2026-02-01,2027-01-31,Active,\(date)\n")
    let echo = try #require(c.accounts.first { $0.id == "echo" })
    #expect(echo.cancelDate == (isNotice ? CivilDate("2027-01-31") : nil))
    #expect(c.accounts.first { $0.id == "k1" }?.cancelDate == nil)
    #expect(!c.log.files[0].ignoredColumns.contains("Notice Date"))
  }

  /// c56's register with `ACV (USD)`: the price is the annual contract value, its currency the
  /// header's. By hand at 2026-10: Atlas 54,000 ÷ 12 = 4,500; Beryl 10,000; Echo 3,000, notice
  /// given (its `Status` and its `Notice Date`), leaving 2027-01-31. Twin: `mrr` beside
  /// `mrr_usd` is still a conversion (``ConvertedAmountTests``), untouched by the suffix rule.
  @Test func aPriceHeaderNamingItsCurrencyIsThePrice() throws {
    let c = try read(
      """
      Contract ID,Customer,Start Date,End Date,ACV (USD),Billing Frequency,Status,Notice Date
      C-014,Atlas Robotics,2025-11-01,2026-10-31,"54,000",Annual,Active,
      C-002,Beryl Bank,2025-03-01,2028-02-29,"120,000",Annual,Active,
      C-005,Echo Energy,2026-02-01,2027-01-31,"36,000",Annual,Notice Given,2026-09-20

      """)
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("Atlas Robotics").last == 450_000)
    #expect(c.mrrRow("Beryl Bank").last == 1_000_000)
    #expect(c.mrrRow("Echo Energy").last == 300_000)
    #expect(c.accounts.first { $0.id == "Echo Energy" }?.cancelDate == CivilDate("2027-01-31"))
    #expect(c.accounts.first { $0.id == "Beryl Bank" }?.cancelDate == nil)
    #expect(
      SubscriptionTableReader.priceKeys(["customer", "mrr", "currency", "mrr_usd"])
        == ["customer", "mrr", "currency", "mrr usd"])
  }
}
