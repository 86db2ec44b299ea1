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
}
