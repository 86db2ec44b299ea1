import ARRQuality

let stressSpec = CommandSpec(
  name: "stress", abstract: "Run stress scenarios beside the base case.",
  arguments: [("dir", "Folder with accounts.csv, monthly.csv and optional company.json.")],
  options: [
    OptionSpec(
      name: "scenario", valueName: "file",
      help: "A scenario file (JSON, see Scenarios/stress/); repeat for more.", isRepeatable: true,
      isRequired: true),
    OptionSpec(name: "format", valueName: "format", help: "markdown (default) or json."),
    OptionSpec(name: "output", valueName: "path", help: "Write to this file instead of stdout."),
    asOfOption,
    OptionSpec(
      name: "lenient", valueName: nil, help: "Skip bad rows and report them instead of failing."),
    weightsOption,
    helpOption,
  ],
  discussion:
    "Shows headline, recurring, committed and quality-adjusted ARR, the expected 12-month loss, projected retention with P10/P50/P90 and the class mix for the base and every scenario, and each scenario's change against the base."
)

let stressCommand = Command(spec: stressSpec) { parsed in
  let format = try choice(
    parsed, "format", in: ["markdown", "json"], default: "markdown", spec: stressSpec)
  guard !parsed.all("scenario").isEmpty else {
    throw UsageError(message: "Missing expected option '--scenario <file>'", command: stressSpec)
  }
  let options = try loadOptions(parsed, spec: stressSpec)
  let weights = try weights(parsed)
  let scenarios = try scenarios(parsed)
  progress("Reading \(parsed.positionals[0])…")
  let company = try CompanyLoader.load(directory: parsed.positionals[0], options: options)
  progress("Running \(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s")…")
  let result = try StressTest.run(company, scenarios: scenarios, weights: weights)
  let text =
    format == "json" ? StressJSON.render(result).serialized() : StressMarkdown.render(result)
  try emit(text, to: parsed.value("output"))
  endProgress()
  return 0
}
