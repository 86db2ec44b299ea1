import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRInput

/// A record longer than 1 MiB (``ImportTable/maximumRecordBytes``) is refused at its line, and
/// the folder loader's header likewise: trial 30, T30-3, a 50 MB line with no delimiter took
/// 688 s and 303 MB to be refused, with a 50 MB message.
@Suite(.scratchFolders) struct ImportTableLengthTests {
  static let mebibyte = 1_048_576

  /// `customer_id,mrr` and one data row whose id makes the row `length` bytes, without its
  /// line end.
  static func file(rowLength length: Int) -> [UInt8] {
    let id = String(repeating: "c", count: length - 2)
    return Array(("customer_id,mrr\n" + id + ",1\n").utf8)
  }

  static func problem(_ body: () throws -> Void) throws -> InputProblem {
    let error = try #require(throws: ARRQualityError.self) { try body() }
    #expect(error.kind == .invalidData)
    return try #require(error.problems.first)
  }

  @Test func aRecordOfExactlyOneMebibyteIsRead() throws {
    let table = try ImportTable.read(Self.file(rowLength: Self.mebibyte), file: "long.csv")
    #expect(table.records.map(\.cells.count) == [2, 2])
    #expect(table.records[1].cells[0].utf8.count == Self.mebibyte - 2)
  }

  @Test func oneByteMoreIsRefusedOnItsLine() throws {
    let problem = try Self.problem {
      _ = try ImportTable.read(Self.file(rowLength: Self.mebibyte + 1), file: "long.csv")
    }
    #expect(problem.file == "long.csv")
    #expect(problem.line == 2)
    #expect(problem.column == 2)  // the cell where it passed 1 MiB
    #expect(
      problem.message.hasPrefix(
        "the record starting on this line is longer than 1 MiB (1,048,576 bytes) and was not "
          + "read further"))
    #expect(!problem.message.contains("quoted cell"))
  }

  /// Three MiB of one letter, no delimiter, no line end: the file of T30-3, refused at line 1
  /// with a message of bounded length.
  @Test func aOneLineFileIsRefusedWithAShortMessage() throws {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 3 * Self.mebibyte)
    let problem = try Self.problem { _ = try ImportTable.read(bytes, file: "line.csv") }
    #expect(problem.line == 1)
    #expect(problem.column == 1)
    #expect(problem.message.utf8.count < 400)
  }

  /// A quote left open on line 3 swallows the file: the message says where it opened.
  @Test func anOpenQuoteIsNamed() throws {
    let text =
      "customer_id,mrr\nA,1\nB,\"" + String(repeating: "9\n", count: Self.mebibyte / 2 + 1)
    let problem = try Self.problem { _ = try ImportTable.read(Array(text.utf8), file: "q.csv") }
    #expect(problem.line == 3)
    #expect(problem.column == 2)
    #expect(
      problem.message.contains(
        "a quoted cell opened at line 3, column 2 is still open (a missing closing quote "
          + "swallows the rest of the file)"))
  }

  /// The folder loader's header, read from memory (a pipe) and in chunks from a file.
  @Test func aFolderHeaderPastOneMebibyteIsRefused() throws {
    let text = String(repeating: "a", count: Self.mebibyte + 1) + "\nA,2024-01,1\n"
    let expected =
      "monthly.csv:1: the header is longer than 1 MiB (1,048,576 bytes) and was not read "
      + "further (expected a line of column names such as account_id,month,mrr; is this a text "
      + "file of one line, or not a CSV file at all?)"
    var log = ProblemLog(isLenient: false)
    let fromMemory = try CSVHeader.read(
      from: ByteSource(storage: .memory(Array(text.utf8)), name: "monthly.csv"), log: &log)
    #expect(fromMemory == nil)
    #expect(log.problems.map(\.description) == [expected])

    let path = scratchFolder("long") + "/monthly.csv"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let source = try #require(try ByteSource.open(path: path, name: "monthly.csv"))
    defer { source.close() }
    var fileLog = ProblemLog(isLenient: false)
    #expect(try CSVHeader.read(from: source, log: &fileLog) == nil)
    #expect(fileLog.problems.map(\.description) == [expected])
  }

  /// A header just under the bound is read, and the missing-columns message cuts each name
  /// (``ShownText``) and lists at most 20.
  @Test func aLongHeaderGetsABoundedMessage() throws {
    let long = String(repeating: "b", count: 100_000)
    let names = [long] + (1...24).map { "x\($0)" }
    var log = ProblemLog(isLenient: false)
    let header = try #require(
      try CSVHeader.read(
        from: ByteSource(
          storage: .memory(Array((names.joined(separator: ",") + "\n").utf8)),
          name: "monthly.csv"),
        log: &log))
    #expect(!header.validate(required: ["mrr"], file: "monthly.csv", log: &log))
    let shown = String(repeating: "b", count: 40) + "…" + String(repeating: "b", count: 16)
    #expect(
      log.problems.map(\.description) == [
        "monthly.csv:1: missing required column mrr (found: " + shown + ", "
          + (1...19).map { "x\($0)" }.joined(separator: ", ") + " and 5 more)"
      ])
  }
}
