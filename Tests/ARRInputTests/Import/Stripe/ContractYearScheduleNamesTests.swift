import ARRCore
import Testing

@testable import ARRInput

/// Session 50, imp lane: year columns named `FY1`, `FY 2`, `Jahr 1`, `Année 1`, `Año 1`, `Yr1`,
/// `Y1` are a contract's schedule as `Year 1` is, under the same safety rules; columns of fiscal
/// years (`FY2026`) or of years (`Jahr`) are none. The contracts of ``ContractYearScheduleTests``
/// (by hand at 2026-11: Alpha 8,333.33, Beta 10,000.00, Gamma 7,500.00).
@Suite struct ContractYearScheduleNamesTests {
  static func contracts(years: [String]) -> String {
    ContractYearScheduleTests.contracts.replacingOccurrences(
      of: "Year 1,Year 2,Year 3", with: years.joined(separator: ","))
  }

  @Test(arguments: [
    ["FY1", "FY2", "FY3"], ["FY 1", "FY 2", "FY 3"], ["Jahr 1", "Jahr 2", "Jahr 3"],
    ["Année 1", "Année 2", "Année 3"], ["Año 1", "Año 2", "Año 3"], ["Yr1", "Yr2", "Yr3"],
    ["Y1", "Y2", "Y3"], ["Jahr 1 Betrag", "Jahr 2 Betrag", "Jahr 3 Betrag"],
    ["Année 1 (€)", "Année 2 (€)", "Année 3 (€)"],
    // Review 51, R51-22: Italian, Dutch, Portuguese, and numbers in words.
    ["Anno 1", "Anno 2", "Anno 3"], ["Jaar 1", "Jaar 2", "Jaar 3"], ["Ano 1", "Ano 2", "Ano 3"],
    ["Jahr eins", "Jahr zwei", "Jahr drei"], ["Año uno", "Año dos", "Año tres"],
    ["Anno 1 importo", "Anno 2 importo", "Anno 3 importo"],
  ])
  func yearColumnsInOtherWordsAreTheSchedule(years: [String]) throws {
    let c = try ContractYearScheduleTests().read(Self.contracts(years: years))
    #expect(c.mrrRow("Ramp Alpha").last == 833_333)
    #expect(c.mrrRow("Ramp Beta").last == 1_000_000)
    #expect(c.mrrRow("Flat Gamma").last == 750_000)
    #expect(!c.log.files[0].ignoredColumns.contains(years[0]))
  }

  /// Fiscal years' columns (`FY2026`…) holding money per fiscal year are no schedule: read at
  /// the total ÷ term (Alpha 600,000 ÷ 36 = 16,666.67) and listed as ignored.
  @Test func fiscalYearColumnsAreNoSchedule() throws {
    let c = try ContractYearScheduleTests().read(
      Self.contracts(years: ["FY2026", "FY2027", "FY2028"]))
    #expect(c.mrrRow("Ramp Alpha").last == 1_666_667)
    #expect(c.log.files[0].ignoredColumns.contains("FY2026"))
  }

  /// `FY 1`… holding a fiscal year's revenue that does not sum to the contract's value: the
  /// safety rule keeps the total ÷ term.
  @Test func yearColumnsNotSummingToTheValueAreNoSchedule() throws {
    let c = try ContractYearScheduleTests().read(
      """
      Customer,Contract Start,Contract End,Total Contract Value,FY 1,FY 2,FY 3
      Ramp Alpha,2026-03-01,2029-02-28,600000,50000,150000,250000

      """)
    #expect(c.mrrRow("Ramp Alpha").last == 1_666_667)
  }

  /// A `Jahr` column holding years is no contract year; a plain `Jahr` names none.
  @Test func yearHeaders() {
    #expect(ContractYearSchedule.year("fy1") == 1)
    #expect(ContractYearSchedule.year("fy 2") == 2)
    #expect(ContractYearSchedule.year("jahr 3") == 3)
    #expect(ContractYearSchedule.year("année 1") == 1)
    #expect(ContractYearSchedule.year("año 2") == 2)
    #expect(ContractYearSchedule.year("fy2026") == nil)
    #expect(ContractYearSchedule.year("fy 2026") == nil)
    #expect(ContractYearSchedule.year("jahr") == nil)
    #expect(ContractYearSchedule.year("anno") == nil)
    #expect(ContractYearSchedule.year("anno 2026") == nil)
    #expect(ContractYearSchedule.year("anno 1 sconto") == nil)
    #expect(ContractYearSchedule.year("jahr 1 rabatt %") == nil)
  }

  /// Years written in a `Jahr 1`… schedule's cells are no values (review 49b, R49b-2's rule).
  @Test func yearCellsAreNoSchedule() throws {
    let c = try ContractYearScheduleTests().read(
      """
      Customer,Contract Start,Contract End,Total Contract Value,Jahr 1,Jahr 2,Jahr 3
      Ramp Alpha,2026-03-01,2029-02-28,600000,2026,2027,2028

      """)
    #expect(c.mrrRow("Ramp Alpha").last == 1_666_667)
  }

  /// Review 50, R50-24: years spelled out (`Year One`) or as ordinals (`First year`, `1st
  /// year`) are the schedule too.
  @Test(arguments: [
    ["Year One", "Year Two", "Year Three"], ["First year", "Second year", "Third year"],
    ["1st Year ACV", "2nd Year ACV", "3rd Year ACV"],
  ])
  func yearsInWordsAreTheSchedule(years: [String]) throws {
    let c = try ContractYearScheduleTests().read(Self.contracts(years: years))
    #expect(c.mrrRow("Ramp Alpha").last == 833_333)
    #expect(c.mrrRow("Ramp Beta").last == 1_000_000)
  }
}
