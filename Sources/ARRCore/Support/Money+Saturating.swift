/// Sums and products of cents that saturate instead of trapping, for the places that check the
/// result against the money bound afterwards (an importer's shift, a skipped total, a note's
/// figure): one definition rather than a copy per importer (review, session 30).
extension Money {
  /// `a + b`, or `Int64.max` (`Int64.min` when `b` is negative) when it overflows.
  /// - Complexity: O(1).
  public static func saturatingSum(_ a: Int64, _ b: Int64) -> Int64 {
    let (s, o) = a.addingReportingOverflow(b)
    return o ? (b < 0 ? .min : .max) : s
  }

  /// `a × k`, or `Int64.max` (`Int64.min` when the signs differ) when it overflows.
  /// - Complexity: O(1).
  public static func saturatingProduct(_ a: Int64, times k: Int64) -> Int64 {
    let (p, o) = a.multipliedReportingOverflow(by: k)
    return o ? ((a < 0) != (k < 0) ? .min : .max) : p
  }
}
