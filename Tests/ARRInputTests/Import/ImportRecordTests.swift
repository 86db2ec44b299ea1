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
    try ImportFolder.write(conversion, to: folder, isForced: true)
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
    #expect(n > 0)
    #expect(back.dataQuality.findingCount == n)
    for (now, then) in zip(back.dataQuality.notes.prefix(n), direct.dataQuality.notes.prefix(n)) {
      #expect(now.hasPrefix("From the import's reading, before monthly.csv changed: " + then))
      // A finding that points at the range says it is not carried (review 51b, t22).
      #expect(
        now.hasSuffix("(That range is not carried into this report: import again to price it.)")
          == then.contains("the headline's range"))
    }
    let note = back.dataQuality.notes[n]
    #expect(note.contains("monthly.csv changed after `import` wrote it"))
    #expect(note.contains("the range of other readings it priced"))
  }

  /// R51b-17: the bad rows `import --lenient` skipped stay in the folder's report: the same
  /// skipped rows, count and files as the direct reading (2 of 22 rows: a date "TBD", an
  /// amount "n/a"), and the record written before they were kept still reads.
  @Test func theLenientImportsBadRowsStayInTheFolder() throws {
    var text = "Date,Customer,Description,Amount\n"
    for m in 1...10 {
      let mm = m < 10 ? "0\(m)" : "\(m)"
      text += "2026-\(mm)-03,Acme,Pro plan (monthly),1000.00\n"
      text += "2026-\(mm)-05,Beta,Team plan (monthly),500.00\n"
    }
    text += "TBD,Gamma,Pro plan (monthly),1000.00\n2026-10-07,Delta,Setup,n/a\n"
    let imported = try ImportFixtures.read(
      [("ledger.csv", text)], options: ImportOptions(isLenient: true))
    let conversion = try imported.company(name: "Ledger")
    let direct = conversion.company.dataQuality
    #expect(direct.skippedCount == 2)
    #expect(direct.skipped.count == 2)
    let folder = scratchFolder("company")
    try ImportFolder.write(conversion, to: folder, isForced: true)
    let back = try CompanyLoader.load(directory: folder).dataQuality
    #expect(back.skippedCount == direct.skippedCount)
    #expect(back.skipped == direct.skipped)
    #expect(back.isSkippedMRRUnknown == direct.isSkippedMRRUnknown)
    #expect(back.files == direct.files)
    #expect(back.files.map(\.rowsRead) == [22])

    // Edited: the source's rows come before the folder's files.
    let path = folder + "/monthly.csv"
    let monthly = try String(contentsOfFile: path, encoding: .utf8)
    let edited = monthly.replacingOccurrences(of: "1000.00", with: "1100.00")
    #expect(edited != monthly)
    try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
    let after = try CompanyLoader.load(directory: folder).dataQuality
    #expect(after.skippedCount == 2)
    #expect(after.files.map(\.file) == ["ledger.csv", "accounts.csv", "monthly.csv"])

    // A record without the keys (written before session 52) reads as no bad rows.
    let record = try ImportRecord.read(
      Array(try String(contentsOfFile: folder + "/import.json", encoding: .utf8).utf8))
    var old = record
    old.sourceFiles = []
    old.badRowCount = 0
    var json = String(decoding: record.json, as: UTF8.self)
    let cut = try #require(json.range(of: ",\n  \"source_files\""))
    json = String(json[..<cut.lowerBound]) + "\n}\n"
    #expect(try ImportRecord.read(Array(json.utf8)) == old)
  }

  /// R51b-5: company.json's currency changed after the import: the findings are said to be in
  /// the import's currency, and the range is not carried.
  @Test func anotherCurrencyDropsTheRange() throws {
    let (_, folder) = try Self.imported()
    try Data("{\"currency\": \"EUR\", \"as_of\": \"2024-03\"}\n".utf8).write(
      to: URL(fileURLWithPath: folder + "/company.json"))
    let back = try CompanyLoader.load(directory: folder)
    let s = try #require(back.dataQuality.imported)
    #expect(s.ambiguousARRLow == s.ambiguousARRHigh)
    #expect(back.dataQuality.notes.contains { $0.contains("this report's currency is EUR") })
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
    ("{", "import the files again, or delete it"),
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
    // A byte-order mark is no edit (R51b-8).
    #expect(LineFingerprint.of([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == whole)
    for other in [
      "id,m,v\nA,2024-01,1\nB,2024-01,3\n", "id,m,v\nA,2024-01,1\n",
      "id,m,v\nA,2024-01,1\nB,2024-01,2\nB,2024-01,2\n",
    ] {
      #expect(LineFingerprint.of(Array(other.utf8)) != whole)
    }
    #expect(whole.hex.count == 16)
  }
}
