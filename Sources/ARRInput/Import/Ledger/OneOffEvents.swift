import ARRCore

/// Charges that name a one-off event or a project's numbered deliverable: one-time, whatever
/// their amount's rhythm or size (`docs/import.md`, "What a line is", rule 2).
///
/// Session 45, imp lane (review 44b): X-8, a new account's only invoice, `Oct-Dec 2024
/// leadership workshop series`, 6,000, was spread over a term by its size, $60,000 for $36,000;
/// X-5, `Data migration project - phase 1`, `phase 2`, `phase 3`, 5,000 each a quarter apart,
/// was read as a quarterly fee, $56,000 for $36,000, with no range.
extension LedgerImporter {
  /// Words naming an event billed once (as the services words do): a workshop, a seminar.
  static let oneOffEventWords = ["workshop", "workshops", "seminar", "seminars", "bootcamp"]

  /// Words a project numbers its deliverables by.
  static let deliverableWords: Set<String> = ["phase", "milestone", "stage", "deliverable"]

  /// A description's numbered deliverable: its words up to a deliverable word followed by a
  /// number (`data migration project phase` for `Data migration project - phase 3, final
  /// sign-off`), and that number; `nil` when it names none.
  static func deliverable(_ text: String) -> (key: String, number: Int)? {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    guard
      let k = words.indices.dropLast().first(where: {
        deliverableWords.contains(String(words[$0])) && Int(words[$0 + 1]) != nil
      }), let n = Int(words[k + 1])
    else { return nil }
    return (words[...k].joined(separator: " "), n)
  }

  /// The indices of `entries` (positive, untyped, no period given) that bill an account's
  /// numbered deliverables: two lines or more whose descriptions are alike up to `phase`,
  /// `milestone`, `stage` or `deliverable` and a number, their numbers not all one (`phase 1`,
  /// `phase 2`, `phase 3, final sign-off`). One number repeated (`Enterprise plan - stage 2` every month) is
  /// no sequence.
  /// - Complexity: O(lines).
  static func numberedDeliverables(_ entries: [LedgerEntry]) -> [Int] {
    struct Key: Hashable {
      var account: Int
      var text: String
    }
    var groups = [Key: [(index: Int, number: Int)]]()
    var deliverables = DescriptionMemo(deliverable)
    for (i, e) in entries.enumerated()
    where e.amount > 0 && e.kind == nil && e.period == nil && !e.description.isEmpty {
      guard let d = deliverables(e.description) else { continue }
      groups[Key(account: e.account, text: d.key), default: []].append((i, d.number))
    }
    return groups.values.filter { Set($0.map(\.number)).count > 1 }.flatMap { $0.map(\.index) }
      .sorted()
  }
}
