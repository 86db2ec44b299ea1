import ARRCore
import Testing

@testable import ARRInput

/// A credit larger than its month's invoice (``CreditsAboveInvoice``; session 26, t26b lane;
/// trial 25, T25-1): the month keeps its invoice as revenue and the credit is one-off, so the
/// account is no leaver there, and the credits finding and the ARR agree. Before, such a month
/// read as no invoice: a "churn cliff" at the as-of month (headline $60K for $120K) and a churn
/// then a reactivation mid-history.
@Suite struct CreditsAboveInvoiceTests {
  /// A billings cube, January–June 2024: A pays 1,000 a month and nets −1,600 in June (the
  /// as-of month); C pays 500 and nets −900 in April, between paying months; B pays 1,000
  /// throughout; D pays 1,000 to March and nothing after (a leaver, as before).
  static let cube = """
    Customer,2024-01,2024-02,2024-03,2024-04,2024-05,2024-06
    A,1000,1000,1000,1000,1000,-1600
    B,1000,1000,1000,1000,1000,1000
    C,500,500,500,-900,500,500
    D,1000,1000,1000,0,0,0
    """

  /// By hand: A keeps 1,000 in June, its credit 1,600 + 1,000 = 2,600; C keeps 500 in April, its
  /// credit 900 + 500 = 1,400. June MRR 1,000 (A) + 1,000 (B) + 500 (C) = 2,500, ARR 30,000
  /// (not 18,000 with A gone); D still leaves in April. Credits left out 2,600 + 1,400 = 4,000,
  /// and the tie-out closes: the cells sum to 24,400 = 28,400 of MRR less the 4,000.
  @Test func aCubeMonthNettingBelowZeroKeepsItsInvoice() throws {
    let c = try importCube(Self.cube, options: ImportOptions(values: .billings))
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.mrrRow("A") == Array(repeating: 100_000, count: 6))
    #expect(c.mrrRow("C") == Array(repeating: 50_000, count: 6))
    #expect(c.mrrRow("D") == [100_000, 100_000, 100_000, 0, 0, 0])
    let total = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    #expect(total * 12 == 3_000_000)
    #expect(c.log.tieOut.leftOutCents == -400_000)
    #expect(try c.checkedTieOut().isBalanced)
    #expect(c.log.findings.contains { $0.contains("$4,000 of credits are not deducted") })
    #expect(
      c.log.notes.contains {
        $0.contains("2 accounts have a month whose credits exceed its invoice")
          && $0.contains("(\"A\" in 2024-06)")
      })
  }

  /// Not kept: a negative month with no paying month before it, one followed only by empty
  /// months (a leaver refunded), one off the account's rhythm (a quarterly account's credit
  /// between invoices: its quarter's spread already covers the month), and one after no steady
  /// rhythm (a monthly invoice then an annual one: the committed sample's `A0004`, whose
  /// mid-term credit is no missing invoice).
  @Test func onlyBetweenPayingMonthsOrAtAsOf() {
    let n = 6
    let cells: [Int64] = [
      -100, 100, 100, 100, 100, 100,  // no paying month before
      100, 100, 100, -300, 0, 0,  // a leaver's refund, nothing after
      300, 0, 0, 300, -50, 0,  // off the quarterly rhythm
      300, 0, 0, 300, 0, -400,  // where the next quarter's invoice was due, but not yet
      2023, 24279, -2428, 0, 0, 24279,  // after two invoices of no rhythm
    ]
    #expect(CreditsAboveInvoice.kept(cells, charges: nil, months: n).isEmpty)
    // Due at the as-of month after three quarterly invoices: kept at the last one.
    let due: [Int64] = [300, 0, 0, 300, 0, 0, 310, 0, 0, -400]
    #expect(CreditsAboveInvoice.kept(due, charges: nil, months: 10) == [9: 310])
  }

  /// A ledger: Cust 01 and Cust 02 invoiced 1,000 on the 1st of January–April 2024; in April a
  /// 5,000 credit note to Cust 01 and a −3,000 line to Cust 02. By hand: both keep their April
  /// invoice, April MRR 2,000, ARR 24,000 (not 0: neither left); the credits left out are the
  /// notes' 5,000 + 3,000 = 8,000, all of them (before, 6,000: 2,000 was netted against the
  /// April invoices, zeroing them). Beside their month's charge and not repeated, they are
  /// one-off credits (``OneOffCredits``); in the as-of month a lasting cut cannot be seen yet,
  /// so each account's as-of MRR runs down to 0.
  @Test func aLedgerCreditNoteLargerThanTheInvoiceKeepsIt() throws {
    var text = "invoice_number,customer,invoice_date,description,amount\n"
    var k = 0
    for m in 1...4 {
      for c in ["Cust 01", "Cust 02"] {
        k += 1
        text += "INV-\(k),\(c),2024-0\(m)-01,Subscription - monthly,1000.00\n"
      }
    }
    text += "CN-1,Cust 01,2024-04-15,Credit note - service outage,-5000.00\n"
    text += "INV-99,Cust 02,2024-04-20,Adjustment,-3000.00\n"
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(c.mrrRow("Cust 01") == Array(repeating: 100_000, count: 4))
    #expect(c.mrrRow("Cust 02") == Array(repeating: 100_000, count: 4))
    #expect(c.log.tieOut.leftOutCents == -800_000)
    #expect(try c.checkedTieOut().isBalanced)
    #expect(c.log.findings.contains { $0.hasPrefix("ledger.csv: 2 credits ($8,000 in all") })
    #expect(c.account("Cust 01")?.ambiguousMRR?.low == 0)
    #expect(c.account("Cust 02")?.ambiguousMRR?.high == 100_000)
  }
}
