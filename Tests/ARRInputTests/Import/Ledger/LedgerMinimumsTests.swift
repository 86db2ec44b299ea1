import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A ledger line billing a usage contract's minimum commitment commits its account to it
/// (`docs/import.md`, "Minimum commitments"; ``LedgerMinimums``; trial 33, T33-1: an annual
/// minimum billed monthly beside overage read as "pay-as-you-go usage, no commitment", committed
/// ARR without any of it).
@Suite struct LedgerMinimumsTests {
  /// Commit bills "Minimum commitment (annual, billed monthly)" 1,000 on the 1st of each month
  /// of 2025 and its overage, which varies, beside it; Plan bills 500 a month. As of 2025-12
  /// Commit's committed minimum is 1,000 a month (billed from 2025-01), its overage line is no minimum,
  /// and Plan has none.
  static var ledger: String {
    var text = "Customer,Date,Description,Amount\n"
    let overage = [120, 480, 90, 610, 300, 75, 520, 240, 390, 150, 700, 260]
    for m in 1...12 {
      let date = "2025-\(m < 10 ? "0" : "")\(m)-01"
      text += "Commit,\(date),\"Minimum commitment (annual, billed monthly)\",1000.00\n"
      text += "Commit,\(date),Usage above minimum commitment (overage),\(overage[m - 1]).00\n"
      text += "Plan,\(date),Team plan (monthly),500.00\n"
    }
    return text
  }

  @Test func aMinimumLineIsTheAccountsCommittedMinimum() throws {
    let c = try ImportFixtures.read([("ledger.csv", Self.ledger)])
    #expect(c.asOf == Month(year: 2025, month: 12))
    let commit = try #require(c.account("Commit"))
    #expect(commit.committedMRR == 100_000)
    #expect(commit.inferred.contains(.committedMRR))
    // Inferred fields share one month, the latest to hold: the usage reading's (its sixth
    // month) is later than the minimum's 2025-01.
    #expect(commit.contractType == .usage)
    #expect(commit.inferredFrom == Month(year: 2025, month: 6))
    #expect(c.account("Plan")?.committedMRR == nil)
    // December: 1,000 + 260 and 500.
    #expect(c.mrrRow("Commit").last == 126_000)
    let finding = try #require(c.log.findings.first { $0.contains("minimum commitment") })
    #expect(
      finding.contains(
        "1 account pays a line naming a minimum commitment (\"Minimum commitment (annual, billed "
          + "monthly)\" on line 35): read as its committed minimum, $1,000.00 of the as-of "
          + "month's MRR (committed ARR $12,000.00)"))
  }

  @Test(arguments: [
    ("Minimum commitment (annual, billed monthly)", true),
    ("Monthly minimum spend", true),
    ("Platform minimum", true),
    ("Usage above minimum commitment (overage)", false),
    ("Overage beyond minimum spend", false),
    ("Team plan (monthly)", false),
    // An annual contract billed monthly (session 35, crm lane; trial 34, T34-7).
    ("Platform fee - annual contract, billed monthly", true),
    ("Platform fee (12-month contract)", true),
    ("Annual contract overage", false),
    ("Contract renewal (annual)", false),
    // Review 35, finding 7: a negated contract is none; the overage words are whole words.
    ("Team plan - no annual contract", false),
    ("Monthly (no 12-month contract)", false),
    ("Pro plan, without annual contract", false),
    ("Support coverage - annual contract, billed monthly", true),
    ("Overages - annual contract", false),
  ])
  func namesAMinimum(description: String, isMinimum: Bool) {
    #expect(LedgerMinimums.namesMinimum(description) == isMinimum)
  }

  /// Trial 34, T34-7 (`f09_quarterly_trueups`): E2 pays "Platform fee - annual contract, billed
  /// monthly" 3,000.00 on the 1st of each month of 2025; M1 "Team plan - monthly" 2,000.00. By
  /// hand: E2 bills a commitment for its year, committed minimum 3,000.00 a month (committed
  /// ARR 36,000.00); M1 none. Before: E2 contract type unknown, committed ARR $0.
  @Test func aLineUnderAnAnnualContractIsCommitted() throws {
    var text = "Customer,Date,Description,Amount\n"
    for m in 1...12 {
      let date = "2025-\(m < 10 ? "0" : "")\(m)-01"
      text += "E2,\(date),\"Platform fee - annual contract, billed monthly\",3000.00\n"
      text += "M1,\(date),Team plan - monthly,2000.00\n"
    }
    let c = try ImportFixtures.read([("ledger.csv", text)])
    #expect(c.account("E2")?.committedMRR == 300_000)
    #expect(c.account("E2")?.inferred.contains(.committedMRR) == true)
    #expect(c.account("M1")?.committedMRR == nil)
    let finding = try #require(c.log.findings.first { $0.contains("annual contract") })
    #expect(
      finding.contains(
        "1 account pays a line naming an annual contract (\"Platform fee - annual contract, "
          + "billed monthly\" on line 24): read as its committed minimum, $3,000.00 of the as-of "
          + "month's MRR (committed ARR $36,000.00)"))
  }

  /// Review 35, finding 11: E2 pays "Platform fee - annual contract, billed monthly" 3,000.00
  /// and C1 "Minimum commitment (annual, billed monthly)" 1,000.00 on the 1st of each month of
  /// 2025: the finding names both kinds (was: the first line's kind, "an annual contract", for
  /// both). By hand: committed 3,000.00 + 1,000.00 = 4,000.00 of the as-of MRR, committed ARR
  /// 48,000.00.
  @Test func theFindingNamesEachKind() throws {
    var text = "Customer,Date,Description,Amount\n"
    for m in 1...12 {
      let date = "2025-\(m < 10 ? "0" : "")\(m)-01"
      text += "E2,\(date),\"Platform fee - annual contract, billed monthly\",3000.00\n"
      text += "C1,\(date),\"Minimum commitment (annual, billed monthly)\",1000.00\n"
    }
    let c = try ImportFixtures.read([("ledger.csv", text)])
    let finding = try #require(c.log.findings.first { $0.contains("pay a line naming") })
    #expect(
      finding.contains(
        "2 accounts pay a line naming a minimum commitment or an annual contract"))
    #expect(finding.contains("$4,000.00 of the as-of month's MRR (committed ARR $48,000.00)"))
  }
}
