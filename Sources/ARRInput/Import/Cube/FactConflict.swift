/// A customer fact (segment, a term, a date…) that a later row of the same customer gives
/// differently from the row whose value is kept: the first non-empty value wins and the
/// difference becomes a finding.
///
/// Kept as a value until the reader is done, rather than as finding text at once, so that a
/// re-reading of a customer's facts (a row left out as restated by a later export) can drop the
/// conflicts of that customer and find them again among its kept rows, without matching text.
struct FactConflict: Sendable, Equatable {
  /// The account's index in the reader's accounts.
  var account: Int
  /// The account's id, as the finding names it.
  var id: String
  /// The fact's name in the finding (`segment`, `end date`…).
  var fact: String
  /// The file and line of the row whose value differs.
  var file: String
  var line: Int
  /// The line of the row whose value is kept.
  var keptLine: Int

  /// The finding's text: `file:line: fact of "id" differs from line N; the first is kept`.
  var finding: String {
    "\(file):\(line): \(fact) of \"\(id)\" differs from line \(keptLine); the first is kept"
  }
}

extension [FactConflict] {
  /// Replaces the conflicts of `accounts` with `fresh` (their re-reading's), keeping the others
  /// in their order; the fresh ones follow.
  /// - Complexity: O(count + fresh.count).
  mutating func replace(of accounts: Set<Int>, with fresh: [FactConflict]) {
    removeAll { accounts.contains($0.account) }
    append(contentsOf: fresh)
  }
}
