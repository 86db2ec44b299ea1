import ARRCore
import Testing

@testable import ARRInput

/// A term charge credited in full: issued again (the re-issue counts once), refunded while
/// another product bills on (the refund ends that product only), or refunded near the file's
/// end (``CreditsEndingTerms``; review 45b, Z-7, Z-8, Z-9).
@Suite struct WholeRefundTermTests {
  /// A QuickBooks transaction list as of 2026-11: Falcon pays 1,500 every month from 2025-12,
  /// then `rows`.
  static func read(_ rows: [String]) throws -> ImportedCompany {
    var lines = ["Date,Transaction Type,Num,Customer,Memo/Description,Amount"]
    for m in 0...11 {
      let date = m == 0 ? "12/01/2025" : "\(m < 10 ? "0" : "")\(m)/01/2026"
      lines.append("\(date),Invoice,\(3000 + m),Falcon,Subscription - monthly,\"1,500.00\"")
    }
    var options = ImportOptions()
    options.dateOrder = .mdy
    return try importLedger(
      (lines + rows).joined(separator: "\n"), options: options, name: "transactions.csv")
  }

  /// Z-9: Heron's annual invoice 5000 (24,000, 12 months from 2026-03-01) is credited in full on
  /// 03/10 ("wrong PO") and issued again as 5001 on 03/11: Heron bills one annual (2,000 a
  /// month), not two, and a note says so with the ARR a second charge would add.
  @Test func anAnnualCreditedInFullAndIssuedAgainCountsOnce() throws {
    let c = try Self.read([
      "03/01/2026,Invoice,5000,Heron,Annual subscription (12 months),\"24,000.00\"",
      "03/10/2026,Credit Memo,CM-2,Heron,Credit for invoice 5000 - wrong PO,\"-24,000.00\"",
      "03/11/2026,Invoice,5001,Heron,Annual subscription (12 months) - corrected PO,\"24,000.00\"",
    ])
    #expect(c.mrrRow("Heron").last == 200_000)
    #expect(try c.checkedTieOut().isBalanced)
    #expect(
      c.log.notes.contains(
        "transactions.csv: 1 credit cancels a term charge issued again: \"CM-2\" (line 15) "
          + "credits the whole $24,000.00 of \"5000\" (line 14) (\"Heron\", 2026-03-01), issued "
          + "again as \"5001\" (line 16) on 2026-03-11 for the same amount and term. The "
          + "credited charge is no revenue and the re-issue counts; read as two charges, ARR "
          + "would be $24,000.00 higher"))
    #expect(!c.log.findings.contains { $0.contains("refunds a charge in full") })
  }

  /// The hostile twin: a renewal a year on is no re-issue (its period begins after the
  /// credited one's ends): no re-issue note, and Heron bills its renewal, 2,000 a month.
  @Test func aRenewalAfterTheTermIsNoReissue() throws {
    let c = try Self.read([
      "12/05/2025,Invoice,4000,Heron,Annual subscription (12 months),\"24,000.00\"",
      "12/20/2025,Credit Memo,CM-1,Heron,Credit for invoice 4000,\"-24,000.00\"",
      "12/05/2026,Invoice,4001,Heron,Annual subscription (12 months),\"24,000.00\"",
    ])
    #expect(!c.log.notes.contains { $0.contains("issued again") })
  }

  /// Z-7: Heron's annual (24,000, 2026-03-01) is refunded in full on 04/02 by a refund receipt
  /// naming no document, while its monthly support (200) is billed every month: the annual is
  /// no revenue, Heron stays at 200 a month, and the finding names the annual.
  @Test func anAnnualRefundedWhileAnAddOnBillsOnEndsTheAnnualOnly() throws {
    var rows = ["03/01/2026,Invoice,5000,Heron,Annual subscription (12 months),\"24,000.00\""]
    for m in 3...11 {
      rows.append(
        "\(m < 10 ? "0" : "")\(m)/01/2026,Invoice,\(6000 + m),Heron,Premium support - monthly,200.00"
      )
    }
    rows.append(
      "04/02/2026,Refund Receipt,RR-1,Heron,Refund - annual subscription cancelled,\"-24,000.00\"")
    let c = try Self.read(rows)
    #expect(c.mrrRow("Heron").last == 20_000)
    #expect(try c.checkedTieOut().isBalanced)
    #expect(
      c.log.findings.contains {
        $0.contains("refunds the whole $24,000.00 of \"5000\" (\"Heron\", 2026-03-01)")
      })
  }

  /// Z-8: Ibis' annual (30,000, 2026-02-01) refunded in full on 10/05, the file ending in
  /// 2026-11 (one month after): a term charge is refunded whatever the months left.
  @Test func anAnnualRefundedInFullNearTheFilesEndIsRefunded() throws {
    let c = try Self.read([
      "02/01/2026,Invoice,5000,Ibis,Annual subscription (12 months),\"30,000.00\"",
      "10/05/2026,Refund Receipt,RR-9,Ibis,Refund - annual subscription cancelled,\"-30,000.00\"",
    ])
    #expect(c.mrrRow("Ibis").allSatisfy { $0 == 0 })
    #expect(c.mrrRow("Falcon").last == 150_000)
  }

  /// The hostile twin: Kite pays 900 a month through October, and its October invoice is
  /// credited in full on 10/15, the file ending in November: a month's charge near the file's
  /// end is left to the other rules (a month credited in goodwill or a customer refunded:
  /// nothing tells them apart), so no whole refund is read.
  @Test func aMonthlyChargeCreditedNearTheFilesEndIsNoWholeRefund() throws {
    var rows = [String]()
    for m in 1...10 {
      rows.append("\(m < 10 ? "0" : "")\(m)/01/2026,Invoice,\(7000 + m),Kite,Pro plan,900.00")
    }
    rows.append("10/15/2026,Credit Memo,CM-7,Kite,Service credit,-900.00")
    let c = try Self.read(rows)
    let september = Month(year: 2026, month: 9).months(since: c.firstMonth)
    #expect(c.mrrRow("Kite")[september] == 90_000)
    #expect(!c.log.findings.contains { $0.contains("refunds the whole") })
  }
}
