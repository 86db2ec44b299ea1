import ARRCore
import Testing

@testable import ARRInput

/// A `monthly.csv` with no `usage` column but one named for a usage unit (`tokens`,
/// `api_calls`, `credits_used`…) reads it as usage, with a note; active users stay activity
/// (trial 34, T34-8: `tokens` was an activity signal of weight 0 and accounts whose tokens fell
/// to zero while they paid were "retained" with no reason).
@Suite struct UsageAliasTests {
  static func load(header: String, rows: [String]) throws -> Company {
    let accounts = "account_id\nA\nB\n"
    let monthly = header + "\n" + rows.joined(separator: "\n") + "\n"
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  /// By hand: A's tokens 300, 0 and B's 50, 60, laid out account by account; `active_users`
  /// is the one activity column; the note names the column read.
  @Test(arguments: ["tokens", "API_Calls", "credits_used"])
  func aUsageUnitColumnIsUsage(name: String) throws {
    let c = try Self.load(
      header: "account_id,month,mrr,\(name),active_users",
      rows: ["A,2024-01,100,300,4", "A,2024-02,100,0,0", "B,2024-01,50,50,2", "B,2024-02,50,60,2"])
    #expect(c.revenue.usage == [300, 0, 50, 60])
    #expect(c.activityColumns.map(\.name) == ["active_users"])
    #expect(
      c.dataQuality.notes.contains {
        $0.hasPrefix("monthly.csv column \(name) read as usage (the file has no usage column")
      })
    let summary = try #require(c.dataQuality.files.first { $0.file == "monthly.csv" })
    #expect(!summary.ignoredColumns.contains { $0.lowercased() == name.lowercased() })
  }

  /// With a `usage` column the other stays activity; with two unit columns the first of the
  /// documented order is usage (`tokens` before `requests`), whatever the header's order.
  @Test func usageFirstThenTheDocumentedOrder() throws {
    let both = try Self.load(
      header: "account_id,month,mrr,tokens,usage", rows: ["A,2024-01,100,7,9", "B,2024-01,50,1,2"])
    #expect(both.revenue.usage == [9, 2])
    #expect(both.activityColumns.map(\.name) == ["tokens"])
    #expect(!both.dataQuality.notes.contains { $0.contains("read as usage") })
    let two = try Self.load(
      header: "account_id,month,mrr,requests,tokens",
      rows: ["A,2024-01,100,7,9", "B,2024-01,50,1,2"])
    #expect(two.revenue.usage == [9, 2])
    #expect(two.activityColumns.map(\.name) == ["requests"])
  }

  /// A unit column whose first rows hold a cell that is no whole count (`2.5`, `-1`, `1e3`)
  /// stays activity, as before, rather than make the file refused as bad usage.
  @Test(arguments: ["2.5", "-1", "1e3"])
  func aColumnOfOtherNumbersStaysActivity(cell: String) throws {
    let c = try Self.load(
      header: "account_id,month,mrr,requests", rows: ["A,2024-01,100,\(cell)", "B,2024-01,50,3"])
    #expect(c.revenue.usage == nil)
    #expect(c.activityColumns.map(\.name) == ["requests"])
    #expect(!c.dataQuality.notes.contains { $0.contains("read as usage") })
  }
}
