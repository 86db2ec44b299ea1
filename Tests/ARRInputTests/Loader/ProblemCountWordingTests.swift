import ARRCore
import Testing

@testable import ARRInput

/// Counts in messages are grouped by thousands, as in the report (session 20, wording lane;
/// trial 18b, G18).
@Suite struct ProblemCountWordingTests {
  /// One good row and 1,001 rows whose mrr is not an amount: "1,001 problems in the input".
  @Test func theProblemCountIsGrouped() {
    let rows =
      ["account_id,month,mrr", "A1,2024-01,10"] + Array(repeating: "A2,2024-02,x", count: 1_001)
    do {
      _ = try load(monthly: Array(rows.joined(separator: "\n").utf8) + [10])
      Issue.record("loaded")
    } catch {
      #expect(error.message == "1,001 problems in the input")
      #expect(error.problemCount == 1_001)
    }
  }
}
