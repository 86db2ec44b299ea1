import ARRCore
import Testing

@testable import ARRInput

/// A Stripe subscriptions export with a subscription id twice: two appended exports, or a row
/// pasted twice (review 13, F1: every such subscription was counted twice, ARR $6,000 for
/// $3,600).
@Suite struct StripeDuplicateTests {
  static let header =
    "id,Customer ID,Customer Name,Status,Amount,Currency,Interval,Quantity,Start (UTC),"
    + "Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),Ended At (UTC)"
  static let a =
    "sub_1,cus_A,Alpha,active,100.00,usd,month,1,2024-01-05 00:00,2024-06-05 00:00,2024-07-05 00:00,,"
  static let b =
    "sub_2,cus_B,Beta,active,1200.00,usd,year,1,2024-02-10 00:00,2024-02-10 00:00,2025-02-10 00:00,,"
  static let c =
    "sub_3,cus_C,Gamma,active,50.00,usd,month,2,2024-03-01 00:00,2024-06-01 00:00,2024-07-01 00:00,,"

  func read(_ lines: [String]) throws -> ImportedCompany {
    let text = lines.joined(separator: "\n") + "\n"
    return try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
  }

  /// Two exports appended, the second repeating sub_1 and sub_2: each counted once. June: A 100,
  /// B 1,200 ÷ 12 = 100, C 2 × 50 = 100.
  @Test func appendedExportsCountEachSubscriptionOnce() throws {
    let c = try read([Self.header, Self.a, Self.b, Self.header, Self.a, Self.b, Self.c])
    #expect(c.mrrRow("cus_A").last == 10_000)
    #expect(c.mrrRow("cus_B").last == 10_000)
    #expect(c.mrrRow("cus_C").last == 10_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == 6 && f.rowsUsed == 3 && f.rowsSkipped == 3)
    #expect(c.log.findings.contains { $0.contains("(line 5 repeats line 2)") })
  }

  /// The same rows pasted twice in one export: the id says they are one subscription each.
  @Test func aRowOfTheSameIdPastedTwiceIsSkipped() throws {
    let c = try read([Self.header, Self.a, Self.b, Self.a, Self.b, Self.c])
    #expect(c.mrrRow("cus_A").last == 10_000)
    #expect(c.mrrRow("cus_B").last == 10_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == 5 && f.rowsUsed == 3 && f.rowsSkipped == 2)
    let finding = try #require(c.log.findings.first { $0.contains("same subscription") })
    #expect(
      finding.hasPrefix("subs.csv: 2 rows repeat") && finding.contains("line 4 repeats line 2"))
  }

  /// A later export's changed row of sub_1 (upgraded to 150) is its newer state: A reads 150,
  /// the earlier row skipped; B, repeated exactly, once.
  @Test func aLaterExportsChangedRowRestatesTheSubscription() throws {
    let upgraded = Self.a.replacingOccurrences(of: "100.00", with: "150.00")
    let c = try read([Self.header, Self.a, Self.b, Self.header, upgraded, Self.b])
    #expect(c.mrrRow("cus_A").last == 15_000)
    #expect(c.mrrRow("cus_B").last == 10_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.rowsSkipped && f.rowsUsed == 2)
    #expect(c.log.findings.contains { $0.contains("(line 5 restates line 2)") })
  }

  /// Two different rows of one id within one export (a subscription's items, if an export
  /// writes one row per item) are both read, as before: A 100 + 30.
  @Test func twoDifferentRowsOfOneIdInOneExportAreBothRead() throws {
    let item = Self.a.replacingOccurrences(of: "100.00", with: "30.00")
    let c = try read([Self.header, Self.a, item, Self.b])
    #expect(c.mrrRow("cus_A").last == 13_000)
    #expect(!c.log.findings.contains { $0.contains("same subscription") })
  }
}
