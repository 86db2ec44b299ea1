import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 46, R46-11 (fixtures `/work/team/s46/review/a06`, `a06b`, made smaller): an
/// invoice's gross written on a bare row, decided customer by customer; beside a file the rule
/// must not fire on. Every file: a book of monthly customers through 2024, read at 2024-12.
@Suite struct GrossRowsByCustomerTests {
  typealias Y = LedgerReviewFortyFiveTests

  static func arr(_ c: ImportedCompany) -> Int64 { LedgerReviewFortyTwoTests.asOfARR(c) }

  /// A06: Acme VAT-exempt (its bare row equals its lines), Bolt 20%, Cato 19%, Dove 20%. By
  /// hand: the lines, 1,500 + 900 + 500 + 1,000 a month, $46,800 (every bare row read as a
  /// line: $99,300).
  @Test func anExemptCustomerKeepsTheOthersGrossRows() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,,1500.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,,1080.00",
          "C-\(m),\(d),Cato,Platform subscription,500.00", "C-\(m),\(d),Cato,,595.00",
          "D-\(m),\(d),Dove,Platform subscription,1000.00", "D-\(m),\(d),Dove,,1200.00",
        ]
      })
    #expect(Self.arr(c) == 4_680_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// A06b: Acme's rate changes from 7.7% to 8.1% in July; Bolt 20%. By hand: 1,500 + 900 a
  /// month, $28,800.
  @Test func aRateChangeIsOneCustomersTwoPeriods() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00",
          "A-\(m),\(d),Acme,,\(m < 7 ? "1615.50" : "1621.50")",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,,1080.00",
        ]
      })
    #expect(Self.arr(c) == 2_880_000)
  }

  /// Twin: one customer's bare rows at a standard rate is no evidence; beside bare rows at 33%
  /// and 40% every bare row is a line: Acme 1,500 + 1,800, Bolt 900 + 1,197, Cato 500 + 700 a
  /// month, $79,164.
  @Test func oneCustomerAtAStandardRateDecidesNothing() throws {
    let c = try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00",
          "A-\(m),\(d),Acme,Analytics add-on,500.00", "A-\(m),\(d),Acme,,1800.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00", "B-\(m),\(d),Bolt,,1197.00",
          "C-\(m),\(d),Cato,Platform subscription,500.00", "C-\(m),\(d),Cato,,700.00",
        ]
      })
    #expect(Self.arr(c) == 7_916_400)
  }
}
