import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports
@testable import ARRScoring

/// Review of the rendered reports: no internal codes in prose or charts (`multi_year`,
/// `auto+mrr`, `stripe-invoices`), and one definition of rows read (read = used + skipped) in the
/// file table and the import note.
@Suite struct PlainWordsReportTests {
  @Test func importSourcesAreSaidInWords() {
    #expect(
      MarkdownReport.sourceWords(shape: "cube", values: "billings")
        == "a customer cube, read as invoiced amounts")
    #expect(
      MarkdownReport.sourceWords(shape: "cube", values: "auto+mrr")
        == "a customer cube, read as monthly recurring revenue")
    #expect(
      MarkdownReport.sourceWords(
        shape: "stripe-invoices+stripe-subscriptions", values: "billings+mrr")
        == "Stripe invoice lines and a Stripe subscriptions export, read as invoiced amounts "
        + "and as monthly recurring revenue")
    #expect(
      MarkdownReport.sourceWords(shape: "ledger", values: "auto") == "an invoice ledger")
    #expect(
      MarkdownReport.sourceWords(shape: "subscriptions", values: "auto")
        == "a subscriptions table")
    #expect(
      MarkdownReport.sourceWords(shape: "cube", values: "arr")
        == "a customer cube, read as annual recurring revenue (each month's ÷ 12)")
  }

  /// Every shape and every way of reading values the importer can record has words of its own:
  /// none reaches the report as its code.
  @Test func everyImportCodeHasWords() {
    for shape in ImportShape.allCases where shape != .auto {
      #expect(MarkdownReport.sourceWords(shape: shape.rawValue, values: "auto") != shape.rawValue)
    }
    for values in ImportValues.allCases where values != .auto {
      #expect(
        !MarkdownReport.sourceWords(shape: "cube", values: values.rawValue)
          .hasSuffix(", read as " + values.rawValue))
    }
  }

  /// Skipped lines by kind when all are listed: 10 void or draft invoices and a footnote; a
  /// sample shorter than the count says nothing by kind.
  @Test func skippedLinesAreCountedByKind() {
    var s = ImportSummary(
      shape: "ledger", values: "billings", rowsRead: 21, rowsUsed: 10, rowsSkipped: 11)
    s.skipped =
      (1...10).map {
        ImportSummary.Skip(file: "l.csv", line: $0, reason: "void or draft invoice: void")
      }
      + [ImportSummary.Skip(file: "l.csv", line: 30, reason: "footnote: Amounts in USD.")]
    let f = NumberFormat(currency: "USD")
    #expect(MarkdownReport.skippedWords(s, format: f) == "1 footnote and 10 void or draft invoices")
    s.rowsSkipped = 12
    #expect(MarkdownReport.skippedWords(s, format: f) == nil)
  }

  @Test func contractTypesAreWrittenByTheirLabel() {
    #expect(ContractType.multiYear.label == "multi-year")
    #expect(ContractType.label(forKey: "multi_year") == "multi-year")
    #expect(ContractType.label(forKey: "annual") == "annual")
    #expect(ContractType.label(forKey: "enterprise") == "enterprise")
    for t in ContractType.allCases { #expect(!t.label.contains("_")) }
  }

  /// A cube with a title line, two customers (one multi-year) over 13 months and a totals row:
  /// 4 rows read (title, two customers, totals), 2 used, 2 skipped, in the file table and in the
  /// note alike; the contract type reads `multi-year` in the class-mix table and chart.
  @Test func fileTableAndImportNoteCountRowsAlike() throws {
    let months = (1...13).map { m in m <= 12 ? "2024-\(m < 10 ? "0" : "")\(m)" : "2025-01" }
    var cube = "Revenue by customer\nCustomer,Contract,Billing,"
    cube += months.joined(separator: ",") + "\n"
    cube += "Alpha,multi_year,upfront," + Array(repeating: "1000", count: 13).joined(separator: ",")
    cube += "\nBeta,monthly,monthly," + Array(repeating: "500", count: 13).joined(separator: ",")
    cube += "\nTotal,,," + Array(repeating: "1500", count: 13).joined(separator: ",") + "\n"
    let imported = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8))],
      options: ImportOptions(values: .mrr))
    let company = try imported.company(name: "Acme").company
    let analysis = Analysis.run(company)
    let report = MarkdownReport.render(analysis)
    #expect(
      MarkdownReportTests.row(report, "`cube.csv`") == ["`cube.csv`", "4", "2", "2", "none"])
    #expect(
      report.contains(
        "**Imported** from `cube.csv` (a customer cube, read as monthly recurring revenue): 4 rows "
          + "read, 2 used, 2 skipped (1 title line and 1 totals row). "))
    #expect(
      report.contains(
        "No row was rejected as bad data: the lines skipped above (1 title line and 1 totals row) "
          + "are left out by design."))
    #expect(!report.contains("multi_year"))
    #expect(MarkdownReportTests.row(report, "multi-year")?.first == "multi-year")
    let chart = ReportChart.classMix(ReportContext(analysis)).svg
    #expect(chart.contains("multi-year, by ARR") && !chart.contains("multi_year"))
  }
}

/// Review of the rendered reports: the calibration chart labels its bands as the table does
/// (half-open), and unit economics says how ARPA is computed.
@Suite struct CalibrationAndARPAWordingTests {
  /// Three bands: 3.8–6.3, 6.4–11.4 and 11.5–32.9 read "3.8 to under 6.4", "6.4 to under
  /// 11.5" and "11.5 to 32.9" (the last band closed); a band whose top ties the next band's
  /// bottom keeps the closed form.
  @Test func bandRangesAreHalfOpenLikeTheTable() {
    let f = NumberFormat(currency: "USD")
    func band(_ k: Int, _ low: Double, _ high: Double) -> Calibration.Band {
      Calibration.Band(
        band: k, accounts: 10, lowScore: low, highScore: high, predictedChurn: 0.1,
        observedChurn: 0.1)
    }
    let bands = [band(1, 3.8, 6.3), band(2, 6.4, 11.4), band(3, 11.5, 32.9)]
    #expect(MarkdownReport.bandRange(bands, 0, format: f) == "3.8 to under 6.4")
    #expect(MarkdownReport.bandRange(bands, 1, format: f) == "6.4 to under 11.5")
    #expect(MarkdownReport.bandRange(bands, 2, format: f) == "11.5 to 32.9")
    let tied = [band(1, 3.8, 6.4), band(2, 6.4, 11.4)]
    #expect(MarkdownReport.bandRange(tied, 0, format: f) == "3.8 to 6.4")
  }

  @Test(arguments: ["ai-hypergrowth", "plg-smb"])
  func chartAndTableLabelBandsAlike(name: String) throws {
    let (analysis, _, md) = try BoardReportTests.report(name)
    let cal = try #require(analysis.scoring.backtest?.calibration)
    let chart = try #require(ReportChart.calibration(ReportContext(analysis)))
    // Labels may wrap onto two lines: the words of all texts, joined, hold each label.
    let texts = SVGChecks.texts(SVGChecks.validate(chart.svg, title: chart.title))
      .joined(separator: " ")
    // The bands' table is in the Appendix's backtest (the Findings table is numbered too).
    let backtest = try #require(md.components(separatedBy: "### Backtest of the risk score").last)
    for k in cal.bands.indices {
      let range = MarkdownReport.bandRange(cal.bands, k, format: NumberFormat(currency: "USD"))
      #expect(MarkdownReportTests.row(backtest, "\(cal.bands[k].band)")?[1] == range)
      #expect(texts.contains("\(cal.bands[k].band): \(range)"), "\(range)")
    }
  }

  @Test func arpaIsDescribedAsComputed() throws {
    let (_, _, md) = try BoardReportTests.report("plg-smb")
    #expect(
      md.contains(
        "ARPA is the segment's headline MRR in 2026-10 (every paying account, trials and pilots "
          + "included) per paying account, × 12 for a year in every row; it is not the "
          + "Benchmarks' ACV, which is recurring ARR per account with recurring ARR."))
    #expect(md.contains("(ACV: recurring ARR per account with recurring ARR)"))
    #expect(!md.contains("ARPA is recurring revenue per paying account"))
  }
}

/// Every sample report, read as a board reader would: no internal codes in prose and no
/// number of five digits or more without thousands separators (`185169.13`, `10000`).
@Suite struct BoardProseGuardTests {
  /// Runs of five or more digits not inside an identifier, a grouped number or a decimal.
  static func ungroupedNumbers(_ text: String) -> [String] {
    let chars = Array(text)
    var found: [String] = []
    var i = 0
    while i < chars.count {
      guard chars[i].isASCII, chars[i].isNumber else {
        i += 1
        continue
      }
      var j = i
      while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
      let before: Character? = i > 0 ? chars[i - 1] : nil
      let inWord = before.map { $0.isLetter || $0 == "_" || $0 == "," || $0 == "." || $0 == "-" }
      if j - i >= 5, inWord != true { found.append(String(chars[i..<j])) }
      i = j
    }
    return found
  }

  @Test func ungroupedNumbersAreFound() {
    #expect(Self.ungroupedNumbers("of 185169.13 are left out") == ["185169"])
    #expect(Self.ungroupedNumbers("above 10000)") == ["10000"])
    #expect(Self.ungroupedNumbers("$185,169.13, A01234, 2026-10, seed 2007").isEmpty)
  }

  /// The code spans of `text` that read as codes: lower-case words joined by underscores
  /// (`arr_at_risk`, `rhythm_12_annual`, `contract_end_date`).
  static func snakeCaseCodes(_ text: String) -> [String] {
    text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 1 }.map { String($0.element) }
      .filter { span in
        span.contains("_")
          && span.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }
      }
  }

  /// The report without its one list of codes (the Appendix's "Codes in report.json").
  static func withoutCodesTable(_ md: String) -> String {
    guard let start = md.range(of: "### Codes in report.json") else { return md }
    let rest = md[start.upperBound...]
    let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
    return String(md[..<start.lowerBound] + md[end...])
  }

  @Test func codesAreFound() {
    #expect(Self.snakeCaseCodes("key `arr_at_risk`, file `a.csv`, `nps`") == ["arr_at_risk"])
    #expect(Self.snakeCaseCodes("`Line Item ID`, `rhythm_12_annual`") == ["rhythm_12_annual"])
    let md = "a\n### Codes in report.json\n\n| x | `quality_gap` |\n\n## Glossary\nb"
    #expect(Self.withoutCodesTable(md) == "a\n\n## Glossary\nb")
  }

  /// No repository path, JSON key or rule code in the body: codes appear only in the
  /// Appendix's codes table. Input column names (ignored or snapshot columns) are the data's
  /// own words and may have underscores.
  @Test(arguments: SampleCompanies.names)
  func codesOnlyInTheAppendixTable(name: String) throws {
    let (analysis, _, md) = try BoardReportTests.report(name)
    let company = analysis.company
    let columns = Set(
      company.dataQuality.files.flatMap(\.ignoredColumns) + company.snapshotColumns.map(\.name)
        + company.activityColumns.map(\.name))
    let body = Self.withoutCodesTable(md)
    let codes = Self.snakeCaseCodes(body).filter { !columns.contains($0) }
    #expect(codes.isEmpty, "\(codes)")
    #expect(!body.contains("docs/"))
    #expect(!body.contains("JSON key"))
    for finding in analysis.findings { #expect(!body.contains(finding.code.rawValue + "`")) }
    // The codes table gives every finding's code, by its number in the Findings table.
    for (k, finding) in analysis.findings.enumerated() {
      #expect(md.contains("| Finding \(k + 1) | `\(finding.code.rawValue)` |"))
    }
  }

  @Test(arguments: SampleCompanies.names)
  func noCodesOrUngroupedNumbersInTheReport(name: String) throws {
    let (_, _, md) = try BoardReportTests.report(name)
    #expect(Self.ungroupedNumbers(md).isEmpty, "\(Self.ungroupedNumbers(md))")
    #expect(!md.contains("multi_year"))
    #expect(!md.contains("values read as"))
    #expect(!md.contains("--as-of"))
    #expect(!md.contains("α = "))
    #expect(!md.contains("for example no active trials"))
    #expect(!md.contains("(s)"))
  }
}

/// Sentences that compare two figures say what the figures show: no difference explained where
/// there is none, no contrast with today's projection that today's does not have.
@Suite struct ComparisonWordingTests {
  /// seed-example (2 months: the class defaults, every paying account at risk at 0.40): the
  /// expected loss, 60.0% of recurring ARR, counts only leaving (the defaults are not split).
  /// The projection reads 0.40 as the chance of staying and applies the survivors'
  /// contraction once, the documented 2% for want of a window (session 20, stay lane):
  /// 1 − 0.40 × 0.98 = 60.8%, and the sentence says the contraction makes the difference.
  /// (Until then P(stay) = 0.40 ÷ 0.98 undid it, and the two came out the same.)
  @Test func classDefaultLossAndGRRDifferByTheContraction() throws {
    let (analysis, _, bundle) = try SampleCompanies.bundle("seed-example")
    let report = try #require(SampleCompanies.text(bundle, "report.md"))
    #expect(analysis.scoring.retentionSource == .classDefaults)
    let grr = try #require(analysis.projection?.forecast?.grr)
    #expect(abs(grr - 0.40 * 0.98) < 1e-12)
    #expect(
      report.contains(
        "The expected 12-month loss (60.0% of recurring ARR) counts accounts expected to leave; "
          + "1 − mean projected GRR (60.8%) also counts the contraction of accounts that stay and "
          + "is taken over all MRR paying now, hence the 0.8-point difference."))
    #expect(!report.contains("here the two come out the same"))
  }

  /// Page one says the loss and 1 − GRR differ, shortly, and Retention says why (render review
  /// 32, R32-11). ai-hypergrowth: loss 26.2%, 1 − GRR 1 − 70.4% = 29.6%, 3.4 points apart;
  /// its trials (-$23,316) and pilots (-$1,585,080) pay now, so the full sentence names them.
  /// enterprise-saas has neither: its sentence and its `quality_gap` do not name them. movements shows
  /// 10.5% and 10.5%, billings 15.4% and 16.0% (under a point): page one says nothing of it.
  @Test func pageOneSaysTheLossAndGRRDifferAndRetentionSaysWhy() throws {
    let ai = try #require(
      SampleCompanies.text(try SampleCompanies.bundle("ai-hypergrowth").2, "report.md"))
    let aiPage = BoardReportTests.pageOne(ai)
    #expect(
      aiPage.contains(
        "The expected 12-month loss (26.2% of recurring ARR) and 1 − mean projected GRR (29.6%) "
          + "are 3.4 points apart: they differ in base and in how they count contraction (see "
          + "Retention)."))
    #expect(!aiPage.contains("counts both over all MRR paying now"))
    let retention = try #require(ai.range(of: "## Retention")).upperBound
    #expect(
      ai[retention...].contains("counts both over all MRR paying now, trials and pilots included,"))
    let saas = try #require(
      SampleCompanies.text(try SampleCompanies.bundle("enterprise-saas").2, "report.md"))
    #expect(saas.contains("counts both over all MRR paying now, with the contraction"))
    #expect(!saas.contains("MRR paying now, trials and pilots included"))
    #expect(!saas.contains("(trials, pilots,"))
    let movements = try #require(
      SampleCompanies.text(try SampleCompanies.bundle("data-room-movements").2, "report.md"))
    #expect(!BoardReportTests.pageOne(movements).contains("mean projected GRR"))
    #expect(movements.contains("here the two come out the same to a tenth of a point"))
    // billings: loss 15.7%, 1 − GRR 16.4%, 0.7 points apart, under the point page one
    // reconciles: nothing on page one, Retention still explains.
    let billings = try #require(
      SampleCompanies.text(try SampleCompanies.bundle("data-room-billings").2, "report.md"))
    #expect(!BoardReportTests.pageOne(billings).contains("mean projected GRR"))
    #expect(billings.contains("put them 0.7 points apart here"))
  }

  /// data-room-billings: last year's projection used the class defaults; today's scores use
  /// the default weights too, while today's class retention is calibrated on a backtest.
  @Test func lastYearsDefaultsAreContrastedWithTodaysSource() throws {
    let (analysis, _, bundle) = try SampleCompanies.bundle("data-room-billings")
    let report = try #require(SampleCompanies.text(bundle, "report.md"))
    #expect(analysis.scoring.retentionSource == .backtestClassDepartures)
    #expect(report.contains("today's class retention is calibrated on a backtest"))
    #expect(!report.contains("not a calibrated model"))
  }
}
