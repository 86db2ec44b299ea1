import ARRCore
import Testing

@testable import ARRInput

/// ``MonthlyChunkParser/stagePlain(_:end:from:)`` on single records, by hand: a plain record
/// is staged by the fast path itself (fields found, then each column read where it starts)
/// with the values worked out below, and every record it must leave to the scanner stages
/// nothing. (The random comparison with the reference is `MonthlyPlainRecordTests`.)
@Suite struct MonthlyStagePlainTests {
  /// A parser for `header`'s column order (batched, nothing staged yet).
  static func parser(_ header: [String]) -> MonthlyChunkParser {
    let known = ["account_id", "month", "mrr", "one_time", "usage"]
    let layout = MonthlyLayout(
      fieldCount: header.count, account: header.firstIndex(of: "account_id")!,
      month: header.firstIndex(of: "month")!, mrr: header.firstIndex(of: "mrr")!,
      oneTime: header.firstIndex(of: "one_time"), usage: header.firstIndex(of: "usage"),
      activity: header.indices.filter { !known.contains(header[$0]) })
    let columns = MonthColumns(
      accountCount: 1, hasUsage: layout.usage != nil, activityCount: layout.activity.count,
      expected: nil)
    return MonthlyChunkParser(
      layout: layout, accounts: AccountsResult(), rule: .fromData, columns: columns,
      isLenient: false, startLine: 2, tracksLines: false, batchSize: 4)
  }

  /// Stages `record` (followed by `after`, the bytes of the next record) from offset 0.
  /// - Returns: Where the next record starts and the staged row, or `nil` when the fast path
  ///   left the record to the scanner.
  static func stage(_ header: [String], _ record: String, after: String = "x,2024-01,1,,1,1\n")
    -> (next: Int, row: StagedRow, activity: [ActivityValue.Cell])?
  {
    var parser = parser(header)
    let bytes = Array((record + after).utf8)
    let next = bytes.withUnsafeBufferPointer {
      parser.stagePlain($0.baseAddress!, end: $0.count, from: 0)
    }
    guard let next else {
      #expect(parser.batch.count == 0)
      return nil
    }
    #expect(parser.batch.count == 1)
    let cells = (0..<parser.batch.activityCount).map { parser.batch.cells(of: 0)[$0] }
    return (next, parser.batch.rows[0], cells)
  }

  static let canonical = ["account_id", "month", "mrr", "one_time", "usage", "active_users"]

  @Test func plainRecordIsStagedWithItsValues() throws {
    let record = "cus_o6IvIURqEg,2023-10,448.50,,2175,3\n"
    let (next, row, activity) = try #require(Self.stage(Self.canonical, record))
    #expect(next == record.utf8.count)
    #expect(row.isClean)
    // The id: bytes 0..<14.
    #expect(row.keyStart == 0 && row.keyCount == 14)
    // 2023 × 12 + (10 − 1).
    #expect(row.ordinal == 24_285)
    #expect(row.mrr == 44_850)
    #expect(row.oneTime == 0)
    #expect(row.usage == 2_175)
    #expect(activity == [.number(3)])
  }

  /// The same cells in another column order, with CRLF, an id of eight bytes or fewer, a
  /// one-time amount and an amount longer than eight bytes (the reference parser's path).
  @Test func anyColumnOrderAndCRLF() throws {
    let header = ["usage", "score", "mrr", "account_id", "month", "one_time"]
    let record = "7,12.5,123456.78,acct-1,2024-06,9.9\r\n"
    let (next, row, activity) = try #require(Self.stage(header, record))
    #expect(next == record.utf8.count)
    // "7,12.5,123456.78," is 17 bytes.
    #expect(row.keyStart == 17 && row.keyCount == 6)
    // 2024 × 12 + 5.
    #expect(row.ordinal == 24_293)
    #expect(row.mrr == 12_345_678)
    #expect(row.oneTime == 990)
    #expect(row.usage == 7)
    #expect(activity == [.number(12.5)])
  }

  /// An empty usage and activity cell are 0 and missing, as the reference reads them.
  @Test func emptyOptionalCells() throws {
    let (_, row, activity) = try #require(Self.stage(Self.canonical, "a,2023-01,0,,,\n"))
    #expect(row.mrr == 0 && row.usage == 0 && row.oneTime == 0)
    #expect(row.ordinal == 2023 * 12)
    #expect(activity == [.missing])
  }

  /// Records the fast path must leave to the scanner: quotes, spaces, a field too many or too
  /// few, a lone CR, an empty id or MRR, a bad cell, a blank line, and a record whose last
  /// field has fewer than eight bytes readable.
  @Test(arguments: [
    "\"a\",2023-01,1,,1,1\n", "a ,2023-01,1,,1,1\n", "a,2023-01,1,,1,1,9\n", "a,2023-01,1,,1\n",
    "a,2023-01,1,,1,1\rb", ",2023-01,1,,1,1\n", "a,2023-01,,,1,1\n", "a,2023-13,1,,1,1\n",
    "a,2023-01,-1,,1,1\n", "a,2023-01,1,,x,1\n", "\n",
  ])
  func recordsLeftToTheScanner(record: String) {
    #expect(Self.stage(Self.canonical, record) == nil)
  }

  @Test func lastFieldNeedsEightReadableBytes() {
    #expect(Self.stage(Self.canonical, "a,2023-01,1,,1,1\n", after: "") == nil)
    #expect(Self.stage(Self.canonical, "a,2023-01,1,,1,1\n", after: "1234567") != nil)
  }
}
