import ARRQuality

let analyzeSpec = CommandSpec(
  name: "analyze", abstract: "Analyze a company folder and write the report.",
  arguments: [("dir", "Folder with accounts.csv, monthly.csv and optional company.json.")],
  options: [
    OptionSpec(
      name: "format", valueName: "format",
      help: "markdown (default), json or csv (one row per account)."),
    OptionSpec(name: "output", valueName: "path", help: "Write to this file instead of stdout."),
    OptionSpec(
      name: "report-dir", valueName: "dir",
      help:
        "Write the whole bundle there: report.md, report.json, accounts.csv and charts/*.svg."),
    OptionSpec(
      name: "scenario", valueName: "file",
      help:
        "A stress scenario (JSON) for the stress section of the Markdown or JSON report; "
        + "repeat for more.",
      isRepeatable: true),
    asOfOption,
    OptionSpec(
      name: "lenient", valueName: nil,
      help: "Skip bad rows, report them in the data-quality section, and go on."),
    weightsOption,
    helpOption,
  ])

/// The scenario files named by `--scenario`, loaded (66 when missing, 65 when invalid).
func scenarios(_ parsed: ParsedArguments) throws(ARRQualityError) -> [StressScenario] {
  var out: [StressScenario] = []
  for path in parsed.all("scenario") { out.append(try StressScenario.load(path: path)) }
  return out
}

/// How to read the company folder: `--lenient` and `--as-of`.
func loadOptions(_ parsed: ParsedArguments, spec: CommandSpec) throws(UsageError) -> LoadOptions {
  LoadOptions(isLenient: parsed.has("lenient"), asOf: try month(parsed, "as-of", spec: spec))
}

/// The weights named by `--weights`, or the defaults.
func weights(_ parsed: ParsedArguments) throws(ARRQualityError) -> RiskWeights {
  guard let path = parsed.value("weights") else { return .defaults }
  return try RiskWeights.load(try InputFile.read(path), file: path)
}

let analyzeCommand = Command(spec: analyzeSpec) { parsed in
  let spec = analyzeSpec
  let format = try choice(
    parsed, "format", in: ["markdown", "json", "csv"], default: "markdown", spec: spec)
  let reportDir = parsed.value("report-dir")
  if reportDir != nil, parsed.value("output") != nil || parsed.value("format") != nil {
    throw UsageError(
      message: "'--report-dir' writes every format; it cannot be combined with '--output' or "
        + "'--format'", command: spec)
  }
  if format == "csv", parsed.value("scenario") != nil {
    throw UsageError(
      message: "'--scenario' needs a report with room for it: the per-account CSV has none "
        + "(use '--format markdown', '--format json' or '--report-dir')", command: spec)
  }
  let options = try loadOptions(parsed, spec: spec)
  let weights = try weights(parsed)
  let scenarios = try scenarios(parsed)
  progress("Reading \(parsed.positionals[0])…")
  let company = try CompanyLoader.load(directory: parsed.positionals[0], options: options)
  progress("Analyzing \(company.accounts.count) accounts…")
  let analysis = Analysis.run(company, weights: weights)
  var stress: StressResult?
  if !scenarios.isEmpty {
    progress("Running \(scenarios.count) stress scenario\(scenarios.count == 1 ? "" : "s")…")
    stress = try StressTest.run(analysis, scenarios: scenarios, weights: weights)
  }
  progress("Writing the report…")
  if let reportDir {
    try ReportBundle(analysis, stress: stress).write(to: reportDir)
    endProgress()
    return 0
  }
  let chunks: [[UInt8]]
  switch format {
  case "json": chunks = JSONReport.documentChunks(analysis, stress: stress)
  case "csv": chunks = AccountsCSV.chunks(analysis)
  default: chunks = [Array(MarkdownReport.render(analysis, stress: stress).utf8)]
  }
  try emit(chunks: chunks, to: parsed.value("output"))
  endProgress()
  return 0
}
