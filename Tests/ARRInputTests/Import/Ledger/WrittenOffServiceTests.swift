import ARRCore
import Testing

@testable import ARRInput

/// Review 47b's written-off plans (R47b-3, R47b-4): a payment settling a written-off term
/// charge takes its service period (``WrittenOffLines/settles(_:_:)``), and only a collected
/// charge of the same service makes a write-off a lapse the customer came back from
/// (``WrittenOffLines/isSameService(_:_:)``). Each with its twin.
@Suite struct WrittenOffServiceTests {
  static let header = WrittenOffRebilledTests.header

  /// R47b-3: W's annual of 8,400 (2026-01-01 to 2026-12-31) is written off, then settled on
  /// 10/12 by a payment of its amount with no term of its own: the payment takes the annual's
  /// period, so W bills 700 a month to the end (it counted as a one-off and W left), and the
  /// tie-out balances.
  @Test func aPaymentSettlingAWrittenOffTermTakesItsPeriod() throws {
    let c = try importLedger(
      Self.header + WrittenOffRebilledTests.paid("P")
        + "W,2026-01-01,Annual plan,8400.00,2026-01-01,2026-12-31,uncollectible\n"
        + "W,2026-10-12,Payment of written-off invoice,8400.00,2026-10-12,2026-10-12,paid\n")
    #expect(c.mrrRow("W").last == 70_000)
    #expect(!c.log.findings.contains { $0.contains("stopped paying") })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// The twin: a payment of another amount that names no invoice settles nothing: it keeps its
  /// own day, and W is not billed the annual's months at 700.
  @Test func aPaymentOfAnotherAmountSettlesNothing() throws {
    let c = try importLedger(
      Self.header + WrittenOffRebilledTests.paid("P")
        + "W,2026-01-01,Annual plan,8400.00,2026-01-01,2026-12-31,uncollectible\n"
        + "W,2026-10-12,Payment on account,500.00,2026-10-12,2026-10-12,paid\n")
    #expect(c.mrrRow("W").last != 70_000)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// R47b-4: R's Pro plan (800 a month) is paid June to September and written off in October
  /// and November, while its Analytics add-on (100 a month) is paid in both: the plan stopped
  /// paying, the add-on goes on — R bills 100 in November (the plan counted before, 900), and a
  /// finding says so, staked at the plan's $9,600 of ARR.
  @Test func aCollectedAddOnOfAnotherProductIsNoComingBack() throws {
    let rows =
      WrittenOffRebilledTests.paid("R", through: 9)
      + "R,2026-10-01,Pro plan,800.00,2026-10-01,2026-10-31,uncollectible\n"
      + "R,2026-10-01,Analytics add-on,100.00,2026-10-01,2026-10-31,paid\n"
      + "R,2026-11-01,Pro plan,800.00,2026-11-01,2026-11-30,uncollectible\n"
      + "R,2026-11-01,Analytics add-on,100.00,2026-11-01,2026-11-30,paid\n"
    let c = try importLedger(Self.header + rows)
    #expect(c.mrrRow("R").last == 10_000)
    let text = try #require(
      c.log.findings.first { $0.contains("stopped paying for a service while paying for another") })
    #expect(text.contains("\"R\" (2 invoice lines from 2026-10-01, $800.00 a month)"))
    #expect(c.log.stakes[text]?.arrCents == 960_000)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// The twin: the plan written off in October is paid again in November beside the add-on (a
  /// lapse the customer came back from): October stays billed, R bills 900 in November, and no
  /// finding says R stopped paying.
  @Test func aPlanPaidAgainAfterItsWriteOffIsALapse() throws {
    let rows =
      WrittenOffRebilledTests.paid("R", through: 9)
      + "R,2026-10-01,Pro plan,800.00,2026-10-01,2026-10-31,uncollectible\n"
      + "R,2026-10-01,Analytics add-on,100.00,2026-10-01,2026-10-31,paid\n"
      + "R,2026-11-01,Pro plan,800.00,2026-11-01,2026-11-30,paid\n"
      + "R,2026-11-01,Analytics add-on,100.00,2026-11-01,2026-11-30,paid\n"
    let c = try importLedger(Self.header + rows)
    #expect(c.mrrRow("R").suffix(2) == [90_000, 90_000])
    #expect(!c.log.findings.contains { $0.contains("stopped paying") })
  }

  /// R46b-5: V's September and October (800 each) are written off, and on 11/12 V pays "Past
  /// due balance - Sep, Oct", 1,600 (their sum), beside its paid November: the settlement is
  /// those months' revenue, not November's — V bills 800 in each month (November read 2,400
  /// before), the settlement is left out (the tie-out balances) and a note says so.
  @Test func aCatchUpPayingWrittenOffMonthsIsTheirs() throws {
    let rows =
      WrittenOffRebilledTests.paid("V", through: 8)
      + "V,2026-09-01,Pro plan,800.00,2026-09-01,2026-09-30,uncollectible\n"
      + "V,2026-10-01,Pro plan,800.00,2026-10-01,2026-10-31,uncollectible\n"
      + "V,2026-11-01,Pro plan,800.00,2026-11-01,2026-11-30,paid\n"
      + "V,2026-11-12,\"Past due balance - Sep, Oct\",1600.00,2026-11-12,2026-11-12,paid\n"
    let c = try importLedger(Self.header + rows)
    #expect(c.mrrRow("V") == [80_000, 80_000, 80_000, 80_000, 80_000, 80_000])
    #expect(
      c.log.notes.contains {
        $0.contains(
          "1 collected charge (the first on line 8, $1,600.00 in all) pays 2 written-off charges late"
        )
      })
    let tie = try c.checkedTieOut()
    #expect(tie.leftOutCents == 160_000)
    #expect(tie.isBalanced)
  }

  /// The twin: the plan raised to 1,600 in November, the sum of the two written-off months, is
  /// the plan (its description repeats), no settlement: V bills 1,600 in November.
  @Test func aPlanAtTheSumOfTheWriteOffsIsNoSettlement() throws {
    let rows =
      WrittenOffRebilledTests.paid("V", through: 8)
      + "V,2026-09-01,Pro plan,800.00,2026-09-01,2026-09-30,uncollectible\n"
      + "V,2026-10-01,Pro plan,800.00,2026-10-01,2026-10-31,uncollectible\n"
      + "V,2026-11-01,Pro plan,1600.00,2026-11-01,2026-11-30,paid\n"
    let c = try importLedger(Self.header + rows)
    #expect(c.mrrRow("V").last == 160_000)
    #expect(!c.log.notes.contains { $0.contains("written-off charges late") })
  }

  /// R46b-8: R's October written off and billed again on 11/20 for October, paid, beside a paid
  /// November: the re-bill is no sign of billing in arrears, so the as-of month stays 2026-11.
  /// The twin: an overage for October invoiced on 11/20 that re-bills nothing is billed in
  /// arrears, and the as-of month is 2026-10.
  @Test(arguments: [true, false])
  func aReBillOfAWrittenOffMonthIsNoArrears(isRebill: Bool) throws {
    let rows =
      WrittenOffRebilledTests.paid("R", through: 9)
      + "R,2026-10-01,Pro plan,800.00,2026-10-01,2026-10-31,\(isRebill ? "uncollectible" : "paid")\n"
      + "R,2026-11-01,Pro plan,800.00,2026-11-01,2026-11-30,paid\n"
      + (isRebill
        ? "R,2026-11-20,Pro plan,800.00,2026-10-01,2026-10-31,paid\n"
        : "R,2026-11-20,Overage,50.00,2026-10-01,2026-10-31,paid\n")
    let c = try importLedger(Self.header + rows)
    #expect(c.asOf == Month(year: 2026, month: isRebill ? 11 : 10))
  }

  /// Review 45b's `z25`: a bad-debt memo naming the months it writes off, "Aug-Nov invoices",
  /// of Falcon's 1,500 a month: the four charges sum to the credit, so they are written off and
  /// Falcon leaves in August (it counted on at 1,500). The twin: a memo naming the same months
  /// for an amount they do not sum to writes nothing off.
  @Test(arguments: [("6,000.00", true), ("4,500.00", false)])
  func aBadDebtMemoNamingMonthsWritesThemOff(amount: String, isWrittenOff: Bool) throws {
    let c = try WholeRefundTermTests.read([
      "11/28/2026,Credit Memo,CM-7,Falcon,Bad debt write-off (Aug-Nov invoices),\"-\(amount)\""
    ])
    #expect(c.mrrRow("Falcon").last == (isWrittenOff ? 0 : 150_000), "\(amount)")
    #expect(
      c.log.findings.contains { $0.contains("stopped paying") } == isWrittenOff, "\(amount)")
    #expect(
      WrittenOffLines.namedMonths(
        in: "Bad debt write-off (Aug-Nov invoices)",
        before: CivilDate(year: 2026, month: 11, day: 28)!)
        == (8...11).map { Month(year: 2026, month: $0) })
  }
}
