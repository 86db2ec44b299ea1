import ARRQuality
import Testing

@testable import ARRReports

/// P3 (session 18, report): a headline quoted as a range says why beside it, on page one and in
/// the walk chart a deck copies, and Data quality prices each choice alone.
@Suite struct ImportRangeReasonTests {
  /// Invoiced amounts over 2025-01 … 2025-12: M pays $100 every month; A pays $1,200 once, in
  /// 2025-06, twelve times M's monthly invoice, so the size rule spreads it over 12 months
  /// (2025-06 … 2026-05): $100 of MRR at the as-of month 2025-12. Read as one month's revenue
  /// (or a quarter's) it is $0 then. Headline ARR 12 × (100 + 100) = $2,400; with A's single
  /// payment the other way 12 × 100 = $1,200: the range $1,200 to $2,400, one choice on one
  /// account, and the headline is the range's top.
  static func analysis() throws -> Analysis {
    let months = (0..<12).map { Month(year: 2025, month: 1).adding(months: $0).description }
    var cube = "Customer," + months.joined(separator: ",") + "\n"
    cube += "M," + Array(repeating: "100", count: 12).joined(separator: ",") + "\n"
    cube += "A," + (0..<12).map { $0 == 5 ? "1200" : "0" }.joined(separator: ",") + "\n"
    let imported = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8))],
      options: ImportOptions(values: .billings))
    return Analysis.run(try imported.company(name: "Range").company)
  }

  static let words =
    "single payments spread over a term by their size (the other ends: one month's revenue or "
    + "another term)"

  @Test func theImportPricesTheChoiceAlone() throws {
    let s = try #require(try Self.analysis().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 120_000 && s.ambiguousARRHigh == 240_000)
    #expect(
      s.ambiguousChoices == [
        ImportSummary.AmbiguousChoice(
          code: "single_payment_size", words: Self.words, accounts: 1, arrLow: 120_000,
          arrHigh: 240_000)
      ])
  }

  @Test func pageOneSaysWhyThereIsARange() throws {
    let a = try Self.analysis()
    let report = MarkdownReport.render(a)
    let row = try #require(MarkdownReportTests.row(report, "Headline ARR (run-rate)"))
    // The row gives the range and that every rung below rests on it; the reason is page
    // one's first finding, so the row does not say it twice (render review 35, R35-7).
    #expect(
      row[2].contains(
        "$1.20K–$2.40K under the other import readings (Data quality): quote the range"))
    #expect(row[2].contains("every figure below uses"))
    #expect(!row[2].contains("resting most on"))
    let pageOne = try #require(report.components(separatedBy: "**What matters most**").last)
    #expect(pageOne.hasPrefix("\n\n1. Headline ARR of $2.40K rests on ambiguous import choices"))
    let finding = try #require(a.findings.first { $0.code == .ambiguousImport })
    #expect(
      finding.message.contains(
        "(−50.0%); it rests most on single payments spread over a term by their size on 1 "
          + "account."))
    let walk = try #require(ReportChart.all(for: a).first { $0.name == .arrWalk }).svg
    #expect(walk.contains("resting most on single payments spread over a term"))
    #expect(
      report.contains(
        "| \(Self.words) | 1 | $1,200 to $2,400 |"))
  }

  /// R3 (session 19, lead): the projection is fitted on the chosen readings, and its rows say
  /// the other readings are outside its range.
  @Test func projectedRetentionSaysItRestsOnTheChosenReadings() throws {
    let report = MarkdownReport.render(try Self.analysis())
    for label in ["Projected NDR, next 12 months (mean)", "Projected GRR, next 12 months (mean)"] {
      let row = try #require(MarkdownReportTests.row(report, label))
      #expect(
        row[2].contains("; fitted on the import's chosen readings only"))
    }
  }

  @Test func reportJSONListsTheChoice() throws {
    let json = JSONReport.render(try Self.analysis())
    guard case .array(let choices)? = json["import"]?["ambiguous_choices"] else {
      Issue.record("no import.ambiguous_choices")
      return
    }
    #expect(choices.count == 1)
    #expect(choices.first?["choice"]?.stringValue == "single_payment_size")
    #expect(choices.first?["low"] == .money(120_000))
    #expect(choices.first?["high"] == .money(240_000))
  }
}
