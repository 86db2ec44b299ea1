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

  /// Review 51, R51-4: the marks in parentheses, with a dot or a dash, before the month, and in
  /// other languages (German `Ist`, Japanese `実績`, Korean `실적`, Italian `Consuntivo`).
  @Test(arguments: [
    "Aug-26 (Actual)", "Aug-26 (Act.)", "Aug-26 Act.", "Aug-26 - Actual", "Actual Aug-26",
    "Aug 26 Ist", "Aug-26 Réel", "Aug-26 Real", "Aug-26 Consuntivo", "2026年8月 実績",
    "2026年8月実績", "2026년 8월 실적", "2026年8月 实际",
  ])
  func marksInOtherPlacesAndLanguagesRead(text: String) {
    #expect(MonthHeader.read(text).mdy == Month(year: 2026, month: 8), "\(text)")
  }

  @Test(arguments: [
    "Nov-26E", "Nov-26 (E)", "FY26E", "Ja", "2025年13月", "25年11月", "Data", "Nov 26 Plan",
    "2026年11月 予測", "Contract", "Act", "Actual", "Aug-26 (Forecast)",
  ])
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

  /// R51-4 in a file: a controller's German cube, `Ist` months to October and `Plan` months
  /// after: the actual months read (Acme 1,000 + Beta 2,000 = MRR 3,000 at 2026-10, headline
  /// $36,000); it was refused, "the month "Jan 26" beside "Ist"".
  @Test func aCubeOfIstAndPlanMonthsReadsTheIstMonths() throws {
    let text = """
      Kunde;Aug 26 Ist;Sep 26 Ist;Okt 26 Ist;Nov 26 Plan;Dez 26 Plan
      Acme;1000;1000;1000;1200;1200
      Beta;2000;2000;2000;2000;2000

      """
    let c = try ImportFixtures.read([("umsatz.csv", text)], options: ImportOptions(values: .mrr))
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("Acme").last == 100_000)
    #expect(c.mrrRow("Beta").last == 200_000)
  }
}
