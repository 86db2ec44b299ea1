import ARRCore
import ARRFileSystem
import ARRTestSupport
import Testing

@testable import ARRGenerator

@Suite(.scratchFolders) struct ByteSinkTests {
  private func text(_ body: (inout ByteSink) -> Void) -> String {
    var sink = ByteSink()
    body(&sink)
    return String(decoding: sink.bytes, as: UTF8.self)
  }

  @Test(arguments: [
    (Int64(0), "0.00"), (5, "0.05"), (10, "0.10"), (123_450, "1234.50"), (-5, "-0.05"),
    (100, "1.00"), (Int64.max, "92233720368547758.07"),
  ])
  func moneyHasExactlyTwoDecimals(cents: Int64, expected: String) {
    #expect(text { $0.money(cents) } == expected)
  }

  @Test(arguments: [
    (Int64(0), "0"), (7, "7"), (10, "10"), (1_234_567_890, "1234567890"), (-42, "-42"),
    (Int64.min, "-9223372036854775808"),
  ])
  func integers(value: Int64, expected: String) {
    #expect(text { $0.integer(value) } == expected)
  }

  @Test func monthsDatesAndPadding() {
    #expect(text { $0.month(Month(year: 2026, month: 3)) } == "2026-03")
    #expect(text { $0.date(CivilDate(year: 2024, month: 2, day: 29)!) } == "2024-02-29")
    #expect(text { $0.fixed(42, width: 5) } == "00042")
    #expect(text { $0.fixed(123_456, width: 4) } == "123456")
  }

  @Test func fileSinkWritesEverythingAndReportsBadPaths() throws {
    let path = scratchFolder("sink") + "/bytes.txt"
    var sink = try ByteSink(path: path)
    for i in 0..<1_000_000 { sink.integer(Int64(i % 10)) }
    try sink.flushIfFull()
    try sink.finish()
    // Nothing appears under the path until the staged file is committed.
    #expect(access(path, F_OK) != 0)
    try OutputFile.commit([try #require(sink.file)])
    let back = try #require(readFile(path))
    #expect(back.count == 1_000_000)
    #expect(back.prefix(12) == Array("012345678901".utf8)[...])

    #expect(throws: ARRQualityError.self) { _ = try ByteSink(path: "/nonexistent-dir/x/y.csv") }
    do {
      _ = try ByteSink(path: "/nonexistent-dir/x/y.csv")
    } catch {
      #expect(error.kind == .cannotCreateOutput)
      #expect(error.message.contains("/nonexistent-dir/x/y.csv"))
    }
  }
}
