import ARRQuality

let retentionSpec = CommandSpec(
  name: "retention",
  abstract: "Fit the sBG retention model to a survival series or cohort triangle.",
  arguments: [],
  options: [
    OptionSpec(
      name: "survival", valueName: "list",
      help: "Survival at periods 0,1,2,… as counts or percentages, e.g. 100,63.1,46.8,38.2."),
    OptionSpec(
      name: "cohorts", valueName: "file",
      help: "A cohort triangle CSV: label, then survivors at period 0,1,2,…"),
    OptionSpec(name: "horizon", valueName: "n", help: "Periods to project (default 12)."),
    OptionSpec(
      name: "discount-rate", valueName: "d",
      help: "Discount rate per period for DEL/DERL (default 0.10; 0 = undiscounted)."),
    OptionSpec(name: "format", valueName: "format", help: "markdown (default) or json."),
    OptionSpec(name: "output", valueName: "path", help: "Write to this file instead of stdout."),
    helpOption,
  ],
  discussion:
    "Fits the shifted-beta-geometric model of Fader & Hardie (2007) by maximum likelihood and reports survival, retention rates, DEL and DERL."
)

let retentionCommand = Command(spec: retentionSpec) { parsed in
  let spec = retentionSpec
  let format = try choice(
    parsed, "format", in: ["markdown", "json"], default: "markdown", spec: spec)
  let horizon = try integer(parsed, "horizon", range: 1...1000, spec: spec) ?? 12
  let discount = try decimal(parsed, "discount-rate", range: 0...10, spec: spec) ?? 0.10
  let fit: SBGFit
  switch (parsed.value("survival"), parsed.value("cohorts")) {
  case (let list?, nil):
    fit = try ShiftedBetaGeometric.fit(survivalCounts: try RetentionCommand.parseSurvivalList(list))
  case (nil, let path?):
    let bytes = try InputFile.read(path)
    fit = try ShiftedBetaGeometric.fit(
      cohorts: try RetentionCommand.parseCohortsCSV(bytes, file: path))
  case (nil, nil):
    throw UsageError(message: "Missing '--survival <list>' or '--cohorts <file>'", command: spec)
  default:
    throw UsageError(message: "Give '--survival' or '--cohorts', not both", command: spec)
  }
  let text =
    format == "json"
    ? RetentionCommand.report(fit: fit, horizon: horizon, discountRate: discount).serialized()
    : RetentionCommand.markdown(fit: fit, horizon: horizon, discountRate: discount)
  try emit(text, to: parsed.value("output"))
  return 0
}
