import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 45's open summary-row findings (fixtures `/work/team/s45/review/`, made smaller): an
/// invoice printout's payment and balance rows below its total (Y-16), a subtotal written below
/// the tax row (Y-9), a total after a discount the export does not itemise (Y-10), and gross
/// rows at each customer's own VAT rate (Y-13); each beside a file the rule must not fire on.
/// Every file: a book of monthly customers through 2024, read at 2024-12.
@Suite struct InvoicePrintoutRowsTests {
  typealias Y = LedgerReviewFortyFiveTests

  /// Rows read = used + skipped, every kind.
  func isTied(_ c: ImportedCompany) -> Bool {
    let f = c.log.files[0]
    return f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +)
  }

  /// Y-16: lines, `Subtotal`, `VAT 20%`, `Total`, `Amount paid` (−Total), `Balance due` 0. By
  /// hand: Acme 1,000 + 500, Bolt 900 a month, $28,800 (the payments read as lines: $0).
  @Test func paymentAndBalanceRowsBelowTheTotalAreNoLines() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Subtotal,1500.00",
          "A-\(m),\(d),Acme,VAT 20%,300.00", "A-\(m),\(d),Acme,Total,1800.00",
          "A-\(m),\(d),Acme,Amount paid,-1800.00", "A-\(m),\(d),Acme,Balance due,0.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,Subtotal,900.00",
          "B-\(m),\(d),Bolt,VAT 20%,180.00", "B-\(m),\(d),Bolt,Total,1080.00",
          "B-\(m),\(d),Bolt,Less payment,-1080.00", "B-\(m),\(d),Bolt,Balance due,0.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.payment] == 24)
    #expect(isTied(c))
    #expect(c.log.notes.contains { $0.contains("settling the invoice, not lines of it") })
    #expect(LedgerReader.isSettlementLabel("Amount paid:"))
    #expect(!LedgerReader.isSettlementLabel("Payments platform"))
  }

  /// Y-16's twin: a payments product (`Payments`) billed above the invoice's `Subtotal` is a
  /// line. By hand: Acme 1,000 + 300 a month, $15,600.
  @Test func aPaymentsProductAboveTheSubtotalIsALine() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00", "A-\(m),\(d),Acme,Payments,300.00",
          "A-\(m),\(d),Acme,Subtotal,1300.00", "A-\(m),\(d),Acme,VAT 20%,260.00",
          "A-\(m),\(d),Acme,Total,1560.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_560_000)
    #expect(c.log.files[0].skipped[.payment] == nil)
    #expect(isTied(c))
  }

  /// Y-9: `MwSt 19%` above `Zwischensumme` (the lines, net) and `Gesamt` (the gross). By hand:
  /// Acme 1.000 + 500, Bolt 900 a month, $28,800 (the Zwischensumme read as a line: twice it).
  @Test func aSubtotalBelowTheTaxRowIsTheInvoicesSummary() throws {
    let c = try importLedger(
      Y.ledger("Rechnungsnummer;Datum;Kunde;Artikel;Betrag") { m in
        let d = Y.day(m)
        return [
          "A-\(m);\(d);Acme;Platform subscription;1.000,00",
          "A-\(m);\(d);Acme;Analytics add-on;500,00", "A-\(m);\(d);Acme;MwSt 19%;285,00",
          "A-\(m);\(d);Acme;Zwischensumme;1.500,00", "A-\(m);\(d);Acme;Gesamt;1.785,00",
          "B-\(m);\(d);Bolt;Platform subscription;900,00", "B-\(m);\(d);Bolt;MwSt 19%;171,00",
          "B-\(m);\(d);Bolt;Zwischensumme;900,00", "B-\(m);\(d);Bolt;Gesamt;1.071,00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 48)
    #expect(c.log.files[0].skipped[.taxLine] == 24)
    #expect(isTied(c))
  }

  /// Y-10: `Subtotal` (the lines) then `Total` at 90% of them, the discount on no row. By hand
  /// (what is billed is the total): Acme 1,350, Bolt 810 a month, $25,920 (the Total read as a
  /// line: $51,840 + $28,800).
  @Test func aTotalBelowTheLinesIsTheirDiscountedSum() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Subtotal,1500.00",
          "A-\(m),\(d),Acme,Total,1350.00", "B-\(m),\(d),Bolt,Platform subscription,900.00",
          "B-\(m),\(d),Bolt,Subtotal,900.00", "B-\(m),\(d),Bolt,Total,810.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_592_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 48)
    #expect(isTied(c))
    #expect(
      c.log.findings.contains {
        $0.contains("24 invoices have a last summary row below their lines and tax")
          && $0.contains("$2,880.00 in all")
      })
    // The spread: 150.00 off 1,000 + 500 by their amounts, the cents left from the largest.
    #expect(
      LedgerReader.spread(100, over: [(1, 200), (2, 100), (3, 33)])
        == [1: 139, 2: 70, 3: 24])
  }

  /// Y-10's twins: a discount written as a row (Sage's `Discount 10%`) is read as a line and
  /// the `Total` matches; a `Total` row of another amount with no other summary row on its
  /// invoice is a line, as before. By hand: Acme (1,500 − 150) and Bolt 900 + 300 a month,
  /// $30,600.
  @Test func aWrittenDiscountOrALoneTotalRowIsNoUnwrittenDiscount() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Subtotal,1500.00",
          "A-\(m),\(d),Acme,Discount 10%,-150.00", "A-\(m),\(d),Acme,VAT 20%,270.00",
          "A-\(m),\(d),Acme,Total,1620.00", "B-\(m),\(d),Bolt,Platform subscription,900.00",
          "B-\(m),\(d),Bolt,Total,300.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_060_000)
    #expect(!c.log.findings.contains { $0.contains("a discount the export writes only") })
    #expect(isTied(c))
  }

  /// Y-13: each invoice's lines, then a bare row holding its gross at its customer's country
  /// rate (19%, 20%, 21%, 23%), no tax column. By hand: 1,500 + 900 + 500 + 1,000 a month,
  /// $46,800 (the gross read as lines: $103,200).
  @Test func grossRowsAtEachCustomersRateAreTheInvoicesGross() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,,1785.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,,1080.00",
          "C-\(m),\(d),Cato,Platform subscription,500.00", "C-\(m),\(d),Cato,,605.00",
          "D-\(m),\(d),Dove,Platform subscription,1000.00", "D-\(m),\(d),Dove,,1230.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 4_680_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 48)
    #expect(isTied(c))
    #expect(LedgerReader.standardTaxRate([(1785_00, 1500_00), (1190_00, 1000_00)]) == 19_000)
    #expect(LedgerReader.standardTaxRate([(1700_00, 1500_00)]) == nil)
  }

  /// Y-13's twin: bare rows above their lines by shares no tax rate has (13.3%, 11.1%) are
  /// lines billed with no product, though Cato's is at 20%. By hand: Acme 1,500 + 1,700, Bolt
  /// 900 + 1,000, Cato 500 + 600 a month, $74,400.
  @Test func bareRowsAtNoTaxRateAreLines() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,,1700.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,,1000.00",
          "C-\(m),\(d),Cato,Platform subscription,500.00",
          "C-\(m),\(d),Cato,,600.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 7_440_000)
    #expect(c.log.files[0].skipped[.documentTotal] == nil)
    #expect(isTied(c))
    // Read as lines, but said, with the stake: 36 rows of 1,700, 1,000 and 600.
    #expect(
      c.log.findings.contains {
        $0.contains("36 invoices hold one row with no item or description above")
          && $0.contains("$39,600.00 in all")
      })
  }

  /// The finding's twin: bare rows at half their invoice's other rows or more (a second
  /// product billed with no name) say nothing of tax. By hand: Acme 1,500 + 2,400, Bolt 900 +
  /// 1,500, Cato 500 + 900 a month, $92,400.
  @Test func bareRowsFarAboveTheirLinesAreNoGross() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1500.00", "A-\(m),\(d),Acme,,2400.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,,1500.00",
          "C-\(m),\(d),Cato,Platform subscription,500.00", "C-\(m),\(d),Cato,,900.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 9_240_000)
    #expect(!c.log.findings.contains { $0.contains("at shares no one tax rate explains") })
  }
}
