import ARRQuality

/// `arr-quality analyze <dir>`: the full report of one company, in one format or as a bundle.
public struct AnalyzeCommand: ParsableCommand {
  public static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "analyze",
      abstract: "Analyze a company folder or data-room files and write the report.")
  }

  public var paths: [String] = []
  public var output = OutputOptions<ReportFormat>()
  public var reportDirectory: String?
  public var scenarioPaths: [String] = []
  public var analysis = AnalysisOptions()
  public var source = SourceOptions()

  public init() {}

  public static var declarations: [Declaration<Self>] {
    Declaration.group(\.output)
      + [
        .option(
          \.reportDirectory, "report-dir", valueName: "dir",
          help:
            "Write the whole bundle there: report.md, report.json, accounts.csv and charts/*.svg "
            + "(every format, so not with --output or --format).",
          expected: "a folder path", isValid: { !$0.isEmpty }
        ),
        .option(
          \.scenarioPaths, "scenario", valueName: "file",
          help: "A stress scenario (JSON) for the stress section of the Markdown or JSON report."),
      ]
      + Declaration.group(\.analysis) + Declaration.group(\.source)
      + [.arguments(\.paths, "dir-or-file", help: companySourceHelp)]
  }

  public func validate() throws(ValidationError) {
    if reportDirectory != nil, output.outputPath != nil || output.givenFormat != nil {
      throw ValidationError(
        "'--report-dir' writes every format; it cannot be combined with '--output' or '--format'")
    }
    if output.format == .csv, !scenarioPaths.isEmpty {
      throw ValidationError(
        "'--scenario' needs a report with room for it: the per-account CSV has none "
          + "(use '--format markdown', '--format json' or '--report-dir')")
    }
  }

  public func run(_ console: Console) throws(ARRQualityError) {
    try OutputFile.refuseReplacing(
      inputs: paths + scenarioPaths + (analysis.weightsPath.map { [$0] } ?? []),
      with: output.destination)
    let weightsFile = try analysis.weightsBytes()
    let scenarios = try loadScenarios(scenarioPaths)
    let company = try loadCompany(
      paths, company: analysis.company, source: source, console: console)
    let weights = try analysis.weights(
      weightsFile, activityColumns: company.activityColumns.map(\.name))
    console.progress("Analyzing \(CountText.grouped(company.accounts.count)) accounts…")
    // Only a stress run forecasts again from the plan and reads the metrics' recurring MRR.
    let result = Analysis.run(
      company, weights: weights, keepsForecastPlan: !scenarios.isEmpty,
      keepsRecurringMRR: !scenarios.isEmpty)
    // The analysis holds the company: the exit frees both, faster than returning does.
    console.keepUntilExit(result)
    var stress: StressResult?
    if !scenarios.isEmpty {
      console.progress(
        "Running \(CountText.grouped(scenarios.count)) stress scenario\(scenarios.count == 1 ? "" : "s")…"
      )
      stress = try StressTest.run(result, scenarios: scenarios)
    }
    console.progress("Writing the report…")
    if let reportDirectory {
      let bundle = ReportBundle(result, stress: stress)
      try bundle.write(to: reportDirectory)
      console.endProgress()
      let charts = bundle.files.filter { $0.path.hasPrefix("charts/") }.count
      console.note(
        "Wrote \(reportDirectory): report.md, report.json, accounts.csv and \(charts) charts "
          + "in charts/.")
      return
    }
    let chunks: ByteChunks
    switch output.format {
    case .json: chunks = JSONReport.documentChunks(result, stress: stress)
    case .csv: chunks = AccountsCSV.chunks(result)
    case .markdown: chunks = ByteChunks([Array(MarkdownReport.render(result, stress: stress).utf8)])
    }
    try console.emit(chunks: chunks, to: output.destination)
    console.endProgress()
  }
}

/// The scenario files named by `--scenario`, loaded.
/// - Throws: `ARRQualityError` 66 when a file is missing, 65 when it is invalid.
func loadScenarios(_ paths: [String]) throws(ARRQualityError) -> [StressScenario] {
  var out: [StressScenario] = []
  for path in paths { out.append(try StressScenario.load(path: path)) }
  return out
}
