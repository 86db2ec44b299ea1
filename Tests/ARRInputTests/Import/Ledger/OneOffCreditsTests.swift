import ARRCore
import Testing

@testable import ARRInput

/// A credit beside its account's charge of the month that does not repeat is one-off: left
/// out, MRR unchanged, a range in the as-of month (`docs/import.md`, "Invoice ledger", rule 6;
/// ``OneOffCredits``; trial 28, T28-4).
@Suite struct OneOffCreditsTests {
  /// Trial 28's `ar_ledger_parentheses.csv` in small: Sterling 1,250 and Vanguard 3,400 a
  /// month, QuickBooks dates and `($400.00)`; `Credit Memo CM-77` to Vanguard in June, the
  /// as-of month. By hand: MRR 1,250 + 3,400 = 4,650 (ARR 55,800; it read 4,250, ARR 51,000,
  /// silently); Vanguard's as-of MRR 3,000 … 3,400; 400 left out, and a finding.
  @Test func aCreditMemoInTheAsOfMonthLeavesMRRWithARange() throws {
    var rows = ["Date,Transaction Type,Num,Customer,Amount"]
    for m in 4...6 {
      rows.append("0\(m)/15/2025,Invoice,INV-\(m)-1,Sterling Partners,\"$1,250.00\"")
      rows.append("0\(m)/15/2025,Invoice,INV-\(m)-2,Vanguard Labs,\"$3,400.00\"")
    }
    rows.append("06/20/2025,Credit Memo,CM-77,Vanguard Labs,($400.00)")
    let c = try importLedger(rows.joined(separator: "\n"), name: "ar.csv")
    #expect(c.mrrRow("Vanguard Labs") == [340_000, 340_000, 340_000])
    #expect(c.mrrRow("Sterling Partners") == [125_000, 125_000, 125_000])
    #expect(c.account("Vanguard Labs")?.ambiguousMRR?.low == 300_000)
    #expect(c.account("Vanguard Labs")?.ambiguousMRR?.high == 340_000)
    #expect(c.log.tieOut.leftOutCents == -40_000)
    #expect(try c.checkedTieOut().isBalanced)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 12 * 425_000)
    #expect(s.ambiguousARRHigh == 12 * 465_000)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("ar.csv: 1 credit ($400 in all, the first on line 8) beside its account's")
          && $0.contains("$400 of it falls in the as-of month (\"Vanguard Labs\")")
      })
  }

  /// The same credit in March, mid-history: no contraction then expansion (it netted March to
  /// 3,000, a contraction of 400 and April's expansion of 400), no range (April's charge shows
  /// the price kept). A credit of 100 every month is a lasting discount, netted: B 500 − 100 =
  /// 400.
  @Test func aOneOffCreditMidHistoryAndALastingDiscount() throws {
    let c = try importLedger(
      """
      customer,date,amount
      A,2025-01-15,3400
      A,2025-02-15,3400
      A,2025-03-15,3400
      A,2025-03-20,-400
      A,2025-04-15,3400
      B,2025-01-15,500
      B,2025-01-16,-100
      B,2025-02-15,500
      B,2025-02-16,-100
      B,2025-03-15,500
      B,2025-03-16,-100
      B,2025-04-15,500
      B,2025-04-16,-100
      """)
    #expect(c.mrrRow("A") == [340_000, 340_000, 340_000, 340_000])
    #expect(c.account("A")?.ambiguousMRR == nil)
    #expect(c.mrrRow("B") == [40_000, 40_000, 40_000, 40_000])
    #expect(c.log.tieOut.leftOutCents == -40_000)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// Five accounts, each billed 100 a month from April, each credited 20 in June (the as-of
  /// month): the finding names the first three "and 2 more", $100 in all (Scripts/mutate
  /// survivor, session 30: the count of the rest was unpinned).
  @Test func creditsInTheAsOfMonthNameThreeAndCountTheRest() throws {
    var rows = ["customer,date,amount"]
    for a in 1...5 {
      for m in 4...6 { rows.append("C\(a),2025-0\(m)-10,100") }
      rows.append("C\(a),2025-06-20,-20")
    }
    let c = try importLedger(rows.joined(separator: "\n"), name: "ar.csv")
    #expect(c.mrrRow("C5") == [10_000, 10_000, 10_000])
    #expect(c.account("C5")?.ambiguousMRR?.low == 8_000)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("ar.csv: 5 credits ($100 in all, the first on line 5)")
          && $0.contains("$100 of them fall in the as-of month (\"C1\", \"C2\", \"C3\" and 2 more)")
      })
  }
}
