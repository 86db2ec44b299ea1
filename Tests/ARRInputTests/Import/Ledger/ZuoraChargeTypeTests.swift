import ARRCore
import Testing

@testable import ARRInput

/// A charge's type column (`charge_type`, Zuora's `RatePlanCharge.ChargeType`) is the line's
/// type: a `OneTime` implementation fee is one-time revenue, not a month of MRR (trial 32,
/// T32-7: ignored, bridge new 5.3 times the truth, and a setup fee in the as-of month added
/// $30,000 of ARR).
@Suite struct ZuoraChargeTypeTests {
  /// By hand at 2024-02: A 1,000 + B 500 a month; each 2,500 implementation fee is one-time
  /// (A's in January, B's in February).
  @Test(arguments: ["RatePlanCharge.ChargeType", "charge_type"])
  func oneTimeChargesAreNotMRR(typeHeader: String) throws {
    let text = """
      customer_id,Invoice.InvoiceDate,InvoiceItem.ChargeAmount,InvoiceItem.ServiceStartDate,\
      InvoiceItem.ServiceEndDate,\(typeHeader)
      A,2024-01-01,1000.00,2024-01-01,2024-01-31,Recurring
      A,2024-01-01,2500.00,2024-01-01,2024-01-01,OneTime
      A,2024-02-01,1000.00,2024-02-01,2024-02-29,Recurring
      B,2024-02-01,500.00,2024-02-01,2024-02-29,Recurring
      B,2024-02-01,2500.00,2024-02-01,2024-02-01,OneTime
      """
    let c = try Importer.read([Importer.SourceFile(name: "items.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2024, month: 2))
    #expect(c.mrrRow("A") == [100_000, 100_000])
    #expect(c.mrrRow("B") == [0, 50_000])
    #expect(c.oneTime.reduce(0, +) == 500_000)
  }
}
