import ARRCore
import Testing

@testable import ARRInput

/// Months at a cube's or monthly table's end where no customer has any amount are months not
/// reached yet (trial 21, Q1: a report of the year in progress was measured at a future month).
@Suite struct UnreachedMonthsTests {
  static let header = "Customer,2024-10,2024-11,2024-12,2025-01,2025-02,2025-03\n"
  /// Two customers at 100 and 250 a month through December; the report runs to March.
  static func cube(_ empty: String) -> String {
    Self.header + "Alpha,100,100,100,\(empty),\(empty),\(empty)\n"
      + "Beta,250,250,250,\(empty),\(empty),\(empty)\n"
  }

  /// `0.00` or blank for every customer: the as-of month is December, with a finding that
  /// names the months left out and how to keep them.
  @Test(arguments: ["0.00", ""])
  func trailingEmptyMonthsAreLeftOut(empty: String) throws {
    let c = try importCube(Self.cube(empty))
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("Beta") == [25_000, 25_000, 25_000])
    #expect(c.log.files[0].unreachedMonths == 3)
    // The other end: every customer gone, $0 of the 350.00 a month (4,200.00 a year).
    #expect(c.otherReadingAsOfMRR == 0)
    let summary = try c.company().company.dataQuality.imported
    #expect(summary?.ambiguousARRLow == 0 && summary?.ambiguousARRHigh == 420_000)
    #expect(summary?.ambiguousChoices.map { $0.code } == ["unreached_months"])
    #expect(
      c.log.findings.contains(
        "cube.csv: the last 3 months, 2025-01 to 2025-03, hold no amount for any customer: read "
          + "as months not reached yet (a report of a year in progress, or a table padded to a "
          + "period's end), so the as-of month is 2024-12, the last with revenue; if the company "
          + "truly earned nothing since, pass --as-of 2025-03"))
  }

  /// A totals row that gives December (350) and no amount from January (blank, or `0.00` as a
  /// `=SUM` of blank cells shows), below customer cells left blank there, says the months are
  /// to come (a year-in-progress sheet; hostile trial 35, H35-15; retest 36, N5): December as
  /// of, ARR 12 × 350 = $4,200, no range, a note instead of a finding. A total left blank in
  /// a month read (November) is a total not given, no sign either way.
  @Test(arguments: [
    ("350,350,350,,,", true), ("350,350,350,0.00,0.00,0.00", true), ("350,350,350,,,0.00", true),
    ("350,,350,,,", true), ("350,350,,,,", false), ("350,350,0.00,,,", false),
  ])
  func aTotalsRowGivingNoAmountInThoseMonthsSaysSo(totals: String, isSaid: Bool) throws {
    let c = try importCube(Self.cube("") + "Total,\(totals)\n")
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(c.log.files[0].unreachedMonths == 3)
    #expect(c.log.files[0].areUnreachedMonthsSaidByTotals == isSaid, "\(totals)")
    let summary = try c.company().company.dataQuality.imported
    #expect(summary?.ambiguousARRLow == (isSaid ? 420_000 : 0))
    #expect(summary?.ambiguousARRHigh == 420_000)
    let said = c.log.notes.contains {
      $0.hasPrefix(
        "cube.csv: the last 3 months, 2025-01 to 2025-03, hold no amount for any customer "
          + "(every cell blank) and the totals row gives no amount in them (blank or 0) though "
          + "it gives the month before: read as months not reached yet")
    }
    #expect(said == isSaid)
    #expect(c.log.findings.contains { $0.contains("hold no amount for any customer") } == !isSaid)
  }

  /// Customer cells written `0.00` or `-` in those months (every customer's amount given as
  /// none: a sheet whose customers all left) keep the range whatever the totals row says
  /// (decided, session 36: hostile 35's fy-zero and fy-dash).
  @Test(arguments: ["0.00", "-"])
  func customerCellsWrittenAsNoneKeepTheRange(empty: String) throws {
    let c = try importCube(Self.cube(empty) + "Total,350,350,350,,,\n")
    #expect(c.log.files[0].areUnreachedMonthsSaidByTotals == false)
    #expect(c.otherReadingAsOfMRR == 0)
  }

  /// A blank total in a month read is not checked as $0.00 (retest 36, N5: "2025-02 total
  /// $0.00 vs sum $13,734.50"): the totals row equals the column sums where it gives them.
  @Test func aBlankTotalIsNotCheckedAsZero() throws {
    let c = try importCube(Self.cube("") + "Total,350,,350,,,\n")
    #expect(c.log.notes.contains("cube.csv: the totals row (line 4) equals the column sums"))
    #expect(!c.log.findings.contains { $0.contains("vs sum") })
  }

  /// Six quarterly payers and one single payment of 1,200 in September, read as invoices;
  /// November and December empty. The single payment's own low end (one month's revenue, $0 at
  /// October) beside the months' other reading ($0 for all) must not add up below $0: the
  /// range read "-$4.80K–$12.0K" before the clamp.
  @Test func theRangeStopsAtZero() throws {
    var text =
      "Customer," + (1...12).map { "2024-\($0 < 10 ? "0" : "")\($0)" }.joined(separator: ",")
    for i in 0..<6 {
      let cells = (0..<12).map { m in m >= i % 3 && m < 10 && (m - i % 3) % 3 == 0 ? "300" : "0" }
      text += "\nQ\(i)," + cells.joined(separator: ",")
    }
    text += "\nLone,0,0,0,0,0,0,0,0,1200,0,0,0\n"
    let c = try importCube(text)
    #expect(c.asOf == Month(year: 2024, month: 10))
    let summary = try c.company().company.dataQuality.imported
    #expect(summary?.ambiguousARRLow == 0)
    #expect(summary?.ambiguousARRHigh == 1_200_000)
  }

  /// One customer with an amount in the last month keeps every month.
  @Test func oneAmountInTheLastMonthKeepsIt() throws {
    let text = Self.header + "Alpha,100,100,100,0,0,0\nBeta,250,250,250,250,250,250\n"
    let c = try importCube(text)
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000, 0, 0, 0])
    #expect(!c.log.findings.contains { $0.contains("not reached yet") })
  }

  /// `--as-of` naming the last month, or `--values billings`, reads the months as given.
  @Test func anAsOfOrBillingsKeepTheMonths() throws {
    let asOf = try importCube(
      Self.cube("0"), options: ImportOptions(asOf: Month(year: 2025, month: 3)))
    #expect(asOf.asOf == Month(year: 2025, month: 3))
    #expect(asOf.mrrRow("Beta") == [25_000, 25_000, 25_000, 0, 0, 0])
    let billings = try importCube(Self.cube("0"), options: ImportOptions(values: .billings))
    #expect(billings.asOf == Month(year: 2025, month: 3))
  }

  /// A monthly table padded with `mrr` 0 rows for every customer (a warehouse date spine):
  /// the as-of month is the last with revenue, not a month of $0.
  @Test func aPaddedMonthlyTable() throws {
    var text = "customer_id,month,mrr\n"
    for month in ["2024-10", "2024-11", "2024-12"] {
      text += "a,\(month),100\nb,\(month),300\n"
    }
    for month in ["2025-01", "2025-02"] { text += "a,\(month),0\nb,\(month),0\n" }
    let c = try importCube(text)
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(c.mrrRow("b") == [30_000, 30_000, 30_000])
    #expect(c.log.findings.contains { $0.contains("the last 2 months, 2025-01 to 2025-02, hold") })
  }
}
