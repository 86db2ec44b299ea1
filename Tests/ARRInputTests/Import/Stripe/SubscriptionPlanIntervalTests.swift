import ARRCore
import Testing

@testable import ARRInput

/// Baremetrics' subscriptions template (session 16, import2 lane; trial 16, B2 and B3):
/// `plan_amount` in cents per `plan_interval` × `plan_interval_count`, times
/// `subscription_quantity`. The template was refused ("shape not recognised", no role named);
/// renamed, its quarterly plan read monthly (3 times too high) and its 3 seats as one.
@Suite struct SubscriptionPlanIntervalTests {
  static let template = """
    plan_oid,plan_name,plan_currency,plan_amount,plan_interval,plan_interval_count,customer_oid,customer_name,customer_email,subscription_oid,subscription_started_at,subscription_canceled_at,subscription_quantity
    pro_m,Pro Monthly,usd,50000,month,1,acme,Acme,ap@acme.io,s1,2024-07-03,,1
    bus_a,Business Annual,usd,1200000,year,1,beta,Beta,ar@beta.com,s2,2024-09-01,,1
    seat_m,Seats,usd,15000,month,1,eta,Eta,it@eta.io,s3,2024-07-20,,3
    tea_q,Tea Quarterly,usd,90000,month,3,iota,Iota,hi@iota.co,s4,2024-10-01,,1
    """

  func read(_ text: String, options: ImportOptions = ImportOptions(amounts: .cents)) throws
    -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: "subscriptions-import.csv", bytes: Array(text.utf8))],
      options: options)
  }

  /// By hand, in dollars a month at 2024-10 (the latest start): acme 500; beta 12,000 a year =
  /// 1,000; eta 3 seats × 150 = 450; iota 900 every 3 months = 300. Total 2,250.
  @Test func theTemplateReadsByIntervalCountAndQuantity() throws {
    let c = try read(Self.template)
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.asOf == Month(year: 2024, month: 10))
    #expect(c.mrrRow("acme").last == 50_000)
    #expect(c.mrrRow("beta").last == 100_000)
    #expect(c.mrrRow("eta").last == 45_000)
    #expect(c.mrrRow("iota").last == 30_000)
    // The quantity is applied, not a range; the name is the customer's name.
    #expect(c.accounts.allSatisfy { $0.ambiguousMRR == nil })
    #expect(c.accounts.first { $0.id == "eta" }?.name == "Eta")
    #expect(
      c.log.notes.contains {
        $0.contains(
          "\"plan_amount\" is a price per unit: each row's is multiplied by its "
            + "\"subscription_quantity\"")
      })
    #expect(c.log.files[0].rowsRead == 4)
    #expect(c.log.files[0].rowsUsed == 4)
  }

  /// Without `--amounts` the template's names say cents (trial 25, T25-12: before, the amounts
  /// read 100 times too high, with a finding only when every row was $10,000 a month or more):
  /// acme's 50000 is $500.00 a month, with the note; `--amounts units` reads it as written.
  @Test func withoutTheUnitTheTemplateReadsCents() throws {
    let c = try read(Self.template, options: ImportOptions())
    #expect(c.mrrRow("acme").last == 50_000)
    #expect(
      c.log.notes.contains {
        $0.contains("the header carries Baremetrics' import template field names")
      })
    #expect(!c.log.findings.contains { $0.contains("whole number of hundreds") })
    let units = try read(Self.template, options: ImportOptions(amounts: .units))
    #expect(units.mrrRow("acme").last == 5_000_000)
  }

  /// A plain `price` beside `quantity`, whose name cannot tell, is read per unit since session 28
  /// (trial 28, T28-1): 3 × 450 = 1,350, the price as written (450) the range's low end. An amount
  /// (`amount`) beside it keeps review 13's reading (F34): as written, the per-unit reading the
  /// high end.
  @Test func otherPricesAreNotMultiplied() throws {
    let c = try read(
      """
      customer_id,start_date,billing_cycle,price,quantity
      eta,2024-07-20,monthly,45000,3
      """)
    #expect(c.mrrRow("eta").last == 135_000)
    #expect(c.accounts[0].ambiguousMRR?.low == 45_000)
    let a = try read(
      """
      customer_id,start_date,billing_cycle,amount,quantity
      eta,2024-07-20,monthly,45000,3
      """)
    #expect(a.mrrRow("eta").last == 45_000)
    #expect(a.accounts[0].ambiguousMRR?.high == 135_000)
  }
}
