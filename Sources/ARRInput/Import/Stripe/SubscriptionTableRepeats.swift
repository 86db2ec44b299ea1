import ARRCore

/// A subscriptions table's rows equal to an earlier row in every cell but their id-like columns
/// (`docs/import.md`, "Subscriptions table"; session 21, trial20 lane; trial 20, E2: two rows of
/// one customer, the same in every column but an ignored `subscription_id`, were added up in
/// silence, doubling the customer's MRR).
///
/// Decided: such a row is counted, as another subscription of its customer (its id says it is
/// one, and two subscriptions at one price are possible), as a row equal cell for cell is; a
/// finding counts them and names the first and the line it repeats, and the low end of the
/// customer's as-of MRR range reads each as the same subscription written twice
/// (``AmbiguityCause/repeatedRows``). Dropping them would hide a real second subscription;
/// refusing would stop a whole data room over what a range can price.
struct SubscriptionTableRepeats {
  /// Unread columns whose header names an identifier (its last word `id`, `uuid`, `guid`,
  /// `key`, `oid`, `number`, `no` or `nr`: `subscription_id`, `Row ID`, `invoice no`).
  let idColumns: [Int]
  private let names: [String]
  /// Per row key (the cells but the id columns): the first line and its id cells.
  private var seen = [[String]: (line: Int, ids: [String])]()
  /// Whether the last row seen repeating an earlier one differs from it in an id.
  private(set) var lastDiffersByID = false
  private var count = 0
  private var example: (line: Int, first: Int, column: Int)?

  /// The last words that make a header an identifier's.
  static let idWords: Set<String> = ["id", "uuid", "guid", "key", "oid", "number", "no", "nr"]

  init(header: [String], assigned: Set<Int>) {
    idColumns = header.indices.filter { c in
      guard !assigned.contains(c) else { return false }
      let words = LedgerLayout.normalized(header[c]).split(separator: " ")
      return words.last.map { Self.idWords.contains(String($0)) } ?? false
    }
    names = header
  }

  /// The line of the first row equal to `cells` but for the id columns (`line` when none is):
  /// a later row is a repeat, counted when its ids differ (``lastDiffersByID``).
  mutating func see(_ cells: [String], line: Int) -> Int {
    var key = [String]()
    key.reserveCapacity(cells.count)
    var ids = [String]()
    var k = 0
    for (c, cell) in cells.enumerated() {
      if k < idColumns.count && idColumns[k] == c {
        ids.append(cell)
        k += 1
      } else {
        key.append(cell)
      }
    }
    guard let earlier = seen[key] else {
      seen[key] = (line, ids)
      lastDiffersByID = false
      return line
    }
    lastDiffersByID = earlier.ids != ids
    if lastDiffersByID {
      count += 1
      if example == nil {
        let column = zip(idColumns, zip(earlier.ids, ids)).first { $0.1.0 != $0.1.1 }?.0
        example = (line, earlier.line, column ?? idColumns[0])
      }
    }
    return earlier.line
  }

  /// The finding for rows equal to an earlier one but for an id; `nil` when there is none.
  func finding(file: String) -> String? {
    guard let e = example else { return nil }
    return
      "\(file): \(Counted.phrase(count, "row", verb: ("repeats", "repeat"))) an earlier row in "
      + "every column but \"\(names[e.column])\" (line \(e.line) repeats line \(e.first) but for "
      + "it): each is counted, as another subscription of its customer; if they are one "
      + "subscription written twice, every month of theirs is counted twice: headline ARR is "
      + "given as that range"
  }

  /// The as-of MRR of `group`'s repeating rows billed at `asOf` (a row handing that month over
  /// to a later one bills nothing in it).
  static func mrr(_ group: [StripeSubscription], asOf: Month) -> Int64 {
    var cents: Int64 = 0
    for s in group where s.isRepeat && s.isBilled(asOf) {
      guard StripeSubscriptionImporter.switchMonth(s, among: group) != asOf else { continue }
      cents = Money.saturatingSum(cents, s.mrr ?? 0)
    }
    return cents
  }
}
