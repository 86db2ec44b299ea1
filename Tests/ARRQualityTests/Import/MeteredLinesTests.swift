import ARRCore
import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRInput

/// Stripe's invoice line items billing a metered price (trial 50, T50-2, case c02 made
/// smaller): every line a subscription bills is typed `subscription`, the metered price's too,
/// and its October spike was recurring at 12 × 1,500.
@Suite struct MeteredLinesTests {
  static let header =
    "id,Invoice ID,Customer ID,Customer Name,Invoice Created (UTC),Description,Amount,Currency,"
    + "Quantity,Unit Amount,Period Start (UTC),Period End (UTC),Proration,Type,Subscription ID"

  /// Halcyon: 10 × Pro at 49.00 a month, January to October 2026. Lattice: `metered` API calls
  /// May to October, 250, 300, 280, 320, 900, 1,500 (`description(k)` writes its lines).
  static func lines(_ description: String, usageType: (String, String)? = nil) -> String {
    let amounts = [250, 300, 280, 320, 900, 1500]
    func period(_ m: Int) -> String {
      let next = m == 12 ? "2027-01" : "2026-\(m < 9 ? "0" : "")\(m + 1)"
      return "2026-\(m < 10 ? "0" : "")\(m)-01 00:00,\(next)-01 00:00"
    }
    var rows = [header + (usageType.map { ",\($0.0)" } ?? "")]
    for m in 1...10 {
      rows.append(
        "il_A\(m),in_A\(m),cus_A,Halcyon,\(period(m).prefix(16)),10 × Pro (at $49.00 / month),"
          + "490.00,usd,10,49.00,\(period(m)),false,subscription,sub_A"
          + (usageType.map { ",\($0.1)" } ?? ""))
    }
    for (k, amount) in amounts.enumerated() {
      let m = k + 5
      rows.append(
        "il_L\(m),in_L\(m),cus_L,Lattice,\(period(m).prefix(16)),\"\(description)\",\(amount).00,"
          + "usd,\(amount * 100),,\(period(m)),false,subscription,sub_L"
          + (usageType.map { _ in ",metered" } ?? ""))
    }
    return rows.joined(separator: "\n") + "\n"
  }

  static func read(_ text: String) throws -> (ImportedCompany, ARRLadder) {
    let imported = try Importer.read(
      [Importer.SourceFile(name: "stripe-invoice-line-items.csv", bytes: Array(text.utf8))])
    return (imported, Analysis.run(try imported.company().company).metrics.ladder)
  }

  /// By hand at 2026-10: headline 12 × (490 + 1,500) = 23,880; Lattice is usage, recurring at
  /// its last three months' average (320 + 900 + 1,500) ÷ 3 = 906.67: recurring 12 × (490 +
  /// 906.67) = 16,760.04 (before: 23,880, the spike a fixed price). The same by a `Price Usage
  /// Type` column saying `metered` under a neutral description.
  @Test(
    arguments: [
      ("API calls (metered, tiered)", nil), ("Usage: API calls", nil),
      ("150000 × API calls (Tier 1 at $0.01 / month)", nil), ("Metered usage - API calls", nil),
      ("API calls", ("Price Usage Type", "licensed")),
      // Review 51, R51-16: a per-unit metered price in Stripe's `(at …)` text, under $1 a unit
      // beside a usage word; R51-15: tier text with no count before it.
      ("25000 × API usage (at $0.01 / month)", nil), ("API calls (Tier 1 at $0.01 / month)", nil),
      ("150000 × Requests (at $0.001 / month)", nil),
      // Review 52, R52-15's twins: a count of thousands of no licensed noun stays usage.
      ("5000 × Units (Tier 1 at $2.00 / month)", nil),
    ] as [(String, (String, String)?)])
  func meteredLinesAreUsage(description: String, usageType: (String, String)?) throws {
    let (imported, ladder) = try Self.read(Self.lines(description, usageType: usageType))
    #expect(imported.asOf == Month(year: 2026, month: 10))
    #expect(ladder.headline == 2_388_000)
    #expect(ladder.recurring == 1_676_004)
    #expect(imported.accounts.first { $0.id == "cus_L" }?.contractType == .usage)
    #expect(imported.accounts.first { $0.id == "cus_A" }?.contractType != .usage)
    #expect(
      imported.log.notes.contains {
        $0.contains("6 lines of 1 account are billed by a metered price")
      }, "\(imported.log.notes)")
  }

  /// Hostile twins: a product named for usage billed at a licensed price
  /// (`1 × Usage Analytics (at $…)`), a neutral description, and a `Price Usage Type` saying
  /// `licensed` over metered words stay a price: recurring = headline, no note.
  @Test(
    arguments: [
      ("1 × Usage Analytics (at $250.00 / month)", nil), ("API calls", nil),
      ("API calls (metered)", ("Price Usage Type", "licensed")),
      // Review 51, R51-15: licensed seats with volume tiers (`N ×` seats at $20.00); a price
      // under $1 a unit with no usage word and a count under 1,000; a tier of a named plan.
      ("10 × Seats (Tier 1 at $20.00 / month)", nil), ("10 × Seats (at $0.50 / month)", nil),
      ("1 × Premium (Tier 2 at $99.00 / month)", nil),
      // Review 52, R52-15 (`t01`): enterprise seat counts of 1,000 or more at $1 or more a
      // unit are bought, not metered.
      ("1000 × Seats (Tier 2 at $8.00 / month)", nil),
      ("1500 × Users (Tier 3 at $5.00 / month)", nil),
    ] as [(String, (String, String)?)])
  func licensedLinesStayAPrice(description: String, usageType: (String, String)?) throws {
    var text = Self.lines(description, usageType: usageType)
    if usageType != nil { text = text.replacingOccurrences(of: ",metered\n", with: ",licensed\n") }
    let (imported, ladder) = try Self.read(text)
    #expect(ladder.recurring == ladder.headline)
    #expect(imported.accounts.first { $0.id == "cus_L" }?.contractType != .usage)
    #expect(!imported.log.notes.contains { $0.contains("billed by a metered price") })
  }
}
