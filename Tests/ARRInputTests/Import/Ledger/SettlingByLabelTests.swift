import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 47's regressions of the rows found by their amounts (fixtures
/// `/work/team/s47/review/h01`–`h12`, `s15`, made smaller): what a row's label names decides
/// before its amount. Every file: a book of monthly customers through 2024, read at 2024-12.
@Suite struct SettlingByLabelTests {
  typealias Y = LedgerReviewFortyFiveTests

  static func arr(_ c: ImportedCompany) -> Int64 { LedgerReviewFortyTwoTests.asOfARR(c) }

  /// One invoice a month for Acme: `Platform subscription` 1,000, `Subtotal`, then `row`, then
  /// `Total` 1,000 + its amount.
  static func between(_ row: String, _ amount: String, total: String) throws -> ImportedCompany {
    try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00", "A-\(m),\(d),Acme,Subtotal,1000.00",
          "A-\(m),\(d),Acme,\(row),\(amount)", "A-\(m),\(d),Acme,Total,\(total)",
        ]
      })
  }

  /// R47-1: a charge priced at a standard rate of the subtotal is a line ($14,400 a year)
  /// unless its label names a tax and nothing else (the twins: $12,000).
  @Test(arguments: [
    ("Premium support (20% of licence)", "200.00", "1200.00", Int64(1_440_000)),
    ("Tax Advisory", "200.00", "1200.00", 1_440_000),
    ("Agency fee 15%", "150.00", "1150.00", 1_380_000),
    ("Wartung 19%", "190.00", "1190.00", 1_428_000),
    ("Total VAT 20%", "200.00", "1200.00", 1_200_000),
    ("Standard Rate (20%)", "200.00", "1200.00", 1_200_000),
  ])
  func aRowAtARateOfTheSubtotalIsTaxOnlyUnderATaxLabel(
    row: String, amount: String, total: String, arr: Int64
  ) throws {
    #expect(Self.arr(try Self.between(row, amount, total: total)) == arr)
  }

  /// R47-3, R47-6, R47-2: below `Total` 1,000, a credit, a refund, a void or a discount is the
  /// invoice's own (the lines net: a discount of 100 leaves 900 a month, $10,800; a full
  /// credit, refund or void leaves nothing, $0), and a charge before `Total due` is a line
  /// (1,250, $15,000). The twin: an unlabelled `Deposit` before `Balance due` still settles
  /// (1,000, $12,000).
  @Test(
    arguments: [
      (["Discount 10%,-100.00", "Amount due,900.00"], 1_080_000),
      (["Loyalty discount,-100.00", "Balance due,900.00"], 1_080_000),
      (["Discount 10%,-100.00", "Payment received,-900.00"], 1_080_000),
      (["Credit note CN-12 - cancelled,-1000.00"], 0),
      (["Refund,-1000.00"], 0),
      (["VOID - issued in error,-1000.00"], 0),
      (["Usage overage - API calls,250.00", "Total due,1250.00"], 1_500_000),
      (["Deposit,-300.00", "Balance due,700.00"], 1_200_000),
    ] as [([String], Int64)])
  func whatTheRowSaysDecidesBeforeItsAmount(below: [String], arr: Int64) throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00", "A-\(m),\(d),Acme,Total,1000.00",
        ] + below.map { "A-\(m),\(d),Acme,\($0)" }
      })
    #expect(Self.arr(c) == arr)
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// R47-14: `Base imponible`, `IVA 21%`, `Total a pagar` (the gross), `Pagado` minus it,
  /// `Pendiente` 0: the payment settles the gross, the lines count (1,000 a month, $12,000, not
  /// $0). R47-4: `Amount due` written first, after a deposit paid elsewhere, is no total and no
  /// discount: the lines count in full (1,500, $18,000).
  @Test func aRowSayingWhatIsLeftIsNeitherALineNorADiscount() throws {
    let spanish = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Base imponible,1000.00", "A-\(m),\(d),Acme,IVA 21%,210.00",
          "A-\(m),\(d),Acme,Total a pagar,1210.00", "A-\(m),\(d),Acme,Pagado,-1210.00",
          "A-\(m),\(d),Acme,Pendiente,0.00",
        ]
      })
    #expect(Self.arr(spanish) == 1_200_000)
    let first = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Amount due,1050.00", "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00",
          "B-\(m),\(d),Bolt,Amount due,900.00", "B-\(m),\(d),Bolt,Platform subscription,900.00",
        ]
      })
    #expect(Self.arr(first) == 1_800_000 + 1_080_000)
  }
}
