import ARRCore
import Testing

@testable import ARRInput

/// Credits with a service period that are part of a charge's price, not one-off
/// (``OneOffCredits/withPeriods(_:uses:)``; review 45b, Z-10, Z-11, Z-12): a discount line on
/// an invoice, and a credit refunding the rest of a term.
@Suite struct PeriodCreditsPriceTests {
  static let header = PeriodCreditsTests.header

  /// Grebe pays 600 a month, September to December (the as-of month December).
  static let grebe = PeriodCreditsTests.monthly("Grebe", "600.00")

  /// Z-10: Kite's invoices bill 600, 700, 800, 900 of seats, each with a "Partner discount
  /// (15%)" line on the same document and period (−90, −105, −120, −135): never the same amount
  /// twice, never followed by a lower invoice, yet the price: MRR 510, 595, 680, 765.
  @Test func aDiscountLineOnTheInvoiceNets() throws {
    var text = Self.header + Self.grebe
    for (m, seats) in [(9, 600), (10, 700), (11, 800), (12, 900)] {
      let mm = m < 10 ? "0\(m)" : "\(m)"
      let end = [9: "30", 10: "31", 11: "30", 12: "31"][m]!
      let period = "2026-\(mm)-01,2026-\(mm)-\(end)"
      text += "INV-K-\(mm),2026-\(mm)-01,Kite,Seats,\(seats).00,\(period)\n"
      text +=
        "INV-K-\(mm),2026-\(mm)-01,Kite,Partner discount (15%),-\(seats * 15 / 100).00,"
        + "\(period)\n"
    }
    let c = try importLedger(text)
    #expect(c.mrrRow("Kite") == [51_000, 59_500, 68_000, 76_500])
    #expect(!c.log.findings.contains { $0.contains("with a service period") })
  }

  /// Z-11: Heron's annual licence 24,000 (2026-02-01 to 2027-01-31) with a "Multi-year discount
  /// (10%)" line of −2,400 on the same invoice and period, with a document column and without
  /// one (the same date, account and period): MRR 21,600 / 12 = 1,800 in December.
  @Test(arguments: [true, false])
  func anAnnualsDiscountLineNets(documents: Bool) throws {
    let period = "2026-02-01,2027-01-31"
    var text =
      Self.header + Self.grebe
      + "INV-H,2026-02-01,Heron,Annual licence,24000.00,\(period)\n"
      + "INV-H,2026-02-01,Heron,Multi-year discount (10%),-2400.00,\(period)\n"
    if !documents {
      text =
        text.split(separator: "\n").map { $0.split(separator: ",", maxSplits: 1)[1] }
        .joined(separator: "\n") + "\n"
    }
    let c = try importLedger(text)
    #expect(c.mrrRow("Heron").last == 180_000, "\(documents)")
    #expect(!c.log.findings.contains { $0.contains("with a service period") }, "\(documents)")
  }

  /// Z-12: a credit note of −6,000 for 2026-08-01 to 2027-01-31 on Heron's annual of 24,000
  /// (2026-02-01 to 2027-01-31) refunds the rest of the term (a downgrade): 2,000 − 1,000 =
  /// 1,000 a month in December. Its twin, an SLA credit of −500 for November on the same
  /// annual, ends before the term: one-off, December keeps 2,000.
  @Test(arguments: [true, false])
  func aCreditToTheTermsEndIsADowngrade(toTheEnd: Bool) throws {
    let credit =
      toTheEnd
      ? "CN-9,2026-08-01,Heron,Downgrade - unused seats,-6000.00,2026-08-01,2027-01-31\n"
      : "CN-9,2026-11-20,Heron,SLA credit - November outage,-500.00,2026-11-01,2026-11-30\n"
    let text =
      Self.header + Self.grebe
      + "INV-H,2026-02-01,Heron,Annual licence,24000.00,2026-02-01,2027-01-31\n" + credit
    let c = try importLedger(text)
    #expect(c.mrrRow("Heron").last == (toTheEnd ? 100_000 : 200_000), "\(toTheEnd)")
    // At a December as-of the one-off November credit stakes nothing: a note (Z-16).
    #expect(
      c.log.notes.contains { $0.contains("with a service period") } == !toTheEnd,
      "\(toTheEnd)")
  }
}
