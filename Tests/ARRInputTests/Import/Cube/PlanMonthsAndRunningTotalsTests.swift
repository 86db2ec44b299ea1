import ARRCore
import Testing

@testable import ARRInput

/// A cube's months labelled as planned by a band row above the header (trial 21, F1), and a
/// cube of running totals (trial 21, Y1).
@Suite struct PlanMonthsAndRunningTotalsTests {
  /// `Actual` over Jan–Mar, `Budget` over Apr–May (merged: only its first cell written): the
  /// budget months are left out, the as-of month is March.
  @Test(arguments: [
    "Title,,,,,\n,Actual,,,Budget,\n", ",Actual,Actual,Actual,Budget,Budget\n",
    ",A,A,A,B,B\n",
  ])
  func budgetMonthsAreLeftOut(band: String) throws {
    let text =
      band + "Customer,Jan-24,Feb-24,Mar-24,Apr-24,May-24\n"
      + "Alpha,100,100,100,110,120\nPipeline,,,,500,500\n"
    let c = try importCube(text)
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000])
    #expect(c.log.files[0].ignoredColumns == ["Apr-24", "May-24"])
    let line = band.hasPrefix("Title") ? 2 : 1
    let plan = band.contains(",B,") ? "B" : "Budget"
    let actual = band.contains(",A,") ? "A" : "Actual"
    #expect(
      c.log.notes.contains(
        "cube.csv: line \(line) labels the months \"Apr-24\" to \"May-24\" \"\(plan)\": planned, "
          + "not revenue, so 2 months are left out (listed as ignored); the as-of month is "
          + "2024-03, the last labelled \"\(actual)\""))
  }

  /// A row above the header that is no band (a title, other words over the months, or a plan
  /// month before an actual one) cuts nothing.
  @Test(arguments: [
    "Revenue by customer,,,,,\n", ",Q1,,,Q2,\n", ",Budget,,,Actual,\n",
  ])
  func noBandCutsNothing(row: String) throws {
    let c = try importCube(
      row + "Customer,Jan-24,Feb-24,Mar-24,Apr-24,May-24\nAlpha,100,100,100,110,120\n")
    #expect(c.asOf == Month(year: 2024, month: 5))
  }

  /// Year-to-date totals under a title saying so: two clients paying 500 and 1,000 a month
  /// from March, every month rising: refused under `--values auto`, naming the title line.
  @Test func runningTotalsAreRefused() throws {
    let text =
      "Income by Customer — year to date\nCustomer,Mar-24,Apr-24,May-24,Jun-24,Jul-24,Aug-24,"
      + "Sep-24,Oct-24\nA,500,1000,1500,2000,2500,3000,3500,4000\n"
      + "B,1000,2000,3000,4000,5000,6000,7000,8000\n"
    let error = try #require(throws: ARRQualityError.self) { try importCube(text) }
    #expect(
      error.message.hasPrefix(
        "cube.csv:1: \"Income by Customer — year to date\" says the cells are "
          + "running totals (year to date or cumulative), and they rise in 100% of the months"))
    let given = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(given.mrrRow("A")[7] == 400_000)
    #expect(given.log.notes.contains { $0.contains("speaks of running totals, but --values mrr") })
  }

  /// A title's "YTD" over monthly amounts that hold level (the period a report covers): read,
  /// with a note; a `YTD` column beside the months is a total, no label at all.
  @Test func levelAmountsUnderAYTDTitleAreRead() throws {
    let months = "Customer,Jan-24,Feb-24,Mar-24,Apr-24,May-24,Jun-24,Jul-24"
    let rows = "A,500,500,500,500,500,500,500\nB,900,900,900,900,900,900,1000\n"
    let titled = try importCube("Sales by customer, FY2024 YTD\n\(months)\n\(rows)")
    #expect(titled.mrrRow("B")[6] == 100_000)
    #expect(titled.log.notes.contains { $0.contains("do not rise month to month") })
    let column = try importCube(
      "\(months),YTD\nA,500,500,500,500,500,500,500,3500\nB,900,900,900,900,900,900,1000,6400\n")
    #expect(!column.log.notes.contains { $0.contains("running totals") })
  }
}
