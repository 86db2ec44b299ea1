import ARRCore
import Testing

@testable import ARRInput

/// Trial 51, T51-2 (case `c01`): a one-off `Inkwell Lifetime` order of 299 was read as an annual
/// contract, headline +9.2% (``LedgerImporter/namesLifetimePurchase(_:)``).
@Suite struct LifetimePurchaseTests {
  @Test(arguments: [
    ("Inkwell Lifetime", true), ("Lifetime License", true), ("Lifetime deal - AppSumo", true),
    ("Perpetual licence", true), ("One-time purchase", true),
    // Twins: lifetime before another word, a product's analytics.
    ("Lifetime value analytics add-on", false), ("LTV report", false), ("Pro Monthly", false),
    // Review 53, R53-7: what comes with a perpetual licence, a price kept for life; and the
    // German and French names of a lifetime licence.
    ("Annual maintenance & support - perpetual licence", false),
    ("Founders plan - price locked for lifetime", false), ("Perpetual licence updates", false),
    ("Lifetime subscription", true), ("Lizenz auf Lebenszeit (Pro)", true),
    ("Licence perpétuelle Pro", true),
    // Review 53, R53-27 (`q05`): what comes with the licence (`includes free updates`) is not
    // sold by the line; sold, it vetoes.
    ("Lifetime licence (includes free updates)", true), ("Lifetime licence incl. support", true),
    ("Perpetual licence with free upgrades", true), ("Perpetual licence - support renewal", false),
  ])
  func namesALifetimePurchase(_ text: String, _ isLifetime: Bool) {
    #expect(LedgerImporter.namesLifetimePurchase(text) == isLifetime)
  }

  /// By hand at 2026-10: Northwind 49 a month, Ironleaf's lifetime order one-time: headline
  /// 12 × 49 = 588, Ironleaf no MRR. Twin: the same order named `Inkwell Annual` stays annual.
  @Test(arguments: [("Inkwell Lifetime", true), ("Inkwell Annual", false)])
  func aLifetimeOrderIsOneTime(_ product: String, _ isOneTime: Bool) throws {
    var lines = ["Customer,Date,Product Name,Total"]
    for m in 1...10 {
      lines.append("Northwind,2026-\(m < 10 ? "0" : "")\(m)-12,Inkwell,49.00")
    }
    lines.append("Ironleaf,2026-08-02,\(product),299.00")
    let c = try importLedger(lines.joined(separator: "\n"))
    #expect(c.mrrRow("Northwind").last == 4_900)
    #expect((c.mrrRow("Ironleaf").last ?? 0 == 0) == isOneTime)
  }

  /// Review 53, R53-7 (`l03`): a line named as a lifetime purchase billed every month recurs (a
  /// lifetime purchase is bought once): Merlin's `Founders Lifetime` 99 a month, Jan-Oct 2026,
  /// is 99 of MRR, by hand; bought once it is one-time. (A product column typing the line, an
  /// orders export's, still reads it one-time: the line's type is set before its months.)
  @Test(arguments: [(10, 9_900), (1, 0)] as [(Int, Int64)])
  func aLifetimeLineBilledMonthlyRecurs(_ months: Int, _ mrr: Int64) throws {
    var lines = ["Customer,Date,Description,Total"]
    for m in 1...10 {
      lines.append("Northwind,2026-\(m < 10 ? "0" : "")\(m)-12,Inkwell,49.00")
      if m > 10 - months {
        lines.append("Merlin,2026-\(m < 10 ? "0" : "")\(m)-05,Founders Lifetime,99.00")
      }
    }
    let c = try importLedger(lines.joined(separator: "\n"))
    #expect(c.mrrRow("Merlin").last ?? 0 == mrr)
  }
}
