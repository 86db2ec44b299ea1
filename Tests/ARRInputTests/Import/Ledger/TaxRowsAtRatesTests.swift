import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 47, R47-9 (fixture `/work/team/s47/review/s06`, made smaller): Xero writes one tax
/// row per rate between an invoice's subtotal and its total (`Total VAT 20%`, `Total VAT 5%`).
/// Every file: a book of monthly customers through 2024, read at 2024-12.
@Suite struct TaxRowsAtRatesTests {
  typealias Y = LedgerReviewFortyFiveTests

  static func arr(_ c: ImportedCompany) -> Int64 { LedgerReviewFortyTwoTests.asOfARR(c) }

  /// Acme: `Platform subscription` 1,000 (20%), `E-book bundle` 500 (5%), `Subtotal` 1,500,
  /// then `between`, then `Total`; Bolt 900 with one VAT row.
  static func book(_ between: [String], total: String) -> String {
    Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
      let d = Y.day(m)
      return [
        "A-\(m),\(d),Acme,Platform subscription,1000.00", "A-\(m),\(d),Acme,E-book bundle,500.00",
        "A-\(m),\(d),Acme,Subtotal,1500.00",
      ] + between.map { "A-\(m),\(d),Acme,\($0)" } + [
        "A-\(m),\(d),Acme,Total GBP,\(total)", "B-\(m),\(d),Bolt,Platform subscription,900.00",
        "B-\(m),\(d),Bolt,Subtotal,900.00", "B-\(m),\(d),Bolt,Total VAT 20%,180.00",
        "B-\(m),\(d),Bolt,Total GBP,1080.00",
      ]
    }
  }

  /// Two tax rows, each its rate of a part of the subtotal: tax (Acme 1,500 + Bolt 900 a month,
  /// $28,800; read as revenue, $31,500).
  @Test func twoTaxRowsAtTheirRatesAreTax() throws {
    let c = try importLedger(
      Self.book(["Total VAT 20%,200.00", "Total VAT 5%,25.00"], total: "1725.00"))
    #expect(Self.arr(c) == 2_880_000)
    let f = c.log.files[0]
    #expect(f.skipped[.taxLine] == 36)
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// Twins: rows whose rates would tax more than the subtotal (300 at 20% and 75 at 5%: parts
  /// of 1,500 each) are no taxes at those rates, lines (Acme 1,875 + Bolt 900 a month,
  /// $33,300); a row naming a charge beside one naming a tax is a line (`Support 20%` 200,
  /// Acme 1,700 + Bolt 900, $31,200).
  @Test(
    arguments: [
      (["Total VAT 20%,300.00", "Total VAT 5%,75.00"], "1875.00", Int64(3_330_000)),
      (["Support 20%,200.00", "VAT 5%,25.00"], "1725.00", 3_120_000),
    ] as [([String], String, Int64)])
  func rowsNoRateExplainsAreLines(between: [String], total: String, arr: Int64) throws {
    #expect(Self.arr(try importLedger(Self.book(between, total: total))) == arr)
  }
}
