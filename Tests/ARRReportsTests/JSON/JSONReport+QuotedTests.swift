import ARRCore
import ARRScoring
import Testing

@testable import ARRReports

/// The literals the accounts array writes for its enums are each case's raw value, quoted.
@Suite struct JSONReportQuotedTests {
  private func text(_ s: StaticString) -> String {
    s.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
  }

  @Test func eachLiteralIsTheQuotedRawValue() {
    for s in AccountStatus.allCases { #expect(text(s.jsonQuoted) == "\"\(s.rawValue)\"") }
    for c in RevenueClass.allCases { #expect(text(c.jsonQuoted) == "\"\(c.rawValue)\"") }
    for t in ContractType.allCases { #expect(text(t.jsonQuoted) == "\"\(t.rawValue)\"") }
  }
}
