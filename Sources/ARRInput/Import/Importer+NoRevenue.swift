// Importer: the refusal of files among which none reads as revenue.
import ARRCore

extension Importer {
  /// Whether `candidate` is the one table `--sheet` names, with nothing else to read but the
  /// workbook's other sheets: it is then read as the only file is, a subscriptions table by
  /// itself (trial 28, T28-12: `--sheet subscriptions` was refused as if the other 14 tabs
  /// were files beside it).
  static func isNamedAlone(
    _ candidate: Candidate, among candidates: [Candidate], _ options: ImportOptions
  ) -> Bool {
    options.sheets.count == 1 && !candidate.isOptional && candidate.table.sheet != nil
      && candidates.filter { !$0.isOptional }.count == 1
  }

  /// The refusal when no file reads as revenue: a file or sheet that is a subscriptions table
  /// (recognised alone only) is named first with the option that reads it (`--sheet NAME` for
  /// a workbook's tab, `--shape subscriptions` for a file); then the shapes expected and what
  /// each file lacks (``ShapeHints``). A table that holds no revenue (the company's totals by
  /// month, ``NotRevenueShape``) gets its own reason, not a hint to transpose it (trial 28,
  /// T28-12: the advice that read the workbook came last in a 1,800-character message that
  /// told the user to transpose the totals tab).
  /// - Parameter summaries: Reasons of summaries by a dimension left out (T22-10): the first
  ///   is the refusal when no subscriptions table is among the files.
  static func noRevenueFile(
    _ candidates: [Candidate], summaries: [String], options: ImportOptions
  ) -> ARRQualityError {
    // A workbook's sheets are optional: one that is a public data set holding no recurring
    // revenue is explained as the same table in a CSV file is (``NotRevenueShape``), not
    // left to the list below (decided: the AWS SaaS Sales data set saved as .xlsx was told
    // only "no revenue file among …, sheet Sheet1").
    let why = candidates.lazy.compactMap { NotRevenueShape.explain($0.table) }.first
    if candidates.count == 1, let why { return .data(why) }
    // A subscriptions table is recognised alone only: beside other files or sheets, say so,
    // first.
    let subscriptions = candidates.first { SubscriptionTableReader.layout($0.table) != nil }
    // A summary by segment beside hidden customer sheets: its reason names them (T22-10).
    if subscriptions == nil, let summary = summaries.first { return .data(summary) }
    // One table and nothing else (a workbook of one sheet): refused as its CSV export is, with
    // the same hints (hostile trial 35, H35-13: a sheet of month names without a year under a
    // row of quarters was told only "no revenue file among quarter-band.xlsx, sheet MRR
    // (expected …)", its CSV export what to write).
    if candidates.count == 1, subscriptions == nil {
      return unrecognised(candidates[0].table, shape: options.shape)
    }
    var lead = ""
    if let s = subscriptions?.table {
      let option =
        s.sheet.map { "--sheet \(ShellWord.quoted($0.sheet))" } ?? "--shape subscriptions"
      lead =
        "\(s.file) reads as a subscriptions table (customer, start, end, monthly price), read "
        + "by itself only when it is the only file: pass \(option) to read it; "
    }
    // What each file lacks to be read, as "shape not recognised" would say of it alone
    // (decided, eleventh session's trial: a subscriptions table whose prices are in a plans
    // file beside it was told only "no revenue file among …", its missing price unsaid).
    let near = candidates.compactMap { c -> String? in
      if c.table.file == subscriptions?.table.file { return nil }
      if NotRevenueShape.explain(c.table) != nil {
        return "; \(c.table.file): \(NotRevenueShape.shortReason(c.table))"
      }
      let hints = headerHints(c.table) + ShapeHints.hints(c.table)
      guard hints.hasPrefix("; ") else { return nil }
      return "; \(c.table.file): " + hints.dropFirst(2)
    }
    // The files named, the first few past 4 (a workbook of 15 tabs named them all; T28-12).
    let files = candidates.map(\.table.file)
    let listed =
      files.count <= 4
      ? files.joined(separator: ", ")
      : files.prefix(3).joined(separator: ", ") + " and \(CountText.grouped(files.count - 3)) more"
    return .data(
      lead + "no revenue file among \(listed) "
        + "(expected a cube: one row per customer, one column per month; a monthly table: "
        + "customer, month, amount; an invoice ledger; a subscriptions table, alone; or Stripe "
        + "exports)" + near.joined() + (subscriptions == nil ? why.map { "; " + $0 } ?? "" : ""))
  }
}
