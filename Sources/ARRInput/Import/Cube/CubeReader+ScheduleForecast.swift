import ARRCore

extension CubeReader {
  /// The note when a revenue-recognition schedule named a forecast is dated inside its months:
  /// `nil` when it is not (and the forecast label then stops the import as any).
  ///
  /// A schedule's months up to its report date are revenue already recognised, its later months
  /// the rest of each invoice's schedule: NetSuite titles such a waterfall "Revenue Recognition
  /// Forecast" with `As of 10/31/2026` below (trial 50, T50-13: refused as a forecast, though
  /// `--values mrr` read the right headline). Read to the report date, as any title's date is
  /// (``TitleAsOf``). A schedule whose report date is before its months (all of it to come), or
  /// that gives no date, is a forecast and stays refused; so is any other cube named a forecast
  /// (a budget dated inside its year holds no actuals).
  /// - Complexity: O(title lines).
  static func scheduleForecastNote(
    _ label: AnnualLabel.Label, table: ImportTable, layout: CubeLayout, file: String
  ) -> String? {
    guard BookingsLabel.kind(label.text) == .forecast, let first = layout.months.first?.month,
      let dated = TitleAsOf.find(in: table), let month = dated.month(order: layout.dateOrder)
    else { return nil }
    let last = layout.months.map(\.month).max() ?? first
    guard month >= first, month <= last else { return nil }
    return
      "\(file): \"\(label.text)\" (line \(label.line)) names a forecast, but the file is a "
      + "revenue-recognition schedule dated \(dated.text) (line \(dated.line)): its months to "
      + "\(month) are revenue recognised, read as such, and its later months the rest of each "
      + "invoice's schedule, to come"
  }
}
