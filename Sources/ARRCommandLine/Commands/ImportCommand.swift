import ARRQuality

/// `arr-quality import <file>... --out <dir>`: reads data-room files into a company folder plus
/// `import.md` (`docs/import.md`).
public struct ImportCommand: ParsableCommand {
  public static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "import",
      abstract: "Read data-room files (CSV or .xlsx) into a company folder.",
      discussion:
        "Writes accounts.csv (with an 'inferred' column), monthly.csv, company.json, "
        + "import.md (what was read, skipped and inferred, by which rule, and the ARR that "
        + "depends on each ambiguous choice) and import.json (the same for analyze: the "
        + "folder's report gives the import's findings and range as analyzing the files "
        + "does). Review the folder, then analyze it.")
  }

  public var files: [String] = []
  public var outputDirectory: String?
  public var isForced = false
  public var company = CompanyOptions()
  public var source = SourceOptions()

  public init() {}

  public static var declarations: [Declaration<Self>] {
    [
      .option(
        \.outputDirectory, "out", valueName: "dir",
        help: "Folder to write the company into (required).", expected: "a folder path",
        isValid: { !$0.isEmpty }),
      .flag(\.isForced, "force", help: "Overwrite the folder's company files if it has them."),
    ]
      + Declaration.group(\.company) + Declaration.group(\.source)
      + [.arguments(\.files, "file", help: "The files to import.", isRequired: true)]
  }

  public func validate() throws(ValidationError) {
    if outputDirectory == nil { throw ValidationError("missing required option '--out <dir>'") }
  }

  public func run(_ console: Console) throws(ARRQualityError) {
    let outputDirectory = outputDirectory ?? ""
    // The folder's files are replaced whole: none may be one of the files read.
    for name in ImportFolder.fileNames {
      try OutputFile.refuseReplacing(inputs: files, with: outputDirectory + "/" + name)
    }
    console.progress("Reading \(files.joined(separator: ", "))…")
    let options = source.importOptions(company)
    let imported = try Importer.read(paths: files, options: options)
    // `--currency` names the currency as `analyze` takes it (it was dropped here: the folder's
    // company.json said USD whatever was given).
    let conversion = try imported.company(currency: options.currency)
    try ImportFolder.write(conversion, to: outputDirectory, isForced: isForced)
    console.endProgress()
    let s = conversion.company.dataQuality.imported
    try console.writeResult(
      "Imported \(CountText.grouped(conversion.company.accounts.count)) accounts, \(CountText.grouped(conversion.company.monthCount)) "
        + "months (\(conversion.company.firstMonth) to \(conversion.company.asOf)) into "
        + "\(outputDirectory): rows read \(s?.rowsRead ?? 0), used \(s?.rowsUsed ?? 0), skipped "
        + "\(s?.rowsSkipped ?? 0); see import.md.\n")
  }
}
