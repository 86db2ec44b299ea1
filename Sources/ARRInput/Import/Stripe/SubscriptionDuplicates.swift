/// Rows of a Stripe subscriptions export that name a subscription id seen before
/// (`docs/import.md`, "Stripe exports"): Stripe writes one row per subscription, so the same
/// `id` twice is the same subscription (review 13, F1: two appended exports counted every
/// subscription twice).
///
/// Decided: a row equal cell for cell to an earlier one of the same id is a duplicate, skipped;
/// a row of an id an earlier export (above a repeated header) has is that subscription's newer
/// state and replaces it; two different rows of one id within one export are both read (a
/// subscription's items, if an export writes one row per item), as before.
struct SubscriptionDuplicates: Sendable {
  /// What to do with a row.
  enum Verdict: Sendable, Equatable {
    /// A subscription not seen, or another row of one seen in this export: read it.
    case new
    /// Equal to the row on line `first`: skip it.
    case repeated(first: Int)
    /// The newer state of the subscription read at `index` from line `earlierLine`: replace it.
    case restates(index: Int, earlierLine: Int)
  }

  /// Per id: the export, the index read at, its line and cells.
  private var seen = [String: (export: Int, index: Int, line: Int, cells: [String])]()
  private var export = 0
  /// Duplicates skipped, and the first (its line and the line it repeats).
  private(set) var repeatedCount = 0
  private(set) var repeatedExample: (line: Int, first: Int)?
  /// Rows replaced by a later export's, and the first (the replacing line and the replaced).
  private(set) var restatedCount = 0
  private(set) var restatedExample: (line: Int, earlier: Int)?

  /// A repeated header: the rows below are a later export.
  mutating func startExport() { export += 1 }

  /// The verdict for a row of subscription `id` (empty: no id, always `.new`) with `cells`, on
  /// `line`, which would be read at `index`.
  mutating func see(id: String, cells: [String], line: Int, at index: Int) -> Verdict {
    guard !id.isEmpty else { return .new }
    guard let earlier = seen[id] else {
      seen[id] = (export, index, line, cells)
      return .new
    }
    if earlier.cells == cells {
      repeatedCount += 1
      if repeatedExample == nil { repeatedExample = (line, earlier.line) }
      return .repeated(first: earlier.line)
    }
    guard earlier.export < export else { return .new }
    restatedCount += 1
    if restatedExample == nil { restatedExample = (line, earlier.line) }
    seen[id] = (export, earlier.index, line, cells)
    return .restates(index: earlier.index, earlierLine: earlier.line)
  }

  /// Findings for the rows skipped or replaced; `header` names the id column.
  func findings(file: String, header: String?) -> [String] {
    let column = header.map { "\"\($0)\"" } ?? "id"
    var out = [String]()
    if let e = repeatedExample {
      out.append(
        "\(file): \(Counted.phrase(repeatedCount, "row", verb: ("repeats", "repeat"))) an earlier "
          + "row of the same subscription (\(column)) cell for cell (line \(e.line) repeats line "
          + "\(e.first)): Stripe writes one row per subscription, so each was skipped, not "
          + "counted twice")
    }
    if let e = restatedExample {
      out.append(
        "\(file): \(Counted.phrase(restatedCount, "subscription", verb: ("is", "are"))) in an "
          + "earlier export and again, changed, in a later one below a repeated header (line "
          + "\(e.line) restates line \(e.earlier)): each is read from the later row")
    }
    return out
  }
}
