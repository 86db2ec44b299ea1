import ARRCore
import Testing

@testable import ARRInput

/// Zuora's Rate Plan Charge export with a subscription's cancellation date and usage charges
/// (session 28, t28b lane): a `Cancelled` subscription's charge with no effective end ends at
/// its `Subscription.CancelledDate` (it billed on, with a "says ended" finding), and a `Usage`
/// charge's blank or 0 MRR is counted in a finding (a blank one was a problem at its cell, a 0
/// one silent).
@Suite struct ZuoraCancelledAndUsageTests {
  static let charges = """
    Account.AccountNumber,Account.Name,Subscription.Name,Subscription.Status,\
    Subscription.CancelledDate,RatePlanCharge.ChargeType,RatePlanCharge.ChargeModel,\
    RatePlanCharge.EffectiveStartDate,RatePlanCharge.EffectiveEndDate,RatePlanCharge.MRR
    A001,Acme,S-1,Active,,Recurring,Flat Fee Pricing,2024-01-01,,1000
    A001,Acme,S-1,Active,,Usage,Per Unit Pricing,2024-01-01,,0
    A002,Beta,S-2,Cancelled,2024-04-15,Recurring,Flat Fee Pricing,2024-01-01,,2000
    A002,Beta,S-2,Cancelled,2024-04-15,Usage,Per Unit Pricing,2024-01-01,,
    A003,Gamma,S-3,Active,,Recurring,Per Unit Pricing,2024-02-01,,500
    A003,Gamma,S-3,Active,,Usage,Tiered Pricing,2024-02-01,,0
    A004,Delta,S-4,Cancelled,2024-03-01,Recurring,Flat Fee Pricing,2024-01-01,2024-03-01,700
    """

  static func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "RatePlanCharge.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 6)))
  }

  /// By hand, as of 2024-06: A001 1,000 from January; A002 2,000 January–April, ended 15 April
  /// (the month of an end after the 1st is billed), nothing in May and June; A003 500 from
  /// February; A004 700 January–February (its effective end, 1 March, decides). MRR at June
  /// 1,500. The three usage charges (lines 3, 5, 7) bill nothing known; A002's two rows (lines
  /// 4 and 5) end at its cancellation date. 7 rows read, 7 used. (Headers are read without
  /// their table's name: `RatePlanCharge.MRR` as `MRR`.)
  @Test func aCancelledSubscriptionEndsAtItsCancellationDate() throws {
    let c = try Self.read(Self.charges)
    #expect(c.mrrRow("A001") == [Int64](repeating: 100_000, count: 6))
    #expect(c.mrrRow("A002") == [200_000, 200_000, 200_000, 200_000, 0, 0])
    #expect(c.mrrRow("A003") == [0, 50_000, 50_000, 50_000, 50_000, 50_000])
    #expect(c.mrrRow("A004") == [70_000, 70_000, 0, 0, 0, 0])
    #expect(c.log.files[0].rowsRead == 7)
    #expect(c.log.files[0].rowsUsed == 7)
    #expect(
      c.log.notes.contains(
        "RatePlanCharge.csv: 2 rows say the subscription has ended with no end under "
          + "\"EffectiveEndDate\": each ends on its cancellation date under \"Subscription "
          + "CancelledDate\" (line 4 first)"))
    // No longer a row "said ended with no end" billing at as-of.
    #expect(!c.log.findings.contains { $0.contains("but has no end") })
  }

  @Test func usageChargesWithoutMRRAreSaid() throws {
    let c = try Self.read(Self.charges)
    #expect(
      c.log.findings.contains(
        "RatePlanCharge.csv: 3 usage charges have no MRR under \"MRR\" (blank or 0; "
          + "\"ChargeType\" says Usage, line 3 first): usage is billed in "
          + "arrears by what was used, so its revenue is not in this export and every figure "
          + "here leaves it out; the invoices give it"))
    // A usage charge is no subscription priced 0.
    #expect(!c.log.findings.contains { $0.contains("a price of 0") })
  }

  /// The other spellings of the cancellation column: `cancelled_date`, `Subscription Cancelled
  /// Date`. A row said `Active` with a cancellation date keeps its blank end (notice, not an
  /// end), and a cancellation before the start is not read as the end.
  @Test(arguments: ["cancelled_date", "Subscription Cancelled Date"])
  func otherSpellings(header: String) throws {
    let c = try Self.read(
      """
      account_number,status,\(header),charge_type,effective_start_date,effective_end_date,mrr
      A1,Cancelled,2024-02-10,Recurring,2024-01-01,,100
      A2,Active,2024-03-10,Recurring,2024-01-01,,100
      A3,Cancelled,2023-12-01,Recurring,2024-01-01,,100
      """)
    #expect(c.mrrRow("A1") == [10_000, 10_000, 0, 0, 0, 0])
    #expect(c.mrrRow("A2") == [Int64](repeating: 10_000, count: 6))
    #expect(c.mrrRow("A3") == [Int64](repeating: 10_000, count: 6))
    #expect(c.log.notes.contains { $0.contains("1 row says the subscription has ended") })
  }
}
