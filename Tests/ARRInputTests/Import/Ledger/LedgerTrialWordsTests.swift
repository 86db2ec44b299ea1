import ARRCore
import Testing

@testable import ARRInput

/// Trial 51, T51-53 (case `c80`): trials written on ledger lines (`Free trial (30 days)` at
/// 0.00, `Paid trial - October 2026`) were plain lines: a running paid trial was recurring
/// revenue, no account had a trial (``LedgerImporter/readTrials(_:asOf:file:into:)``).
@Suite struct LedgerTrialWordsTests {
  static let ledger = """
    Customer,Invoice Date,Description,Amount
    Steady,2026-07-01,Monthly subscription,1000.00
    Expired Co,2026-07-01,Paid trial - July 2026,300.00
    Steady,2026-08-01,Monthly subscription,1000.00
    Conv Co,2026-08-01,Free trial (30 days),0.00
    Steady,2026-09-01,Monthly subscription,1000.00
    Conv Co,2026-09-01,Monthly subscription,500.00
    Steady,2026-10-01,Monthly subscription,1000.00
    Conv Co,2026-10-01,Monthly subscription,500.00
    Trial Now,2026-10-01,Paid trial - October 2026 (converts to annual if kept),300.00
    """

  /// By hand at 2026-10: Trial Now in an active trial (out of recurring ARR), Conv Co converted
  /// (its trial ended 2026-08-31), Expired Co expired; Steady none.
  @Test func trialsInWordsAreTrials() throws {
    let c = try importLedger(Self.ledger)
    #expect(c.account("Trial Now")?.trialStatus == .active)
    #expect(c.account("Conv Co")?.trialStatus == .converted)
    #expect(c.account("Conv Co")?.trialEndDate == CivilDate("2026-08-31"))
    #expect(c.account("Expired Co")?.trialStatus == .expired)
    #expect(c.account("Steady")?.trialStatus == TrialStatus.none)
    #expect(c.log.notes.contains { $0.contains("name a trial") })
  }

  /// Hostile twins: a fee for leaving a trial, a product named so, a line after a trial.
  @Test(arguments: [
    ("Trial-to-paid migration fee", false), ("Trialware licence", false),
    ("Subscription after trial", false), ("Free trial (30 days)", true),
    ("Paid trial - October 2026", true), ("Trial period", true),
    // Review 53, R53-6: `trial` modifying a product's noun is its name; trials in other words.
    ("Clinical Trial Management - monthly subscription", false),
    ("Trial balance & reporting add-on", false), ("Trial Master File hosting", false),
    ("Trial (30 days)", true), ("30-day trial", true), ("Trial - October 2026", true),
    ("Période d'essai - octobre 2026", true), ("Testphase Oktober 2026", true),
    ("Periodo de prueba - octubre 2026", true), ("Periodo di prova", true),
    ("Prueba de carga", false),
  ])
  func namesATrial(_ text: String, _ isTrial: Bool) {
    #expect(LedgerImporter.namesTrial(text) == isTrial)
  }

  /// Review 53, R53-6: a "trial" line billed four months or more is no trial (a product's name):
  /// `Paid trial` 300 a month, July to October, stays recurring; for two months it is a trial.
  @Test(arguments: [(4, false), (2, true)])
  func aTrialBilledMonthsOnIsNone(_ months: Int, _ isTrial: Bool) throws {
    var lines = ["Customer,Invoice Date,Description,Amount"]
    for m in 1...10 {
      let d = "2026-\(m < 10 ? "0" : "")\(m)-01"
      lines.append("Steady,\(d),Monthly subscription,1000.00")
      if m > 10 - months { lines.append("Trial Co,\(d),Paid trial,300.00") }
    }
    let c = try importLedger(lines.joined(separator: "\n"))
    #expect((c.account("Trial Co")?.trialStatus == .active) == isTrial)
  }
}
