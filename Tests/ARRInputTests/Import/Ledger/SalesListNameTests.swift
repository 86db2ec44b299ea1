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
}
