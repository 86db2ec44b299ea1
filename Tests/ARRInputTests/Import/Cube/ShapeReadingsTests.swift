import ARRCore
import Testing

@testable import ARRInput

/// Two shapes a data room's tables take that were misread (session 22, lead; trial 22): a log
/// of MRR changes without labels (T22-19) and date columns of spreadsheet day numbers (T22-1).
@Suite struct ShapeReadingsTests {
  /// Rows only in the months a customer's MRR changed, a `0` row when it left: read as levels
  /// carried forward (``ChangeLog/unlabelledReading(_:accounts:span:)``). Pairs: A 100→150
  /// (skips 2 months), 150→0 (an end); B 200→250; C 50→80: 4 pairs, none repeating, an end.
  /// 6 rows with a level; carrying fills A 4, B 5, C 4 = 13 months more.
  @Test func anUnlabelledChangeLogCarriesLevels() throws {
    let text = """
      customer_id,month,mrr
      A,2024-01,100
      A,2024-04,150
      A,2024-07,0
      B,2024-01,200
      B,2024-03,250
      C,2024-02,50
      C,2024-06,80
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "mrr_changes.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000, 15_000, 15_000, 15_000, 0])
    #expect(c.mrrRow("B") == [20_000, 20_000, 25_000, 25_000, 25_000, 25_000, 25_000])
    #expect(c.mrrRow("C") == [0, 5_000, 5_000, 5_000, 5_000, 8_000, 8_000])
    #expect(c.log.findings.contains { $0.contains("log of MRR changes without labels") })
  }

  /// The same rows with B billed 200 again: a repeated amount is what invoices do, so the
  /// rows are not read as a log of changes.
  @Test func aRepeatedAmountIsNoChangeLog() throws {
    let text = """
      customer_id,month,mrr
      A,2024-01,100
      A,2024-04,150
      A,2024-07,0
      B,2024-01,200
      B,2024-04,200
      C,2024-02,50
      C,2024-06,80
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "mrr_changes.csv", bytes: Array(text.utf8))])
    #expect(!c.log.findings.contains { $0.contains("log of MRR changes without labels") })
    #expect(!c.log.notes.contains { $0.contains("a plan change log") })
  }

  /// A cube's `Cancellation date` of spreadsheet day numbers: 45748 is 2025-04-01 (45658 is
  /// 2025-01-01, then 31 + 28 + 31 days).
  @Test func dayNumbersInADateColumnAreDates() throws {
    let text = """
      Customer,Cancellation date,2024-01,2024-02,2024-03
      Acme,45748,100,100,100
      Bolt,,200,200,200
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(text.utf8))])
    #expect(c.account("Acme")?.cancelDate == CivilDate(year: 2025, month: 4, day: 1))
    #expect(c.account("Bolt")?.cancelDate == nil)
    #expect(c.log.notes.contains { $0.contains("spreadsheet day numbers") })
  }

  /// A column mixing a written date and a day number is not rewritten.
  @Test func aMixedColumnIsNotRewritten() {
    var rows = [
      ImportTable.Record(line: 2, cells: ["Acme", "45748"]),
      ImportTable.Record(line: 3, cells: ["Bolt", "2025-02-01"]),
    ]
    var notes: [String] = []
    CubeReader.readSerialDates(
      &rows, roles: [.cancelDate: 1], header: ["Customer", "Cancel date"], file: "f.csv",
      notes: &notes)
    #expect(rows[0].cells[1] == "45748")
    #expect(notes.isEmpty)
  }
}
