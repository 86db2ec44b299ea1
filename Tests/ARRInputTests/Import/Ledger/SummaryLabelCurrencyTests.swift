import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 47, R47-5 and R47-10 (fixtures `/work/team/s47/review/h08b`, `h08c`, `s04b`, made
/// smaller): the currency an invoice's summary rows name (`Total GBP`) is the invoice's; two in
/// one file with no currency column are refused as two currency columns are. Every file: a book
/// of monthly customers through 2024, read at 2024-12.
@Suite struct SummaryLabelCurrencyTests {
  typealias Y = LedgerReviewFortyFiveTests

  static func arr(_ c: ImportedCompany) -> Int64 { LedgerReviewFortyTwoTests.asOfARR(c) }

  /// Acme 1,000 (20% VAT) and Bolt 900 a month under `Total <acme>`, `Total <bolt>`; Cato 500
  /// under `Total <cato>`, then (when `info`) a `Total EUR` of each invoice converted.
  static func book(_ acme: String, _ bolt: String, _ cato: String, info: Bool = false) -> String {
    Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
      let d = Y.day(m)
      return [
        "A-\(m),\(d),Acme,Platform subscription,1000.00", "A-\(m),\(d),Acme,Subtotal,1000.00",
        "A-\(m),\(d),Acme,VAT 20%,200.00", "A-\(m),\(d),Acme,Total \(acme),1200.00",
        "A-\(m),\(d),Acme,Amount Due \(acme),1200.00",
        "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,Total \(bolt),900.00",
        "C-\(m),\(d),Cato,Platform subscription,500.00", "C-\(m),\(d),Cato,Total \(cato),500.00",
      ] + (info ? ["C-\(m),\(d),Cato,Total EUR,585.00"] : [])
    }
  }

  /// Two currencies named only in the labels: refused, as with a currency column, naming both
  /// and how the file says them (it read $28,800, pounds and euros added).
  @Test func twoCurrenciesInTheLabelsAreRefused() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importLedger(Self.book("GBP", "GBP", "EUR"))
    }
    #expect(
      error.message.contains("ledger.csv: amounts in 2 currencies: GBP (line 2), EUR (line 9)"))
    #expect(
      error.message.contains("12 lines in EUR (the first on line 9, \"Cato\") beside 24 in GBP"))
    #expect(error.message.contains("each invoice's is the code its summary rows' labels name"))
  }

  /// `--currency GBP --lenient`: Cato's euro invoices are left out, never converted. By hand:
  /// Acme 1,000 + Bolt 900 a month, $22,800; every row accounted for.
  @Test func oneCurrencyOfTheLabelsReadsAlone() throws {
    let c = try importLedger(
      Self.book("GBP", "GBP", "EUR"), options: ImportOptions(isLenient: true, currency: "GBP"))
    #expect(Self.arr(c) == 2_280_000)
    #expect(c.account("Cato") == nil)
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// Twins: one currency in every label, or a converted `Total EUR` below a `Total GBP` on the
  /// same invoice (the first code is the invoice's): read, Acme 1,000 + Bolt 900 + Cato 500 a
  /// month, $28,800.
  @Test(arguments: [("GBP", false), ("USD", false), ("GBP", true)])
  func oneCurrencyPerInvoiceReads(code: String, info: Bool) throws {
    let c = try importLedger(Self.book(code, code, code, info: info))
    #expect(Self.arr(c) == 2_880_000)
  }

  /// R47-10: `Subtotal (€)`, `VAT 20%`, `Total in EUR` are the invoice's summary rows: Acme
  /// 1,000 a month, $12,000 (read as lines, $40,800). The twin: a product `Sign in EUR` is a
  /// line (Bolt 300 a month, $3,600 more).
  @Test func aTotalInACurrencyIsATotal() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00", "A-\(m),\(d),Acme,Subtotal (€),1000.00",
          "A-\(m),\(d),Acme,VAT 20%,200.00", "A-\(m),\(d),Acme,Total in EUR,1200.00",
          "B-\(m),\(d),Bolt,Sign in EUR,300.00",
        ]
      })
    #expect(Self.arr(c) == 1_560_000)
  }
}
