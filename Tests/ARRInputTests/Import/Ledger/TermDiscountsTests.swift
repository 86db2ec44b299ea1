import ARRCore
import Testing

@testable import ARRInput

/// Trial 48, T48-11 (fixture `/work/team/s48/trial/c09_recurring_discounts.py`, made smaller): a
/// discount line on an annual invoice is a discount on the annual, spread with it; its twin, a
/// credit on another invoice, is not. Every file: Acme's `Team plan, 10 seats, 12 months` of
/// 3,000 on INV-1 (2024-01-01, a 12-month term by its words) and Beta's monthly plan, 250 a
/// month with its month's period, January to June 2024, read at 2024-06.
@Suite struct TermDiscountsTests {
  static func read(_ acme: [String]) throws -> ImportedCompany {
    let beta = (1...6).map { m in
      let day = LedgerReviewFortyFiveTests.day(m)
      let last = CivilDate.lastDay(of: Month(year: 2024, month: m))
      return "\(day),B-\(m),Beta,Monthly plan,250.00,\(day),\(last)"
    }
    let header = "Invoice Date,Invoice Number,Customer,Description,Amount,Period Start,Period End"
    return try importLedger(
      ([header, "2024-01-01,INV-1,Acme,\"Team plan, 10 seats, 12 months\",3000.00,,"] + acme
        + beta).joined(separator: "\n"))
  }

  /// `Annual prepay discount 15%` on INV-1: the annual's price is 2,550 a year, 212.50 a month.
  /// By hand: 12 × (212.50 + 250) = $5,550.
  @Test func aDiscountOnATermsInvoiceIsSpreadWithIt() throws {
    let c = try Self.read(["2024-01-01,INV-1,Acme,Annual prepay discount 15%,-450.00,,"])
    #expect(c.mrrRow("Acme") == [21_250, 21_250, 21_250, 21_250, 21_250, 21_250])
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 555_000)
    #expect(
      c.log.notes.contains {
        $0.contains("1 credit ($450.00 in all, e.g. line 3) on the same invoice as a term's charge")
      })
    #expect(!c.log.findings.contains { $0.contains("one-off") })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// Twin: the same credit on a credit note of its own in March (CN-1) is no discount on the
  /// annual: the annual keeps its price, 250 a month.
  @Test func aCreditOnAnotherInvoiceIsNoDiscount() throws {
    let c = try Self.read(["2024-03-15,CN-1,Acme,Goodwill credit,-450.00,,"])
    #expect(c.mrrRow("Acme").first == 25_000)
    #expect(!c.log.notes.contains { $0.contains("on the same invoice as a term's charge") })
  }
}
