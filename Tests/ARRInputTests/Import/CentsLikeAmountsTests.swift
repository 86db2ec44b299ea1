import ARRCore
import Testing

@testable import ARRInput

/// Amounts in cents with nothing in the header saying so (session 16, import2 lane; trial 16,
/// C1, B1, V1, R2, M3; `docs/import.md`, "Amount units"; ``CentsLikeAmounts``).
@Suite struct CentsLikeAmountsTests {
  func read(_ text: String, name: String = "export.csv", options: ImportOptions = ImportOptions())
    throws -> ImportedCompany
  {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))], options: options)
  }

  func asOfMRR(_ c: ImportedCompany) -> Int64 {
    c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
  }

  /// ChartMogul's MRR Movements export (its documented columns; `MRR` "expressed in cents"),
  /// read as a movements log since session 21 (a plan change log of its `MRR` levels before).
  /// By hand, at 2025-03: acme 500 + eta 450 + delta 600 (200, expanded on 2025-03-15) = 1,550
  /// a month; gamma churned on 2025-03-10 (MRR 0).
  static let movements = """
    DATE,CUSTOMER_NAME,MRR_MOVEMENT,MRR,MOVEMENT_TYPE,CURRENCY_CODE,CUSTOMER_EXTERNAL_ID
    2024-07-03 10:14:22,Acme Inc,50000,50000,new_biz,USD,acme
    2024-07-20 07:30:00,Eta IO,45000,45000,new_biz,USD,eta
    2024-08-10 08:00:00,Gamma Co,30000,30000,new_biz,USD,gamma
    2024-10-01 09:00:00,Delta Dev,20000,20000,new_biz,USD,delta
    2025-03-10 08:00:00,Gamma Co,-30000,0,churn,USD,gamma
    2025-03-15 09:00:00,Delta Dev,40000,60000,expansion,USD,delta
    """

  /// Read as units the headline is 100 times the truth, and a finding says why it looks like
  /// cents (it said nothing: $6.06M for $60,600); `--amounts cents` reads the hand figure and
  /// drops the finding, and so does `--amounts units` (confirmed).
  @Test func chartMogulMovementsInCentsAreAFinding() throws {
    let c = try read(Self.movements, name: "mrr-movements.csv")
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(asOfMRR(c) == 15_500_000)
    let finding = try #require(c.log.findings.first { $0.contains("whole number of hundreds") })
    #expect(c.log.files[0].shape == .movements)
    #expect(finding.hasPrefix("mrr-movements.csv: every amount in \"MRR_MOVEMENT\""))
    #expect(finding.contains("the smallest \"20000\" on line 5, $20,000 a month"))
    #expect(finding.contains("read as cents, $200 a month"))
    #expect(finding.contains("Pass --amounts cents"))
    let cents = try read(
      Self.movements, name: "mrr-movements.csv", options: ImportOptions(amounts: .cents))
    #expect(asOfMRR(cents) == 155_000)
    #expect(!cents.log.findings.contains { $0.contains("whole number of hundreds") })
    let units = try read(
      Self.movements, name: "mrr-movements.csv", options: ImportOptions(amounts: .units))
    #expect(!units.log.findings.contains { $0.contains("whole number of hundreds") })
  }

  /// A subscriptions table's price per cycle in cents (Baremetrics' `plan_amount`, renamed by
  /// the tester's user): the monthly amounts as read are 50,000, 100,000 (1,200,000 a year) and
  /// 30,000 (90,000 a quarter): the finding. As cents: 500 + 1,000 + 300 = 1,800 a month.
  @Test func aPricePerCycleInCentsIsAFinding() throws {
    let text = """
      customer_id,start_date,end_date,billing_cycle,plan_amount
      acme,2024-07-03,,monthly,50000
      beta,2024-09-01,,annual,1200000
      iota,2024-10-01,,quarterly,90000
      """
    let c = try read(text, name: "renamed.csv")
    #expect(
      c.log.findings.contains { $0.contains("\"plan_amount\" is a whole number of hundreds") })
    let cents = try read(text, name: "renamed.csv", options: ImportOptions(amounts: .cents))
    #expect(asOfMRR(cents) == 180_000)
  }

  /// Never on ordinary whole-dollar prices (a 49, 450 or 500 a month; an annual 24,000 is
  /// 2,000 a month), on enterprise prices with cents, on a row under $10,000 a month among large
  /// ones, or on prices with a sign or separator (written as units).
  @Test(arguments: [
    "mrr\n49\n450\n500", "mrr\n25000.00\n30000.00\n45000.00", "mrr\n50000\n45000\n9900",
    "mrr\n$50000\n$45000\n$30000", "mrr\n\"50,000\"\n\"45,000\"\n\"30,000\"", "mrr\n50000\n45000",
    "arr\n24000\n36000\n120000",
  ])
  func ordinaryPricesSayNothing(column: String) throws {
    let lines = column.split(separator: "\n").map(String.init)
    let text =
      "customer_id,start_date,\(lines[0])\n"
      + lines.dropFirst().enumerated().map { "c\($0),2024-01-0\($0 + 1),\($1)" }.joined(
        separator: "\n")
    let c = try read(text)
    #expect(!c.log.findings.contains { $0.contains("whole number of hundreds") })
  }

  /// The bundled scenarios' monthly tables (MRR per account and month) never raise it.
  @Test(arguments: ["seed-example", "plg-smb", "enterprise-saas", "ai-hypergrowth"])
  func theBundledScenariosSayNothing(scenario: String) throws {
    let bytes = try SampleFiles.read(scenario, "monthly.csv")
    let c = try Importer.read([Importer.SourceFile(name: "monthly.csv", bytes: bytes)])
    #expect(!c.log.findings.contains { $0.contains("whole number of hundreds") })
  }

  /// Trial 16, R2 (Recurly's subscriptions export) and M3 (Maxio's): the price is
  /// `unit_amount_in_cents` / `product_price_in_cents`, per billing cycle, in cents, with no
  /// cycle column. The refusal named no column and said "rename that column": renamed "monthly
  /// price" as told, the headline read $44.7M for $60,600. It names the column, its cents and
  /// its cycle, and never asks for a plain "mrr".
  @Test(arguments: [
    (
      "uuid,account_code,email,plan_code,state,quantity,unit_amount_in_cents,currency,activated_at",
      "unit_amount_in_cents"
    ),
    (
      "id,state,customer_id,product_name,activated_at,product_price_in_cents",
      "product_price_in_cents"
    ),
  ])
  func aPriceInCentsPerCycleIsNamedInTheRefusal(header: String, column: String) throws {
    let cells = header.split(separator: ",").map { h -> String in
      switch h {
      case "activated_at": "2024-07-03 10:14:22 UTC"
      case "unit_amount_in_cents", "product_price_in_cents": "50000"
      case "quantity": "1"
      case "currency": "USD"
      default: "x\(h.count)"
      }
    }
    let text = header + "\n" + cells.joined(separator: ",") + "\n"
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(
      error.message.contains(
        "(\"\(column)\" is read as a price per billing cycle, in cents as its header says, beside "
          + "a column saying how many months each price covers"))
    #expect(error.message.contains("and then \"mrr_cents\": as \"mrr\" every price would read 100"))
  }

  /// With a billing cycle column such a price is read, in cents (its header says so): Recurly's
  /// 50,000 cents a month and 1,200,000 cents a year are 500 and 1,000 a month.
  @Test func aPriceInCentsBesideACycleIsRead() throws {
    let c = try read(
      """
      email,billing_cycle,unit_amount_in_cents,activated_at
      ap@acme.io,monthly,50000,2024-07-03 10:14:22 UTC
      billing@beta.com,annual,1200000,2024-09-01 00:00:00 UTC
      """)
    #expect(asOfMRR(c) == 150_000)
    #expect(!c.log.findings.contains { $0.contains("whole number of hundreds") })
  }
}
