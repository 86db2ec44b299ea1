import ARRQuality

/// `arr-quality stress <dir-or-file>… --scenario FILE…`: the base case beside every scenario, of
/// a company folder or data-room files imported in memory (as `analyze` reads them).
public struct StressCommand: ParsableCommand {
  public static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "stress", abstract: "Run stress scenarios beside the base case.",
      discussion:
        "Shows headline, recurring, committed and quality-adjusted ARR, the expected 12-month "
        + "loss, projected retention with P10/P50/P90 and the class mix for the base and every "
        + "scenario, and each scenario's change against the base.")
  }

  public var paths: [String] = []
  public var scenarioPaths: [String] = []
  public var output = OutputOptions<DocumentFormat>()
  public var analysis = AnalysisOptions()
  public var source = SourceOptions()

  public init() {}

  public static var declarations: [Declaration<Self>] {
    [
      .option(
        \.scenarioPaths, "scenario", valueName: "file",
        help: "A scenario file (JSON, see Scenarios/stress/).", isRequired: true)
    ]
      + Declaration.group(\.output) + Declaration.group(\.analysis) + Declaration.group(\.source)
      + [.arguments(\.paths, "dir-or-file", help: companySourceHelp)]
  }

  public func run(_ console: Console) throws(ARRQualityError) {
    try OutputFile.refuseReplacing(
      inputs: paths + scenarioPaths + (analysis.weightsPath.map { [$0] } ?? []),
      with: output.destination)
    let weightsFile = try analysis.weightsBytes()
    let scenarios = try loadScenarios(scenarioPaths)
    let company = try loadCompany(
      paths, company: analysis.company, source: source, console: console)
    console.keepUntilExit(company)
    let weights = try analysis.weights(
      weightsFile, activityColumns: company.activityColumns.map(\.name))
    console.progress(
      "Running \(CountText.grouped(scenarios.count)) scenario\(scenarios.count == 1 ? "" : "s")…")
    let result = try StressTest.run(company, scenarios: scenarios, weights: weights)
    let text =
      switch output.format {
      case .json: StressJSON.render(result).serialized()
      case .markdown: StressMarkdown.render(result)
      }
    try console.emit(text, to: output.destination)
    console.endProgress()
  }
}
