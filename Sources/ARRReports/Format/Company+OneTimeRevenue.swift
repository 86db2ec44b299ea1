import ARRCore

/// One-time revenue the data holds, kept out of every ARR figure (`docs/metrics.md`, "One-time
/// revenue"; session 50, imp lane; trial 48, T48-20: setup, services and hardware lines were left
/// out of ARR with no word beside the recurring figures, so a reader could not tell they had been
/// seen and not counted).
extension Company {
  /// One-time revenue (setup, services and other fees billed once) in cents: over the whole
  /// history from ``firstMonth``, and over the last 12 months through the as-of month (all of
  /// them when the history is shorter); each sum saturates rather than overflows.
  var oneTimeRevenue: (total: Int64, lastTwelveMonths: Int64) {
    let months = revenue.oneTimeByMonth
    func sum(_ cells: ArraySlice<Int64>) -> Int64 {
      cells.reduce(Int64(0)) { a, b in
        let (s, o) = a.addingReportingOverflow(b)
        return o ? (b > 0 ? Int64.max : Int64.min) : s
      }
    }
    return (sum(months[...]), sum(months.suffix(12)))
  }
}
