import ARRCore
import Testing

@testable import ARRInput

@Suite struct CSVHeaderTests {
  func header(_ text: String) -> (CSVHeader?, [String]) {
    var log = ProblemLog(isLenient: false)
    let h = try? CSVHeader.read(
      from: ByteSource(storage: .memory(Array(text.utf8)), name: "f.csv"), log: &log)
    return (h ?? nil, log.problems.map(\.description))
  }

  @Test func bomBlankLinesAndNames() throws {
    let (h, p) = header("\u{FEFF}\n Account_ID ,\"Mrr\"\r\nA,1\n")
    let got = try #require(h)
    #expect(p.isEmpty)
    #expect(got.keys == ["account_id", "mrr"])
    #expect(got.names == ["Account_ID", "Mrr"])
    #expect(got.dataStartLine == 3)
    #expect(got.dataStart == 3 + 1 + 20)
  }

  @Test func emptyFile() {
    #expect(header("").1 == ["f.csv: empty file (expected a header row)"])
    #expect(header("\n").1 == ["f.csv: empty file (expected a header row)"])
  }

  @Test func ignoredColumnsInHeaderOrder() throws {
    let h = try #require(header("z,a,B\n").0)
    #expect(h.ignoredColumns(known: ["a"]) == ["z", "B"])
  }

  /// A 16,384-column header, the widest allowed (issue #14: parsing was quadratic, 24 s), is
  /// read whole, every column kept in order; its speed is measured by `arr-quality validate` on
  /// such a file (docs/output.md), not timed here.
  @Test func theWidestHeaderIsReadWhole() throws {
    let names = ["account_id", "month", "mrr"] + (0..<16_381).map { "x\($0)" }
    let h = try #require(header(names.joined(separator: ",") + "\nA,2024-01,1\n").0)
    #expect(h.keys.count == 16_384)
    let ignored = h.ignoredColumns(known: ["account_id", "month", "mrr"])
    #expect(ignored.count == 16_381)
    #expect(ignored.first == "x0")
    #expect(ignored.last == "x16380")
  }

  /// One column more than a spreadsheet's last (XFD) is refused at that column: no header of
  /// ours is that wide, and 200,000 activity columns took 20 s to read one row (session 18).
  @Test(arguments: [16_385, 100_000])
  func aWiderHeaderIsRefusedAtColumn16385(width: Int) {
    let names = ["account_id", "month", "mrr"] + (0..<(width - 3)).map { "x\($0)" }
    let (h, problems) = header(names.joined(separator: ",") + "\nA,2024-01,1\n")
    #expect(h == nil)
    #expect(
      problems == [
        "f.csv:1:16385: the header has \(CountText.grouped(width)) columns, more than 16,384 (expected one per "
          + "field: a spreadsheet stops at 16,384 columns; is the delimiter right?)"
      ])
  }
}
