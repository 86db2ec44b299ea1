import ARRCore
import Testing

@testable import ARRInput

/// A credit cancelling an invoice re-issued in its month is netted, not one-off
/// (``ReissuedCharges``; `docs/import.md`, "Invoice ledger", rule 6; review 43, V4).
@Suite struct ReissuedChargesTests {
  /// Acme 1,000 + 500, Bolt 900, Cato 500 a month through 2024. December: Bolt's INV-0035
  /// is credited in full by CN-0001 and issued again as INV-0037; Acme's two-line invoice is
  /// credited by its total and issued again. By hand: Acme 1,500, Bolt 900, Cato 500 =
  /// 2,900 a month, ARR $34,800 (Bolt's credit read one-off: $45,600, range to $34,800).
  static func ledger(creditAcme: Bool, bolt: [String] = ["900.00"]) -> String {
    var rows = ["Invoice Number,Invoice Date,Customer,Description,Amount"]
    for m in 1...12 {
      let d = "2024-\(m < 10 ? "0" : "")\(m)-01"
      rows.append("A-\(m),\(d),Acme,Platform subscription,1000.00")
      rows.append("A-\(m),\(d),Acme,Analytics add-on,500.00")
      for (k, a) in bolt.enumerated() { rows.append("B-\(m),\(d),Bolt,Seat \(k + 1),\(a)") }
      rows.append("C-\(m),\(d),Cato,Platform subscription,500.00")
    }
    rows.append("CN-0001,2024-12-05,Bolt,Credit note for B-12 (wrong PO number),-900.00")
    if bolt.count == 1 { rows.append("B-13,2024-12-05,Bolt,Seat 1 (re-issue of B-12),900.00") }
    if creditAcme {
      rows.append("CN-0002,2024-12-06,Acme,Credit note for A-12,-1500.00")
      rows.append("A-13,2024-12-06,Acme,Platform subscription,1000.00")
      rows.append("A-13,2024-12-06,Acme,Analytics add-on,500.00")
    }
    return rows.joined(separator: "\n")
  }

  @Test func aCreditCancellingAnInvoiceIssuedAgainIsNetted() throws {
    for creditAcme in [false, true] {
      let c = try importLedger(Self.ledger(creditAcme: creditAcme))
      #expect(c.asOf == Month(year: 2024, month: 12))
      #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_480_000)
      #expect(c.mrrRow("Bolt").last == 90_000)
      #expect(c.mrrRow("Acme").last == 150_000)
      #expect(c.account("Bolt")?.ambiguousMRR == nil)
      #expect(c.account("Acme")?.ambiguousMRR == nil)
      #expect(try c.checkedTieOut().isBalanced)
      #expect(c.log.files[0].rowsRead == c.log.files[0].rowsUsed + c.log.files[0].rowsSkipped)
      let n = creditAcme ? "2 credits ($2,400" : "1 credit ($900"
      #expect(c.log.notes.contains { $0.hasPrefix("ledger.csv: \(n) in all, the first on line") })
      #expect(!c.log.findings.contains { $0.contains("read as one-off") })
    }
  }

  /// The twin: Bolt is billed two seats of 900 every month, so December's two charges of 900
  /// are its usual invoice, and a credit of 900 in it is one-off, as before: MRR keeps 1,800
  /// (Acme 1,500 + Bolt 1,800 + Cato 500: ARR $45,600), the range's low end deducts the credit
  /// (Bolt's as-of MRR 900 … 1,800).
  @Test func aCreditBesideChargesRepeatedEveryMonthStaysOneOff() throws {
    let c = try importLedger(Self.ledger(creditAcme: false, bolt: ["900.00", "900.00"]))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 4_560_000)
    #expect(c.mrrRow("Bolt").last == 180_000)
    #expect(c.account("Bolt")?.ambiguousMRR?.low == 90_000)
    #expect(c.account("Bolt")?.ambiguousMRR?.high == 180_000)
    #expect(
      c.log.findings.contains { $0.contains("1 credit ($900 in all") && $0.contains("one-off") })
    #expect(!c.log.notes.contains { $0.contains("issued again") })
  }

  /// Review 44, X-1: Bolt adds a second seat on 10 December and gets an SLA credit of the same
  /// 900 on the 12th. No charge is issued after the credit, so it re-issues nothing: one-off, and
  /// Bolt's MRR keeps both seats (Acme 1,500 + Bolt 1,800 + Cato 500: ARR $45,600).
  @Test func aSeatAddedBeforeAnEqualCreditIsNoReissue() throws {
    let rows = Self.ledger(creditAcme: false).split(separator: "\n").filter {
      !$0.hasPrefix("CN-0001") && !$0.hasPrefix("B-13")
    }
    let text =
      rows.joined(separator: "\n") + "\nB-13,2024-12-10,Bolt,Seat 2,900.00"
      + "\nCN-0001,2024-12-12,Bolt,Service credit - SLA breach,-900.00"
    let c = try importLedger(text)
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 4_560_000)
    #expect(c.mrrRow("Bolt").last == 180_000)
    #expect(!c.log.notes.contains { $0.contains("issued again") })
  }
}
