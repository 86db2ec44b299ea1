import ARRCore
import Testing

@testable import ARRInput

/// A canceled Stripe subscription leaves when it ended (`Ended At`), not when its cancellation
/// was asked for (`Canceled At`): trial 44, T44-4, "cancellation notice given (leaves
/// 2026-11-29 …)" for a subscription paid to 2026-12-02.
@Suite struct StripeEndedAtTests {
  func read(_ rows: [String]) throws -> ImportedCompany {
    let text = StripeImportTests.header + rows.joined(separator: "\n")
    return try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
  }

  /// x asked on 2025-03-29 and ended on 2025-04-02: leaves 2025-04-02. Twins: y canceled at
  /// once (both 2025-03-20): 2025-03-20; z with no `Ended At`: its `Canceled At`, 2025-03-25.
  @Test func aCanceledSubscriptionLeavesWhenItEnded() throws {
    let c = try read([
      "s1,cus_x,X,canceled,10,usd,month,1,1,2025-01-02,2025-03-02,2025-04-02,,2025-03-29,false,2025-04-02,,",
      "s2,cus_y,Y,canceled,10,usd,month,1,1,2025-01-05,2025-03-05,2025-04-05,,2025-03-20,false,2025-03-20,,",
      "s3,cus_z,Z,canceled,10,usd,month,1,1,2025-01-07,2025-03-07,2025-04-07,,2025-03-25,false,,,",
      "s4,cus_a,A,active,10,usd,month,1,1,2025-01-01,2025-03-01,2025-04-01,,,false,,,",
    ])
    func cancel(_ id: String) -> CivilDate? { c.accounts.first { $0.id == id }?.cancelDate }
    #expect(cancel("cus_x") == CivilDate("2025-04-02"))
    #expect(cancel("cus_y") == CivilDate("2025-03-20"))
    #expect(cancel("cus_z") == CivilDate("2025-03-25"))
    #expect(cancel("cus_a") == nil)
  }
}
