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

  /// R46-2 (review 46): a usage business invoicing each customer daily (`API calls`, days 1–20
  /// of every month, 50 each) under `Name` is a list of customers, not of reps: read, as before
  /// review 45's Y-4 refused it. By hand: Acme and Bolt 20 × 50 = 1,000 a month each, $24,000.
  @Test func customersInvoicedDailyAreCustomers() throws {
    var rows = [Self.header]
    var n = 0
    for m in 1...12 {
      for day in 1...20 {
        let d = "2024-\(m < 10 ? "0" : "")\(m)-\(day < 10 ? "0" : "")\(day)"
        for name in ["Acme", "Bolt"] {
          n += 1
          rows.append("\(d),Invoice,\(n),\(name),API calls,50.00")
        }
      }
    }
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.accounts.map(\.id).sorted() == ["Acme", "Bolt"])
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_400_000)
  }

  /// Customers billed weekly (four or five invoices a month each, never ten) are
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
