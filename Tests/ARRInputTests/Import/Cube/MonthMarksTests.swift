import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Month headers marked actual (`Oct-26A`: trial 50, T50-33) and written in CJK characters
/// (`2025年11月`: trial 50, c46).
@Suite struct MonthMarksTests {
  /// Marked actual: the month; marked as an estimate: no month, as before.
  @Test(arguments: [
    ("Oct-26A", Month(year: 2026, month: 10)), ("Oct-26 (A)", Month(year: 2026, month: 10)),
    ("Oct-26 Act", Month(year: 2026, month: 10)), ("Oct 2026 Actual", Month(year: 2026, month: 10)),
    ("Oct-26 Actuals", Month(year: 2026, month: 10)), ("2025年11月", Month(year: 2025, month: 11)),
    ("2025年1月份", Month(year: 2025, month: 1)), ("2025년 11월", Month(year: 2025, month: 11)),
  ])
  func markedAndEastAsianMonthsRead(text: String, month: Month) {
    #expect(MonthHeader.read(text).isMonth)
    #expect(MonthHeader.read(text).mdy == month)
  }

  @Test(arguments: ["Nov-26E", "Nov-26 (E)", "FY26E", "Ja", "2025年13月", "25年11月", "Data"])
  func estimatesAndOtherTextsAreNoMonths(text: String) {
    #expect(!MonthHeader.read(text).isMonth)
  }

  /// T50-33 in a file: actuals to 2026-10 read, the estimate months and the year's column cut:
  /// MRR 5,100 at 2026-10, three customers (the pipeline customer of the estimates alone is
  /// none).
  @Test func aCubeOfActualsAndEstimatesReadsTheActuals() throws {
    let text = """
      Customer,Aug-26A,Sep-26A,Oct-26A,Nov-26E,Dec-26E,FY26E
      Quantum Quarries,1800,1800,1800,1800,1800,21600
      Radiant Rx,2600,2600,2600,2900,2900,24000
      Solar Sails,700,700,700,700,700,8400
      Titan Tools (pipeline),,,,5000,5000,10000

      """
    let c = try ImportFixtures.read([("mrr.csv", text)], options: ImportOptions(values: .mrr))
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.accounts.filter { c.mrrRow($0.id).last ?? 0 > 0 }.count == 3)
    #expect(c.mrrRow("Radiant Rx").last == 260_000)
  }
}
