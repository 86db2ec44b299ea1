import ARRCore

/// Month columns a workbook hides after its last visible month: a plan or forecast kept beside
/// the actuals and hidden from the sheet on screen (trial 22, T22-7: six hidden plan months
/// after Dec-24 were read as actuals, as-of 2025-06, the headline +19.5%). They are left out,
/// listed as ignored, the as-of month the last visible one, with a note naming them and the
/// `--as-of` that reads them. Hidden months before the last visible one (history the sheet's
/// author folded away, Jan–Jun 23 ahead of the shown year) stay read (`docs/import.md`,
/// "Customer cube").
extension CubeReader {
  /// Cuts the trailing month columns the sheet hides after its last visible month column,
  /// unless `--as-of` names a month after that one (which reads them as actuals).
  /// - Returns: A note naming the months left out, or `nil` when nothing was cut.
  static func cutHiddenPlanMonths(
    _ table: ImportTable, layout: inout CubeLayout, asOf: Month?, file: String
  ) -> String? {
    guard let hidden = table.sheet?.hiddenColumns, !hidden.isEmpty,
      let lastVisible = layout.months.last(where: { !hidden.contains($0.column) })
    else { return nil }
    let cut = layout.months.filter { $0.month > lastVisible.month && hidden.contains($0.column) }
    guard !cut.isEmpty else { return nil }
    if let asOf, asOf > lastVisible.month { return nil }
    let header = table.records[layout.headerIndex].cells
    let cutColumns = Set(cut.map(\.column))
    layout.months.removeAll { cutColumns.contains($0.column) }
    layout.ignored += cut.map { header[$0.column] }
    let months =
      cut.count == 1
      ? "\"\(header[cut[0].column])\""
      : "\"\(header[cut[0].column])\" to \"\(header[cut[cut.count - 1].column])\""
    return
      "\(file): the month column\(cut.count == 1 ? "" : "s") \(months) "
      + "\(cut.count == 1 ? "is" : "are") hidden in the workbook after the last visible month, "
      + "\"\(header[lastVisible.column])\": read as a plan or draft, not actuals, so "
      + "\(Counted.phrase(cut.count, "month")) \(cut.count == 1 ? "is" : "are") left out (listed "
      + "as ignored) and the as-of month is \(lastVisible.month); if they are actuals, pass "
      + "--as-of \(cut[cut.count - 1].month)"
  }
}
