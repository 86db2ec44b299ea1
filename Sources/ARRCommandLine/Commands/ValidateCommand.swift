import ARRQuality

/// `arr-quality validate <dir>`: reads a company and says what it holds, or every problem.
public struct ValidateCommand: ParsableCommand {
  public static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "validate", abstract: "Check a company folder's input files and summarise them.",
      discussion:
        "Prints what was read (rows used and skipped) and the findings to check first, such as "
        + "amounts that look like cents or a headline that moves with the import's ambiguous "
        + "choices: read is not checked. Exits 0 when the input reads, 65 listing every problem "
        + "(first 50 and a count) when it does not, 66 when a file is missing.")
  }

  public var paths: [String] = []
  public var company = CompanyOptions()
  public var source = SourceOptions()

  public init() {}

  public static var declarations: [Declaration<Self>] {
    Declaration.group(\.company) + Declaration.group(\.source)
      + [.arguments(\.paths, "dir-or-file", help: companySourceHelp)]
  }

  public func run(_ console: Console) throws(ARRQualityError) {
    let loaded = try loadCompany(paths, company: company, source: source, console: console)
    console.keepUntilExit(loaded)
    console.endProgress()
    try console.writeResult(ValidationSummary(loaded).text)
  }
}
