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
  ])
  func otherWordsOfLeaving(_ text: String, _ day: String) throws {
    let c = try importLedger(Self.ledger(leaving: text, noticed: "Monthly subscription"))
    #expect(c.account("Leaving C")?.cancelDate == CivilDate(day))
    #expect(c.account("Steady A")?.cancelDate == nil)
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
