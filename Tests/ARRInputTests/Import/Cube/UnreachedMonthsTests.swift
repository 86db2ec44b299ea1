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
