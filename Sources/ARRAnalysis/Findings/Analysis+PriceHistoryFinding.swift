import ARRCore
import ARRMetrics

extension Analysis {
  /// `no_price_history`: an imported company whose data cannot show a price change, so its
  /// expansion and contraction are not measured but read as zero: its revenue history is a
  /// Stripe subscriptions export alone (each subscription's current price carried back over its
  /// life), or no account's MRR rose or fell in any of the bridge's last
  /// ``Finding/noPriceHistoryMonths`` months while at least ``Finding/noPriceHistoryAccounts``
  /// accounts paid at the trailing base month. Trailing NDR is then GRR plus new subscriptions
  /// of existing customers, and the projection is calibrated on no price change (review 13, F40: such a
  /// report printed "trailing NDR 93.4%" and a bridge of $0 expansion as if measured, and only
  /// the import's last note said why). Warning, weight ``Finding/noPriceHistoryWeight``.
  /// - Parameters:
  ///   - company: The company (its import summary, when it was imported).
  ///   - bridge: Its MRR bridge.
  ///   - trailing: Its trailing retention.
  ///   - f: The company's number format.
  /// - Returns: The finding, or `nil` for a native folder or data that shows price changes.
  /// - Complexity: O(``Finding/noPriceHistoryMonths``).
  static func noPriceHistory(
    _ company: Company, bridge: [BridgeMonth], trailing: TrailingRetention, f: NumberFormat
  ) -> Finding? {
    // A snapshot says more (churn is not measured either): `snapshot_history`.
    guard let s = company.dataQuality.imported, !s.isSnapshot else { return nil }
    let shapes = Set(s.shape.split(separator: "+"))
    // A ledger's lines bill each period's own amount: flat amounts there are measured, a
    // fixed-price plan, not a file of current prices (`fixed_prices`).
    if shapes.isSubset(of: billedShapes) { return nil }
    let why: String
    if shapes == ["stripe-subscriptions"] {
      why =
        "the revenue history comes from a Stripe subscriptions export alone, which holds each "
        + "subscription's current price, carried back over its life"
    } else {
      let months = bridge.suffix(Finding.noPriceHistoryMonths)
      guard months.count == Finding.noPriceHistoryMonths,
        trailing.baseAccounts >= Finding.noPriceHistoryAccounts,
        months.allSatisfy({ $0.expansion == 0 && $0.contraction == 0 })
      else { return nil }
      why =
        "no account's MRR rose or fell in any of the last \(Finding.noPriceHistoryMonths) months, "
        + "across the \(count(trailing.baseAccounts, "account", f)) paying in "
        + "\(f.month(trailing.baseMonth)): the files may carry only current prices"
    }
    let ndr = trailing.ndr.map { "trailing NDR (\(f.percent($0))) " } ?? "trailing NDR "
    return Finding(
      code: .noPriceHistory, severity: .warning,
      message: "Expansion and contraction are not measured: \(why). The bridge's expansion and "
        + "contraction are zero by construction, \(ndr)is GRR plus new subscriptions of "
        + "existing customers, and the projected expansion and contraction are calibrated on no "
        + "observed price change; read NDR and the projected NDR as unmeasured, not as no "
        + "expansion.",
      weight: Finding.noPriceHistoryWeight)
  }

  /// The import shapes whose rows are amounts billed for their own period (invoice lines,
  /// payments, a movements log's changes): a price change would show in them.
  static let billedShapes: Set<Substring> = ["ledger", "stripe-invoices", "movements"]

  /// `fixed_prices`: an imported company whose revenue history is billed lines alone
  /// (``billedShapes``) and in which no account's amount rose or fell in any of the bridge's
  /// last ``Finding/noPriceHistoryMonths`` months while at least
  /// ``Finding/noPriceHistoryAccounts`` accounts paid at the trailing base month. Each line is
  /// what was billed, so the zero expansion is measured: fixed-price plans (a consumer app's
  /// $9.99 a month), with trailing NDR equal to GRR plus new subscriptions of existing
  /// customers. Info, weight ``Finding/fixedPricesWeight`` (session 24, lead; trial 22, T22-5:
  /// a RevenueCat ledger of fixed-price plans was told to read NDR as unmeasured).
  /// - Returns: The finding, or `nil` for other shapes or data that shows price changes.
  /// - Complexity: O(``Finding/noPriceHistoryMonths``).
  static func fixedPrices(
    _ company: Company, bridge: [BridgeMonth], trailing: TrailingRetention, f: NumberFormat
  ) -> Finding? {
    guard let s = company.dataQuality.imported, !s.isSnapshot,
      Set(s.shape.split(separator: "+")).isSubset(of: billedShapes)
    else { return nil }
    let months = bridge.suffix(Finding.noPriceHistoryMonths)
    guard months.count == Finding.noPriceHistoryMonths,
      trailing.baseAccounts >= Finding.noPriceHistoryAccounts,
      months.allSatisfy({ $0.expansion == 0 && $0.contraction == 0 })
    else { return nil }
    let ndr = trailing.ndr.map { "trailing NDR (\(f.percent($0))) " } ?? "trailing NDR "
    return Finding(
      code: .fixedPrices, severity: .info,
      message: "No account's billed amount rose or fell in any of the last "
        + "\(Finding.noPriceHistoryMonths) months, across the "
        + "\(count(trailing.baseAccounts, "account", f)) paying in \(f.month(trailing.baseMonth)): "
        + "fixed-price plans. The files bill each period's own amount, so this is measured: the "
        + "bridge has no expansion or contraction, and \(ndr)is GRR plus new subscriptions of "
        + "existing customers. Upgrades or add-ons billed in another system are not in these "
        + "files.",
      weight: Finding.fixedPricesWeight)
  }

  /// `snapshot_history`: an imported company whose revenue history is a snapshot of current
  /// amounts (``ImportSummary/isSnapshot``: a subscriptions table with one row per customer, a
  /// start and no end). Each customer's current price is carried back to its start, so
  /// expansion, contraction and churn before the snapshot are not in the data, and trailing
  /// NDR and GRR, the bridge, cohorts, the backtest and the projection's calibration rest on an
  /// assumed flat history (session 17, import2 lane; trial 16, C5: a ChartMogul customers list
  /// read churn 0 and no expansion, with nothing said). Critical, weight
  /// ``Finding/snapshotHistoryWeight``.
  /// - Returns: The finding, or `nil` for data with a history.
  static func snapshotHistory(_ company: Company) -> Finding? {
    guard company.dataQuality.imported?.isSnapshot == true else { return nil }
    return Finding(
      code: .snapshotHistory, severity: .critical,
      message: "Retention is not measured: the revenue history is a snapshot, one row per "
        + "customer with its start and its current price and no end, so each customer is billed "
        + "today's price back to its start. Upgrades, downgrades and churn before the snapshot "
        + "are not in the data: trailing NDR and GRR, the bridge, cohorts, the backtest and the "
        + "projection's calibration rest on an assumed flat history. Quote headline ARR; read "
        + "every retention figure as unmeasured, not as no churn.",
      weight: Finding.snapshotHistoryWeight)
  }
}
