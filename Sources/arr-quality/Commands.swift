import ARRQuality

/// A subcommand: what it accepts and what it does.
struct Command: Sendable {
  var spec: CommandSpec
  var run: @Sendable (ParsedArguments) throws -> Int32
}

let commands: [Command] = [
  analyzeCommand, validateCommand, stressCommand, retentionCommand, generateCommand,
]

// MARK: - Option values

func choice(
  _ parsed: ParsedArguments, _ name: String, in allowed: [String], default value: String,
  spec: CommandSpec
) throws(UsageError) -> String {
  guard let given = parsed.value(name) else { return value }
  guard allowed.contains(given) else {
    throw UsageError(
      message:
        "The value '\(given)' is invalid for '--\(name) <\(name)>' (expected one of: \(allowed.joined(separator: ", ")))",
      command: spec)
  }
  return given
}

func month(_ parsed: ParsedArguments, _ name: String, spec: CommandSpec) throws(UsageError)
  -> Month?
{
  guard let text = parsed.value(name) else { return nil }
  guard let m = Month(text) else {
    throw UsageError(
      message: "The value '\(text)' is invalid for '--\(name) <YYYY-MM>' (expected e.g. 2025-12)",
      command: spec)
  }
  return m
}

func integer(_ parsed: ParsedArguments, _ name: String, range: ClosedRange<Int>, spec: CommandSpec)
  throws(UsageError) -> Int?
{
  guard let text = parsed.value(name) else { return nil }
  guard let v = Int(text), range.contains(v) else {
    throw UsageError(
      message:
        "The value '\(text)' is invalid for '--\(name)' (expected an integer from \(range.lowerBound) to \(range.upperBound))",
      command: spec)
  }
  return v
}

func decimal(
  _ parsed: ParsedArguments, _ name: String, range: ClosedRange<Double>, spec: CommandSpec
) throws(UsageError) -> Double? {
  guard let text = parsed.value(name) else { return nil }
  guard let v = Double(text), v.isFinite, range.contains(v) else {
    throw UsageError(
      message:
        "The value '\(text)' is invalid for '--\(name)' (expected a number from \(range.lowerBound) to \(range.upperBound))",
      command: spec)
  }
  return v
}

/// Writes `text` to `--output PATH` atomically, or to stdout.
func emit(_ text: String, to path: String?) throws(ARRQualityError) {
  try emit(Array(text.utf8), to: path)
}

func emit(_ bytes: [UInt8], to path: String?) throws(ARRQualityError) {
  try emit(chunks: [bytes], to: path)
}

/// Writes a result made of pieces (a large report) without joining them first.
func emit(chunks: [[UInt8]], to path: String?) throws(ARRQualityError) {
  if let path {
    try OutputFile.write(chunks: chunks, to: path)
  } else {
    try writeResult(chunks: chunks)
  }
}

// MARK: - validate

let validateSpec = CommandSpec(
  name: "validate", abstract: "Check a company folder's input files and summarise them.",
  arguments: [("dir", "Folder with accounts.csv, monthly.csv and optional company.json.")],
  options: [
    asOfOption,
    OptionSpec(
      name: "lenient", valueName: nil, help: "Skip bad rows and report them instead of failing."),
    helpOption,
  ],
  discussion:
    "Exits 0 when the input is valid, 65 listing every problem (first 50 and a count) when it is not, 66 when a file is missing."
)

let validateCommand = Command(spec: validateSpec) { parsed in
  let options = try loadOptions(parsed, spec: validateSpec)
  progress("Reading \(parsed.positionals[0])…")
  let company = try CompanyLoader.load(directory: parsed.positionals[0], options: options)
  endProgress()
  try writeResult(ValidationSummary(company).text)
  return 0
}

// MARK: - generate

let generateSpec = CommandSpec(
  name: "generate", abstract: "Generate a realistic sample company (deterministic, seeded).",
  arguments: [("dir", "Folder to write accounts.csv, monthly.csv and company.json into.")],
  options: [
    OptionSpec(
      name: "profile", valueName: "name", help: "ai-hypergrowth, enterprise-saas or plg-smb."),
    OptionSpec(name: "accounts", valueName: "n", help: "Number of accounts (default 1000)."),
    OptionSpec(name: "months", valueName: "m", help: "Months of history (default 24)."),
    OptionSpec(name: "seed", valueName: "s", help: "Random seed (default 1)."),
    OptionSpec(
      name: "as-of", valueName: "YYYY-MM", help: "Last month of history (default 2026-10)."),
    OptionSpec(
      name: "force", valueName: nil,
      help: "Overwrite accounts.csv, monthly.csv and company.json if the folder has them."),
    helpOption,
  ])

let generateCommand = Command(spec: generateSpec) { parsed in
  let spec = generateSpec
  let profileName = try choice(
    parsed, "profile", in: GeneratorProfile.allCases.map(\.rawValue),
    default: GeneratorProfile.aiHypergrowth.rawValue, spec: spec)
  var options = GeneratorOptions(
    profile: GeneratorProfile(rawValue: profileName)!,
    accounts: try integer(parsed, "accounts", range: 1...50_000_000, spec: spec) ?? 1000,
    months: try integer(parsed, "months", range: 2...240, spec: spec) ?? 24,
    seed: UInt64(try integer(parsed, "seed", range: 0...Int.max, spec: spec) ?? 1))
  if let m = try month(parsed, "as-of", spec: spec) { options.asOf = m }
  let directory = parsed.positionals[0]
  if !parsed.has("force"), let first = CompanyGenerator.existingFiles(in: directory).first {
    throw ARRQualityError(
      kind: .cannotCreateOutput,
      message: "\(first) already exists; generate does not overwrite a company's data "
        + "(pass --force to replace it, or choose an empty folder)")
  }
  progress("Generating \(options.accounts) accounts × \(options.months) months…")
  try CompanyGenerator.write(options, to: directory)
  endProgress()
  return 0
}
