import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 46's regressions of the summary-row rules (fixtures `/work/team/s46/review/`, made
/// smaller): a balance row whose label is no settling word below a skipped payment (R46-6), and
/// a second `Total` in another currency than the invoice's lines (R46-3); each beside a file the
/// rule must not fire on. Every file: a book of monthly customers through 2024, read at 2024-12.
@Suite struct SettlingRowsTests {
  typealias Y = LedgerReviewFortyFiveTests

  /// R46-6: lines, `Total`, `Paid` (−half), `Balance` (+half). The payment is skipped, and so is
  /// the balance, the total less it. By hand: Acme 1,000 + 500, Bolt 900 a month, $28,800
  /// (`Balance` read as a line: $46,800 less the half paid… read half again).
  @Test func aBalanceBelowASkippedPaymentIsSkippedWhateverItsLabel() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Total,1500.00",
          "A-\(m),\(d),Acme,Paid,-750.00", "A-\(m),\(d),Acme,Balance,750.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,Total,900.00",
          "B-\(m),\(d),Bolt,Due,450.00", "B-\(m),\(d),Bolt,Amount paid,-450.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// R46-6's twin: a row below the payment that is no balance of the invoice (a late fee not
  /// equal to what is left) keeps the settling rows in as lines, netting as written: Acme's
  /// payment −750 and fee 100 read as lines beside its 1,500 of lines. By hand: (1,500 − 750 +
  /// 100) + 900 = 1,750 a month, $21,000.
  @Test func aRowBelowThePaymentNothingExplainsKeepsThePaymentAsALine() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,Total,1500.00",
          "A-\(m),\(d),Acme,Paid,-750.00", "A-\(m),\(d),Acme,Late fee,100.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,Total,900.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_100_000)
  }

  /// R46-3: EUR lines, `Total` in EUR, then `Total` in GBP (a home-currency total): the GBP row
  /// is no discount of the invoice; the file holds two currencies and is refused, as before the
  /// rules.
  @Test func aTotalInAnotherCurrencyIsNoDiscount() throws {
    let text = Y.ledger("Invoice No,Date,Customer,Description,Amount,Currency") { m in
      let d = Y.day(m)
      return [
        "A-\(m),\(d),Acme,Platform subscription,1000.00,EUR", "A-\(m),\(d),Acme,Total,1000.00,EUR",
        "A-\(m),\(d),Acme,Total,850.00,GBP",
      ]
    }
    #expect(throws: ARRQualityError.self) { try importLedger(text) }
  }

  /// R46-3's twin: a `Total` under a discount the export does not itemise, below a matched
  /// `Subtotal` (another word), is still the invoice's discounted total: 1,000 − 10% = 900 a
  /// month, $10,800.
  @Test func aTotalBelowAMatchedSubtotalIsStillADiscount() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00", "A-\(m),\(d),Acme,Subtotal,1000.00",
          "A-\(m),\(d),Acme,Total,900.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_080_000)
  }
}
