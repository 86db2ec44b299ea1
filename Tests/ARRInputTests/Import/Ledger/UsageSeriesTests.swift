import ARRCore
import Testing

@testable import ARRInput

/// Charges billed every month at a varying amount are usage, not one-time fees (session 17,
/// import3 lane; trial 17, O1): read charge by charge as "a charge that never repeats", an Orb
/// customer's token usage left MRR and a pure-usage customer read churned though it paid every
/// month.
@Suite struct UsageSeriesTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
  }

  /// acme: a 2,000.00 platform fee every month beside tokens of 1,000.00, 1,200.00 and
  /// 1,500.00. zeta: usage 200, 300, 450, 900 and 4,200 with a minimum true-up to 500 (300,
  /// 200, 50) in the first three months; its 200 and 300 repeat, so those lines go through the
  /// billings rules (500 in January and February), and 450 + 50, 900 and 4,200 are a series of
  /// three months. b: 1,000.00 a month and one 5,000.00 fee in February: still one-time. By
  /// hand, hundredths, January–May: acme 300,000, 320,000, 350,000, 200,000, 200,000 (tokens
  /// stop after March); zeta 50,000, 50,000, 50,000, 90,000, 420,000; b 100,000 a month.
  static let ledger = """
    customer_id,date,amount
    acme,2025-01-05,2000.00
    acme,2025-01-05,1000.00
    acme,2025-02-05,2000.00
    acme,2025-02-05,1200.00
    acme,2025-03-05,2000.00
    acme,2025-03-05,1500.00
    acme,2025-04-05,2000.00
    acme,2025-05-05,2000.00
    zeta,2025-01-05,200.00
    zeta,2025-01-05,300.00
    zeta,2025-02-05,300.00
    zeta,2025-02-05,200.00
    zeta,2025-03-05,450.00
    zeta,2025-03-05,50.00
    zeta,2025-04-05,900.00
    zeta,2025-05-05,4200.00
    b,2025-01-05,1000.00
    b,2025-02-05,1000.00
    b,2025-02-05,5000.00
    b,2025-03-05,1000.00
    b,2025-04-05,1000.00
    b,2025-05-05,1000.00
    """

  @Test func aMonthlySeriesOfVaryingChargesIsUsage() throws {
    let c = try read(Self.ledger)
    #expect(c.asOf == Month(year: 2025, month: 5))
    #expect(c.mrrRow("acme") == [300_000, 320_000, 350_000, 200_000, 200_000])
    #expect(c.oneTimeRow("acme") == [0, 0, 0, 0, 0])
    #expect(c.mrrRow("zeta") == [50_000, 50_000, 50_000, 90_000, 420_000])
    #expect(c.oneTimeRow("zeta") == [0, 0, 0, 0, 0])
    #expect(c.account("acme")?.rules.contains(.usageByRecurrence) == true)
    #expect(c.account("zeta")?.rules.contains(.usageByRecurrence) == true)
    // A fee of one month stays one-time.
    #expect(c.mrrRow("b") == [100_000, 100_000, 100_000, 100_000, 100_000])
    #expect(c.oneTimeRow("b") == [0, 500_000, 0, 0, 0])
    #expect(c.account("b")?.rules.contains(.oneTimeNeverRepeats) == true)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// Two months of varying charges are no series: one-time, as before.
  @Test func twoMonthsAreNoSeries() throws {
    let c = try read(
      """
      customer_id,date,amount
      acme,2025-01-05,2000.00
      acme,2025-01-05,1000.00
      acme,2025-02-05,2000.00
      acme,2025-02-05,1200.00
      acme,2025-03-05,2000.00
      """)
    #expect(c.oneTimeRow("acme") == [100_000, 120_000, 0])
    #expect(c.mrrRow("acme") == [200_000, 200_000, 200_000])
  }
}
