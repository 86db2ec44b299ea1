import ARRCore
import Testing

@testable import ARRInput

/// A few accounts billed past everyone else set no as-of month (``LoneLateAccount``;
/// `docs/import.md`, "The window"; review 43, V25).
@Suite struct LateAccountsTests {
  static let months = LedgerReviewFortyThreeTests.months

  /// Six accounts billed 1,000 on the 1st, January 2024 to March 2025, and `after` accounts
  /// billed March 2024 to May 2025 on day `day`: a retainer for the month two before when
  /// `retainer` ("Retainer - March 2025" on 20 May 2025), else a platform subscription.
  static func ledger(_ after: [(name: String, amount: String, day: String, retainer: Bool)])
    -> String
  {
    var rows = ["Customer,Invoice Date,Invoice No,Description,Amount"]
    func date(_ i: Int, day: String) -> String {
      let m = i % 12 + 1
      return "\(2024 + i / 12)-\(m < 10 ? "0" : "")\(m)-\(day)"
    }
    for i in 0..<15 {
      for c in "ABCDEF" {
        rows.append("Cust \(c),\(date(i, day: "01")),\(c)-\(i + 1),Platform subscription,1000.00")
      }
      let served = "\(Self.months[i % 12 + 1]) \(2024 + i / 12)"
      for (name, amount, day, retainer) in after {
        let what = retainer ? "Retainer - \(served)" : "Platform subscription"
        rows.append("\(name),\(date(i + 2, day: day)),\(name.prefix(1))-\(i + 1),\(what),\(amount)")
      }
    }
    return rows.joined(separator: "\n")
  }

  /// Both billed late: as of March 2025, (6 × 1,000 + 4,000 + 2,000) × 12 = $144,000 (as of
  /// May, $72,000), a note naming both.
  @Test func twoAccountsBilledInArrearsSetNoAsOfMonth() throws {
    let c = try importLedger(
      Self.ledger([("Fenwick", "4000.00", "20", true), ("Gorse", "2000.00", "20", true)]))
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 14_400_000)
    #expect(
      c.log.notes.contains {
        $0.contains("only \"Fenwick\", \"Gorse\" are billed after it, to 2025-05 (their invoices")
      })
    #expect(try c.checkedTieOut().isBalanced)
    #expect(c.log.files[0].rowsRead == c.log.files[0].rowsUsed + c.log.files[0].rowsSkipped)
  }

  /// The twin: Gorse is invoiced on the 1st as everyone: no evidence of lateness for every
  /// account billed after March, so the last invoice's month, May 2025, stays the as-of month.
  @Test func oneOnTimeAccountAmongThoseBilledAfterMovesNothing() throws {
    let c = try importLedger(
      Self.ledger([("Fenwick", "4000.00", "20", true), ("Gorse", "2000.00", "01", false)]))
    #expect(c.asOf == Month(year: 2025, month: 5))
    #expect(!c.log.notes.contains { $0.contains("are billed after it") })
  }

  /// The minority: three customers invoiced on the 20th, the day they signed, going on after
  /// six invoiced on the 1st stop together are a third of those billed in March, no small
  /// minority billed late (3 stopped for each late one): customers who stayed, so May stays
  /// the as-of month, with their $108,000.
  @Test func aThirdOfTheAccountsBilledOnALaterDayMovesNothing() throws {
    let c = try importLedger(
      Self.ledger([
        ("Fenwick", "4000.00", "20", false), ("Gorse", "2000.00", "20", false),
        ("Hale", "3000.00", "20", false),
      ]))
    #expect(c.asOf == Month(year: 2025, month: 5))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 10_800_000)
    #expect(!c.log.notes.contains { $0.contains("are billed after it") })
  }

  /// Review 44, X-2 and X-3: accounts billed in May 2025 alone with no rhythm of their own up to
  /// March — two new customers first billed on 15 May, or two annual customers renewing on 15
  /// May (billed a year before) — are no arrears: May stays the as-of month.
  @Test func accountsWithoutAMonthlyRhythmOfTheirOwnMoveNothing() throws {
    for isAnnual in [false, true] {
      var text = Self.ledger([])
      for name in ["Nova", "Orca"] {
        if isAnnual { text += "\n\(name),2024-05-15,\(name.prefix(1))-1,Annual plan,12000.00" }
        text +=
          "\n\(name),2025-05-15,\(name.prefix(1))-2,\(isAnnual ? "Annual plan" : "Platform subscription"),"
          + (isAnnual ? "12000.00" : "2000.00")
      }
      let c = try importLedger(text)
      #expect(c.asOf == Month(year: 2025, month: 5))
      #expect(!c.log.notes.contains { $0.contains("billed after it") })
    }
  }
}
