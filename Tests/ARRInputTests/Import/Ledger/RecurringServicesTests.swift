import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Services billed every month at one amount are a fee, not a one-time charge a month (review
/// 44b, X-6: `Consulting retainer - <month>` billed 15 months was one-time, $108,000 for
/// $216,000).
@Suite struct RecurringServicesTests {
  /// Acme's platform 1,000 a month through 2024; `extra` rows after.
  static func ledger(_ extra: [String]) -> String {
    let months = (1...12).map { "2024-\($0 < 10 ? "0" : "")\($0)" }
    return
      (["Date,Invoice No,Customer,Description,Amount"]
      + months.enumerated().map { k, m in "\(m)-01,A-\(k),Acme,Platform subscription,1000.00" }
      + extra).joined(separator: "\n")
  }

  /// Kite's `Consulting retainer - <Month> 2024`, 3,000 every month of 2024. By hand: Acme
  /// 1,000 + Kite 3,000 a month, $48,000.
  @Test func aMonthlyRetainerRecurs() throws {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let c = try importLedger(
      Self.ledger(
        names.enumerated().map { k, name in
          "2024-\(k < 9 ? "0" : "")\(k + 1)-01,K-\(k),Kite,Consulting retainer - \(name) 2024,3000.00"
        }))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 4_800_000)
  }

  /// A services word billed a year long without a retainer's word is a project billed monthly,
  /// one-time (review 45, Y-6: a 12-month project read recurring, +$60,000): `Consulting`, 2,000
  /// a month through 2024. By hand: Acme alone, $12,000.
  @Test func aYearOfMonthlyConsultingStaysOneTime() throws {
    let c = try importLedger(
      Self.ledger(
        (1...12).map { m in "2024-\(m < 10 ? "0" : "")\(m)-01,L-\(m),Lark,Consulting,2000.00" }))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_200_000)
  }

  /// Twin: an implementation billed in four equal monthly instalments up to the last month
  /// stays one-time. By hand: Acme alone, $12,000.
  @Test func monthlyInstalmentsOfAnImplementationStayOneTime() throws {
    let c = try importLedger(
      Self.ledger(
        (9...12).map { m in
          "2024-\(m < 10 ? "0" : "")\(m)-01,M-\(m),Moss,Implementation services,3000.00"
        }))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_200_000)
  }
}
