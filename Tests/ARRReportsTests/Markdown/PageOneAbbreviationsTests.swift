import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Page one spells out, once, each abbreviation it uses (session 15, report).
@Suite struct PageOneAbbreviationsTests {
  @Test(arguments: [
    ("NDR 91.2%", true), ("NDRs", false), ("ANDR", false), ("(NDR)", true), ("NDR", true),
    ("", false), ("XNDR NDR", true),
  ])
  func anAbbreviationIsAWholeWord(text: String, found: Bool) {
    #expect(MarkdownReport.contains(word: "NDR", in: text) == found)
  }

  /// The guessed cube (ValuesGuessReportTests): page one's table quotes MRR, NDR, GRR and
  /// P10–P90; its findings add none of AUC, LTV or sBG (its backtest has no churner, so no AUC).
  @Test func theKeyListsWhatPageOneUses() throws {
    let report = MarkdownReport.render(try ValuesGuessReportTests.analysis())
    #expect(
      report.contains(
        "Abbreviations: MRR, monthly recurring revenue; NDR, net dollar retention; GRR, gross "
          + "dollar retention; P10–P90, the 10th to 90th percentiles of simulated outcomes.\n"))
  }

  /// Every sample's page one: an abbreviation is in the key exactly when the rest of the page
  /// uses it.
  @Test(arguments: SampleCompanies.names)
  func everyAbbreviationOnPageOneIsSpelledOut(name: String) throws {
    let (_, _, md) = try BoardReportTests.report(name)
    let page = String(BoardReportTests.pageOne(md))
    let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
    let key = lines.filter { $0.hasPrefix("Abbreviations: ") }
    #expect(key.count <= 1)
    let rest = lines.filter { !$0.hasPrefix("Abbreviations: ") }.joined(separator: "\n")
    for term in MarkdownReport.pageOneTerms {
      let used = MarkdownReport.contains(word: term.abbreviation, in: rest)
      let listed = key.first?.contains("\(term.abbreviation), \(term.words)") ?? false
      #expect(used == listed, "\(name): \(term.abbreviation)")
    }
  }
}
