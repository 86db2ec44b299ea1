import ARRCore
import ARRScoring

extension Analysis {
  /// `segments_like_ids`: more than ``Finding/segmentsLikeIDsMinimum`` distinct segment values,
  /// at least ``Finding/segmentsLikeIDsShare`` of the number of accounts. Such a column is an
  /// id, a name or a free-text field, not a segmentation: each segment's figures describe one
  /// or two accounts.
  /// - Parameters:
  ///   - scoring: The scoring (its class mix by segment has one group per segment value, and
  ///     one keyed ``Account/noSegmentLabel`` for accounts without a segment).
  ///   - accounts: The company's accounts.
  /// - Complexity: O(segments).
  static func segmentsLikeIDs(_ scoring: ScoringResult, accounts: Int, f: NumberFormat)
    -> Finding?
  {
    let named = scoring.bySegment.count { $0.key != Account.noSegmentLabel }
    guard named > Finding.segmentsLikeIDsMinimum,
      Double(named) >= Finding.segmentsLikeIDsShare * Double(accounts)
    else { return nil }
    return Finding(
      code: .segmentsLikeIDs, severity: .warning,
      message: "The segment column has \(f.integer(named)) distinct values for "
        + "\(f.integer(accounts)) accounts: it reads like an id or a free-text field, not a "
        + "segmentation, so each segment's class mix, retention curve and LTV describe one or "
        + "two accounts. The reports name the segments with the most recurring ARR and sum the "
        + "others.",
      weight: Finding.segmentsLikeIDsWeight)
  }
}
