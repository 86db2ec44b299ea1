import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRInput

/// `import.json` (T50-34): the folder `import` writes brings the import's findings, notes and
/// range back when `analyze DIR` reads it, as `analyze FILE` reports them; an edited folder
/// keeps the findings with a note and drops the range.
@Suite(.scratchFolders) struct ImportRecordTests {
  /// A pivot without its Grand Total: its subtotal rows may be customers, so the headline's
  /// range runs from 39,000 (March: Acme 1,000 + Beta 2,000 + Gamma 100 + Delta 150, × 12) to
  /// 78,000 (the subtotals counted too).
  static let pivot = PivotSubtotalTests.compactWithoutTotal + "\n"

  /// The imported company and its folder, written to a scratch folder.
  static func imported() throws -> (direct: Company, folder: String) {
    let imported = try importCube(pivot, name: "pivot.csv")
    let conversion = try imported.company(name: "Pivot")
    let folder = scratchFolder("company")
    try ImportFolder.write(imported, conversion, to: folder, isForced: true)
    return (conversion.company, folder)
  }

  @Test func theFolderReportsWhatTheDirectReadingReports() throws {
    let (direct, folder) = try Self.imported()
    let s = try #require(direct.dataQuality.imported)
    #expect(s.ambiguousARRLow == 3_900_000 && s.ambiguousARRHigh == 7_800_000)
    let back = try CompanyLoader.load(directory: folder)
    let dq = back.dataQuality
    #expect(dq.imported == direct.dataQuality.imported)
    #expect(dq.findingCount == direct.dataQuality.findingCount)
    #expect(dq.findingStakes == direct.dataQuality.findingStakes)
    #expect(
      Array(dq.notes.prefix(dq.findingCount))
        == Array(direct.dataQuality.notes.prefix(direct.dataQuality.findingCount)))
    // Every note of the direct reading is there, once.
    for note in direct.dataQuality.notes {
      #expect(dq.notes.filter { $0 == note }.count == 1, "\(note)")
    }
    // Columns no account fills are no signal, as read directly.
    #expect(back.accountColumns == direct.accountColumns)
  }

  @Test func theRecordReadsBackAsWritten() throws {
    let (direct, _) = try Self.imported()
    var c = direct
    c.dataQuality.findingStakes[0] = ImportFindingStake(arrCents: 12_345, customerShare: 0.1)
    c.dataQuality.renewedAfterAsOf = ["Acme": Month(year: 2024, month: 5)]
    c.dataQuality.incompleteThrough = Month(year: 2024, month: 1)
    c.billingMix = ["Beta": [.monthly: 0.75, .annual: 0.25]]
    let record = ImportRecord(
      company: c, accountsFingerprint: LineFingerprint(lines: 3, sum: 42),
      monthlyFingerprint: LineFingerprint.of(Array("a\nb\n".utf8)))
    let back = try ImportRecord.read(record.json)
    #expect(back == record)
    // Same record, same bytes.
    #expect(back.json == record.json)
  }

  /// Lines moved or saved with CRLF ends are no edit; a changed amount is: the findings stay
  /// (with a note after them) and the range goes (low = high = headline, 39,000 → 40,200 with
  /// Delta's March at 250).
  @Test func anEditedFolderKeepsTheFindingsWithoutTheRange() throws {
    let (direct, folder) = try Self.imported()
    let path = folder + "/monthly.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.split(separator: "\n").map(String.init)
    let header = lines.removeFirst()
    let moved = ([header] + lines.reversed()).joined(separator: "\r\n") + "\r\n"
    try Data(moved.utf8).write(to: URL(fileURLWithPath: path))
    let same = try CompanyLoader.load(directory: folder)
    #expect(same.dataQuality.imported == direct.dataQuality.imported)

    let edited = text.replacingOccurrences(of: "Delta,2024-03,150.00", with: "Delta,2024-03,250.00")
    #expect(edited != text)
    try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
    let back = try CompanyLoader.load(directory: folder)
    let s = try #require(back.dataQuality.imported)
    #expect(s.ambiguousARRLow == 4_020_000 && s.ambiguousARRHigh == 4_020_000)
    #expect(s.ambiguousChoices.isEmpty)
    let n = direct.dataQuality.findingCount
    #expect(back.dataQuality.findingCount == n)
    #expect(back.dataQuality.notes.prefix(n) == direct.dataQuality.notes.prefix(n))
    let note = back.dataQuality.notes[n]
    #expect(note.contains("monthly.csv changed after `import` wrote it"))
    #expect(note.contains("the range of other readings it priced"))
  }

  @Test func anotherAsOfMonthDropsTheRange() throws {
    let (_, folder) = try Self.imported()
    let back = try CompanyLoader.load(
      directory: folder, options: LoadOptions(asOf: Month(year: 2024, month: 2)))
    let s = try #require(back.dataQuality.imported)
    // February: 1,000 + 2,000 + 100 + 200 = 3,300 a month.
    #expect(s.ambiguousARRLow == 3_960_000 && s.ambiguousARRHigh == 3_960_000)
    #expect(
      back.dataQuality.notes.contains {
        $0.contains("this report's as-of month is 2024-02, the import's 2024-03")
      })
  }

  @Test(arguments: [
    ("{", "not valid JSON"),
    ("{\"import_json_version\": 2}", "import_json_version 2 is not the version"),
    ("{\"import_json_version\": 1}", "the key \"summary\" is missing"),
    ("[1]", "the file: expected an object, found"),
  ])
  func aDamagedRecordIsAClearError(text: String, expected: String) throws {
    let (_, folder) = try Self.imported()
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/import.json"))
    do {
      _ = try CompanyLoader.load(directory: folder)
      Issue.record("read a damaged import.json")
    } catch {
      #expect(error.kind == .invalidData)
      let problem = try #require(error.problems.first)
      #expect(problem.file == "import.json")
      #expect(problem.message.contains(expected), "\(problem.message)")
      #expect(problem.line >= 1)
    }
  }

  @Test func aFolderWithoutTheRecordIsANativeFolder() throws {
    let (_, folder) = try Self.imported()
    try FileManager.default.removeItem(atPath: folder + "/import.json")
    let back = try CompanyLoader.load(directory: folder)
    #expect(back.dataQuality.imported == nil)
    #expect(back.dataQuality.findingCount == 0)
  }

  /// The fingerprint counts non-blank lines and sums their hashes: pieces in any split, CRLF
  /// ends and a missing last line feed give the same; a changed, repeated or dropped line does
  /// not.
  @Test func theFingerprintSeesEditsNotLayout() {
    let text = "id,m,v\nA,2024-01,1\nB,2024-01,2\n"
    let whole = LineFingerprint.of(Array(text.utf8))
    #expect(whole.lines == 3)
    let pieces = ByteChunks([Array("id,m,v\nA,2024-01,1\n".utf8), Array("B,2024-01,2\n".utf8)])
    #expect(LineFingerprint.of(pieces) == whole)
    #expect(
      LineFingerprint.of(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)) == whole)
    #expect(LineFingerprint.of(Array(text.dropLast().utf8)) == whole)
    #expect(LineFingerprint.of(Array((text + "\n\n").utf8)) == whole)
    for other in [
      "id,m,v\nA,2024-01,1\nB,2024-01,3\n", "id,m,v\nA,2024-01,1\n",
      "id,m,v\nA,2024-01,1\nB,2024-01,2\nB,2024-01,2\n",
    ] {
      #expect(LineFingerprint.of(Array(other.utf8)) != whole)
    }
    #expect(whole.hex.count == 16)
  }
}
