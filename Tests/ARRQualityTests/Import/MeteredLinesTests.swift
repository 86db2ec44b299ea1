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

  /// Halcyon as above and Megacorp billed `q × name (Tier 2 at $unit / month)` for `counts`,
  /// January to October 2026 (review 52b's `f01`–`f05`).
  static func tiered(_ name: String, unit: Int, counts: [Int]) -> String {
    func period(_ m: Int) -> String {
      let next = m == 12 ? "2027-01" : "2026-\(m < 9 ? "0" : "")\(m + 1)"
      return "2026-\(m < 10 ? "0" : "")\(m)-01 00:00,\(next)-01 00:00"
    }
    var rows = [header]
    for m in 1...10 {
      let q = counts[m - 1]
      rows.append(
        "il_A\(m),in_A\(m),cus_A,Halcyon,\(period(m).prefix(16)),10 × Pro (at $49.00 / month),"
          + "490.00,usd,10,49.00,\(period(m)),false,subscription,sub_A")
      rows.append(
        "il_M\(m),in_M\(m),cus_M,Megacorp,\(period(m).prefix(16)),"
          + "\"\(q) × \(name) (Tier 2 at $\(unit).00 / month)\",\(q * unit).00,usd,\(q),\(unit).00,"
          + "\(period(m)),false,subscription,sub_M")
    }
    return rows.joined(separator: "\n") + "\n"
  }

  /// Review 52b, R52b-7 and R52b-15: a tiered count of thousands is bought when it holds for
  /// months and steps, metered when it moves most months and falls, whatever its noun. By hand at
  /// 2026-10 (headline 12 × (490 + October's amount)):
  /// - `Infrastructure hosts` at $15 by an hourly high-water mark (`f02`): metered, recurring
  ///   12 × (490 + (20,250 + 22,500 + 30,000) ÷ 3) = 296,880 (before: 365,880, the spike);
  /// - `Vehicles` at $30 (`f03`) and `Lizenzen` at $8 (`f04`), 9 months held then a step:
  ///   bought, recurring = headline 545,880 and 149,880 (before: usage, −13% and −21%);
  /// - `Units` held then stepped: bought (no licensed noun); `Monthly active users` moving:
  ///   metered, recurring 12 × (490 + (18,750 + 16,500 + 24,000) ÷ 3) = 242,880.
  /// Twins: seats rising every month (no fall) keep their noun's reading, bought; `Hosts` for two
  /// months only too.
  @Test(
    arguments: [
      (
        "Infrastructure hosts", 15, [1000, 1100, 1050, 1200, 1300, 1250, 1400, 1350, 1500, 2000],
        29_688_000
      ),
      ("Vehicles", 30, [1200, 1200, 1200, 1200, 1200, 1200, 1200, 1200, 1200, 1500], 54_588_000),
      ("Lizenzen", 8, [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1500], 14_988_000),
      ("Units", 2, [5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 6000], 14_988_000),
      (
        "Monthly active users", 1,
        [10000, 10800, 9500, 11200, 12000, 10400, 11800, 12500, 11000, 16000], nil
      ),
      ("Seats", 8, [1000, 1010, 1020, 1030, 1040, 1050, 1060, 1070, 1080, 1090], 11_052_000),
      ("Hosts", 15, [0, 0, 0, 0, 0, 0, 0, 0, 1100, 2000], 36_588_000),
    ] as [(String, Int, [Int], Int64?)])
  func aTieredCountBySeries(_ name: String, _ unit: Int, _ counts: [Int], _ recurring: Int64?)
    throws
  {
    var text = Self.tiered(name, unit: unit, counts: counts)
    // A count of 0: no line that month.
    text = text.split(separator: "\n").filter { !$0.contains("\"0 × ") }.joined(separator: "\n")
    let (imported, ladder) = try Self.read(text)
    #expect(ladder.headline == Int64(12 * (490 + counts[9] * unit)) * 100)
    if let recurring {
      #expect(ladder.recurring == recurring)
    } else {
      // Metered: October's spike averaged over three months, by hand 163,880 within a cent.
      #expect(abs(ladder.recurring - 16_388_000) <= 12)
    }
    let isMetered = ladder.recurring != ladder.headline
    #expect((imported.accounts.first { $0.id == "cus_M" }?.contractType == .usage) == isMetered)
  }
}
