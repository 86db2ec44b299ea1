import ARRCore

/// A ledger's cancel flag column (KKBox's `is_cancel`; `docs/import.md`, "Invoice ledger",
/// "Cancel flag"): an account whose **latest** line (by date, then line) is flagged cancelled
/// leaves when that line's service ends (its invoice date when it has no service period). That
/// day is its cancel date: the cancellation signal in its score, and a note says how many were
/// read. A flagged line followed by a later line of its account was a cancellation undone (the
/// member paid again): not read, counted in the note. A cancel date the data already gives is
/// kept.
///
/// Decided in session 20 (lead; trial 18a, K2): `is_cancel` was listed among the ignored
/// columns and members who had cancelled were scored with no cancellation signal.
enum LedgerCancellations {
  /// Reads the cancel flags of `entries` into `company`'s accounts, with a note.
  /// - Parameters:
  ///   - entries: The file's used lines (their `account` indexes `company.accounts`).
  ///   - flagHeader: The cancel flag column's header, `nil` when the file has none (nothing is
  ///     done).
  ///   - unread: The flag cells that are not yes/no: how many, and the first.
  ///   - file: The file's name, for the note.
  /// - Complexity: O(lines + accounts).
  static func apply(
    _ entries: [LedgerEntry], flagHeader: String?,
    unread: (count: Int, first: (text: String, line: Int)?), file: String,
    into company: inout ImportedCompany
  ) {
    guard let flagHeader else { return }
    var latest = [Int?](repeating: nil, count: company.accounts.count)
    for (i, e) in entries.enumerated() where e.account < latest.count {
      if let j = latest[e.account], (entries[j].date, entries[j].line) > (e.date, e.line) {
        continue
      }
      latest[e.account] = i
    }
    var read = 0
    var example: (id: String, end: CivilDate)?
    for case let i? in latest where entries[i].isCancel {
      let e = entries[i]
      guard company.accounts[e.account].cancelDate == nil else { continue }
      let end = e.period?.end ?? e.date
      company.accounts[e.account].cancelDate = end
      company.accounts[e.account].inferred.insert(.cancelDate)
      read += 1
      if example == nil { example = (company.accounts[e.account].id, end) }
    }
    let undone = entries.indices.filter { i in
      entries[i].isCancel && entries[i].account < latest.count && latest[entries[i].account] != i
    }.count
    var parts = [String]()
    if let example {
      parts.append(
        "the latest line of \(Counted.phrase(read, "account")) is flagged cancelled: each "
          + "leaves when that line's service ends, read as its cancel date (the cancellation "
          + "signal in its score; e.g. \"\(example.id)\", \(example.end))")
    }
    if undone > 0 {
      parts.append(
        "\(Counted.phrase(undone, "line")) flagged cancelled \(undone == 1 ? "is" : "are") "
          + "followed by a later line of \(undone == 1 ? "its" : "their") account (paid again): "
          + "not read as \(undone == 1 ? "a cancellation" : "cancellations")")
    }
    if let first = unread.first {
      parts.append(
        "\(Counted.phrase(unread.count, "cell")) \(unread.count == 1 ? "is" : "are") not yes/no "
          + "(e.g. \"\(first.text)\" on line \(first.line)): read as not cancelled")
    }
    guard !parts.isEmpty else { return }
    company.log.notes.append("\(file): \"\(flagHeader)\": " + parts.joined(separator: "; "))
  }
}
