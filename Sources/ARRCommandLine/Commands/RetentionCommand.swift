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
  public var horizon = ARRProjection.RetentionCommand.defaultHorizon
  public var discountRate = ARRProjection.RetentionCommand.defaultDiscountRate
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
    let fit: SBGFit
    if let survival {
      fit = try ShiftedBetaGeometric.fit(
        survivalCounts: try ARRProjection.RetentionCommand.parseSurvivalList(survival))
    } else {
      let path = cohortsPath ?? ""
      let bytes = try InputFile.read(path)
      fit = try ShiftedBetaGeometric.fit(
        cohorts: try ARRProjection.RetentionCommand.parseCohortsCSV(bytes, file: path))
    }
    let text =
      switch output.format {
      case .json:
        ARRProjection.RetentionCommand.report(
          fit: fit, horizon: horizon, discountRate: discountRate
        ).serialized()
      case .markdown:
        ARRProjection.RetentionCommand.markdown(
          fit: fit, horizon: horizon, discountRate: discountRate)
      }
    try console.emit(text, to: output.outputPath)
  }
}
