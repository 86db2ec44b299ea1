import ARRAnalysis
import ARRCore

extension JSONReport {
  /// `other_segments`, present only when `report.json` folds segments (``ListedSegments``,
  /// more than ``ListedSegments/jsonLimit`` + 1): how many are not named, their class mix
  /// summed as in `classes`, and their headline and recurring ARR and paying accounts summed
  /// as in `arr_by_segment`. Their retention curves and lifetime values are left out (each
  /// segment has one of each, so `segments` counts them): a curve or an LTV needs a segment's
  /// own accounts and cannot be summed.
  /// - Complexity: O(segments).
  static func otherSegments(_ analysis: Analysis, listed: ListedSegments) -> JSONValue {
    let split = analysis.metrics.split.bySegment.filter { !listed.isListed($0.name) }
    return .object([
      ("segments", .int(Int64(listed.folded.count))),
      ("classes", classes(listed.foldedMix)),
      ("headline", .money(split.reduce(0) { $0 + $1.headline })),
      ("recurring", .money(split.reduce(0) { $0 + $1.recurring })),
      ("accounts", .int(Int64(split.reduce(0) { $0 + $1.accounts }))),
    ])
  }
}
