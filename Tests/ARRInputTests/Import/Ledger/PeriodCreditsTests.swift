import ARRCore
import Testing

@testable import ARRInput

/// A credit carrying a service period that cancels no charge is one-off, kept out of MRR and
/// said (``OneOffCredits/withPeriods(_:uses:)``; trial 44, T44-8: an SLA credit run dated with
/// the month it refunds made the as-of headline −20%, silently).
@Suite struct PeriodCreditsTests {
  static let header = "Document,Date,Customer,Description,Amount,Service Start,Service End\n"

  /// Monthly invoices of `amount` for September to December 2026 (or `through`), each its
  /// calendar month.
  static func monthly(_ customer: String, _ amount: String, through: Int = 12) -> String {
    (9...through).map { m -> String in
      let mm = m < 10 ? "0\(m)" : "\(m)"
      let end = [9: "30", 10: "31", 11: "30", 12: "31"][m]!
      return "INV-\(customer)-\(mm),2026-\(mm)-01,\(customer),Subscription,\(amount),"
        + "2026-\(mm)-01,2026-\(mm)-\(end)\n"
    }.joined()
  }

  /// Grebe pays 600 a month, and gets a service credit of 150 for November dated
  /// 2026-11-18; its December invoice is 600 again.
  static let grebe =
    header + monthly("Grebe", "600.00")
    + "CN-1,2026-11-18,Grebe,Credit note - service credit,-150.00,2026-11-01,2026-11-30\n"

  /// Read as one-off: November keeps 600 (no contraction, no expansion), the credit left out
  /// (the tie-out counts it) and said in a note: at a December as-of nothing is at stake (review
  /// 45b, Z-16: it was a finding "about $0 of ARR").
  @Test func aServiceCreditWithAPeriodIsOneOff() throws {
    let c = try importLedger(Self.grebe)
    #expect(c.asOf == Month(year: 2026, month: 12))
    #expect(c.mrrRow("Grebe") == [60_000, 60_000, 60_000, 60_000])
    let tie = try c.checkedTieOut()
    #expect(tie.leftOutCents == -15_000)
    #expect(tie.isBalanced)
    let text =
      "ledger.csv: 1 credit with a service period ($150 in all, the first on line 6) cancels "
      + "no charge (no charge of its amount in its period), repeats in no other month, and the "
      + "next invoice is not lower: it is read as one-off (a service credit refunds a month; it "
      + "does not lower the price): MRR keeps the charge and the credit is left out of every "
      + "figure"
    #expect(c.log.notes.contains(text))
    #expect(!c.log.findings.contains(text))
    #expect(c.log.stakes[text] == nil)
  }

  /// As of November, no next invoice shows whether the price fell: MRR 600, a range down to
  /// 450, and the finding staked at 12 × 150.
  @Test func inTheAsOfMonthTheCreditIsTheRangesLowEnd() throws {
    var options = ImportOptions()
    options.asOf = Month(year: 2026, month: 11)
    let c = try importLedger(Self.grebe, options: options)
    #expect(c.mrrRow("Grebe").last == 60_000)
    let grebe = try #require(c.accounts.first { $0.id == "Grebe" })
    #expect(grebe.ambiguousMRR?.low == 45_000)
    let text = try #require(c.log.findings.first { $0.contains("with a service period") })
    #expect(c.log.stakes[text]?.arrCents == 180_000)
    #expect(
      text.hasSuffix(
        "$150 of it falls in the as-of month (\"Grebe\"), where no next "
          + "invoice shows it yet: as-of MRR is a range whose low end deducts it"))
  }

  /// The hostile twins, netted as before:
  /// - Heron's add-on (200 a month beside the 600 platform fee) is removed in November by a
  ///   credit equal to its line (a downgrade): November 600, December 600;
  /// - Ibis's credit of 100 for November is followed by December invoiced at 900 (a lasting
  ///   cut): November 900.
  @Test func aCreditCancellingALineOrLastingStillNets() throws {
    let addOn = (9...11).map { m -> String in
      let end = [9: "30", 10: "31", 11: "30"][m]!
      return "INV-Heron-\(m),2026-\(m < 10 ? "0" : "")\(m)-01,Heron,Add-on,200.00,"
        + "2026-\(m < 10 ? "0" : "")\(m)-01,2026-\(m < 10 ? "0" : "")\(m)-\(end)\n"
    }.joined()
    let text =
      Self.header + Self.monthly("Heron", "600.00") + addOn
      + "CN-2,2026-11-15,Heron,Credit - add-on removed,-200.00,2026-11-01,2026-11-30\n"
      + Self.monthly("Ibis", "1000.00", through: 11)
      + "INV-Ibis-12,2026-12-01,Ibis,Subscription,900.00,2026-12-01,2026-12-31\n"
      + "CN-3,2026-11-20,Ibis,Credit - new price,-100.00,2026-11-01,2026-11-30\n"
    let c = try importLedger(text)
    #expect(c.mrrRow("Heron") == [80_000, 80_000, 60_000, 60_000])
    #expect(c.mrrRow("Ibis") == [100_000, 100_000, 90_000, 90_000])
    #expect(!c.log.findings.contains { $0.contains("with a service period") })
  }
}
