import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A workshop billed once, and a project's numbered phases, are one-time (review 44b, X-8:
/// spread over a term by its size, $60,000 for $36,000; X-5: read as a quarterly fee, $56,000
/// for $36,000, with no range).
@Suite struct OneOffEventsTests {
  /// Acme 2,000 and Bolt 1,000 a month through 2024; `extra` rows after.
  static func ledger(_ extra: [String]) -> String {
    var rows = ["Date,Invoice No,Customer,Description,Amount"]
    for m in 1...12 {
      let d = "2024-\(m < 10 ? "0" : "")\(m)-01"
      rows.append("\(d),A-\(m),Acme,Platform subscription,2000.00")
      rows.append("\(d),B-\(m),Bolt,Platform subscription,1000.00")
    }
    return (rows + extra).joined(separator: "\n")
  }

  /// The deliverable read: the words up to the numbered word, and its number.
  @Test func numberedDeliverables() {
    #expect(
      LedgerImporter.deliverable("Data migration project - phase 3, final sign-off")?.key
        == "data migration project phase")
    #expect(LedgerImporter.deliverable("Milestone 2 (design)")?.number == 2)
    #expect(LedgerImporter.deliverable("Phase-out support") == nil)
  }

  /// Dana's only invoice, `Oct-Dec 2024 leadership workshop series`, 6,000: one-time. By hand:
  /// $36,000.
  @Test func aWorkshopBilledOnceIsOneTime() throws {
    let c = try importLedger(
      Self.ledger(["2024-10-10,D-1,Dana,Oct-Dec 2024 leadership workshop series,6000.00"]))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_600_000)
  }

  /// Dana's `Data migration project - phase 1` … `phase 3, final sign-off`, 5,000 a quarter:
  /// one-time. By hand: $36,000.
  @Test func numberedPhasesAreOneTime() throws {
    let c = try importLedger(
      Self.ledger([
        "2024-04-15,D-1,Dana,Data migration project - phase 1,5000.00",
        "2024-07-15,D-2,Dana,Data migration project - phase 2,5000.00",
        "2024-10-15,D-3,Dana,\"Data migration project - phase 3, final sign-off\",5000.00",
      ]))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_600_000)
    #expect(c.account("Dana")?.ambiguousMRR == nil)
  }

  /// Twins: one stage number repeated each quarter is no sequence (`Enterprise plan - stage
  /// 2`, 3,000 a quarter: a quarterly fee, 1,000 a month), and a workshop platform's monthly
  /// subscription recurs (500 a month, from September). By hand: Acme 2,000 + Bolt 1,000 +
  /// Dana 1,000 + Erin 500 a month, $54,000.
  @Test func aRepeatedStageAndAWorkshopSubscriptionRecur() throws {
    let c = try importLedger(
      Self.ledger(
        ["01", "04", "07", "10"].map {
          "2024-\($0)-01,D-\($0),Dana,Enterprise plan - stage 2,3000.00"
        }
          + ["09", "10", "11", "12"].map {
            "2024-\($0)-01,E-\($0),Erin,Workshop platform subscription,500.00"
          }))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 5_400_000)
  }
}
