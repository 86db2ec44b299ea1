import ARRCore
import Testing

@testable import ARRInput

/// A cube whose month names have no year, under a row of years (trial 28, T28-20: `FY2024`
/// over `Jan` … `Dec` and `FY2025` over `Jan` … `Jun` was refused with "at most 0 month-like
/// headers").
@Suite struct MonthGroupRowTests {
  /// `FY2024` over Oct–Dec, `FY2025` over Jan–Feb (the year cells merged: written in the first
  /// column only): 2024-10 … 2025-02, calendar years, with a note. Acme 100 a month, Beta 50
  /// from 2024-12: MRR in 2025-02 by hand 150.
  @Test func aYearRowAboveMonthNamesGivesTheirYears() throws {
    let c = try importCube(
      """
      ,,FY2024,,,FY2025,
      Customer,Segment,Oct,Nov,Dec,Jan,Feb
      Acme,SMB,100,100,100,100,100
      Beta,SMB,0,0,50,50,50
      """, options: ImportOptions(values: .mrr))
    #expect(c.firstMonth == Month(year: 2024, month: 10))
    #expect(c.asOf == Month(year: 2025, month: 2))
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("Beta") == [0, 0, 5_000, 5_000, 5_000])
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "cube.csv: the month names on line 2 (Oct …) take their years from the row above "
            + "(FY2024, FY2025), read as calendar years: 2024-10 to 2025-02")
      }, "\(c.log.notes)")
  }

  /// Plain years (`2024`) and full month names read the same: 2024-11 to 2025-01.
  @Test func plainYearsAndFullNames() throws {
    let c = try importCube(
      ",2024,,2025\nCustomer,November,December,January\nAcme,100,100,120\n",
      options: ImportOptions(values: .mrr))
    #expect(c.firstMonth == Month(year: 2024, month: 11))
    #expect(c.asOf == Month(year: 2025, month: 1))
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 12_000])
  }

  /// A fiscal year `FY2025` over Jul … Jan: read as calendar years, January would come before
  /// July; the months do not rise, nothing is guessed, and the refusal says what was seen.
  @Test func monthsThatWouldNotRiseAreRefusedSayingWhy() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube(
        ",FY2025,,\nCustomer,Jul,Aug,Sep,Jan\nAcme,100,100,100,100\n",
        options: ImportOptions(values: .mrr))
    }
    #expect(
      error.message.contains(
        "; line 2 has month names without a year (Jul, Aug …): write each with its year "
          + "(Jan-24, Feb-24 …, or 2024-01)"), "\(error.message)")
    #expect(!error.message.contains("month-like header"))
  }

  /// A refusal finding no month header says nothing of month-like headers (trial 56, T56-12:
  /// "at most 0 month-like headers in a row").
  @Test func noMonthHeaderIsNotCounted() throws {
    let text = "Feed Name,Mail Object Type,Frequency\nEPF,Letters,Daily\nSTC,Flats,Weekly\n"
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Importer.SourceFile(name: "feeds.csv", bytes: Array(text.utf8))])
    }
    #expect(error.message.contains("shape not recognised"), "\(error.message)")
    #expect(!error.message.contains("month-like"))
  }

  /// Month names with no year anywhere: the same refusal, not "0 month-like headers".
  @Test func monthNamesWithoutAnyYearAreSaid() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube(
        "Customer,Jan,Feb,Mar\nAcme,100,100,100\n", options: ImportOptions(values: .mrr))
    }
    #expect(error.message.contains("line 1 has month names without a year (Jan, Feb …)"))
  }
}
