import ARRCore
import Testing

@testable import ARRInput

/// Trial 50, T50-19 (case `/work/team/s50/trial/c44`, made smaller): an account billing a
/// committed minimum and, beside it, only overage is a usage contract, so recurring ARR averages
/// its overage over three months instead of counting the as-of month's spike twelve times
/// (``LedgerMinimums/readUsageContracts(_:uses:accounts:into:)``). Every file: lines dated at
/// the end of their month, January to October 2026, read at 2026-10.
@Suite struct UsageAboveMinimumTests {
  static let header = "invoice_date,customer,description,line_type,amount"

  static func line(_ m: Int, _ customer: String, _ text: String, _ type: String, _ amount: Int)
    -> String
  {
    "\(CivilDate.lastDay(of: Month(year: 2026, month: m))),\(customer),\"\(text)\",\(type),"
      + "\(amount).00"
  }

  static let minimum = "Committed usage: annual minimum $120,000 (Jan-Dec 2026), billed monthly"

  /// Orion pays its minimum of 10,000 every month and overage of 2,000, 6,000 and 14,000 in
  /// August to October; Rigel a plain subscription of 2,000. By hand: Orion a usage contract,
  /// committed 10,000, its recurring MRR (12,000 + 16,000 + 24,000) / 3 = 17,333.33 (the minimum
  /// whole, the overage averaged); Rigel keeps its full month.
  static func rows(overageType: String = "usage", overageText: String = "Overage: tokens above")
    -> [String]
  {
    let over = [8: 2000, 9: 6000, 10: 14000]
    return (1...10).flatMap { m in
      [Self.line(m, "Orion AI", minimum, "commitment", 10000)]
        + (over[m].map { [Self.line(m, "Orion AI", overageText, overageType, $0)] } ?? [])
        + [Self.line(m, "Rigel Inc", "Team plan (monthly subscription)", "subscription", 2000)]
    }
  }

  @Test func aMinimumWithOverageOnlyIsAUsageContract() throws {
    let c = try importLedger(([Self.header] + Self.rows()).joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2026, month: 10))
    let orion = try #require(c.account("Orion AI"))
    #expect(orion.contractType == .usage)
    #expect(orion.inferred.contains(.contractType))
    #expect(orion.committedMRR == 1_000_000)
    #expect(c.mrrRow("Orion AI").suffix(3) == [1_200_000, 1_600_000, 2_400_000])
    #expect(c.account("Rigel Inc")?.contractType != .usage)
    let finding = try #require(c.log.findings.first { $0.contains("minimum commitment") })
    #expect(
      finding.contains(
        "1 account bills nothing but usage beside the minimum: read as a usage contract, "
          + "recurring ARR counting its mean MRR of the last 3 months"))
  }

  /// Overage named so but typed as the minimum's subscription (no usage type): still usage.
  @Test func overageNamedButNotTypedIsUsage() throws {
    let rows = Self.rows(overageType: "subscription", overageText: "Token overage")
    let c = try importLedger(([Self.header] + rows).joined(separator: "\n"))
    #expect(c.account("Orion AI")?.contractType == .usage)
    #expect(c.account("Orion AI")?.committedMRR == 1_000_000)
  }

  /// Hostile twins: a platform fee beside the minimum and the usage (a price of its own, kept
  /// whole), a line naming an annual contract instead of a minimum (a term, not a minimum), a
  /// "Support coverage" line (no overage: "coverage" holds the letters only), and a minimum
  /// with no usage at all. None is read as a usage contract billing nothing but usage. Since
  /// session 53 (trial 51, T51-13, ``LedgerHybridUsage``) the first three bill a flat part and
  /// usage beside it: usage contracts whose flat part (fee, term, coverage, the minimum) counts
  /// whole and commits, the overage averaged and never committed; the last stays as it was.
  @Test(arguments: [
    ("fee", "Platform fee", "subscription"),
    ("annual", "", ""),
    ("coverage", "Premium support coverage", "subscription"),
    ("none", "", ""),
  ])
  func otherShapesAreNoUsageContract(_ twin: String, _ text: String, _ type: String) throws {
    var rows: [String]
    switch twin {
    case "annual":
      rows = Self.rows().map {
        $0.replacingOccurrences(
          of: Self.minimum, with: "Platform fee - annual contract, billed monthly")
      }
    case "none":
      rows = Self.rows().filter { !$0.contains("Overage") }
    default:
      rows = Self.rows() + (1...10).map { Self.line($0, "Orion AI", text, type, 1500) }
    }
    let c = try importLedger(([Self.header] + rows).joined(separator: "\n"))
    let orion = try #require(c.account("Orion AI"))
    #expect((orion.contractType == .usage) == (twin != "none"))
    #expect(orion.committedMRR != nil)
    #expect(!c.log.findings.contains { $0.contains("read as a usage contract") })
    #expect(
      c.log.notes.contains { $0.contains("bills a flat part and usage beside it") }
        == (twin != "none"))
  }

  /// Review 51b (`u01`, `u02`): Orion's `Monthly minimum commitment` of 10,000 with, beside it,
  /// lines of no type named below. Usage above it (`Usage above commitment` 2,000, 6,000,
  /// 14,000 from August; R51b-10) makes a usage contract: recurring MRR (12,000 + 16,000 +
  /// 24,000) / 3, by hand. A fee naming overage (`Overage protection add-on (flat fee)` 1,500 from
  /// September; R51b-4), a flat add-on naming usage, and a line naming usage at one amount for
  /// four months are fees: no usage contract, the as-of month whole.
  @Test(arguments: [
    ("Usage above commitment", [8: 2000, 9: 6000, 10: 14000], true),
    ("Overage protection add-on (flat fee)", [9: 1500, 10: 1500], false),
    ("Usage analytics add-on", [7: 500, 8: 500, 9: 500, 10: 500], false),
    ("API usage", [7: 500, 8: 500, 9: 500, 10: 500], false),
    ("API usage", [8: 400, 9: 500, 10: 900], true),
    // Review 52b, R52b-4 (`g01`, `g03`, `g02`): a fee word in a line whose amount moves every
    // month names what the usage is above, not a fee; R52b-16 (`g05`, `g06`): usage named
    // otherwise.
    ("Overage above plan limit", [8: 2000, 9: 6000, 10: 14000], true),
    ("Overage at fixed rate", [8: 2000, 9: 6000, 10: 14000], true),
    ("API usage beyond subscription allowance", [8: 2000, 9: 6000, 10: 14000], true),
    ("Mehrverbrauch", [8: 2000, 9: 6000, 10: 14000], true),
    ("Excess consumption", [8: 2000, 9: 6000, 10: 14000], true),
    ("Dépassement de volume", [8: 2000, 9: 6000, 10: 14000], true),
    // Hostile twins: a fee naming overage whose price rose once, or billed in two months only,
    // and a fee of excess at one amount stay fees.
    ("Overage protection plan", [7: 1500, 8: 1500, 9: 1800, 10: 1800], false),
    ("Overage protection add-on (flat fee)", [9: 1500, 10: 1800], false),
    ("Excess liability insurance", [7: 300, 8: 300, 9: 300, 10: 300], false),
  ])
  func linesBesideAMinimumByTheirNames(_ text: String, _ amounts: [Int: Int], _ isUsage: Bool)
    throws
  {
    let rows = (1...10).flatMap { m in
      ["2026-\(m < 10 ? "0" : "")\(m)-28,Orion AI,Monthly minimum commitment,10000.00"]
        + (amounts[m].map { ["2026-\(m < 10 ? "0" : "")\(m)-28,Orion AI,\(text),\($0).00"] } ?? [])
    }
    let c = try importLedger(
      (["invoice_date,customer,description,amount"] + rows).joined(separator: "\n"))
    let orion = try #require(c.account("Orion AI"))
    #expect((orion.contractType == .usage) == isUsage)
    #expect(c.log.findings.contains { $0.contains("read as a usage contract") } == isUsage)
  }
}
