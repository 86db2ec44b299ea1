import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 46's printout summary rows (R46-10, R46-12, R46-14; fixtures
/// `/work/team/s46/review/b04`, `b05`, `b12`, `b15`, made smaller): Xero's and Zoho's tax row and
/// currency-coded labels, Spanish and German summary words, a total written first below its
/// lines; each beside a file the rule must not fire on. Every file: a book of monthly customers
/// through 2024, read at 2024-12.
@Suite struct PrintoutSummaryRowsTests {
  typealias Y = LedgerReviewFortyFiveTests

  static func arr(_ c: ImportedCompany) -> Int64 { LedgerReviewFortyTwoTests.asOfARR(c) }

  /// Labels with a currency code after them are the labels without it; only a code written as
  /// one (`Total GBP`, not `Total Try`).
  @Test func aCurrencyCodeAfterALabelIsNoPartOfIt() {
    #expect(LedgerReader.isSummaryLabel("Total GBP"))
    #expect(LedgerReader.isSettlementLabel("Amount Due (USD)"))
    #expect(LedgerReader.isSettlementLabel("Payment on 15 January 2024"))
    #expect(!LedgerReader.isSummaryLabel("Total Try"))
    #expect(!LedgerReader.isSettlementLabel("Payment on account"))
  }

  /// R46-10 (b04, Xero): `Subtotal`, `Total VAT 20%`, `Total GBP`, `Less Amount Paid`, `Amount
  /// Due GBP`: the VAT row is the total less the subtotal at 20% of it, tax whatever its label.
  /// By hand: 1,500 a month, $18,000 (the VAT read: $21,600).
  @Test func aStandardRateBetweenSubtotalAndTotalIsTax() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Subtotal,1500.00",
          "A-\(m),\(d),Acme,Total VAT 20%,300.00", "A-\(m),\(d),Acme,Total GBP,1800.00",
          "A-\(m),\(d),Acme,Less Amount Paid,-1800.00", "A-\(m),\(d),Acme,Amount Due GBP,0.00",
        ]
      })
    #expect(Self.arr(c) == 1_800_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// Twin: a row between the subtotal and the total at no standard rate (11.1%) is a charge:
  /// 1,500 + 166.50 a month, $19,998.
  @Test func aRowAtNoStandardRateBetweenSubtotalAndTotalIsALine() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Subtotal,1500.00",
          "A-\(m),\(d),Acme,Premium support,166.50", "A-\(m),\(d),Acme,Total,1666.50",
        ]
      })
    #expect(Self.arr(c) == 1_999_800)
  }

  /// R46-12 (b15): `Base imponible`, `IVA 21%`, `Total a pagar`; German `Nettobetrag`,
  /// `Zahlbetrag`. By hand: Acme 1,500, Bolt 900 a month, $28,800.
  @Test func spanishAndGermanSummaryWordsAreSummaryRows() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Base imponible,1500.00",
          "A-\(m),\(d),Acme,IVA 21%,315.00", "A-\(m),\(d),Acme,Total a pagar,1815.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,Nettobetrag,900.00",
          "B-\(m),\(d),Bolt,MwSt 19%,171.00", "B-\(m),\(d),Bolt,Zahlbetrag,1071.00",
        ]
      })
    #expect(Self.arr(c) == 2_880_000)
  }

  /// R46-14 (b12): `Total` written first, 10% below its lines: a discount written only in the
  /// total, the lines read at it, said. By hand: 1,350 a month, $16,200 (read as a line:
  /// $34,200).
  @Test func aTotalFirstShortOfItsLinesIsADiscount() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Total,1350.00", "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00",
        ]
      })
    #expect(Self.arr(c) == 1_620_000)
    #expect(
      c.log.findings.contains { $0.contains("a discount the export writes only in the total") })
  }

  /// Twin: a first `Subtotal` beside a second one (an invoice in sections, no grand total) is
  /// no discount: the lines are read whole, 1,500 a month, $18,000.
  @Test func aFirstSubtotalBesideAnotherIsNoDiscount() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Subtotal,1000.00", "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Subtotal,500.00", "A-\(m),\(d),Acme,Analytics add-on,500.00",
        ]
      })
    #expect(Self.arr(c) == 1_800_000)
    #expect(
      !c.log.findings.contains { $0.contains("a discount the export writes only in the total") })
  }

  /// R46-18 (c09): per-line VAT rounded, the `Total` a cent short of the lines and the VAT row:
  /// rounding, no discount, no check. By hand: 1,000 a month, $12,000 to the cent.
  @Test func aCentShortOfTheLinesAndTaxIsRounding() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Seats A,333.33", "A-\(m),\(d),Acme,Seats B,333.33",
          "A-\(m),\(d),Acme,Seats C,333.34", "A-\(m),\(d),Acme,Subtotal,1000.00",
          "A-\(m),\(d),Acme,VAT 20%,200.01", "A-\(m),\(d),Acme,Total,1200.00",
        ]
      })
    #expect(Self.arr(c) == 1_200_000)
    #expect(!c.log.findings.contains { $0.contains("a discount the export writes only") })
  }

  /// Twin: ten cents short on five rows is more than rounding: the discount of the total, the
  /// lines read at it, 999.90 a month, $11,998.80.
  @Test func tenCentsShortIsADiscount() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Seats A,333.33", "A-\(m),\(d),Acme,Seats B,333.33",
          "A-\(m),\(d),Acme,Seats C,333.34", "A-\(m),\(d),Acme,Subtotal,1000.00",
          "A-\(m),\(d),Acme,VAT 20%,200.00", "A-\(m),\(d),Acme,Total,1199.90",
        ]
      })
    #expect(Self.arr(c) == 1_199_880)
    #expect(c.log.findings.contains { $0.contains("a discount the export writes only") })
  }

  /// R46-19 (c03): `Withholding tax 10%` between the subtotal and the total is the customer's
  /// tax paid for the seller, no cut of revenue: 1,500 a month, $18,000.
  @Test func withholdingTaxIsNoDiscount() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Subtotal,1500.00",
          "A-\(m),\(d),Acme,Withholding tax 10%,-150.00", "A-\(m),\(d),Acme,Total,1350.00",
        ]
      })
    #expect(Self.arr(c) == 1_800_000)
  }

  /// Acme monthly 1,500 (its `Total` its lines); Echo new in December: `Platform subscription`
  /// 1,000 and `Setup fee` 500, `Subtotal` 1,500, `Total` `total`.
  static func waived(total: String) -> String {
    Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
      let d = Y.day(m)
      return [
        "A-\(m),\(d),Acme,Platform subscription,1000.00",
        "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Total,1500.00",
      ]
        + (m < 12
          ? []
          : [
            "E-\(m),\(d),Echo,Platform subscription,1000.00", "E-\(m),\(d),Echo,Setup fee,500.00",
            "E-\(m),\(d),Echo,Subtotal,1500.00", "E-\(m),\(d),Echo,Total,\(total)",
          ])
    }
  }

  /// R46-15 (x2): the gap is the set-up fee to the cent: the fee waived, the subscription read
  /// whole. By hand: Acme 1,500 + Echo 1,000 a month, $30,000 (spread pro rata: $26,000).
  @Test func aGapEqualToTheSetUpFeeWaivesIt() throws {
    let c = try importLedger(Self.waived(total: "1000.00"))
    #expect(Self.arr(c) == 3_000_000)
    #expect(c.log.findings.contains { $0.contains("a fee waived, taken from those lines alone") })
  }

  /// Twin: a 10% gap is no waiver: taken from both lines by their amounts, Echo's subscription
  /// read at 900: $18,000 + $10,800 = $28,800.
  @Test func aGapShortOfTheSetUpFeeIsSpread() throws {
    let c = try importLedger(Self.waived(total: "1350.00"))
    #expect(Self.arr(c) == 2_880_000)
  }
}
