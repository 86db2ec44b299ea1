/// The account a `monthly.csv` reader tries first (``AccountIndex/find(_:near:)``), and whether
/// trying it pays.
///
/// Files that group an account's rows, or list accounts in the same order every month, find the
/// next row's account at or just after the previous one nearly always, which saves a table
/// probe. A file whose rows come in no order almost never does, and each failed guess costs
/// cache misses before the probe. So the guess is used only while it would have hit at least
/// half the rows of the last ``window``: whether it would have hit is known for free from the
/// account found, so a file that turns ordered again is noticed within one window. The guess
/// never changes which account is found, only how fast.
struct LookupHint: Sendable {
  /// Rows per evaluation of the hit rate.
  static let window = 1_024
  /// The previous row's account (-1 before the first).
  private var previous = -1
  /// Where the previous row's account's record starts in the id table (-1 when not known).
  private var previousRecord = -1
  private var rows = 0
  private var hits = 0
  /// Whether to look rows up one at a time, trying ``guess`` first.
  private(set) var isWorthTrying = true

  /// The record to try first (``AccountIndex/find(_:nearRecord:)``), or -1 for none.
  var guess: Int { isWorthTrying ? previousRecord : -1 }

  /// Records the account a row was found to belong to, and where its record starts in the id
  /// table (-1 when the lookup did not say: rows in no order, looked up together).
  /// - Complexity: O(1).
  @inline(__always)
  mutating func found(_ account: Int, record: Int = -1) {
    previousRecord = record
    if previous >= 0 && account >= previous && account <= previous + AccountIndex.hintReach {
      hits += 1
    }
    rows += 1
    if rows == Self.window {
      isWorthTrying = hits * 2 >= rows
      rows = 0
      hits = 0
    }
    previous = account
  }
}
