import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Trial 50's tables that are no revenue by month: balances by customer (T50-40) and a contract
/// list's pipeline section (T50-28).
@Suite struct TrialFiftyLabelsTests {
  static func read(_ name: String, _ text: String, values: ImportValues = .auto) throws
    -> ImportedCompany
  {
    try ImportFixtures.read([(name, text)], options: ImportOptions(values: values))
  }

  /// T50-40: a deferred revenue roll-forward and an A/R balance cube stop `--values auto` as
  /// balances; a flow from a balance (`Revenue recognised from deferred revenue`) and an MRR
  /// cube are no balance.
  @Test(
    arguments: [
      ("Deferred revenue balance by customer (month-end, USD)", BookingsLabel.Kind.balance),
      ("Accounts receivable by customer (month-end balance, USD)", .balance),
      ("A/R aging by customer", .balance),
      ("Customer balances", .balance),
      ("Unearned revenue by customer", .balance),
      ("Revenue recognised from deferred revenue, by customer", nil),
      ("MRR by customer", nil),
      ("MRR balance by customer", nil),
      ("Outstanding balance by customer", .balance),
    ] as [(String, BookingsLabel.Kind?)])
  func balancesAreNoRevenue(title: String, kind: BookingsLabel.Kind?) {
    #expect(BookingsLabel.kind(title) == kind)
  }

  /// T50-40 in a file: the roll-forward is refused with what to export instead (it was read as
  /// MRR, $348,000 of headline ARR for $96,000); `--values mrr` reads it as written, with a note.
  @Test func aDeferredRevenueRollForwardIsRefused() throws {
    let text = """
      "Deferred revenue balance by customer (month-end, USD)"

      Customer,Nov-25,Dec-25,Jan-26,Feb-26
      Umbrella Utilities,2000,0,22000,20000
      Vertex Ventures,20000,15000,10000,5000

      """
    do {
      _ = try Self.read("deferred.csv", text)
      Issue.record("expected a refusal")
    } catch {
      #expect("\(error)".contains("balances at month-end"))
    }
    let c = try Self.read("deferred.csv", text, values: .mrr)
    #expect(c.accounts.count == 2)
    #expect(c.log.notes.contains { $0.contains("speaks of balances at month-end") })
  }

  /// A file's name saying deferred revenue stops it too; twin: `deferred_start_customers.csv`
  /// names no balance.
  @Test func aFileNamedForDeferredRevenueIsRefused() throws {
    let text = "Customer,Jan-26,Feb-26,Mar-26\nAcme,100,100,100\nBeta,200,200,200\n"
    #expect(throws: ARRQualityError.self) {
      try Self.read("deferred_revenue_by_customer.csv", text)
    }
    #expect(try Self.read("deferred_start_customers.csv", text).accounts.count == 2)
  }

  /// T50-28: an ARR schedule's `Pipeline (not signed)` section below its `TOTAL` row: its deal
  /// is left out, counted as a deal not won, with a note; five contracts read (it had been two
  /// problems, or with `--lenient` a sixth account, +21%).
  @Test func aPipelineSectionIsNoContracts() throws {
    let text = """
      Customer,Product,ARR,Contract Start,Contract End,Billing
      Sierra Health,Platform,"$96,000",2025-07-01,2027-06-30,Annual
      Tango Freight,Platform,"$36,000",2026-01-15,2027-01-14,Quarterly
      Uniform Bank,Platform + API,"$150,000",2026-05-01,2029-04-30,Annual
      Victor Labs,Starter,"$6,000",2025-10-01,2026-09-30,Monthly
      Whiskey Co,Starter,"$4,800",2026-03-01,,Monthly
      TOTAL,,"$292,800",,,

      Pipeline (not signed)
      X-Ray Media,Platform,"$60,000",2026-09-01,2027-08-31,Annual

      """
    let c = try Self.read("ARR_schedule.csv", text)
    #expect(c.accounts.count == 5)
    #expect(!c.accounts.contains { $0.id == "X-Ray Media" })
    #expect(
      c.log.notes.contains {
        $0.contains("1 row under \"Pipeline (not signed)\" (line 9) is a deal not signed")
      })
  }

  /// Twin: a one-cell heading naming no pipeline (`Enterprise`) is still a row's problem, as
  /// before; `Churned customers` rows are contracts.
  @Test func otherHeadingsAreNoPipeline() {
    #expect(!PipelineSection.isPipeline("Enterprise"))
    #expect(!PipelineSection.isPipeline("Churned customers"))
    #expect(PipelineSection.isPipeline("Open opportunities"))
    #expect(PipelineSection.isPipeline("Upside / best case"))
  }
}
