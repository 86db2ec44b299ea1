import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 46, R46-17 (fixture `/work/team/s46/review/e01`, made smaller): a fixed-price project
/// billed in six equal monthly instalments is read recurring by its rhythm; its words make the
/// one-time reading the low end of its account's range. Every file: Acme's `Platform
/// subscription` 1,000 a month through 2024 and Echo's charge of 3,000 a month from July, read
/// at 2024-12.
@Suite struct ProjectInstalmentRunsTests {
  static func read(_ echo: String) throws -> ImportedCompany {
    let rows =
      (1...12).map {
        "A-\($0),\(LedgerReviewFortyFiveTests.day($0)),Acme,Platform subscription,1000.00"
      }
      + (7...12).map { "E-\($0),\(LedgerReviewFortyFiveTests.day($0, 15)),Echo,\(echo),3000.00" }
    return try importLedger(
      (["Invoice No,Date,Customer,Description,Amount"] + rows).joined(separator: "\n"))
  }

  /// `Website redesign`: read recurring (Acme 1,000 + Echo 3,000 a month, $48,000), Echo's range
  /// down to nothing, and a check naming the $36,000 at stake.
  @Test func projectWorkInInstalmentsIsTheRangesLowEnd() throws {
    let c = try Self.read("Website redesign")
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 4_800_000)
    let range = try #require(c.account("Echo")?.ambiguousMRR)
    #expect(range.low == 0 && range.high == 300_000)
    #expect(
      c.log.findings.contains {
        $0.contains("(Echo's \"Website redesign\", $3,000.00 a month for 6 months, line 14)")
          && $0.contains("ARR is $36,000.00 lower (the range's low end)")
      })
  }

  /// Twins: `Website hosting` and a `Migration support subscription` name no project work done
  /// once: no range, no check.
  @Test(arguments: ["Website hosting", "Migration support subscription"])
  func aServiceThatRecursHasNoLowEnd(echo: String) throws {
    let c = try Self.read(echo)
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 4_800_000)
    #expect(c.account("Echo")?.ambiguousMRR == nil)
    #expect(!c.log.findings.contains { $0.contains("project work") })
  }
}
