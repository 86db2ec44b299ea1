import ARRCore
import ARRScoring

/// The segments the Markdown report and its charts name one by one: every segment when there
/// are at most ``limit``, else the ``limit`` with the most recurring ARR (ties by name, in byte
/// order); the others are folded into one row where a table can sum them, and counted in a
/// sentence where it cannot (an LTV or a benchmark band is not a sum). `report.json` and
/// `accounts.csv` keep every segment.
///
/// Why: a segment column in a data room is sometimes a free-text field (a country, an owner, a
/// plan name with a date in it) with hundreds of values; a board report with a 400-row table
/// per section is not read. Twelve rows fit a slide.
struct ListedSegments: Sendable {
  /// Most segments named one by one.
  static let limit = 12

  /// Labels (as the tables print them) of the segments named one by one.
  let labels: Set<String>
  /// The class mix of every segment not named, in the scoring's order.
  let folded: [GroupClassMix]

  /// - Parameter groups: The class mix of every segment (``ScoringResult/bySegment``).
  init(_ groups: [GroupClassMix]) {
    guard groups.count > Self.limit else {
      labels = Set(groups.map { Self.label($0.key) })
      folded = []
      return
    }
    let arr = groups.map(\.mix.recurringARR)
    let ranked = groups.indices.sorted { a, b in
      arr[a] != arr[b]
        ? arr[a] > arr[b] : groups[a].key.utf8.lexicographicallyPrecedes(groups[b].key.utf8)
    }
    let listed = Set(ranked.prefix(Self.limit))
    labels = Set(listed.map { Self.label(groups[$0].key) })
    folded = groups.indices.filter { !listed.contains($0) }.map { groups[$0] }
  }

  /// The label a table prints for segment `key` (`(no segment)` for none).
  static func label(_ key: String) -> String { key.isEmpty ? Account.noSegmentLabel : key }

  /// Whether segment `key` (or its label) is named one by one.
  func isListed(_ key: String) -> Bool { labels.contains(Self.label(key)) }

  /// Whether some segments are folded.
  var isFolding: Bool { !folded.isEmpty }

  /// The folded segments' class mix, summed: per class the accounts, recurring ARR and
  /// quality-adjusted ARR add up, and the shares are of the sums.
  var foldedMix: ClassMix {
    let classes = RevenueClass.allCases.map { k in
      (
        accounts: folded.reduce(0) { $0 + $1.mix[k].accounts },
        arr: folded.reduce(Int64(0)) { $0 + $1.mix[k].recurringARR },
        qualityAdjusted: folded.reduce(Int64(0)) { $0 + $1.mix[k].qualityAdjustedARR }
      )
    }
    let arr = classes.reduce(Int64(0)) { $0 + $1.arr }
    let accounts = classes.reduce(0) { $0 + $1.accounts }
    return ClassMix(
      classes: classes.map {
        ClassSummary(
          accounts: $0.accounts, recurringARR: $0.arr, qualityAdjustedARR: $0.qualityAdjusted,
          arrShare: arr > 0 ? Double($0.arr) / Double(arr) : 0,
          logoShare: accounts > 0 ? Double($0.accounts) / Double(accounts) : 0)
      })
  }

  /// The folded row's label: "388 other segments".
  var foldedLabel: String {
    folded.count == 1 ? "1 other segment" : "\(folded.count) other segments"
  }

  /// A sentence for a section whose table names only the listed segments: how many are left
  /// out and where to find them; empty when none is.
  /// - Parameter what: What the left-out rows would have shown ("their LTV").
  func leftOutSentence(_ what: String) -> String {
    guard isFolding else { return "" }
    return "The \(foldedLabel) (of \(labels.count + folded.count)) are not listed here; "
      + "report.json has \(what).\n\n"
  }
}
