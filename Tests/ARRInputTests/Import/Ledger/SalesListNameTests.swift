import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A bare `Name` is the customer in a list of sales (QuickBooks' transaction list: a type and a
/// number column, invoices and no purchase; review 44b, X-10), and FreshBooks' `Client Name` is
/// a name column (review 44, W-13).
@Suite struct SalesListNameTests {
  static let header = "Date,Transaction Type,Num,Name,Memo/Description,Amount"

  /// By hand: Acme 1,000 and Bolt 500 a month, $18,000.
  @Test func nameIsTheCustomerOfASalesList() throws {
    let c = try importLedger(
      ([Self.header]
        + (1...3).flatMap { m in
          [
            "2025-0\(m)-01,Invoice,A-\(m),Acme,Platform subscription,1000.00",
            "2025-0\(m)-01,Invoice,B-\(m),Bolt,Platform subscription,500.00",
          ]
        }).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_800_000)
  }

  /// Twin: with a bill among the rows, `Name` names vendors too: refused, as before.
  @Test func nameBesideABillIsNoCustomer() {
    let text =
      ([Self.header]
      + (1...3).flatMap { m in
        [
          "2025-0\(m)-01,Invoice,A-\(m),Acme,Platform subscription,1000.00",
          "2025-0\(m)-02,Bill,V-\(m),AWS,Hosting,-400.00",
        ]
      }).joined(separator: "\n")
    #expect(throws: ARRQualityError.self) { try importLedger(text) }
  }

  /// `Client Name` is the customer. By hand: Acme 1,000 a month, $12,000.
  @Test func clientNameIsAName() throws {
    let c = try importLedger(
      (["Invoice Number,Date Issued,Client Name,Description,Line Total"]
        + (1...3).map { m in "F-\(m),2025-0\(m)-01,Acme,Platform subscription,1000.00" })
        .joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_200_000)
  }

  /// Y-17: QuickBooks Online's default columns, `Account` the receivables account on every
  /// invoice row. By hand: Acme 1,000 and Bolt 500 a month, $18,000.
  @Test func nameBesideTheReceivablesAccountIsTheCustomer() throws {
    let c = try importLedger(
      (["Date,Transaction Type,Num,Posting,Name,Memo/Description,Account,Split,Amount"]
        + (1...3).flatMap { m in
          [
            "2025-0\(m)-01,Invoice,A-\(m),Yes,Acme,Platform subscription,"
              + "Accounts Receivable (A/R),Sales,1000.00",
            "2025-0\(m)-01,Invoice,B-\(m),Yes,Bolt,Platform subscription,"
              + "Accounts Receivable (A/R),Sales,500.00",
          ]
        }).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_800_000)
  }

  /// Y-17's twin: an income account on the rows (a posting search): `Name` stays unread.
  @Test func nameBesideAnIncomeAccountIsNoCustomer() {
    let text =
      (["Date,Transaction Type,Num,Name,Memo/Description,Account,Amount"]
      + (1...3).flatMap { m in
        [
          "2025-0\(m)-01,Invoice,A-\(m),Acme,Platform subscription,4000 Sales,1000.00",
          "2025-0\(m)-01,Invoice,B-\(m),Bolt,Platform subscription,Accounts Receivable,500.00",
        ]
      }).joined(separator: "\n")
    #expect(throws: ARRQualityError.self) { try importLedger(text) }
  }

  /// Y-4: `Name` is the sales rep: Alice's customers' invoices, one more each month (up to 13
  /// in December), Bob's two. A name holding many invoices a month groups customers: refused
  /// rather than read ($120,000 for $96,000 in the review's file).
  @Test func namesHoldingManyInvoicesAMonthAreNoCustomers() {
    var rows = [Self.header]
    var n = 0
    for m in 1...12 {
      let d = "2024-\(m < 10 ? "0" : "")\(m)-01"
      for k in 0...m {
        n += 1
        rows.append("\(d),Invoice,INV-\(n),Alice,\(k == m ? "Onboarding" : "Platform"),500.00")
      }
      for _ in 1...2 {
        n += 1
        rows.append("\(d),Invoice,INV-\(n),Bob,Platform subscription,1000.00")
      }
    }
    #expect(throws: ARRQualityError.self) { try importLedger(rows.joined(separator: "\n")) }
  }

  /// Y-4's twin: customers billed weekly (four or five invoices a month each, never ten) are
  /// customers: two accounts read, Acme and Bolt.
  @Test func customersBilledWeeklyAreCustomers() throws {
    var rows = [Self.header]
    // Mondays of 2024, from January 1 (day 19,723 since 1970).
    for (k, day) in stride(from: Int32(19_723), to: 19_723 + 364, by: 7).enumerated() {
      let date = CivilDate(daysSinceEpoch: day)
      rows.append("\(date),Invoice,A-\(k),Acme,Platform subscription,250.00")
      rows.append("\(date),Invoice,B-\(k),Bolt,Platform subscription,100.00")
    }
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.accounts.map(\.id).sorted() == ["Acme", "Bolt"])
  }
}
