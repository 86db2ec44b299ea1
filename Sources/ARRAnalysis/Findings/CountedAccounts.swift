import ARRCore

/// The accounts a finding counts, found in account ranges on every core: how many, their ARR
/// (12 × as-of MRR, summed wrapping, as the findings' one-thread passes summed it: the same in
/// any order) and the first of them in account order with what the finding says of it.
///
/// (Session 41: `ended_still_paying` and `lapsed_still_paying` each read every account's terms
/// on one thread while the other core idled.)
struct CountedAccounts<Note: Sendable>: Sendable {
  var count = 0
  var arr: Int64 = 0
  /// The first account counted and its note.
  var first: (account: Int, note: Note)?

  /// Counts every account of `company` that `note` gives an as-of MRR and a note for.
  /// - Parameter threshold: Accounts from which the pass is split into account ranges
  ///   (``Concurrent/ranges(_:parallelFrom:)``); tests pass 1 to split a small company.
  /// - Complexity: O(accounts) calls of `note`.
  static func of(
    _ company: Company, parallelFrom threshold: Int = Concurrent.minimumParallelCells,
    _ note: @Sendable (Company.AccountRows, Int) -> (mrr: Int64, note: Note)?
  ) -> CountedAccounts {
    let ranges = Concurrent.ranges(company.accountCount, parallelFrom: threshold)
    let parts = Concurrent.map(ranges) { _, range in
      company.withAccountRows { rows in
        var part = CountedAccounts()
        for i in range {
          guard let (mrr, n) = note(rows, i) else { continue }
          part.count += 1
          part.arr &+= 12 &* mrr
          if part.first == nil { part.first = (i, n) }
        }
        return part
      }
    }
    var whole = CountedAccounts()
    for part in parts {
      whole.count += part.count
      whole.arr &+= part.arr
      if whole.first == nil { whole.first = part.first }
    }
    return whole
  }
}
