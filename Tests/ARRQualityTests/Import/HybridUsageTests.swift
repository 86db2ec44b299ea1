import ARRCore
import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRInput

/// Trial 51, T51-13 (case `c12`, made smaller): a flat plan and its overage, an annual commit and
/// the usage above it, were typed by their flat part, so the overage counted at its October
/// spike and the usage above the annual commit was committed
/// (``LedgerHybridUsage/apply(_:uses:file:into:)``). Orb-style line items with service periods,
/// read at 2026-10.
@Suite struct HybridUsageTests {
  static let header =
    "invoice_id,customer_id,customer_name,invoice_date,line_item_name,quantity,amount,"
    + "service_start,service_end,currency"

  static func month(_ m: Int) -> (first: String, last: String) {
    let mm = "\(m < 10 ? "0" : "")\(m)"
    let days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return ("2026-\(mm)-01", "2026-\(mm)-\(days)")
  }

  /// Atlas: `Pro Plan` 2,000 a month May to November, in advance, and `atlasUsage` for each
  /// month May to October invoiced the month after; Cirrus: an annual commit of 120,000 for 2026
  /// and its overage of 800 for September and 2,400 for October; Delta: `Starter Plan` 49 from
  /// September.
  static func ledger(
    atlasUsage: String = "Tokens overage (per 1M tokens)",
    usage: [Int: Int] = [5: 900, 6: 1100, 7: 1000, 8: 1200, 9: 1500, 10: 6000]
  ) -> String {
    var rows = [header]
    rows.append(
      "i0,cirrus,Cirrus Bank,2026-01-01,Enterprise Commit - annual minimum,1,120000.00,"
        + "2026-01-01,2026-12-31,USD")
    for m in 5...11 {
      let (first, last) = month(m)
      rows.append("a\(m),atlas,Atlas Legal AI,\(first),Pro Plan,1,2000.00,\(first),\(last),USD")
      if let amount = usage[m - 1] {
        let (s, e) = month(m - 1)
        rows.append(
          "u\(m),atlas,Atlas Legal AI,\(first),\(atlasUsage),1,\(amount).00,\(s),\(e),USD")
      }
      if m >= 9 {
        rows.append("d\(m),delta,Delta Studio,\(first),Starter Plan,1,49.00,\(first),\(last),USD")
      }
      if let amount = [10: 800, 11: 2400][m] {
        let (s, e) = month(m - 1)
        rows.append(
          "c\(m),cirrus,Cirrus Bank,\(first),Overage - tokens above commit,1,\(amount).00,"
            + "\(s),\(e),USD")
      }
    }
    return rows.joined(separator: "\n") + "\n"
  }

  static func read(_ text: String) throws -> (ImportedCompany, ARRLadder) {
    let imported = try Importer.read(
      [Importer.SourceFile(name: "orb_line_items.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
    return (imported, Analysis.run(try imported.company().company).metrics.ladder)
  }

  /// By hand at 2026-10: headline 12 × (2,000 + 6,000 + 10,000 + 2,400 + 49) = 245,388.
  /// Recurring: Atlas 2,000 + (1,200 + 1,500 + 6,000) ÷ 3 = 4,900; Cirrus (10,000 + 10,800 +
  /// 12,400) ÷ 3 = 11,066.67; Delta 49: 12 × 16,015.67 = 192,188.04 (before: 245,388, the
  /// overage at its spike). Committed: Cirrus's commit alone, 120,000 (before: 148,800).
  @Test func aFlatPartAndItsUsageAverageTheUsage() throws {
    let (imported, ladder) = try Self.read(Self.ledger())
    #expect(ladder.headline == 24_538_800)
    #expect(ladder.recurring == 19_218_804)
    #expect(ladder.committed == 12_000_000)
    let atlas = try #require(imported.accounts.first { $0.id == "atlas" })
    #expect(atlas.contractType == .usage)
    #expect(atlas.committedMRR == nil)
    let cirrus = try #require(imported.accounts.first { $0.id == "cirrus" })
    #expect(cirrus.contractType == .usage)
    #expect(cirrus.committedMRR == 1_000_000)
    #expect(imported.accounts.first { $0.id == "delta" }?.contractType != .usage)
    #expect(imported.log.notes.contains { $0.contains("bill a flat part and usage beside it") })
  }

  /// Hostile twins: beside the plan, an add-on named for usage at one amount every month (a
  /// fee), and a flat protection fee naming overage: Atlas keeps its whole as-of month.
  @Test(arguments: [
    ("Usage analytics add-on", [5: 500, 6: 500, 7: 500, 8: 500, 9: 500, 10: 500]),
    ("Overage protection add-on (flat fee)", [9: 1500, 10: 1500]),
  ])
  func feesBesideAPlanAreNoUsage(_ text: String, _ amounts: [Int: Int]) throws {
    let (imported, _) = try Self.read(Self.ledger(atlasUsage: text, usage: amounts))
    let atlas = try #require(imported.accounts.first { $0.id == "atlas" })
    #expect(atlas.contractType != .usage)
  }
}
