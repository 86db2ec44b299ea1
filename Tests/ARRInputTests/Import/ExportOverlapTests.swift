import Testing

@testable import ARRInput

/// ``ExportOverlap``: a row equal to one of an earlier export (above a repeated header) is
/// found with the line it repeats; rows of the same export never are.
@Suite struct ExportOverlapTests {
  @Test func aRowOfAnEarlierExportIsFoundOnce() {
    var overlap = ExportOverlap()
    // First export: lines 2–3; a row repeated inside one export is not overlap.
    #expect(overlap.repeatedLine(["a", "1"], line: 2) == nil)
    #expect(overlap.repeatedLine(["a", "1"], line: 3) == nil)
    overlap.startExport(atLine: 4)
    // Second export: line 5 repeats line 2 (the first of the two), line 6 is new.
    #expect(overlap.repeatedLine(["a", "1"], line: 5) == 2)
    #expect(overlap.repeatedLine(["b", "2"], line: 6) == nil)
    #expect(overlap.reason(repeating: 2) == "repeats line 2, above the repeated header on line 4")
    overlap.startExport(atLine: 7)
    // Third export: both earlier exports count; a row that cannot repeat is read again.
    #expect(overlap.repeatedLine(["b", "2"], line: 8) == 6)
    #expect(overlap.repeatedLine(["a", "1"], line: 9, canRepeat: false) == nil)
    #expect(overlap.count == 2)
    #expect(
      overlap.finding(file: "ledger.csv", noun: "line")
        == "ledger.csv: 2 lines below a repeated header repeat a line of an earlier export "
        + "exactly (line 5 repeats line 2): overlapping exports; skipped, not counted twice")
  }

  @Test func noRepeatedHeaderNoOverlap() {
    var overlap = ExportOverlap()
    #expect(overlap.repeatedLine(["a"], line: 2) == nil)
    #expect(overlap.repeatedLine(["a"], line: 3) == nil)
    #expect(overlap.finding(file: "cube.csv", noun: "row") == nil)
  }

  /// The readers' shared steps: a repeated header is skipped as one and starts the next export;
  /// a row repeating an earlier export's is skipped saying the line it repeats; a new row is
  /// kept (nothing logged).
  @Test func headersAndRepeatsAreSkippedInTheLog() {
    var log = ImportLog()
    log.files = [
      ImportLog.FileLog(file: "f.csv", shape: .ledger, values: .billings, valuesReason: "")
    ]
    var overlap = ExportOverlap()
    #expect(!overlap.skipsRepeat(["a", "1"], line: 2, file: 0, log: &log))
    overlap.skipHeader(atLine: 3, file: 0, log: &log)
    #expect(overlap.skipsRepeat(["a", "1"], line: 4, file: 0, log: &log))
    #expect(!overlap.skipsRepeat(["b", "2"], line: 5, file: 0, log: &log))
    #expect(log.files[0].skipped == [.repeatedHeader: 1, .repeatedLine: 1])
    #expect(log.skipped.map(\.line) == [3, 4])
    #expect(
      log.skipped.map(\.reason) == [
        "repeated header: exports concatenated into one file",
        "repeated line: repeats line 2, above the repeated header on line 3",
      ])
  }

  /// Rows match as a multiset: the k-th copy of a row in a later export repeats the k-th copy
  /// above; a copy beyond those is a new row, and counts as a copy for the exports after it
  /// (review 10, F3).
  @Test func copiesBeyondTheEarlierExportsAreNewRows() {
    var overlap = ExportOverlap()
    #expect(overlap.repeatedLine(["a"], line: 2) == nil)
    #expect(overlap.repeatedLine(["a"], line: 3) == nil)
    overlap.startExport(atLine: 4)
    #expect(overlap.repeatedLine(["a"], line: 5) == 2)
    #expect(overlap.repeatedLine(["a"], line: 6) == 2)
    #expect(overlap.repeatedLine(["a"], line: 7) == nil)
    overlap.startExport(atLine: 8)
    // Three copies above now (the second export's three): a third export's three all repeat.
    #expect(overlap.repeatedLine(["a"], line: 9) == 2)
    #expect(overlap.repeatedLine(["a"], line: 10) == 2)
    #expect(overlap.repeatedLine(["a"], line: 11) == 2)
    #expect(overlap.repeatedLine(["a"], line: 12) == nil)
    #expect(overlap.count == 5)
  }
}
