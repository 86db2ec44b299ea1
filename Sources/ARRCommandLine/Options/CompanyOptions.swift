import ARRQuality

/// `--as-of`, `--lenient` and `--company-name`: how to read a company folder (validate,
/// analyze, stress).
public struct CompanyOptions: OptionGroup {
  public var asOf: Month?
  public var isLenient = false
  public var companyName: String?

  public init() {}

  public static var declarations: [Declaration<Self>] {
    [
      .option(
        \.asOf, "as-of", valueName: "YYYY-MM",
        help: "Month to measure at (default: company.json as_of, else the last month).",
        expected: Month.asOfExpectation, isValid: Month.dataRange.contains),
      .flag(
        \.isLenient, "lenient",
        help: "Skip bad rows, report them in the data-quality section, and go on."),
      .option(
        \.companyName, "company-name", valueName: "name",
        help: "The company's name in the report (default: company.json's, else the input's)."),
    ]
  }

  /// The options the loader takes.
  public var loadOptions: LoadOptions {
    var options = LoadOptions(isLenient: isLenient, asOf: asOf)
    options.companyName = companyName
    return options
  }
}

/// ``CompanyOptions`` plus `--weights`: what the commands that score accounts read.
public struct AnalysisOptions: OptionGroup {
  public var company = CompanyOptions()
  public var weightsPath: String?

  public init() {}

  public static var declarations: [Declaration<Self>] {
    Declaration.group(\.company)
      + [
        .option(
          \.weightsPath, "weights", valueName: "file",
          help: "JSON file overriding the scoring weights and thresholds.")
      ]
  }

  /// The weights named by `--weights`, or the defaults.
  /// - Parameter activityColumns: The company's activity columns: a file may weight their
  ///   custom signals (`weights.<column>_level`, `weights.<column>_trend`) and no others.
  /// - Throws: `ARRQualityError` 66 when the file is missing, 65 when it is invalid.
  public func weights(activityColumns: [String] = []) throws(ARRQualityError) -> RiskWeights {
    try weights(try weightsBytes(), activityColumns: activityColumns)
  }

  /// The bytes of the `--weights` file, `nil` without one: read before the company, so a
  /// missing file fails at once; checked against the company's columns by
  /// ``weights(_:activityColumns:)`` after it is read.
  /// - Throws: `ARRQualityError` 66 when the file is missing.
  public func weightsBytes() throws(ARRQualityError) -> [UInt8]? {
    guard let path = weightsPath else { return nil }
    return try InputFile.read(path)
  }

  /// The weights in `bytes` (the `--weights` file's, ``weightsBytes()``), or the defaults.
  /// - Throws: `ARRQualityError` 65 when the file is invalid for a company with these
  ///   activity columns.
  public func weights(_ bytes: [UInt8]?, activityColumns: [String]) throws(ARRQualityError)
    -> RiskWeights
  {
    guard let bytes, let path = weightsPath else { return .defaults }
    return try RiskWeights.load(bytes, file: path, activityColumns: activityColumns)
  }
}
