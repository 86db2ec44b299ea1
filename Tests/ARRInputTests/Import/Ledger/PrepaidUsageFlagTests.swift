import ARRCore
import Testing

@testable import ARRInput

/// A line is prepaid usage only when ``PrepaidCommits`` spread it as a top-up (review 34, item
/// 11: ``LedgerEntry/isPrepaidUsage`` was recomputed from the line, and also marked a purchase
/// typed usage with a period of its own, which apply leaves to that period).
@Suite struct PrepaidUsageFlagTests {
  /// Acme buys "Prepaid usage" typed usage for 2025-01-01..03-31 and 2025-04-01..06-30, 3,000.00
  /// each; Plan pays 1,000.00 a month with monthly periods. By hand: Acme's lines keep their own
  /// periods, 1,000.00 a month (as before), no `prepaid_usage_to_next_purchase` rule, and its
  /// 3-month periods mark the months through 2025-03 incomplete (a note). Before: the rule was
  /// listed and the periods left out of the longest period, no note.
  @Test func aPurchaseWithItsOwnPeriodIsNoTopUp() throws {
    var text = "Customer,Date,Description,Amount,Type,service_start,service_end\n"
    text += "acme,2025-01-01,Prepaid usage,3000.00,usage,2025-01-01,2025-03-31\n"
    text += "acme,2025-04-01,Prepaid usage,3000.00,usage,2025-04-01,2025-06-30\n"
    for (m, last) in [(1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30)] {
      text += "plan,2025-0\(m)-01,Pro plan,1000.00,recurring,2025-0\(m)-01,2025-0\(m)-\(last)\n"
    }
    let c = try Importer.read([Importer.SourceFile(name: "lines.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("acme") == Array(repeating: 100_000, count: 6))
    #expect(c.account("acme")?.rules.contains(.prepaidUsage) == false)
    #expect(c.log.notes.contains { $0.contains("service periods of up to 3 months") })
  }
}
