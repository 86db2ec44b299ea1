import ARRQuality
import Testing

@testable import ARRReports

/// The report's import line says when `--values auto` guessed the cells' reading on thin
/// evidence, and the headline's range holds the other reading (review 13, F4).
@Suite struct ValuesGuessReportTests {
  /// Ten accounts at 100 a month over 2024–2025; Annual1 12,000 in Dec-24 and Dec-25, Annual2
  /// 6,000 in Jun-24 and Jun-25. As MRR: ARR $156,000; as invoiced amounts: $30,000.
  @Test func theImportLineSaysTheReadingWasAGuess() throws {
    let months = (0..<24).map { Month(year: 2024, month: 1).adding(months: $0).description }
    var cube = "Customer," + months.joined(separator: ",") + "\n"
    for i in 0..<10 {
      cube += "M\(i)," + Array(repeating: "100", count: 24).joined(separator: ",") + "\n"
    }
    cube +=
      "Annual1," + (0..<24).map { $0 == 11 || $0 == 23 ? "12000" : "0" }.joined(separator: ",")
    cube +=
      "\nAnnual2," + (0..<24).map { $0 == 5 || $0 == 17 ? "6000" : "0" }.joined(separator: ",")
    cube += "\n"
    let imported = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8))])
    let company = try imported.company(name: "Guess").company
    let report = MarkdownReport.render(Analysis.run(company))
    #expect(
      report.contains(
        "**Imported** from `cube.csv` (a customer cube, read as monthly recurring revenue, a "
          + "guess: the data cannot tell monthly recurring revenue from invoiced amounts, so the "
          + "range below holds both readings): "))
    #expect(
      report.contains(
        "Headline ARR depends on ambiguous choices: $30,000 to $156,000 if each went the other way."
      ))
  }
}
