import ARRAnalysis
import ARRCore
import ARRInput
import Testing

/// `no_price_history` (docs/findings.md; review 13, F40): an imported company whose data cannot
/// show a price change says that expansion and contraction are not measured.
@Suite struct NoPriceHistoryTests {
  static func found(_ company: Company) -> Finding? {
    Analysis.run(company, paths: 100).findings.first { $0.code == .noPriceHistory }
  }

  static func imported(_ company: Company, shape: String) -> Company {
    var c = company
    c.dataQuality.imported = ImportSummary(shape: shape, values: "mrr")
    return c
  }

  /// 20 accounts at $100 a month for 13 months (2024-01 to 2025-01), 2 gone in the last: the
  /// bridge's 12 months show no expansion or contraction across the 20 paying in 2024-01, so an
  /// imported cube fires; trailing NDR is 1,800 / 2,000 = 90.0%. A native folder does not.
  @Test func aYearWithoutAPriceChangeFires() throws {
    let company = try FindingFixtures.company(accounts: 20, months: 13, churnAtEnd: 2)
    #expect(Self.found(company) == nil)
    let finding = try #require(Self.found(Self.imported(company, shape: "cube")))
    #expect(finding.severity == .warning)
    #expect(finding.weight == Finding.noPriceHistoryWeight)
    #expect(finding.message.hasPrefix("Expansion and contraction are not measured: no account's"))
    #expect(
      finding.message.contains(
        "in any of the last 12 months, across the 20 accounts paying in 2024-01"))
    #expect(finding.message.contains("trailing NDR (90.0%) is GRR plus new subscriptions"))
  }

  /// Under the thresholds: 19 accounts, or 12 months of data (11 bridge months), do not fire.
  @Test func fewerAccountsOrMonthsDoNotFire() throws {
    let few = try FindingFixtures.company(accounts: 19, months: 13)
    #expect(Self.found(Self.imported(few, shape: "cube")) == nil)
    let short = try FindingFixtures.company(accounts: 20, months: 12)
    #expect(Self.found(Self.imported(short, shape: "ledger")) == nil)
  }

  /// One account paying $150 instead of $100 in one month of the year is an expansion and a
  /// contraction seen: the data shows price changes.
  @Test func onePriceChangeIsEnough() throws {
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<20 {
      a += "A\(i),monthly,monthly,2024-01-01\n"
      for k in 0..<13 {
        let mrr = i == 0 && k == 6 ? 150 : 100
        m += "A\(i),\(Month(year: 2024, month: 1).adding(months: k)),\(mrr)\n"
      }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
    #expect(Self.found(Self.imported(company, shape: "cube")) == nil)
  }

  /// Billed lines alone (a ledger, Stripe's invoice lines, a movements log) bill each period's
  /// own amount: the same year without a price change is `fixed_prices`, info and measured,
  /// never `no_price_history` (trial 22, T22-5). Trailing NDR 1,800 / 2,000 = 90.0%.
  @Test(arguments: ["ledger", "stripe-invoices", "movements", "ledger+stripe-invoices"])
  func billedLinesAreFixedPricesMeasured(shape: String) throws {
    let company = Self.imported(
      try FindingFixtures.company(accounts: 20, months: 13, churnAtEnd: 2), shape: shape)
    let findings = Analysis.run(company, paths: 100).findings
    #expect(!findings.contains { $0.code == .noPriceHistory })
    let fixed = try #require(findings.first { $0.code == .fixedPrices })
    #expect(fixed.severity == .info)
    #expect(
      fixed.message.hasPrefix(
        "No account's billed amount rose or fell in any of the last 12 months, across the 20 "
          + "accounts paying in 2024-01: fixed-price plans."))
    #expect(fixed.message.contains("trailing NDR (90.0%) is GRR plus new subscriptions"))
    // A cube beside the ledger may carry current prices: the warning stands.
    let mixed = Self.imported(company, shape: shape + "+cube")
    #expect(Self.found(mixed) != nil)
    #expect(!Analysis.run(mixed, paths: 100).findings.contains { $0.code == .fixedPrices })
  }

  /// A Stripe subscriptions export alone fires whatever the bridge shows (3 accounts, 3
  /// months); beside invoice lines it is the lines' history, judged by the bridge.
  @Test func aStripeSubscriptionsExportAloneFires() throws {
    let company = try FindingFixtures.company(accounts: 3, months: 3)
    let finding = try #require(
      Self.found(Self.imported(company, shape: "stripe-subscriptions")))
    #expect(
      finding.message.contains(
        "a Stripe subscriptions export alone, which holds each subscription's current price"))
    #expect(
      Self.found(Self.imported(company, shape: "stripe-invoices+stripe-subscriptions")) == nil)
  }
}
