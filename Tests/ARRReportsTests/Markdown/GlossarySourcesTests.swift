import ARRTestSupport
import Foundation
import Testing

@testable import ARRReports

/// A figure that can come from more than one input says so wherever it is defined (session 25,
/// t25a lane: the glossary said "Claimed ARR" comes from company.json after an imported summary
/// tab's ARR row became a source too, T22-24; CAC likewise after a customer list's CAC column).
@Suite struct GlossarySourcesTests {
  static func definition(_ term: String) -> String? {
    MarkdownReport.glossaryEntries.first { $0.term == term }?.definition
  }

  @Test func claimedARRNamesBothSources() {
    #expect(
      Self.definition("Claimed ARR")
        == "The ARR the company says it has (company.json's reported ARR, or an imported summary "
        + "tab's ARR row), compared with headline ARR.")
  }

  @Test func cacNamesBothSources() {
    #expect(
      Self.definition("Customer acquisition cost")
        == "What winning one new account costs (company.json, or the mean of an imported "
        + "customer list's CAC column); LTV:CAC is LTV ÷ CAC.")
  }

  /// docs/metrics.md, where the reconciliation is defined, names the summary tab too.
  @Test func theDefinitionInTheDocsSaysTheSame() throws {
    let text = try #require(
      try? String(contentsOfFile: Repository.path("docs/metrics.md"), encoding: .utf8))
    let section = try #require(
      text.components(separatedBy: "## Reported-ARR reconciliation").dropFirst().first)
    #expect(section.contains("`company.json`'s `reported_arr`"))
    #expect(section.contains("an imported summary tab's `ARR` row"))
  }
}
