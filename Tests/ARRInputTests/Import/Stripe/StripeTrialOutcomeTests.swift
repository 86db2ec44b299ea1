import ARRCore
import Testing

@testable import ARRInput

/// A Stripe subscription canceled when its trial ended, never paid, is an expired trial, not a
/// converted one (trial 44, T44-3: 157 trials canceled at their trial end read as converted, so
/// trial conversion was 100% every month against a true 33–40%).
@Suite struct StripeTrialOutcomeTests {
  func read(_ rows: [String]) throws -> ImportedCompany {
    let text = StripeImportTests.header + rows.joined(separator: "\n")
    return try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
  }

  /// e ends on its trial's last day (`Ended At` = `Trial End`): expired. c paid after its trial
  /// and was canceled in March: converted. a is still paying: converted.
  @Test func aTrialCanceledAtItsEndExpired() throws {
    let c = try read([
      "s1,cus_e,E,canceled,10,usd,month,1,1,2025-01-01,2025-01-01,2025-01-15,2025-01-15,2025-01-15,false,2025-01-15,,",
      "s2,cus_c,C,canceled,10,usd,month,1,1,2025-01-01,2025-02-15,2025-03-15,2025-01-15,2025-03-10,false,2025-03-10,,",
      "s3,cus_a,A,active,10,usd,month,1,1,2025-01-01,2025-03-15,2025-04-15,2025-01-15,,false,,,",
    ])
    func status(_ id: String) -> TrialStatus? { c.accounts.first { $0.id == id }?.trialStatus }
    #expect(status("cus_e") == .expired)
    #expect(status("cus_c") == .converted)
    #expect(status("cus_a") == .converted)
  }

  /// Twin: canceled before its trial ended (`Canceled At` earlier, `Ended At` blank): expired
  /// too; canceled the day after, having been charged at the trial's end: converted.
  @Test func theEndDecidesNotTheStatusWord() throws {
    let c = try read([
      "s1,cus_b,B,canceled,10,usd,month,1,1,2025-01-01,2025-01-01,2025-01-15,2025-01-15,2025-01-10,false,,,",
      "s2,cus_d,D,canceled,10,usd,month,1,1,2025-01-01,2025-01-15,2025-02-15,2025-01-15,2025-01-16,false,2025-01-16,,",
      "s3,cus_a,A,active,10,usd,month,1,1,2025-01-01,2025-03-01,2025-04-01,,,false,,,",
    ])
    func status(_ id: String) -> TrialStatus? { c.accounts.first { $0.id == id }?.trialStatus }
    #expect(status("cus_b") == .expired)
    #expect(status("cus_d") == .converted)
  }
}
