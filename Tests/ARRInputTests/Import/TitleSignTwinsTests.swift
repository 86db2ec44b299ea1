import ARRCore
import Testing

@testable import ARRInput

/// Review 47b's regressions of the title signs (R47b-5, R47b-1): an export word dates the
/// export only when it heads its date, a date opening a period dates nothing, and `MTD` beside
/// words saying the month is closed is a month-end pack's column, no sign. Each with its twin.
@Suite struct TitleSignTwinsTests {
  @Test(arguments: [
    ("Billing run 2026-12-01 - revenue by customer", nil as String?),
    // The period's end, after `through` (R47b-10's sign word): the last day, a complete month.
    ("MRR generated 2026-12-01 through 2026-12-31", "2026-12-31"),
    ("Revenue generated 2026-12-01 to 2026-12-31", nil),
    ("Revenue by customer - Exported 2026-12-12 09:14", "2026-12-12 09:14"),
    ("Report generated on 2026-12-12", "2026-12-12"),
    ("Generated 2026-12-12", "2026-12-12"),
    ("Revenue by customer (run 2026-12-12)", "2026-12-12"),
    ("MRR by customer as of 2026-12-12", "2026-12-12"),
  ])
  func anExportWordHeadsItsDate(title: String, date: String?) {
    #expect(TitleAsOf.dateText(in: title) == date)
  }

  @Test func monthToDateBesideAClosedMonthIsNoSign() {
    #expect(TitleAsOf.saysClosed("MTD / YTD revenue by customer - November 2026 close (final)"))
    #expect(!TitleAsOf.saysClosed("Revenue by customer - December 2026 MTD"))
    #expect(!TitleAsOf.saysClosed("Billings by customer (month to date)"))
  }
}
