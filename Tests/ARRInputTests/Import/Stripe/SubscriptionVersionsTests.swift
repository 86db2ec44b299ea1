import ARRCore
import Testing

@testable import ARRInput

/// Zuora's Rate Plan Charge export (``SubscriptionVersions``; session 26, t26b lane; trial 25,
/// T25-11): ZOQL headers (`Account.AccountNumber` the customer under the table-prefix rule), an
/// amended subscription written as a new version beside the `Expired` one it replaced, a charge's
/// `Segment` number beside `IsLastSegment`. Before: refused ("no column is a customer"); renamed,
/// every `Expired` version was summed beside its successor and kept cancelled accounts billing.
@Suite struct SubscriptionVersionsTests {
  static let charges = """
    Account.AccountNumber,Account.Name,Subscription.Name,Subscription.Version,Subscription.Status,\
    RatePlanCharge.ChargeNumber,RatePlanCharge.ChargeType,RatePlanCharge.BillingPeriod,\
    RatePlanCharge.EffectiveStartDate,RatePlanCharge.EffectiveEndDate,RatePlanCharge.Segment,\
    RatePlanCharge.IsLastSegment,RatePlanCharge.MRR
    A001,Acme,S-1,1,Expired,C-1,Recurring,Month,2024-01-01,,1,true,1000
    A001,Acme,S-1,2,Active,C-1,Recurring,Month,2024-01-01,2024-04-01,1,false,1000
    A001,Acme,S-1,2,Active,C-1,Recurring,Month,2024-04-01,,2,true,1500
    A002,Beta,S-2,1,Expired,C-2,Recurring,Month,2024-01-01,,1,true,2000
    A002,Beta,S-2,2,Cancelled,C-2,Recurring,Month,2024-01-01,2024-05-01,1,true,2000
    A003,Gamma,S-3,1,Active,C-3,Recurring,Month,2024-02-01,,1,true,500
    A004,Delta,S-4,1,Draft,C-4,Recurring,Month,2024-03-01,,1,true,700
    A003,Gamma,S-3,1,Active,C-3S,OneTime,,2024-02-01,2024-02-02,1,true,0
    """

  static func read(_ text: String, asOf: Month? = Month(year: 2024, month: 6)) throws
    -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: "RatePlanCharge.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: asOf))
  }

  /// By hand, as of 2024-06 (an effective end is exclusive, a blank one evergreen): A001 1,000
  /// January–March, then 1,500 from its April upgrade (version 2's two segments); A002 2,000
  /// January–April, cancelled from 1 May; A003 500 from February; A004's draft never billed.
  /// MRR at June 1,500 + 500 = 2,000, ARR 24,000. Left out: A001's and A002's version 1 and
  /// A004's draft, which at June would add 1,000 + 2,000 + 700 = 3,700 a month, 44,400 a year.
  /// A003's setup fee, a `OneTime` charge at MRR 0, bills nothing and is no subscription priced 0
  /// (no zero-price finding). 8 rows read = 5 used + 3 skipped.
  @Test func earlierVersionsAreLeftOutAndTheirARRSaid() throws {
    let c = try Self.read(Self.charges)
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.accounts.map(\.id).sorted() == ["A001", "A002", "A003"])
    #expect(c.mrrRow("A001") == [100_000, 100_000, 100_000, 150_000, 150_000, 150_000])
    #expect(c.mrrRow("A002") == [200_000, 200_000, 200_000, 200_000, 0, 0])
    #expect(c.mrrRow("A003") == [0, 50_000, 50_000, 50_000, 50_000, 50_000])
    let total = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    #expect(total * 12 == 2_400_000)
    #expect(c.log.files[0].rowsRead == 8)
    #expect(c.log.files[0].rowsUsed == 5)
    #expect(!c.log.findings.contains { $0.contains("a price of 0") })
    #expect(c.log.files[0].skipped[.earlierVersion] == 3)
    let note = try #require(c.log.notes.first { $0.contains("earlier version") })
    #expect(note.contains("3 rows are an earlier version"))
    #expect(note.contains("line 2: version 1 of subscription \"S-1\", superseded by version 2"))
    #expect(note.contains("$44,400.00 of ARR in 2024-06"))
    // The names are the accounts' (`Account.Name`), the charge segment nobody's segment.
    #expect(c.accounts.first { $0.id == "A001" }?.name == "Acme")
    #expect(c.accounts.allSatisfy { $0.segment == nil })
    #expect(c.log.notes.contains { $0.contains("a charge's segment number, not the customer's") })
    // A001's first segment ended on the day its second began, under the same `Active`: the
    // status is the subscription's, running on, not a stale one (no "runs but ended" range).
    #expect(!c.log.findings.contains { $0.contains("the subscription runs") })
  }

  /// A subscription's latest version saying `Expired` is a term that ended: read by its dates,
  /// not left out (its customer churned, and dropping the row would erase it from the history).
  /// Without a subscription column, versions cannot be ordered: `Expired` is then an earlier
  /// version, as the billing system's own MRR reads it.
  @Test func aLatestExpiredVersionIsAnEndedTerm() throws {
    let latest = """
      Account.AccountNumber,Subscription.Name,Subscription.Version,Subscription.Status,\
      RatePlanCharge.ChargeType,RatePlanCharge.EffectiveStartDate,\
      RatePlanCharge.EffectiveEndDate,RatePlanCharge.MRR
      A001,S-1,3,Expired,Recurring,2024-01-01,2024-03-01,1000
      A002,S-2,1,Active,Recurring,2024-01-01,,400
      """
    let c = try Self.read(latest, asOf: Month(year: 2024, month: 4))
    #expect(c.mrrRow("A001") == [100_000, 100_000, 0, 0])
    #expect(c.log.files[0].skipped[.earlierVersion] == nil)
    let unordered = """
      Account.AccountNumber,Subscription.Version,Subscription.Status,\
      RatePlanCharge.EffectiveStartDate,RatePlanCharge.EffectiveEndDate,RatePlanCharge.MRR
      A001,1,Expired,2024-01-01,,1000
      A001,2,Active,2024-01-01,,1200
      """
    let u = try Self.read(unordered, asOf: Month(year: 2024, month: 2))
    #expect(u.mrrRow("A001") == [120_000, 120_000])
    #expect(u.log.files[0].skipped[.earlierVersion] == 1)
  }

  /// Without a version column `expired` is an ended subscription's status, nothing is left out;
  /// a `segment` column beside no charge column is the customer's segment.
  @Test func withoutAVersionColumnNothingIsLeftOut() throws {
    let text = """
      customer_id,segment,status,start_date,end_date,mrr
      A001,2,expired,2024-01-01,2024-03-01,1000
      A002,1,active,2024-01-01,,400
      """
    let c = try Self.read(text, asOf: Month(year: 2024, month: 4))
    #expect(c.mrrRow("A001") == [100_000, 100_000, 0, 0])
    #expect(c.accounts.first { $0.id == "A002" }?.segment == "1")
    #expect(c.log.files[0].skipped.isEmpty)
  }

  /// A joined table's column already named after its table is read by its own name
  /// (`Account.AccountNumber` as `AccountNumber`), unless the main table has that column.
  @Test func aJoinedColumnNamedAfterItsTableKeepsItsName() {
    let s = TablePrefixes.strip([
      "Account.AccountNumber", "Account.Name", "Charge.Segment", "Charge.MRR", "Charge.Start",
    ])
    #expect(s?.main == "Charge")
    #expect(s?.cells == ["AccountNumber", "Account Name", "Segment", "MRR", "Start"])
    let clash = TablePrefixes.strip([
      "accounts.account_id", "charges.account_id", "charges.mrr", "charges.start",
    ])
    #expect(clash?.cells == ["account account_id", "account_id", "mrr", "start"])
    // Not where the table's name runs into a longer word.
    #expect(TablePrefixes.named("Accounting", table: "Account", beside: []) == nil)
  }
}
