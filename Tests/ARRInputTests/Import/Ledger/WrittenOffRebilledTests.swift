import ARRCore
import Testing

@testable import ARRInput

/// A written-off charge billed again for the same service counts once, and one written off beside
/// a collected charge still in service is an add-on, not a churn (``WrittenOffLines``; review
/// 45b, Z-5: a November invoice written off and re-billed on the 20th for November counted
/// twice, cus_R $19,200 for $9,600; Z-6: an account whose paid annual runs on was said to leave).
@Suite struct WrittenOffRebilledTests {
  static let header = "customer,invoice_date,description,amount,service_start,service_end,status\n"

  /// Monthly invoices of 800 for June to November 2026 of `customer`, paid.
  static func paid(_ customer: String, through last: Int = 11) -> String {
    (6...last).map { m -> String in
      let mm = m < 10 ? "0\(m)" : "\(m)"
      let end = [6: "30", 7: "31", 8: "31", 9: "30", 10: "31", 11: "30"][m]!
      return "\(customer),2026-\(mm)-01,Pro plan,800.00,2026-\(mm)-01,2026-\(mm)-\(end),paid\n"
    }.joined()
  }

  /// R's November invoice is written off, and November is billed again on the 20th, paid: R
  /// bills 800 in November, the written-off line is left out (the tie-out counts it) and a
  /// finding says so, staked at its $9,600 of ARR; R does not leave.
  @Test func aWriteOffBilledAgainForItsMonthCountsOnce() throws {
    let c = try importLedger(
      Self.header + Self.paid("R", through: 10)
        + "R,2026-11-01,Pro plan,800.00,2026-11-01,2026-11-30,uncollectible\n"
        + "R,2026-11-20,Pro plan,800.00,2026-11-01,2026-11-30,paid\n")
    #expect(c.mrrRow("R").last == 80_000)
    let tie = try c.checkedTieOut()
    #expect(tie.leftOutCents == 80_000)
    #expect(tie.isBalanced)
    let text =
      "ledger.csv: 1 charge written off (\"uncollectible\") is billed again for the same "
      + "service by a collected charge (the first on line 7): the re-bill counts and the "
      + "written-off line ($800.00 in all) is left out; read as two charges, ARR would be "
      + "$9,600.00 higher"
    #expect(c.log.findings.contains(text))
    #expect(c.log.stakes[text]?.arrCents == 960_000)
    #expect(!c.log.findings.contains { $0.contains("stopped paying") })
  }

  /// The same with the re-bill listed first on the written-off invoice's day: the line order
  /// does not decide (the sort put the write-off last, and R left).
  @Test func theLineOrderOfTheReBillDoesNotDecide() throws {
    let c = try importLedger(
      Self.header + Self.paid("R", through: 10)
        + "R,2026-11-01,Pro plan,800.00,2026-11-01,2026-11-30,paid\n"
        + "R,2026-11-01,Pro plan,800.00,2026-11-01,2026-11-30,uncollectible\n")
    #expect(c.mrrRow("R").last == 80_000)
    #expect(!c.log.findings.contains { $0.contains("stopped paying") })
  }

  /// The hostile twin: V's September written off, October and November paid (a lapse: no
  /// collected charge serves September): September stays billed, as before, and nothing is
  /// said re-billed.
  @Test func aLapseIsNoReBill() throws {
    let rows = Self.paid("V").replacingOccurrences(
      of: "2026-09-30,paid", with: "2026-09-30,uncollectible")
    let c = try importLedger(Self.header + rows)
    #expect(c.mrrRow("V") == [80_000, 80_000, 80_000, 80_000, 80_000, 80_000])
    #expect(!c.log.findings.contains { $0.contains("billed again for the same service") })
  }

  /// A's annual of 12,000 (2026-01-01 to 2026-12-31) is paid; a seats true-up of 1,200 for
  /// 2026-09-01 to 2026-12-31 is written off: the true-up is left out, A stays at 1,000 a month
  /// (no churn), and the finding says a written-off add-on, not "stopped paying".
  @Test func aWrittenOffAddOnBesideAPaidAnnualIsNoChurn() throws {
    let c = try importLedger(
      Self.header + Self.paid("P")
        + "A,2026-01-01,Annual plan,12000.00,2026-01-01,2026-12-31,paid\n"
        + "A,2026-09-01,Additional seats,1200.00,2026-09-01,2026-12-31,uncollectible\n")
    #expect(c.mrrRow("A").last == 100_000)
    #expect(!c.log.findings.contains { $0.contains("stopped paying") })
    let text =
      "ledger.csv: 1 account had charges written off (\"uncollectible\") beside a collected "
      + "charge whose service runs past them: \"A\" (1 invoice line from 2026-09-01, $300.00 a "
      + "month). 1 line ($1,200.00 in all) is left out as no revenue (a written-off add-on); the "
      + "account stays on its collected charges, no churn; read as billed, ARR would be "
      + "$3,600.00 higher"
    #expect(c.log.findings.contains(text))
  }

  /// R46b-6 (review 46b): W's annual of 8,400 (2026-01-01 to 2026-12-31) is written off, and W
  /// comes back on a monthly plan of 700 from October, paid: the monthly plan replaces the
  /// annual it did not pay, so W bills 700 in November (the annual counted beside it before,
  /// 1,400 a month), and the finding says a charge written off was billed again.
  @Test func aLaterPlanOfAnotherPriceReplacesAWrittenOffTerm() throws {
    let c = try importLedger(
      Self.header + Self.paid("P")
        + "W,2026-01-01,Annual plan,8400.00,2026-01-01,2026-12-31,uncollectible\n"
        + "W,2026-10-01,Monthly plan,700.00,2026-10-01,2026-10-31,paid\n"
        + "W,2026-11-01,Monthly plan,700.00,2026-11-01,2026-11-30,paid\n")
    #expect(c.mrrRow("W").last == 70_000)
    #expect(c.log.findings.contains { $0.contains("is billed again for the same service") })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// The hostile twin: W pays its monthly plan from June to September, then its annual from
  /// October is written off and nothing follows: the plan paid before is no re-bill, W stopped
  /// paying and leaves (0 in November), as before.
  @Test func aPlanPaidBeforeAWrittenOffTermDoesNotReplaceIt() throws {
    var rows = ""
    for m in 6...9 {
      rows += "W,2026-0\(m)-01,Monthly plan,700.00,2026-0\(m)-01,2026-0\(m)-28,paid\n"
    }
    let c = try importLedger(
      Self.header + Self.paid("P") + rows
        + "W,2026-10-01,Annual plan,8400.00,2026-10-01,2027-09-30,uncollectible\n")
    #expect(c.mrrRow("W").last == 0)
    #expect(c.log.findings.contains { $0.contains("stopped paying") })
  }
}
