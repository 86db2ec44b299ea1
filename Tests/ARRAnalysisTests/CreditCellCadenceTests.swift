import ARRCore
import ARRInput
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// One credit cell in a cube read by `--values auto` (session 35, H35-5): the cells are read as
/// invoices (MRR is never negative), but an invoice every month is what MRR shows too, so it
/// says nothing of billing. Before, every steady account became "billed monthly" and
/// quality-adjusted ARR fell 18% against the same file with the credit written 0.
@Suite struct CreditCellCadenceTests {
  /// Acme 1,234.50 a month, Beta 2,000 then 2,500, Echo 500 then 750, Jan–Jun 2025; Foxtrot
  /// paid 300 for three months, was credited 300 in April and left. Headline 12 × (1,234.50 +
  /// 2,500 + 750) = $53,814 either way.
  static func cube(credit: String) -> String {
    """
    Customer,Jan-25,Feb-25,Mar-25,Apr-25,May-25,Jun-25
    Acme Corp,"1,234.50","1,234.50","1,234.50","1,234.50","1,234.50","1,234.50"
    Beta GmbH,"2,000.00","2,000.00","2,500.00","2,500.00","2,500.00","2,500.00"
    Echo,500.00,500.00,500.00,500.00,750.00,750.00
    Foxtrot,300.00,300.00,300.00,\(credit),,
    """
  }

  static func imported(credit: String) throws -> ImportedCompany {
    try ImportFixtures.read([("revenue.csv", cube(credit: credit))])
  }

  /// The credit reads the file as billings, every account invoiced every month: no cadence is
  /// inferred, and a note says why.
  @Test func aMonthlyRhythmLeavesTheCadenceUnknown() throws {
    let c = try Self.imported(credit: "(300.00)")
    #expect(c.log.files[0].values == .billings)
    #expect(c.accounts.allSatisfy { $0.billingCadence == nil })
    #expect(c.accounts.allSatisfy { $0.rules.contains(.rhythmMonthly) })
    #expect(
      c.log.notes.contains(
        "4 accounts are invoiced every month (\"Acme Corp\"): billing cadence left unknown, not "
          + "\"billed monthly\", since only negative cells read the file as invoices and the same "
          + "cells read as MRR say nothing of billing (a billing column, or lone invoices months "
          + "apart, would say it)"))
  }

  /// Quality-adjusted ARR and every class are the control's (the credit written 0, read as
  /// MRR); headline $53,814 both ways.
  @Test func qualityAdjustedARRIsTheControls() throws {
    let credited = try Self.imported(credit: "(300.00)").company(name: "T")
    let control = try Self.imported(credit: "0").company(name: "T")
    let a = Analysis.run(credited.company, paths: 200)
    let b = Analysis.run(control.company, paths: 200)
    #expect(a.metrics.ladder.headline == 5_381_400)
    #expect(b.metrics.ladder.headline == 5_381_400)
    #expect(a.scoring.qualityAdjustedARR == b.scoring.qualityAdjustedARR)
    #expect(a.scoring.scores.map(\.revenueClass) == b.scoring.scores.map(\.revenueClass))
  }

  /// One quarterly payer (too few to read the file as billings by lumps) beside the credit: a
  /// rhythm of 3 months shows the cells are invoices, so the monthly payers are billed monthly
  /// (a monthly-heavy company's billings export, as plg-smb's, has a few such payers).
  @Test func oneLongRhythmSaysBilledMonthly() throws {
    let text = """
      Customer,Jan-25,Feb-25,Mar-25,Apr-25,May-25,Jun-25,Jul-25
      Acme,100,100,100,100,100,100,100
      Beta,200,200,200,200,200,200,200
      Q1,300,,,300,,,300
      Credit,50,50,-50,,,,
      """
    let c = try ImportFixtures.read([("revenue.csv", text)])
    #expect(c.log.files[0].values == .billings)
    #expect(c.accounts.first { $0.id == "Acme" }?.billingCadence == .monthly)
    #expect(c.accounts.first { $0.id == "Q1" }?.billingCadence == .quarterly)
    #expect(!c.log.notes.contains { $0.contains("billing cadence left unknown") })
  }

  /// A file whose accounts' lone invoices months apart say invoices (3 quarterly payers) keeps
  /// its monthly payers "billed monthly": the lumps, not the credit, read it as billings.
  @Test func lumpsStillSayBilledMonthly() throws {
    let text = """
      Customer,Jan-25,Feb-25,Mar-25,Apr-25,May-25,Jun-25,Jul-25
      Acme,100,100,100,100,100,100,100
      Q1,300,,,300,,,300
      Q2,600,,,600,,,600
      Q3,900,,,900,,,900
      Credit,50,50,-50,,,,
      """
    let c = try ImportFixtures.read([("revenue.csv", text)])
    #expect(c.log.files[0].values == .billings)
    #expect(c.accounts.first { $0.id == "Acme" }?.billingCadence == .monthly)
    #expect(c.accounts.first { $0.id == "Q1" }?.billingCadence == .quarterly)
  }
}
