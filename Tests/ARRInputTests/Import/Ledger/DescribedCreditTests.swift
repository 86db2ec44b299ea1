import ARRCore
import Testing

@testable import ARRInput

/// A credit naming no document, equal to two charges of its account still in their terms,
/// refunds the one its memo describes (``CreditsEndingTerms/described(_:by:in:)``; review 46b,
/// R46b-4).
@Suite struct DescribedCreditTests {
  /// Heron's Analytics module (12,000 for 12 months from 2025-10-01) and Reporting module
  /// (12,000 from 2026-02-01); CM-1 on 03/05, 12,000, says `memo`.
  static func read(memo: String) throws -> ImportedCompany {
    try WholeRefundTermTests.read([
      "10/01/2025,Invoice,4990,Heron,Analytics module - annual (12 months),\"12,000.00\"",
      "02/01/2026,Invoice,5001,Heron,Reporting module - annual (12 months),\"12,000.00\"",
      "03/05/2026,Credit Memo,CM-1,Heron,\(memo),\"-12,000.00\"",
    ])
  }

  /// "Refund - Analytics module - annual (12 months)" shares four words with Analytics, three
  /// with Reporting: Analytics is the charge credited in full and Heron bills Reporting on,
  /// 1,000 a month to 2027-01 (R46b-4: the latest, Reporting, was refunded and Heron churned).
  /// (Reporting, of the same amount and term and overlapping it, is read as Analytics issued
  /// again, ``CreditsEndingTerms/reissue(of:lines:in:)``: the note says so; the figure is the
  /// same either way.)
  @Test func aCreditDescribingTheOlderOfTwoSamePricedChargesRefundsIt() throws {
    let c = try Self.read(memo: "Refund - Analytics module - annual (12 months)")
    #expect(c.mrrRow("Heron").last == 100_000)
    #expect(
      (c.log.findings + c.log.notes).contains {
        $0.contains("the whole $12,000.00 of \"4990\"")
      })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// The hostile twin: a memo describing both alike ("Refund - annual module (12 months)")
  /// decides nothing, so the latest charge of the amount is the one refunded, as before:
  /// Reporting, and Heron keeps Analytics to 2026-09, then nothing (0 at 2026-11).
  @Test func aCreditDescribingBothAlikeRefundsTheLatest() throws {
    let c = try Self.read(memo: "Refund - annual module (12 months)")
    #expect(c.mrrRow("Heron").last == 0)
    #expect(
      c.log.findings.contains {
        $0.contains("refunds the whole $12,000.00 of \"5001\"")
      })
  }
}
