import ARRCore

/// A subscriptions table's earlier versions of a subscription, and its charge segment numbers
/// (`docs/import.md`, "Subscriptions table": "Amendment versions"; decided, session 26, t26b
/// lane: trial 25, T25-11, a Zuora Rate Plan Charge export summed every `Expired` version
/// beside the version that replaced it, +35% headline ARR, and kept cancelled accounts billing
/// forever through their first version, which has no end).
///
/// Zuora writes an amended subscription as a new version of it: the earlier version's status
/// becomes `Expired` and the new one repeats its charges (Zuora's own gross MRR counts only the
/// versions not `Expired` or `Draft`). With a version column (`version`, `subscription
/// version`), a row is an earlier version, left out, when
/// - a row of the same subscription (its `subscription name`, `subscription number` or
///   `subscription id`) has a higher version (whole numbers), whatever its status;
/// - its status is `Superseded` or `Draft` (never billed as such);
/// - its status is `Expired` and nothing says it is not its subscription's latest version (no
///   subscription column, or versions that are not whole numbers).
/// The latest version of a subscription saying `Expired` is a term that ended: read by its dates,
/// as any ended row. Without a version column nothing is left out (`expired` is then an ended
/// subscription's status, ``SubscriptionStatusCheck``).
enum SubscriptionVersions {
  /// Headers of a subscription's version number.
  static let versionKeys = ["subscription version", "version"]
  /// Headers naming the subscription a version belongs to, in that order.
  static let subscriptionKeys = [
    "subscription name", "subscription number", "subscription id", "subscription",
  ]
  /// Statuses of a version never billed as such (lowercased, separators as spaces).
  static let unbilledStatuses: Set = ["superseded", "draft"]

  /// Per line of `body`, why its row is an earlier version of its subscription; empty without
  /// a version column. `keys` are the header's normalized cells, `header` as written.
  /// - Complexity: O(rows).
  static func superseded(
    _ body: ArraySlice<ImportTable.Record>, keys: [String], header: [String], status: Int?
  ) -> [Int: String] {
    guard let v = versionKeys.lazy.compactMap({ keys.firstIndex(of: $0) }).first else {
      return [:]
    }
    let s = subscriptionKeys.lazy.compactMap { keys.firstIndex(of: $0) }.first
    func cell(_ r: ImportTable.Record, _ c: Int?) -> String {
      guard let c, c < r.cells.count else { return "" }
      return r.cells[c]
    }
    let rows = body.filter { !ImportTable.repeatsHeader($0.cells, header) }
    // The latest version of each subscription, when every version is a whole number.
    var latest = [String: Int]()
    let isOrdered =
      s != nil
      && rows.allSatisfy { r in cell(r, v).isEmpty || Int(cell(r, v)) != nil }
    if isOrdered {
      for r in rows {
        guard let n = Int(cell(r, v)) else { continue }
        latest[cell(r, s), default: n] = max(latest[cell(r, s), default: n], n)
      }
    }
    var out = [Int: String]()
    for r in rows {
      let version = cell(r, v)
      let statusText = cell(r, status)
      let word = LedgerLayout.normalized(statusText)
      if isOrdered, let n = Int(version), let top = latest[cell(r, s)], n < top {
        out[r.line] =
          "version \(n) of subscription \"\(cell(r, s))\", superseded by version \(top) (an "
          + "amendment)"
      } else if unbilledStatuses.contains(word) || (word == "expired" && !isOrdered) {
        out[r.line] =
          "\"\(header[status!])\" \(statusText) on version \(version.isEmpty ? "?" : version)"
          + (s.map { " of subscription \"\(cell(r, $0))\"" } ?? "")
          + (word == "draft" ? " (a draft, never billed)" : " (an earlier version)")
      }
    }
    return out
  }

  /// Headers beside a segment column that make it a charge's segment number (Zuora's
  /// `RatePlanCharge.Segment` beside `IsLastSegment` and `ChargeNumber`).
  static let chargeSegmentKeys: Set = [
    "is last segment", "last segment", "charge number", "charge segment",
  ]

  /// Whether the segment column `column` is a charge's segment number, not the customer's: a
  /// header of ``chargeSegmentKeys`` beside it, and its every cell blank or a whole number from
  /// 1 to 999 (trial 25, T25-11: Zuora's `Segment` 1 and 2 read as customer segments).
  static func isChargeSegment(
    _ body: ArraySlice<ImportTable.Record>, column: Int, keys: [String], header: [String]
  ) -> Bool {
    guard keys.contains(where: chargeSegmentKeys.contains) else { return false }
    return body.allSatisfy { r in
      guard column < r.cells.count, !r.cells[column].isEmpty,
        !ImportTable.repeatsHeader(r.cells, header)
      else { return true }
      return Int(r.cells[column]).map { (1...999).contains($0) } ?? false
    }
  }

  /// Takes the rows of `subs` that are earlier versions out, each skipped as read
  /// (``ImportLog/SkipKind/earlierVersion``), and returns them.
  static func takeOut(
    _ subs: inout [StripeSubscription], fileIndex: Int, log: inout ImportLog
  ) -> [StripeSubscription] {
    let out = subs.filter { $0.supersededReason != nil }
    guard !out.isEmpty else { return [] }
    subs.removeAll { $0.supersededReason != nil }
    for s in out {
      log.skip(file: fileIndex, line: s.line, kind: .earlierVersion, reason: s.supersededReason!)
    }
    return out
  }

  /// The note for the earlier versions taken out (``takeOut(_:fileIndex:log:)``): how many,
  /// the first, and the ARR they would have added at `asOf`, read beside their successors;
  /// `nil` when there are none.
  static func note(
    _ out: [StripeSubscription], asOf: Month, file: String, currency: String?
  ) -> String? {
    guard let first = out.min(by: { $0.line < $1.line }) else { return nil }
    let mrr = out.reduce(Int64(0)) { sum, s in
      s.isBilled(asOf) ? Money.saturatingSum(sum, s.mrr ?? 0) : sum
    }
    let arr = Money.text(
      cents: Money.saturatingProduct(mrr, times: 12), currency: currency)
    return "\(file): \(Counted.phrase(out.count, "row", verb: ("is", "are"))) an earlier version "
      + "of \(out.count == 1 ? "its" : "their") subscription (line \(first.line): "
      + "\(first.supersededReason!)): left out, as the billing system's own MRR leaves them; read "
      + "beside the versions that replaced them, they would add \(arr) of ARR in \(asOf)"
  }
}
