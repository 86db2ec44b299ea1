import ARRCore
import ARRProjection
import ARRScoring

/// The segments a report names one by one: every segment when there are at most `limit` + 1,
/// else the `limit` with the most recurring ARR (ties by name, in byte order); the others are
/// pooled where a table can pool them (the class mix sums them; the benchmarks measure their
/// accounts together), and counted where it cannot (an LTV needs a segment's own curve). The
/// Markdown and its charts name ``limit`` (12), `report.json` ``jsonLimit`` (100);
/// `accounts.csv` keeps every account's segment.
///
/// Why: a segment column in a data room is sometimes a free-text field (a country, an owner, a
/// plan name with a date in it) with hundreds of values, or an id with one value per account;
/// a board report with a 400-row table per section is not read. Twelve rows fit a slide. The
/// JSON names more (a program can read a long list), but not one curve and LTV per account:
/// at 100,000 one-account segments those were 185 MB of a 236 MB `report.json`, built in
/// memory at 16× the input (docs/performance.md, *Eleventh session: memory on hostile shapes*).
struct ListedSegments: Sendable {
  /// Most segments the Markdown names one by one.
  static let limit = 12
  /// Most segments `report.json` names one by one: those the projection makes curves and
  /// LTVs for (``Projection/segmentLimit``).
  static let jsonLimit = Projection.segmentLimit

  /// Labels (as the tables print them) of the segments named one by one.
  let labels: Set<String>
  /// The same labels, most recurring ARR first (ties by name): a chart with room for fewer
  /// takes the first.
  let ranked: [String]
  /// The class mix of every segment not named, in the scoring's order.
  let folded: [GroupClassMix]

  /// - Parameters:
  ///   - groups: The class mix of every segment (``ScoringResult/bySegment``).
  ///   - limit: Most segments named (``limit`` or ``jsonLimit``).
  init(_ groups: [GroupClassMix], limit: Int = Self.limit) {
    let order = ScoringResult.segmentsByRecurringARR(groups)
    // One segment over the limit is listed rather than folded: a row of "1 other segment"
    // saves no room.
    let count = groups.count > limit + 1 ? limit : groups.count
    let listed = Set(order.prefix(count))
    ranked = order.prefix(count).map { Self.label(groups[$0].key) }
    labels = Set(ranked)
    folded = groups.indices.filter { !listed.contains($0) }.map { groups[$0] }
  }

  /// The label a table prints for segment `key` (`(no segment)` for none).
  static func label(_ key: String) -> String { key.isEmpty ? Account.noSegmentLabel : key }

  /// Whether segment `key` (or its label) is named one by one.
  func isListed(_ key: String) -> Bool { labels.contains(Self.label(key)) }

  /// Whether some segments are folded.
  var isFolding: Bool { !folded.isEmpty }

  /// Whether a report that folds with this listing shows segment `key` (or its label): every
  /// segment when none is folded, else the listed ones.
  func isShown(_ key: String) -> Bool { !isFolding || isListed(key) }

  /// The folded segments' class mix, summed: per class (in ``RevenueClass/index`` order, as
  /// ``RevenueClass/allCases``) the accounts, recurring ARR and quality-adjusted ARR add up,
  /// and the shares are of the sums.
  var foldedMix: ClassMix {
    let classes = RevenueClass.allCases
    return ClassMix(
      accounts: classes.map { k in folded.reduce(0) { $0 + $1.mix[k].accounts } },
      arr: classes.map { k in folded.reduce(Int64(0)) { $0 + $1.mix[k].recurringARR } },
      qualityAdjusted: classes.map { k in
        folded.reduce(Int64(0)) { $0 + $1.mix[k].qualityAdjustedARR }
      })
  }

  /// The folded row's label: "388 other segments" (never one: see ``init(_:)``).
  var foldedLabel: String { CountText.grouped(folded.count) + " other segments" }

  /// Whether `report.json` names fewer segments than the company has (more than
  /// ``jsonLimit`` + 1).
  var isFoldingInJSON: Bool { labels.count + folded.count > Self.jsonLimit + 1 }

  /// A sentence for a section whose table names only the listed segments: how many are left
  /// out and where to find them; empty when none is.
  /// - Parameter what: What the left-out rows would have shown ("their LTV").
  func leftOutSentence(_ what: String) -> String {
    guard isFolding else { return "" }
    return "The \(foldedLabel) (of \(CountText.grouped(labels.count + folded.count))) are not "
      + "listed here; "
      + "report.json has \(what)"
      + (isFoldingInJSON
        ? " for the \(CountText.grouped(Self.jsonLimit)) with the most recurring ARR" : "")
      + ".\n\n"
  }
}
