import ARRCore
import Testing

@testable import ARRInput

/// Trial 48, T48-33 (fixture `/work/team/s48/trial/c28_usage_commit_shortfall.py`, made
/// smaller): a `Minimum commitment shortfall` line tops usage up to the minimum, so the minimum
/// is the month's whole bill, held in the months whose usage beats it; its twin, a line naming
/// the minimum itself, keeps reading as the minimum. Every file: Orb-style lines, usage billed
/// for its month on the 1st of the next, January to June 2024, read at 2024-06.
@Suite struct ShortfallMinimumsTests {
  static let header =
    "Invoice date,Customer,Line item name,Amount,Invoice line item start,Invoice line item end"

  static func line(_ m: Int, _ customer: String, _ text: String, _ amount: String) -> String {
    let first = LedgerReviewFortyFiveTests.day(m)
    let next = m == 12 ? "2025-01-01" : LedgerReviewFortyFiveTests.day(m + 1)
    return "\(next),\(customer),\(text),\(amount),\(first),"
      + "\(CivilDate.lastDay(of: Month(year: 2024, month: m)))"
  }

  /// Acme's minimum is 5,000 a month: usage 3,000 plus a 2,000 shortfall January to May, usage
  /// 6,000 in June (above it, no shortfall). By hand: committed minimum 5,000 (not 2,000, nor
  /// nothing in June), June MRR 6,000.
  @Test func aShortfallTopsUsageUpToTheMinimum() throws {
    let rows =
      (1...5).flatMap { m in
        [
          Self.line(m, "Acme", "Usage - inference tokens", "3000.00"),
          Self.line(m, "Acme", "Minimum commitment shortfall", "2000.00"),
        ]
      } + [Self.line(6, "Acme", "Usage - inference tokens", "6000.00")]
    let c = try importLedger(([Self.header] + rows).joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.mrrRow("Acme").last == 600_000)
    #expect(c.account("Acme")?.committedMRR == 500_000)
    #expect(c.log.findings.contains { $0.contains("the line tops usage up to the minimum") })
  }

  /// Twin: a line billing the minimum itself (`Minimum commitment (annual, billed monthly)`,
  /// 5,000) beside overage keeps reading as the minimum: 5,000, not the month's whole bill.
  @Test func aMinimumLineIsTheMinimum() throws {
    let rows = (1...6).flatMap { m in
      [
        Self.line(m, "Acme", "\"Minimum commitment (annual, billed monthly)\"", "5000.00"),
        Self.line(m, "Acme", "Usage overage", "1500.00"),
      ]
    }
    let c = try importLedger(([Self.header] + rows).joined(separator: "\n"))
    #expect(c.account("Acme")?.committedMRR == 500_000)
    #expect(!c.log.findings.contains { $0.contains("tops usage up") })
  }
}
