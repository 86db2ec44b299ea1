import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A tax line is a plausible tax of its document: named only by a tax (a rate, a known region
/// beside it), and at most 30% of the document's other rows (review 44, W-3 and W-4: `Tax 360`,
/// `VAT IQ`, and `Sales Tax` modules at 50–70% of the invoice were skipped as tax).
@Suite struct TaxLinePlausibilityTests {
  func read(_ rows: [String]) throws -> ImportedCompany {
    try LedgerReviewFortyThreeTotalsTests().read(
      "Invoice Number,Invoice Date,Customer,Item,Amount", rows)
  }

  /// Numbers written as rates, and region codes, are set aside; other numbers and two-letter
  /// words name a product.
  @Test func onlyRatesAndRegionsAreSetAside() {
    #expect(LedgerReader.isTaxLineText("Sales tax 7.25 %"))
    #expect(LedgerReader.isTaxLineText("GST @ 15"))
    #expect(LedgerReader.isTaxLineText("VAT (20%) UK"))
    #expect(LedgerReader.isTaxLineText("22000 Sales Tax Payable", isAccount: true))
    #expect(!LedgerReader.isTaxLineText("Tax 360"))
    #expect(!LedgerReader.isTaxLineText("GST 2.0"))
    #expect(!LedgerReader.isTaxLineText("Tax AI"))
    #expect(!LedgerReader.isTaxLineText("VAT IQ"))
  }

  /// A tax-software company's modules, `Sales Tax` 500 and `VAT` 700 beside a 1,000 platform,
  /// are revenue: Acme 1,500 + Bolt 1,700 a month, $38,400 of ARR.
  @Test func aTaxNamedLineLargerThanATaxIsRevenue() throws {
    let c = try read(
      (1...3).flatMap { m in
        [
          "A-\(m),2025-0\(m)-01,Acme,Platform subscription,1000.00",
          "A-\(m),2025-0\(m)-01,Acme,Sales Tax,500.00",
          "B-\(m),2025-0\(m)-01,Bolt,Platform subscription,1000.00",
          "B-\(m),2025-0\(m)-01,Bolt,VAT,700.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_840_000)
    #expect(c.log.files[0].skipped[.taxLine] == nil)
  }

  /// Twin: `Sales Tax` at 8% of the invoice is tax: Acme 1,000 a month, $12,000.
  @Test func aTaxNamedLineOfATaxsSizeIsTax() throws {
    let c = try read(
      (1...3).flatMap { m in
        [
          "A-\(m),2025-0\(m)-01,Acme,Platform subscription,1000.00",
          "A-\(m),2025-0\(m)-01,Acme,Sales Tax,80.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_200_000)
    #expect(c.log.files[0].skipped[.taxLine] == 3)
  }
}
