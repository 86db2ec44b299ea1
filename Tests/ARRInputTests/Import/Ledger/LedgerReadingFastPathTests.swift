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
}
