import ARRQuality

/// `arr-quality generate <dir>`: writes a seeded sample company.
public struct GenerateCommand: ParsableCommand {
  public static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "generate", abstract: "Generate a realistic sample company (deterministic, seeded).")
  }

  public var directory = ""
  public var profile = GeneratorProfile.aiHypergrowth
  public var accounts = 1000
  public var months = 24
  public var seed = 1
  public var asOf = GeneratorOptions.defaultAsOf
  public var isForced = false
  /// Also write the company's data room (`DataRoom`): ledger, cubes and Stripe exports.
  public var isDataRoom = false

  public init() {}

  public static var declarations: [Declaration<Self>] {
    [
      .argument(
        \.directory, "dir", help: "Folder to write accounts.csv, monthly.csv and company.json into."
      ),
      .option(\.profile, "profile", valueName: "profile", help: "The kind of company."),
      .option(
        \.accounts, "accounts", valueName: "n", help: "Number of accounts.", in: 1...50_000_000),
      .option(\.months, "months", valueName: "m", help: "Months of history.", in: 2...240),
      .option(\.seed, "seed", valueName: "s", help: "Random seed.", in: 0...Int.max),
      .option(
        \.asOf, "as-of", valueName: "YYYY-MM", help: "Last month of history.",
        expected: Month.asOfExpectation, isValid: Month.dataRange.contains),
      .flag(
        \.isForced, "force",
        help: "Overwrite accounts.csv, monthly.csv and company.json if the folder has them."),
      .flag(
        \.isDataRoom, "data-room",
        help: "Also write the data room: ledger.csv, billings-cube.csv, mrr-cube.csv and Stripe "
          + "exports."),
    ]
  }

  /// What the generator is asked for.
  public var options: GeneratorOptions {
    GeneratorOptions(
      profile: profile, accounts: accounts, months: months, seed: UInt64(seed), asOf: asOf)
  }

  public func run(_ console: Console) throws(ARRQualityError) {
    if !isForced, let first = CompanyGenerator.existingFiles(in: directory).first {
      throw ARRQualityError(
        kind: .cannotCreateOutput,
        message: "\(first) already exists; generate does not overwrite a company's data "
          + "(pass --force to replace it, or choose an empty folder)")
    }
    console.progress(
      "Generating \(CountText.grouped(accounts)) accounts × \(CountText.grouped(months)) months…")
    try CompanyGenerator.write(options, to: directory)
    if isDataRoom { try DataRoom.write(options, to: directory) }
    console.endProgress()
    console.note(
      "Wrote \(directory): accounts.csv, monthly.csv and company.json"
        + (isDataRoom ? ", " + DataRoom.fileNames.joined(separator: ", ") : "")
        + " (\(profile.rawValue), "
        + "\(CountText.grouped(accounts)) accounts × \(CountText.grouped(months)) months to \(asOf), seed \(seed))."
    )
  }
}
