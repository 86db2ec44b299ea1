import ARRAnalysis
import ARRCore

extension MarkdownReport {
  /// The ARR walk's sentence on one-time revenue kept out of ARR, when the data holds any: what
  /// the last 12 months billed once, and the whole history's, so a reader sees it was seen and
  /// not counted (session 50, imp lane; trial 48, T48-20). Under the walk, not in the summary
  /// table: page one has no room for a row (``Finding/pageOneLimit``'s printed page).
  static func oneTimeNote(_ c: ReportContext) -> String {
    let f = c.format
    let o = c.company.oneTimeRevenue
    guard o.total > 0 else { return "" }
    let months = min(12, c.company.revenue.oneTimeByMonth.count)
    let window =
      months == 1
      ? f.month(c.company.asOf) : "the \(months) months to \(f.month(c.company.asOf))"
    return "One-time revenue (setup, services and other fees billed once) is in no figure above: "
      + "\(f.compactMoney(cents: o.lastTwelveMonths)) in \(window), "
      + "\(f.compactMoney(cents: o.total)) since \(f.month(c.company.firstMonth)).\n\n"
  }
}
