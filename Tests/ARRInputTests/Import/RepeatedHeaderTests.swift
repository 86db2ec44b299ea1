import ARRCore
import Testing

@testable import ARRInput

/// Exports concatenated into one file repeat their header row below the first: each repeat is
/// skipped and counted (`repeated header`), not read as a bad row.
@Suite struct RepeatedHeaderTests {
  func read(_ text: String, name: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  @Test(arguments: ["customer_id,invoice_date,amount", "Customer_ID,Invoice_Date,Amount,,"])
  func aLedgerOfTwoExports(repeated: String) throws {
    let c = try read(
      """
      customer_id,invoice_date,amount
      A,2024-01-05,100.00
      A,2024-02-05,100.00
      \(repeated)
      B,2024-01-05,200.00
      B,2024-02-05,200.00
      """, name: "ledger.csv")
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.mrrRow("B") == [20_000, 20_000])
    let file = c.log.files[0]
    #expect(file.skipped[.repeatedHeader] == 1)
    #expect(file.rowsRead == 5)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    #expect(c.log.skipped.contains { $0.line == 4 && $0.reason.hasPrefix("repeated header") })
  }

  @Test func aCubeOfTwoExports() throws {
    let c = try read(
      """
      Customer,Jan-24,Feb-24,Mar-24
      A,100,100,100
      Customer,Jan-24,Feb-24,Mar-24
      B,200,200,200
      """, name: "cube.csv")
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("B") == [20_000, 20_000, 20_000])
    #expect(c.log.files[0].skipped[.repeatedHeader] == 1)
  }

  /// Two "CSV UTF-8" exports joined with `cat`: the second header begins with its file's byte
  /// order mark, and is still the header again (trial 25, T25-20).
  @Test func aRepeatedHeaderAfterAByteOrderMark() throws {
    let bytes =
      Array("\u{FEFF}Customer,2024-01,2024-02\nA,100,100\n".utf8)
      + Array("\u{FEFF}Customer,2024-01,2024-02\nB,200,200\n".utf8)
    let c = try Importer.read([Importer.SourceFile(name: "cube.csv", bytes: bytes)])
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.mrrRow("B") == [20_000, 20_000])
    #expect(c.log.files[0].skipped[.repeatedHeader] == 1)
    #expect(ImportTable.repeatsHeader(["\u{FEFF}customer", "x"], ["Customer", "X"]))
    #expect(!ImportTable.repeatsHeader(["customer", "\u{FEFF}x"], ["Customer", "X"]))
  }

  /// Next year's export appended below this year's: a second header of other months is refused,
  /// naming the line and both headers' months, with `--lenient` too (trial 25, T25-7: read
  /// under the first header's months and summed, $192K for $72K or $120K).
  @Test(arguments: [false, true])
  func aSecondHeaderOfOtherMonthsIsRefused(isLenient: Bool) throws {
    let cube = """
      Customer,2024-01,2024-02,2024-03
      A,100,100,100
      B,200,200,200
      Customer,2025-01,2025-02,2025-03
      A,150,150,150
      B,250,250,250
      """
    #expect(
      throws: ARRQualityError.data(
        "cube.csv:4: a second header, of other months (2025-01 to 2025-03; the header on line 1 "
          + "has 2024-01 to 2024-03): two exports appended in one file. Split the file at line 4 "
          + "into two files and pass both: files of consecutive periods of the same customers "
          + "are joined in time")
    ) {
      try Importer.read(
        [Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8))],
        options: ImportOptions(isLenient: isLenient))
    }
  }

  /// The way through the refusal gives: the two halves as two files, joined in time.
  @Test func theTwoHalvesAsTwoFilesAreJoined() throws {
    let first = "Customer,2024-01,2024-02,2024-03\nA,100,100,100\nB,200,200,200\n"
    let second = "Customer,2024-04,2024-05,2024-06\nA,150,150,150\nB,250,250,250\n"
    let c = try Importer.read([
      Importer.SourceFile(name: "cube-1.csv", bytes: Array(first.utf8)),
      Importer.SourceFile(name: "cube-2.csv", bytes: Array(second.utf8)),
    ])
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000, 15_000, 15_000, 15_000])
  }

  /// A header of other months is no repeat: still a problem, never silently dropped.
  @Test func aHeaderOfOtherMonthsIsStillAProblem() throws {
    #expect(throws: ARRQualityError.self) {
      try read(
        """
        Customer,Jan-24,Feb-24,Mar-24
        A,100,100,100
        Customer,Apr-24,May-24,Jun-24
        B,200,200,200
        """, name: "cube.csv")
    }
  }

  @Test(arguments: [
    (["a", "B", ""], ["A", "b"], true), (["a"], ["a"], false), (["a", "b"], ["a", "c"], false),
  ])
  func repeatsHeader(cells: [String], header: [String], expected: Bool) {
    #expect(ImportTable.repeatsHeader(cells, header) == expected)
  }

  /// Two exports that overlap (January–February, then February–March) appended: the February
  /// lines of the second repeat the first's exactly and are counted once, with a finding; a
  /// line repeated within one export (two identical seats) is kept.
  @Test func overlappingExportsAreCountedOnce() throws {
    let c = try read(
      """
      customer_id,invoice_date,amount,description
      A,2024-01-05,100.00,Plan
      A,2024-02-05,100.00,Plan
      B,2024-02-05,50.00,Seat
      B,2024-02-05,50.00,Seat
      customer_id,invoice_date,amount,description
      A,2024-02-05,100.00,Plan
      B,2024-02-05,50.00,Seat
      A,2024-03-05,100.00,Plan
      B,2024-03-05,100.00,Seat
      """, name: "ledger.csv")
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("B") == [0, 10_000, 10_000])
    let file = c.log.files[0]
    #expect(file.skipped[.repeatedLine] == 2)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    let finding = try #require(c.log.findings.first { $0.contains("overlapping exports") })
    #expect(finding.contains("2 lines"))
    #expect(finding.contains("line 7 repeats line 3"))
  }

  /// The same for a cube: a customer row of a second export equal to one of the first was
  /// summed with it ("appears on several rows"), doubling it.
  @Test func overlappingCubeExportsAreCountedOnce() throws {
    let c = try read(
      """
      Customer,Jan-24,Feb-24,Mar-24
      A,100,100,100
      B,50,50,50
      Customer,Jan-24,Feb-24,Mar-24
      A,100,100,100
      C,70,70,70
      """, name: "cube.csv")
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("C") == [7_000, 7_000, 7_000])
    #expect(c.log.files[0].skipped[.repeatedLine] == 1)
    #expect(c.log.findings.contains { $0.contains("line 5 repeats line 2") })
    #expect(!c.log.findings.contains { $0.contains("several rows") })
  }
}
