import ARRCore
import Testing

@testable import ARRInput

/// A period stated with both dates in a description is the line's service period (trial 51,
/// T51-17: read as a term from the invoice's date, a renewal invoiced early replaced the current
/// price and a co-termed upsell was a one-time fee, headline 52,800 for 70,800).
@Suite struct DescribedDatesTests {
  static let invoice = CivilDate(year: 2026, month: 10, day: 25)!

  /// One range, day first or month first when only one order runs forward; ISO dates; glued.
  @Test(arguments: [
    ("Annual renewal 01/11/2026 - 31/10/2027", "2026-11-01", "2027-10-31"),
    ("Seats prorated 11/01/2026 to 12/31/2026", "2026-11-01", "2026-12-31"),
    ("Support 2026-11-01 – 2027-10-31", "2026-11-01", "2027-10-31"),
    ("Licence (01/11/2026-31/10/2027)", "2026-11-01", "2027-10-31"),
  ])
  func aRangeIsRead(text: String, start: String, end: String) throws {
    let r = try #require(DescribedDates.range(in: text, date: Self.invoice))
    #expect(r.0 == CivilDate(start) && r.1 == CivilDate(end))
  }

  /// Twins: one date, a range too short or too long, a range far from the invoice, an order
  /// that reads both ways differently, two ranges.
  @Test(arguments: [
    "Invoice 01/11/2026", "Workshop 01/11/2026 - 02/11/2026", "Licence 01/01/2026 - 31/12/2030",
    "Subscription 01/01/2020 - 31/12/2020", "Support 02/03/2026 - 04/05/2026",
    "Plan 01/11/2026 - 30/11/2026 and 01/12/2026 - 31/12/2026",
  ])
  func noRangeIsRead(text: String) {
    #expect(DescribedDates.range(in: text, date: Self.invoice) == nil)
  }

  /// Trial 51's c15 by hand, as of 2026-10: Wombat's renewal invoiced 25 October for November
  /// on is no October revenue (its old term's 18,000 ÷ 12 = 1,500 is); Koala's year invoiced
  /// in December for 2026 is 2,000 a month from January, and its co-termed seats 6,000 over July
  /// to December 1,000 a month: 3,000.
  @Test func statedDatesAreServed() throws {
    let text = """
      Customer,Invoice Date,Description,Amount
      Koala,2025-12-20,Annual subscription 01/01/2026 - 31/12/2026 (50 seats),24000.00
      Koala,2026-07-01,"Additional 25 seats, prorated 01/07/2026 - 31/12/2026 (co-termed)",6000.00
      Wombat,2025-10-25,Annual subscription 01/11/2025 - 31/10/2026,18000.00
      Wombat,2026-10-25,Annual renewal 01/11/2026 - 31/10/2027 (Starter tier),12000.00
      """
    let c = try importLedger(text, options: ImportOptions(asOf: Month(year: 2026, month: 10)))
    #expect(c.mrrRow("Wombat").last == 150_000)
    #expect(c.mrrRow("Koala").last == 300_000)
    #expect(c.log.notes.contains { $0.contains("state the dates of the period") })
  }
}
