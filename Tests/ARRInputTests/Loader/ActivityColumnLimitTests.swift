import ARRCore
import Testing

@testable import ARRInput

/// At most ``MonthlyReader/maximumActivityColumns`` extra `monthly.csv` columns are read as
/// activity; one more is refused at its header cell (trial 30, T30-2: 1,250 columns exhausted
/// the stack in scoring, a crash after `validate` said 0).
@Suite struct ActivityColumnLimitTests {
  func load(extraColumns n: Int) throws -> Company {
    let names = (0..<n).map { "act\($0)" }
    let monthly =
      "account_id,month,mrr" + names.map { "," + $0 }.joined() + "\n"
      + "A,2024-01,100" + String(repeating: ",1", count: n) + "\n"
    return try CompanyLoader.load(
      accountsCSV: Array("account_id\nA\n".utf8), monthlyCSV: Array(monthly.utf8),
      companyJSON: nil, options: LoadOptions())
  }

  @Test func theLimitReads() throws {
    let c = try load(extraColumns: MonthlyReader.maximumActivityColumns)
    #expect(c.activityColumns.count == 100)
  }

  /// Column 104 of the header (account_id, month, mrr, then act0 … act100) is the 101st extra.
  @Test func oneMoreIsRefusedAtItsHeaderCell() throws {
    let error = try #require(throws: ARRQualityError.self) { try load(extraColumns: 101) }
    #expect(error.kind == .invalidData)
    let problem = try #require(error.problems.first)
    #expect(problem.file == "monthly.csv")
    #expect(problem.line == 1)
    #expect(problem.column == 104)
    #expect(
      problem.message.hasPrefix("\"act100\" is extra column 101 of 101 (expected at most 100"))
  }
}
