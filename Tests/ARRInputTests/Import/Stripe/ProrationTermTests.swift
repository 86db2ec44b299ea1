import ARRCore
import Testing

@testable import ARRInput

/// A proration line bills the rest of a term at a new price: its period is never a billing
/// rhythm, so an annual subscription upgraded mid-term stays annual (trial 44, T44-11: Stripe's
/// "Remaining time on Scale" for the six months to the renewal read as billed every 6 months,
/// then the subscription's first start with its current end as a 24-month multi-year term).
@Suite struct ProrationTermTests {
  static let linesHeader =
    "id,Invoice ID,Customer ID,Invoice Created (UTC),Description,Amount,Currency,Quantity,"
    + "Period Start (UTC),Period End (UTC),Proration,Type"
  static let subsHeader =
    "id,Customer ID,Customer Name,Status,Plan,Amount,Currency,Interval,Interval Count,Quantity,"
    + "Start Date (UTC),Current Period Start (UTC),Current Period End (UTC)"

  /// Avocet: $12,000 a year from 2025-02-01, renewed 2026-02-01, upgraded 2026-08-01 to
  /// $24,000 a year (Stripe's two proration lines to the renewal). Dotterel pays $400 monthly
  /// throughout, so the files run 2025-01 … 2026-11.
  static func read(isUpgradeProrated: Bool) throws -> ImportedCompany {
    var lines = [linesHeader]
    lines.append(
      "il_1,in_A1,cus_A,2025-02-01 00:00,1 × Growth (at $12000.00 / year),12000.00,usd,1,"
        + "2025-02-01 00:00,2026-02-01 00:00,false,subscription")
    lines.append(
      "il_2,in_A2,cus_A,2026-02-01 00:00,1 × Growth (at $12000.00 / year),12000.00,usd,1,"
        + "2026-02-01 00:00,2027-02-01 00:00,false,subscription")
    let flag = isUpgradeProrated ? "true" : "false"
    lines.append(
      "il_3,in_A3,cus_A,2026-08-01 00:00,Unused time on Growth after 01 Aug 2026,-6049.32,usd,1,"
        + "2026-08-01 00:00,2027-02-01 00:00,\(flag),invoiceitem")
    lines.append(
      "il_4,in_A3,cus_A,2026-08-01 00:00,Remaining time on Scale after 01 Aug 2026,12098.63,usd,"
        + "1,2026-08-01 00:00,2027-02-01 00:00,\(flag),invoiceitem")
    var month = Month(year: 2025, month: 1)
    var k = 10
    while month <= Month(year: 2026, month: 11) {
      let next = month.adding(months: 1)
      lines.append(
        "il_\(k),in_D\(k),cus_D,\(month)-01 00:00,1 × Starter (at $400.00 / month),400.00,usd,1,"
          + "\(month)-01 00:00,\(next)-01 00:00,false,subscription")
      k += 1
      month = next
    }
    let subs = [
      subsHeader,
      "sub_A,cus_A,Avocet,active,scale-annual,24000.00,usd,year,1,1,2025-02-01 00:00,"
        + "2026-02-01 00:00,2027-02-01 00:00",
      "sub_D,cus_D,Dotterel,active,starter,400.00,usd,month,1,1,2025-01-01 00:00,"
        + "2026-11-01 00:00,2026-12-01 00:00",
    ]
    return try Importer.read([
      Importer.SourceFile(
        name: "invoice_line_items.csv", bytes: Array(lines.joined(separator: "\n").utf8)),
      Importer.SourceFile(
        name: "subscriptions.csv", bytes: Array(subs.joined(separator: "\n").utf8)),
    ])
  }

  @Test func anAnnualUpgradedMidTermStaysAnnual() throws {
    let c = try Self.read(isUpgradeProrated: true)
    let a = try #require(c.accounts.first { $0.id == "cus_A" })
    #expect(a.contractType == .annual)
    #expect(a.billingCadence == .annual)
    #expect(!a.rules.contains(.rhythmSemiannual))
    #expect(!a.rules.contains(.termFromDates))
    // The term ends at the current period's end, the day before Stripe's next period starts.
    #expect(a.contractEndDate == CivilDate(year: 2027, month: 1, day: 31))
  }

  /// The twin: the same six-month line NOT marked as a proration is a charge of its own
  /// period (a semiannual rhythm), as before.
  @Test func aSixMonthChargeNotProratedIsStillARhythm() throws {
    let c = try Self.read(isUpgradeProrated: false)
    let a = try #require(c.accounts.first { $0.id == "cus_A" })
    #expect(a.rules.contains(.rhythmSemiannual))
  }
}
