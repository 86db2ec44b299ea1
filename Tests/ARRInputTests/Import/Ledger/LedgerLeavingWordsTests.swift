import ARRCore
import Testing

@testable import ARRInput

/// Trial 51, T51-52 (case `c79`): a ledger's last lines saying the customer leaves ("Final
/// invoice - subscription cancelled, service ends 31 Oct 2026", "notice received") were ignored,
/// the leavers "retained" (``LedgerCancellations/applyDescriptions(_:file:into:)``).
@Suite struct LedgerLeavingWordsTests {
  /// Steady A, Leaving C and Noticed D billed 1,000, 1,500 and 800 on the first of each month,
  /// January to October 2026; each account's October line described as given.
  static func ledger(steady: String = "Monthly subscription", leaving: String, noticed: String)
    -> String
  {
    var lines = ["Customer,Invoice Date,Description,Amount"]
    for m in 1...10 {
      let d = "2026-\(m < 10 ? "0" : "")\(m)-01"
      lines.append("Steady A,\(d),\(m == 10 ? steady : "Monthly subscription"),1000.00")
      lines.append("Leaving C,\(d),\"\(m == 10 ? leaving : "Monthly subscription")\",1500.00")
      lines.append("Noticed D,\(d),\"\(m == 10 ? noticed : "Monthly subscription")\",800.00")
    }
    return lines.joined(separator: "\n")
  }

  /// By hand: Leaving C leaves on the day its line names, 2026-10-31; Noticed D at the end of
  /// the month named, 2026-11-30; Steady A stays; headline unchanged (all billed in October).
  @Test func linesSayingTheCustomerLeavesAreNotice() throws {
    let c = try importLedger(
      Self.ledger(
        leaving: "Final invoice - subscription cancelled, service ends 31 Oct 2026",
        noticed: "Monthly subscription (notice received: last month November)"))
    #expect(c.account("Leaving C")?.cancelDate == CivilDate("2026-10-31"))
    #expect(c.account("Noticed D")?.cancelDate == CivilDate("2026-11-30"))
    #expect(c.account("Steady A")?.cancelDate == nil)
    #expect(c.mrrRow("Leaving C").last == 150_000)
    #expect(c.log.notes.contains { $0.contains("says the customer is leaving") })
  }

  /// Hostile twins: words a product or a plan uses are no notice.
  @Test(arguments: [
    "Cancellation insurance add-on", "Monthly plan (cancel anytime)", "Notice period 30 days",
    "Price change notice", "Subscription - not cancelled", "Reactivated after cancelled trial",
    // Review 53, R53-5 (`x02`-`x07`): a cancelled invoice, a notice of a price change or of the
    // notice required, a cancellation undone, an add-on or seats cancelled.
    "Monthly subscription - reissued, replaces cancelled invoice INV-1043",
    "Monthly subscription (notice of price increase from Jan 2027)",
    "Monthly subscription - 30 days notice of cancellation required",
    "Monthly subscription (cancelled in error - reinstated)", "Analytics add-on (cancelled)",
    "Pro plan - 8 seats (2 seats cancelled)", "Monatsabo - nicht gekündigt",
    // Review 53, R53-21 (`q01`, `q03`): a German, French or Spanish part (compounds too), an
    // order cancelled and issued again.
    "Zusatzmodul Analytics gekündigt", "Option Reporting résiliée", "Add-on-Modul gekündigt",
    "Suscripción mensual - pedido cancelado y reemitido (PO 4471)",
    // Review 54, R54-23's twins: the option or the users named in the end word's own clause, an
    // add-on's licence.
    "Abonnement Pro - option facturation annuelle résiliée", "Pro plan, 2 users cancelled",
    "Zusatzlizenz Reporting gekündigt",
    // Review 55, R55-17's twins: another's fee for cancelling (`ef04`), none charged.
    "Monthly subscription - late cancellation fee", "Monthly subscription (no cancellation fee)",
    "Late payment fee",
  ])
  func productWordsAreNoNotice(_ text: String) throws {
    let c = try importLedger(Self.ledger(leaving: text, noticed: "Monthly subscription"))
    #expect(c.account("Leaving C")?.cancelDate == nil)
    #expect(!LedgerCancellations.saysLeaving(text))
  }

  /// Review 53, R53-5 (`x08`, `x09`): a cancellation `effective` on a day, `terminating`, and
  /// the German and French participles leave on the day named; `notice of cancellation
  /// received` too.
  @Test(arguments: [
    ("Monthly subscription - cancellation effective 31 October 2026", "2026-10-31"),
    ("Monthly subscription - terminating 30 Nov 2026", "2026-11-30"),
    ("Monatsabo - gekündigt zum 31.10.2026", "2026-10-31"),
    ("Abonnement mensuel - résilié au 30/11/2026", "2026-11-30"),
    ("Monthly subscription - notice of cancellation received", "2026-10-31"),
    // Review 53, R53-25 (`q02`): the subscription noun right before the end word decides before
    // a part noun after it; a compound subscription noun.
    ("Monthly subscription cancelled - credit note to follow", "2026-10-31"),
    ("Jahresabo gekündigt zum 30.11.2026", "2026-11-30"),
    // Review 54, R54-23 (`v04`-`v06`): the whole plan, whose name holds a part noun: a base
    // module, a seat count after the plan, an option in brackets the end word stands outside.
    ("Basismodul (Jahreslizenz) gekündigt", "2026-10-31"),
    ("Plan Equipo 5 usuarios - cancelado", "2026-10-31"),
    ("Abonnement Pro (option facturation annuelle) résilié", "2026-10-31"),
    ("Core module cancelled", "2026-10-31"), ("Pro plan 10 seats cancelled", "2026-10-31"),
    // Review 55, R55-17 (`cp02`, `cp03`): a plan with its billing option in brackets; Italian.
    ("Subscription - Pro plan (monthly billing option) cancelled", "2026-10-31"),
    ("Abbonamento modulo base - disdetto", "2026-10-31"),
  ])
  func otherWordsOfLeaving(_ text: String, _ day: String) throws {
    let c = try importLedger(Self.ledger(leaving: text, noticed: "Monthly subscription"))
    #expect(c.account("Leaving C")?.cancelDate == CivilDate(day))
    #expect(c.account("Steady A")?.cancelDate == nil)
  }

  /// Leaving C's October lines as given (description, amount), the other months one line of
  /// 1,500.
  static func lastDay(_ lines: [(String, Int)]) -> String {
    var text = Self.ledger(leaving: "Monthly subscription", noticed: "Monthly subscription")
      .split(separator: "\n").filter { !$0.hasPrefix("Leaving C,2026-10") }
      .joined(separator: "\n")
    for (d, a) in lines { text += "\nLeaving C,2026-10-01,\"\(d)\",\(a).00" }
    return text
  }

  /// Review 53, R53-21 (`q01`): a line saying it ends beside larger lines of the same day not
  /// saying so is a part ended, not the account (by hand: no cancel date; October's MRR the
  /// plan's 1,500, the add-on's one line of 200 read one-time as any line billed once).
  @Test(arguments: [
    "Zusatzmodul Analytics gekündigt", "Add-on subscription cancelled",
    "Reporting module - notice received",
    // Review 54, R54-22's twin: a fee for ending that names the add-on ends the add-on.
    "Analytics add-on - termination fee (cancelled)",
    // Review 55, R55-17's twins (`ef05`, `cp04`).
    "Early termination fee - Analytics add-on cancelled", "Modulo aggiuntivo Analytics disdetto",
  ])
  func aPartEndedBesideTheContinuingPlan(_ text: String) throws {
    let c = try importLedger(Self.lastDay([("Monatsabo Plattform", 1500), (text, 200)]))
    #expect(c.account("Leaving C")?.cancelDate == nil)
    #expect(c.mrrRow("Leaving C").last == 150_000)
    #expect(!c.log.notes.contains { $0.contains("says the customer is leaving") })
  }

  /// Hostile twins: the ending line the larger one (`Monthly subscription cancelled` 1,500
  /// beside 20 of usage), or a last bill beside any line, still leaves.
  @Test(arguments: [
    ("Monthly subscription cancelled", 1500, "Usage overage", 20),
    ("Final invoice", 20, "Monthly subscription", 1500),
    ("Subscription cancelled", 750, "Subscription (prorated)", 750),
    // Review 54, R54-22 (`v01`-`v03`): a smaller line naming no product part (a fee for ending
    // the contract) is the account leaving.
    ("Early termination fee - contract cancelled", 500, "Monthly subscription", 1500),
    ("Bearbeitungsgebühr - Vertrag gekündigt zum 31.10.2026", 100, "Monatsabo Plattform", 1500),
    ("Frais de résiliation - abonnement résilié au 31/10/2026", 150, "Abonnement mensuel", 1500),
    // Review 55, R55-17 (`ef01`-`ef03`): a fee for ending the contract early, alone.
    ("Early termination charge (contract ends 31 Oct 2026)", 400, "Monthly subscription", 1500),
    ("Cancellation fee", 250, "Monthly subscription - final month", 1500),
    ("Penalización por cancelación anticipada del contrato", 300, "Suscripción mensual", 1500),
  ])
  func theAccountLeavesWhenTheEndingLineIsTheLarger(
    _ text: String, _ amount: Int, _ other: String, _ otherAmount: Int
  ) throws {
    let c = try importLedger(Self.lastDay([(text, amount), (other, otherAmount)]))
    #expect(c.account("Leaving C")?.cancelDate == CivilDate("2026-10-31"))
  }

  /// A line saying so followed by a later line of its account (it stayed) is not read.
  @Test func aLaterLineUndoesIt() throws {
    var text = Self.ledger(leaving: "Final invoice", noticed: "Monthly subscription")
    text += "\nLeaving C,2026-11-01,Monthly subscription,1500.00"
    let c = try importLedger(text)
    #expect(c.account("Leaving C")?.cancelDate == nil)
  }

  /// Days named: `31 Oct 2026`, `Oct 31, 2026`, `2026-10-31`, `November 2026`, a month alone
  /// after `month`; none before the line's month.
  @Test func namedEnds() {
    let day = CivilDate("2026-10-01")!
    #expect(
      LedgerCancellations.namedEnd("service ends 31 Oct 2026", after: day)
        == CivilDate("2026-10-31"))
    #expect(
      LedgerCancellations.namedEnd("ends Oct 31, 2026", after: day) == CivilDate("2026-10-31"))
    #expect(LedgerCancellations.namedEnd("until 2026-12-15", after: day) == CivilDate("2026-12-15"))
    #expect(
      LedgerCancellations.namedEnd("through November 2026", after: day) == CivilDate("2026-11-30"))
    #expect(
      LedgerCancellations.namedEnd("last month February", after: day) == CivilDate("2027-02-28"))
    #expect(LedgerCancellations.namedEnd("cancelled 2025-03-01", after: day) == nil)
    #expect(LedgerCancellations.namedEnd("Final invoice", after: day) == nil)
  }
}
