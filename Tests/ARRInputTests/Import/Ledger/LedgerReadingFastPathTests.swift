import ARRCore
import Testing

@testable import ARRInput

/// The ledger reader's shortcuts (trial 18a, H1: a 3-column ledger read at ~1.4 MB/s) answer as
/// the general path does: the per-role column array, the byte test before splitting a date into
/// numbers, and the date tested before a line's balance label.
@Suite struct LedgerReadingFastPathTests {
  @Test func everyRoleHasItsOwnPlaceInTheArray() {
    let ledger = LedgerLayout.Role.allCases
    #expect(ledger.map(\.ordinal) == Array(ledger.indices))
    let table = SubscriptionTableReader.Role.allCases
    #expect(table.map(\.ordinal) == Array(table.indices))
  }

  /// ``RoleColumns`` answers as the dictionary it is built from, for every role.
  @Test func roleColumnsAnswerAsTheDictionary() {
    let columns: [LedgerLayout.Role: Int] = [.date: 3, .amount: 0, .tags: 7, .customerID: 1]
    let byRole = RoleColumns(columns)
    for role in LedgerLayout.Role.allCases { #expect(byRole[role] == columns[role]) }
  }

  /// An empty cell normalizes to itself, as by the general path.
  @Test func emptyTextNormalizesToItself() {
    #expect(CubeLayout.normalized("").isEmpty)
    #expect(CubeLayout.normalizedByCharacters("").isEmpty)
  }

  /// A numeric date splits into three numbers only at `/`, `.` or `-`; a cell with none of them
  /// neither decides nor needs the day/month order.
  @Test(arguments: [
    ("03/01/2025", true), ("13.01.2025", true), ("1-2-2025", true), ("20250103", false),
    ("1706659200", false), ("Mar 1 2025", false), ("", false), ("3／1／2025", false),
  ])
  func separatorTestAgreesWithTheSplit(text: String, hasSeparator: Bool) {
    #expect(LedgerDate.hasNumberSeparator(text) == hasSeparator)
    let parts = text.split(whereSeparator: { "/.-".contains($0) })
    if !hasSeparator { #expect(parts.count <= 1) }
  }

  /// `YYYYMMDD` cells decide no order and are never ambiguous; a day above 12 still decides.
  @Test func compactDatesDecideNoOrder() throws {
    let compact = (1...40).map { line in
      let day = line % 28 + 1
      return (text: "202401" + (day < 10 ? "0" : "") + String(day), line: line)
    }
    #expect(try LedgerDate.order(of: compact, file: "l.csv", given: nil) == nil)
    #expect(!compact.contains { LedgerDate.isAmbiguous($0.text) })
    let decided = compact + [(text: "13/01/2024", line: 41)]
    #expect(try LedgerDate.order(of: decided, file: "l.csv", given: nil) == .dmy)
  }

  /// The same file read with the balance label tested after the date: a dated line whose
  /// customer is called "Opening Balance" is a line; an undated `Beginning Balance` row is
  /// skipped as before.
  @Test func datedLinesAreNeverBalances() throws {
    let text = """
      customer,date,amount
      Opening Balance,2024-01-05,100.00
      Beginning Balance,,250.00
      Acme,2024-01-07,50.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
    #expect(c.log.files[0].rowsRead == 3)
    #expect(c.log.files[0].rowsUsed == 2)
    #expect(c.log.files[0].rowsSkipped == 1)
    #expect(
      c.log.skipped.contains { $0.line == 3 && $0.reason.contains("balance carried forward") })
  }

  /// The digits note counts each form and names it in one order, whatever the cells' order:
  /// 1706659200 s is 2024-01-31 (19,753 days after 1970-01-01), 1706659200000 ms the same day.
  @Test func digitsNoteCountsEachFormInOrder() {
    let cells = [
      (text: "1706659200000", line: 2), (text: "20240131", line: 3),
      (text: "1706659200", line: 4), (text: "20240201", line: 5), (text: "2024-02-03", line: 6),
    ]
    #expect(
      LedgerDate.digitsNote(file: "f.csv", cells: cells)
        == "f.csv: date cells of digits alone: 2 written as YYYYMMDD (e.g. \"20240131\" on line "
        + "3, 2024-01-31); 1 written as Unix time (seconds since 1970, read as the UTC day) (e.g. "
        + "\"1706659200\" on line 4, 2024-01-31); 1 written as Unix time in milliseconds (read as "
        + "the UTC day) (e.g. \"1706659200000\" on line 2, 2024-01-31)")
    #expect(LedgerDate.digitsNote(file: "f.csv", cells: [(text: "2024-02-03", line: 2)]) == nil)
  }
}
