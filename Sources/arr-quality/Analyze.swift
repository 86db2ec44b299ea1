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
      name: "as-of", valueName: "YYYY-MM",
      help: "Month to measure at (default: company.json as_of, else the last month)."),
    OptionSpec(
      name: "lenient", valueName: nil,
      help: "Skip bad rows, report them in the data-quality section, and go on."),
    OptionSpec(
      name: "weights", valueName: "file",
      help: "JSON file overriding the scoring weights and thresholds."),
    helpOption,
  ])

let analyzeCommand = Command(spec: analyzeSpec) { parsed in
  let spec = analyzeSpec
  let format = try choice(
    parsed, "format", in: ["markdown", "json", "csv"], default: "markdown", spec: spec)
  let options = LoadOptions(
    isLenient: parsed.has("lenient"), asOf: try month(parsed, "as-of", spec: spec))
  var weights = RiskWeights.defaults
  if let path = parsed.value("weights") {
    weights = try RiskWeights.load(try InputFile.read(path), file: path)
  }
  progress("Reading \(parsed.positionals[0])…")
  let company = try CompanyLoader.load(directory: parsed.positionals[0], options: options)
  progress("Analyzing \(company.accounts.count) accounts…")
  let analysis = Analysis.run(company, weights: weights)
  progress("Writing the report…")
  let text: String
  switch format {
  case "json": text = JSONReport.render(analysis).serialized()
  case "csv": text = AccountsCSV.render(analysis)
  default: text = MarkdownReport.render(analysis)
  }
  try emit(text, to: parsed.value("output"))
  endProgress()
  return 0
}
