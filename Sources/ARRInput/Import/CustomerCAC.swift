import ARRCore

/// A customer list's `CAC` column, averaged into the company's acquisition cost for LTV:CAC
/// (`docs/import.md`, "Customer list"; decided, session 23, lead: trial 21, E1, a list's per-
/// customer `cac` was ignored, so LTV:CAC never showed though the data held it).
///
/// The CAC of a segment is the mean of its accounts' CAC cells (accounts without one left out;
/// a 0 is a customer acquired for nothing and counts). When no account with a CAC has a
/// segment, the mean of all of them is the company's one CAC; otherwise each segment label
/// (``Account/segmentLabel``, so accounts without a segment form theirs) gets its own, as
/// company.json's `cac` object gives them. A `cac` company.json gives is not overridden: an
/// import has none, so this applies only to what the files hold.
enum CustomerCAC {
  /// Sets `profile`'s CAC from `accounts`' CAC cells.
  /// - Returns: The note saying what was averaged, or `nil` when no account has a CAC.
  /// - Complexity: O(accounts).
  static func apply(_ accounts: [ImportedAccount], to profile: inout CompanyProfile) -> String? {
    var sums: [String: (cents: Int64, count: Int)] = [:]
    var hasSegment = false
    var isOverflow = false
    for a in accounts {
      guard let cac = a.cac else { continue }
      let label =
        a.segment.map { $0.isEmpty ? Account.noSegmentLabel : $0 } ?? Account.noSegmentLabel
      if label != Account.noSegmentLabel { hasSegment = true }
      let have = sums[label] ?? (0, 0)
      let (sum, overflow) = have.cents.addingReportingOverflow(cac)
      isOverflow = isOverflow || overflow
      sums[label] = (sum, have.count + 1)
    }
    guard !sums.isEmpty else { return nil }
    guard !isOverflow else {
      return "The CAC column's amounts are too large to average: no CAC is used"
    }
    // Half up, without adding before dividing: a sum near Int64.max must not overflow.
    func mean(_ s: (cents: Int64, count: Int)) -> Int64 {
      let (q, r) = s.cents.quotientAndRemainder(dividingBy: Int64(s.count))
      return 2 * r >= Int64(s.count) ? q + 1 : q
    }
    let counted = sums.values.reduce(0) { $0 + $1.count }
    if hasSegment {
      profile.cacBySegment = sums.mapValues(mean)
      let listed = sums.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
        "\($0) \(Money.text(cents: profile.cacBySegment[$0]!, currency: profile.currency))"
      }
      return "CAC: the customer list's CAC column, averaged by segment over the "
        + "\(Counted.phrase(counted, "account")) that give one (" + listed.joined(separator: ", ")
        + "), is each segment's CAC for LTV:CAC"
    }
    // Without segments every account's label is the same one: a single sum.
    profile.cac = mean(sums[Account.noSegmentLabel]!)
    return "CAC: the customer list's CAC column, averaged over the "
      + "\(Counted.phrase(counted, "account")) that give one "
      + "(\(Money.text(cents: profile.cac!, currency: profile.currency))), is the company's CAC "
      + "for LTV:CAC"
  }

  /// company.json's `cac` value for `profile`: a number, or an object by segment; `nil` when
  /// it has none.
  static func json(_ profile: CompanyProfile) -> String? {
    if !profile.cacBySegment.isEmpty {
      let members = profile.cacBySegment.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        .map {
          JSONValue.string($0).serialized(pretty: false) + ": "
            + JSONValue.money(profile.cacBySegment[$0]!).serialized(pretty: false)
        }
      return "{" + members.joined(separator: ", ") + "}"
    }
    return profile.cac.map { JSONValue.money($0).serialized(pretty: false) }
  }

  /// Headers of a customer's acquisition channel (after ``CubeLayout/headerKey(_:)``).
  static let channelHeaders: Set<String> = [
    "channel", "acquisition channel", "lead source", "acquisition source",
    "marketing channel", "utm source",
  ]

  /// The note for a customer list's acquisition-channel column among its `ignored` headers:
  /// not read, and how to cut the report by it (trial 21, E1: churn by channel differed 4× and
  /// was invisible). `nil` without one.
  static func channelHint(_ ignored: [String], file: String) -> String? {
    guard let c = ignored.first(where: { channelHeaders.contains(CubeLayout.headerKey($0)) })
    else { return nil }
    return "\(file): column \"\(c)\" names each customer's acquisition channel and is not "
      + "read; rename it `segment` to see classes, retention and LTV by channel"
  }
}
