import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 46's settlement rows under labels no list holds (R46-9, R46-13; fixtures
/// `/work/team/s46/review/b08`–`b20`, made smaller): rows below an invoice's lines that net to
/// the difference between its total and what is left to pay settle it whatever their labels;
/// each beside a file the rule must not fire on. Every file: a book of monthly customers
/// through 2024, read at 2024-12.
@Suite struct SettlingTailTests {
  typealias Y = LedgerReviewFortyFiveTests

  static func arr(_ c: ImportedCompany) -> Int64 { LedgerReviewFortyTwoTests.asOfARR(c) }

  /// R46-13, R46-9: `Deposit` −30% then `Balance due` 70% (b16), `Previous balance` +500 then
  /// `Total due` (b19), `Payments/Credits` −total then `Balance Due` 0 (b09). By hand: the lines,
  /// Acme 1,500, Bolt 900, Cato 500 a month: $34,800 (read as lines: $70,200 for Bolt alone…).
  @Test func rowsNettingTheTotalToWhatIsLeftSettleWhateverTheirLabel() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Total,1500.00",
          "A-\(m),\(d),Acme,Deposit,-450.00", "A-\(m),\(d),Acme,Balance due,1050.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,Total,900.00",
          "B-\(m),\(d),Bolt,Previous balance,500.00", "B-\(m),\(d),Bolt,Total due,1400.00",
          "C-\(m),\(d),Cato,Platform subscription,500.00", "C-\(m),\(d),Cato,Total,500.00",
          "C-\(m),\(d),Cato,Payments/Credits,-500.00", "C-\(m),\(d),Cato,Balance Due,0.00",
        ]
      })
    #expect(Self.arr(c) == 3_480_000)
    // `Deposit` and `Previous balance` no label names: said as a check (24 rows).
    #expect(c.log.findings.contains { $0.contains("24 rows below invoices' lines with no label") })
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// Twin: a row between a subtotal and what is due is a charge of the invoice (a subtotal is
  /// no total that payments settle): Acme's `Premium support` 50 stays a line, 1,550 a month,
  /// $18,600.
  @Test func aChargeBetweenASubtotalAndWhatIsDueIsALine() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Subtotal,1500.00",
          "A-\(m),\(d),Acme,Premium support,50.00", "A-\(m),\(d),Acme,Amount due,1550.00",
        ]
      })
    #expect(Self.arr(c) == 1_860_000)
  }

  /// R46-13 (b20): no total, `Payment received` −half above `Balance due` half. By hand: Acme
  /// 1,500 and Bolt 900 a month, $28,800 (the payment read as a line: $19,800).
  @Test func aPaymentAboveWhatIsLeftSettlesWithNoTotal() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Payment received,-750.00",
          "A-\(m),\(d),Acme,Balance due,750.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,Total,900.00",
        ]
      })
    #expect(Self.arr(c) == 2_880_000)
  }

  /// Twin: a discount above what is left, no total, no payment word: the discount is the
  /// invoice's, 1,500 − 150 = 1,350 a month, $16,200.
  @Test func aDiscountAboveWhatIsLeftIsALine() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Discount 10%,-150.00",
          "A-\(m),\(d),Acme,Balance due,1350.00",
        ]
      })
    #expect(Self.arr(c) == 1_620_000)
  }

  /// R46-9: paid in full under a label no list holds and no balance row: the row below the
  /// total equal to minus it settles the invoice, and is said. By hand: 1,500 a month, $18,000.
  @Test func minusTheTotalBelowItIsAPaymentInFull() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Total,1500.00",
          "A-\(m),\(d),Acme,Received with thanks,-1500.00",
        ]
      })
    #expect(Self.arr(c) == 1_800_000)
    #expect(c.log.findings.contains { $0.contains("no label saying a payment") })
  }

  /// Twin: a credit below the total that is not minus it is the invoice's: 1,500 − 200 = 1,300
  /// a month, $15,600; no invoice reads at nothing, so nothing is said of one.
  @Test func aPartCreditBelowTheTotalIsALine() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Total,1500.00",
          "A-\(m),\(d),Acme,Service credit,-200.00",
        ]
      })
    #expect(Self.arr(c) == 1_560_000)
    #expect(!c.log.findings.contains { $0.contains("at zero or less") })
  }

  /// R46-9: rows below the total no rule explains that take the invoice to nothing or less are
  /// never silent: Acme's `Adjustment` −2,000 below its `Total` 1,500 is said.
  @Test func anInvoiceReadAtNothingIsSaid() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Total,1500.00",
          "A-\(m),\(d),Acme,Adjustment,-2000.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,Total,900.00",
        ]
      })
    #expect(c.log.findings.contains { $0.contains("12 invoices read at zero or less") })
  }
}
