import ARRCore
import Testing

@testable import ARRInput

/// Write-offs said other than by `uncollectible`: Chargebee's `Not Paid` beside `Payment Due`,
/// and a bad-debt credit memo over several invoices (``WrittenOffLines``; review 45b, Z-14:
/// cb_C's `Not Paid` invoices kept it live, $30,000 for $18,000; Z-15: Quail Labs' invoices
/// written off by one credit memo kept it live, $37,200 for $25,200).
@Suite struct WrittenOffWordsTests {
  /// A Chargebee invoice export, 2026-06 to 2026-11: A pays 600 a month; C's invoices from
  /// September say `cStatus`; B's November says `Payment Due` when `dunning`.
  static func chargebee(cStatus: String, dunning: Bool) -> String {
    var rows = ["Invoice Number,Invoice Date,Customer Id,Amount,Currency,Status"]
    for m in 6...11 {
      let date = "2026-\(m < 10 ? "0" : "")\(m)-01"
      rows.append("A\(m),\(date),cb_A,600.00,USD,Paid")
      rows.append("B\(m),\(date),cb_B,900.00,USD,\(dunning && m == 11 ? "Payment Due" : "Paid")")
      rows.append("C\(m),\(date),cb_C,1000.00,USD,\(m >= 9 ? cStatus : "Paid")")
    }
    return rows.joined(separator: "\n")
  }

  /// `Not Paid` beside `Payment Due`: C's last three invoices are written off, C leaves in
  /// September; B (dunning in progress) stays billed.
  @Test func notPaidBesidePaymentDueIsWrittenOff() throws {
    let c = try importLedger(Self.chargebee(cStatus: "Not Paid", dunning: true))
    #expect(c.mrrRow("cb_C").last == 0)
    #expect(c.mrrRow("cb_B").last == 90_000)
    #expect(try c.checkedTieOut().isBalanced)
    #expect(c.log.findings.contains { $0.contains("1 account stopped paying") })
  }

  /// The hostile twin: `Not Paid` without `Payment Due` in the file is a generic unpaid word:
  /// C stays billed, counted among the unpaid lines.
  @Test func notPaidAloneStaysBilled() throws {
    let c = try importLedger(Self.chargebee(cStatus: "Not Paid", dunning: false))
    #expect(c.mrrRow("cb_C").last == 100_000)
    #expect(!c.log.findings.contains { $0.contains("stopped paying") })
  }

  /// A QuickBooks transaction list: Falcon and Quail pay monthly from 2026-01; Quail's
  /// August–November invoices are written off by one credit memo of `memo` (−4,000).
  static func quickBooks(memo: String) throws -> ImportedCompany {
    var rows = ["Date,Transaction Type,Num,Customer,Memo/Description,Amount"]
    for m in 1...11 {
      let date = "\(m < 10 ? "0" : "")\(m)/01/2026"
      rows.append("\(date),Invoice,\(100 + m),Falcon,Subscription - monthly,\"1,500.00\"")
      rows.append("\(date),Invoice,\(200 + m),Quail,Subscription - monthly,\"1,000.00\"")
    }
    rows.append("11/28/2026,Credit Memo,CM-7,Quail,\"\(memo)\",\"-4,000.00\"")
    var options = ImportOptions()
    options.dateOrder = .mdy
    return try importLedger(rows.joined(separator: "\n"), options: options)
  }

  /// A bad-debt credit memo naming Quail's last four invoices (208–211), equal to them, writes
  /// them off: Quail leaves in August, the tie-out balanced, the finding says it stopped paying.
  @Test func aBadDebtCreditMemoWritesOffTheInvoicesItNames() throws {
    let c = try Self.quickBooks(memo: "Bad debt write-off - invoices 208, 209, 210, 211")
    let july = Month(year: 2026, month: 7).months(since: c.firstMonth)
    #expect(c.mrrRow("Quail")[july] == 100_000)
    #expect(c.mrrRow("Quail")[july + 1] == 0)
    #expect(c.mrrRow("Quail").last == 0)
    #expect(c.mrrRow("Falcon").last == 150_000)
    #expect(try c.checkedTieOut().isBalanced)
    #expect(c.log.findings.contains { $0.contains("\"Quail\" (4 invoice lines from 2026-08-01") })
  }

  /// A bad-debt memo naming no invoice (nor the months it writes off) writes nothing off:
  /// which invoices went unpaid only payments tell (review 46b, R46b-1: read as the latest it
  /// sums, a paying customer with one old bad debt churned). Quail stays billed; Falcon too.
  /// (Naming the months, "Aug-Nov invoices", it writes them off:
  /// ``WrittenOffServiceTests/aBadDebtMemoNamingMonthsWritesThemOff(amount:isWrittenOff:)``.)
  @Test func aBadDebtCreditMemoNamingNoInvoiceWritesNothingOff() throws {
    let c = try Self.quickBooks(memo: "Bad debt write-off - uncollectible account")
    #expect(c.mrrRow("Quail").last == 100_000)
    #expect(!c.log.findings.contains { $0.contains("stopped paying") })
  }

  /// A bad-debt memo naming older invoices writes off those, not the latest: Quail's invoices
  /// 208 and 209 (−2,000 of a −4,000 memo's … here the memo is their sum) leave Quail billed
  /// from October, as the memo does not name them.
  @Test func aBadDebtCreditMemoNamingOlderInvoicesKeepsTheLatest() throws {
    var rows = ["Date,Transaction Type,Num,Customer,Memo/Description,Amount"]
    for m in 1...11 {
      let date = "\(m < 10 ? "0" : "")\(m)/01/2026"
      rows.append("\(date),Invoice,\(200 + m),Quail,Subscription - monthly,\"1,000.00\"")
    }
    rows.append(
      "11/28/2026,Credit Memo,CM-9,Quail,\"Bad debt write-off - invoices 208, 209\",\"-2,000.00\"")
    var options = ImportOptions()
    options.dateOrder = .mdy
    let c = try importLedger(rows.joined(separator: "\n"), options: options)
    #expect(c.mrrRow("Quail").last == 100_000)
  }

  /// The hostile twin: the same credit memo without a bad-debt word writes nothing off (the
  /// credit rules read it; Quail is not said to stop paying).
  @Test func aCreditMemoWithoutBadDebtWordsWritesNothingOff() throws {
    let c = try Self.quickBooks(memo: "Credit (Aug-Nov invoices)")
    #expect(!c.log.findings.contains { $0.contains("stopped paying") })
  }
}
