import ARRQuality

/// `arr-quality retention`: fits the sBG model to a survival series or a cohort triangle.
public struct RetentionCommand: ParsableCommand {
  public static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "retention",
      abstract: "Fit the sBG retention model to a survival series or cohort triangle.",
      discussion:
        "Fits the shifted-beta-geometric model of Fader & Hardie (2007) by maximum likelihood "
        + "and reports survival, retention rates, DEL and DERL.")
  }

  public var survival: String?
  public var cohortsPath: String?
  /// Periods to project (default 12: a year of monthly periods).
  public var horizon = 12
  /// Discount rate per period for DEL/DERL, as a fraction (default 10%).
  public var discountRate = 0.10
  public var output = OutputOptions<DocumentFormat>()

  public init() {}

  public static var declarations: [Declaration<Self>] {
    [
      .option(
        \.survival, "survival", valueName: "list",
        help: "Survival at periods 0,1,2,… as counts or percentages, e.g. 100,63.1,46.8,38.2."),
      .option(
        \.cohortsPath, "cohorts", valueName: "file",
        help: "A cohort triangle CSV: label, then survivors at period 0,1,2,…"),
      .option(\.horizon, "horizon", valueName: "n", help: "Periods to project.", in: 1...1000),
      .option(
        \.discountRate, "discount-rate", valueName: "d",
        help: "Discount rate per period for DEL/DERL, as a fraction (0 = undiscounted).",
        in: 0...10),
    ] + Declaration.group(\.output)
  }

  public func validate() throws(ValidationError) {
    switch (survival, cohortsPath) {
    case (nil, nil): throw ValidationError("Missing '--survival <list>' or '--cohorts <file>'")
    case (.some, .some): throw ValidationError("Give '--survival' or '--cohorts', not both")
    default: break
    }
  }

  public func run(_ console: Console) throws(ARRQualityError) {
    if discountRate > 1 {
      // 5 reads like "5%" but means 500% per period: say so rather than silently obey.
      let percent = NumberFormat.usd.percent(discountRate, decimals: 0)
      console.writeError(
        "Warning: --discount-rate \(discountRate.defaultValueDescription) "
          + "is \(percent) per period; for a percentage give a fraction "
          + "(e.g. 0.05 for 5%).\n")
    }
    let fit: SBGFit
    if let survival {
      fit = try ShiftedBetaGeometric.fit(survivalCounts: try SurvivalList.parse(survival))
    } else {
      let path = cohortsPath ?? ""
      fit = try ShiftedBetaGeometric.fit(
        cohorts: try CohortTriangleReader.read(try InputFile.read(path), file: path))
    }
    let text =
      switch output.format {
      case .json:
        RetentionReport.json(fit: fit, horizon: horizon, discountRate: discountRate).serialized()
      case .markdown:
        RetentionReport.markdown(fit: fit, horizon: horizon, discountRate: discountRate)
      }
    try console.emit(text, to: output.destination)
  }
}
