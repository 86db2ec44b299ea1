import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// An invoice's summary rows (`Subtotal`, `Total`, an `Invoice Total` item) equal to its lines
/// (their tax added or not) are its totals, not lines; a bare gross row the lines' sum times one
/// tax factor across the file is the gross (review 44, W-6 and W-7; review 44b, X-7).
@Suite struct InvoiceSummaryRowsTests {
  func read(_ header: String, _ rows: [String]) throws -> ImportedCompany {
    try importLedger(([header] + rows).joined(separator: "\n"))
  }

  /// Rows read = used + skipped, every kind.
  func isTied(_ c: ImportedCompany) -> Bool {
    let f = c.log.files[0]
    return f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +)
  }

  /// The words: a summary label says only a summary word; a product's name holding one does not.
  @Test func summaryLabels() {
    #expect(LedgerReader.isSummaryLabel("Subtotal"))
    #expect(LedgerReader.isSummaryLabel("Sub-total:"))
    #expect(LedgerReader.isSummaryLabel("Invoice Total"))
    #expect(LedgerReader.isSummaryLabel("TOTAL (incl. VAT)"))
    #expect(LedgerReader.isSummaryLabel("Amount due"))
    #expect(!LedgerReader.isSummaryLabel("Total Care"))
    #expect(!LedgerReader.isSummaryLabel("Total Rewards platform"))
    #expect(!LedgerReader.isSummaryLabel(""))
  }

  /// W-6, Sage: lines, `Subtotal`, `VAT 20%`, `Total` on each invoice. By hand: Acme 1,000 +
  /// 500 and Bolt 900 a month, $28,800 (the Subtotal and Total read as lines: 3.2 times it).
  @Test func sageSubtotalAndTotalRowsAreTheInvoicesSummary() throws {
    let c = try read(
      "Invoice No,Date,Customer,Product Code,Description,Amount",
      (1...3).flatMap { m in
        [
          "SI-A\(m),2025-0\(m)-01,Acme,PLA01,Platform subscription,1000.00",
          "SI-A\(m),2025-0\(m)-01,Acme,ANA01,Analytics add-on,500.00",
          "SI-A\(m),2025-0\(m)-01,Acme,,Subtotal,1500.00",
          "SI-A\(m),2025-0\(m)-01,Acme,,VAT 20%,300.00",
          "SI-A\(m),2025-0\(m)-01,Acme,,Total,1800.00",
          "SI-B\(m),2025-0\(m)-01,Bolt,PLA01,Platform subscription,900.00",
          "SI-B\(m),2025-0\(m)-01,Bolt,SUBTOTAL,Subtotal,900.00",
          "SI-B\(m),2025-0\(m)-01,Bolt,VAT,VAT 20%,180.00",
          "SI-B\(m),2025-0\(m)-01,Bolt,TOTAL,Total,1080.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 12)
    #expect(c.log.files[0].skipped[.taxLine] == 6)
    #expect(isTied(c))
    #expect(
      c.log.notes.contains { $0.contains("labelled as the invoice's summary") })
  }

  /// b12: the total row's item says `Invoice Total`, its description blank. By hand: Acme
  /// 1,500 a month, $18,000.
  @Test func anInvoiceTotalItemIsTheInvoicesSummary() throws {
    let c = try read(
      "Invoice Number,Invoice Date,Customer,Item,Description,Amount",
      (1...3).flatMap { m in
        [
          "INV-\(m),2025-0\(m)-01,Acme,Platform subscription,Platform subscription,1000.00",
          "INV-\(m),2025-0\(m)-01,Acme,Analytics add-on,Analytics add-on,500.00",
          "INV-\(m),2025-0\(m)-01,Acme,VAT 20%,,300.00",
          "INV-\(m),2025-0\(m)-01,Acme,Invoice Total,,1800.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_800_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 3)
    #expect(isTied(c))
  }

  /// a gross row described `Total` beside lines with a tax column. By hand: Acme 1,500
  /// and Bolt 900 a month, $28,800 ($73,080 with the gross read as a line and taxed).
  @Test func aTotalDescribedGrossRowWithATaxColumn() throws {
    let c = try read(
      "Invoice Number,Invoice Date,Customer,Description,Amount,Tax",
      (1...3).flatMap { m in
        [
          "A-\(m),2025-0\(m)-01,Acme,Platform subscription,1000.00,100.00",
          "A-\(m),2025-0\(m)-01,Acme,Analytics add-on,500.00,50.00",
          "A-\(m),2025-0\(m)-01,Acme,Total,1650.00,150.00",
          "B-\(m),2025-0\(m)-01,Bolt,Platform subscription,900.00,90.00",
          "B-\(m),2025-0\(m)-01,Bolt,Total,990.00,90.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 6)
    #expect(isTied(c))
  }

  /// Twin: a product named `Total Care` equal to the other line, and a one-line invoice
  /// described `Total`, are lines. By hand: Acme 1,000 + 1,000, Bolt 700 a month, $32,400.
  @Test func aProductNamedTotalIsALine() throws {
    let c = try read(
      "Invoice Number,Invoice Date,Customer,Description,Amount",
      (1...3).flatMap { m in
        [
          "A-\(m),2025-0\(m)-01,Acme,Platform subscription,1000.00",
          "A-\(m),2025-0\(m)-01,Acme,Total Care,1000.00",
          "B-\(m),2025-0\(m)-01,Bolt,Total,700.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_240_000)
    #expect(c.log.files[0].skipped[.documentTotal] == nil)
  }

  /// Twin: a `Total` row that is not the lines' sum (nor with their tax) is no summary: read.
  /// By hand: Acme 1,000 + 400 a month, $16,800.
  @Test func aTotalRowOfAnotherAmountIsALine() throws {
    let c = try read(
      "Invoice Number,Invoice Date,Customer,Item,Description,Amount",
      (1...3).flatMap { m in
        [
          "A-\(m),2025-0\(m)-01,Acme,Platform,Platform subscription,1000.00",
          "A-\(m),2025-0\(m)-01,Acme,,Total,400.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_680_000)
    #expect(c.log.files[0].skipped[.documentTotal] == nil)
  }

  /// W-7: each invoice's bare row first, its lines' sum times 1.2, no tax column. By hand:
  /// Acme 1,500, Bolt 900, Cato 500 a month, $34,800 ($102,960 read as lines).
  @Test func aBareGrossRowOfOneTaxFactorAcrossTheFile() throws {
    let c = try read(
      "Invoice Number,Invoice Date,Customer,Item,Amount",
      (1...3).flatMap { m in
        [
          "A-\(m),2025-0\(m)-01,Acme,,1800.00",
          "A-\(m),2025-0\(m)-01,Acme,Platform subscription,1000.00",
          "A-\(m),2025-0\(m)-01,Acme,Analytics add-on,500.00",
          "B-\(m),2025-0\(m)-01,Bolt,,1080.00",
          "B-\(m),2025-0\(m)-01,Bolt,Platform subscription,900.00",
          "C-\(m),2025-0\(m)-01,Cato,,600.00",
          "C-\(m),2025-0\(m)-01,Cato,Platform subscription,500.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_480_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 9)
    #expect(isTied(c))
  }

  /// Twin: bare rows above the lines by differing shares (20%, 10%, 30%) are no tax of one
  /// rate: read as lines. By hand: Acme 1,800, Bolt 990, Cato 650 a month, $41,280.
  @Test func bareRowsOfDifferingSharesAreLines() throws {
    let c = try read(
      "Invoice Number,Invoice Date,Customer,Item,Amount",
      (1...3).flatMap { m in
        [
          "A-\(m),2025-0\(m)-01,Acme,,300.00",
          "A-\(m),2025-0\(m)-01,Acme,Platform subscription,1000.00",
          "A-\(m),2025-0\(m)-01,Acme,Analytics add-on,500.00",
          "B-\(m),2025-0\(m)-01,Bolt,,90.00",
          "B-\(m),2025-0\(m)-01,Bolt,Platform subscription,900.00",
          "C-\(m),2025-0\(m)-01,Cato,,150.00",
          "C-\(m),2025-0\(m)-01,Cato,Platform subscription,500.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 4_128_000)
    #expect(c.log.files[0].skipped[.documentTotal] == nil)
  }
}
