import ARRCore

/// A ledger's cancel flag column (KKBox's `is_cancel`; `docs/import.md`, "Invoice ledger",
/// "Cancel flag") or notice column (RevenueCat's `unsubscribe_detected_at`, `will_renew` no):
/// an account whose **latest** line (by date, then line) is so marked leaves when that line's
/// service ends (its invoice date when it has no service period). That day is its cancel date:
/// the cancellation signal in its score, and a note says how many were read. A marked line
/// followed by a later line of its account was a cancellation undone (the member paid again):
/// not read, counted in the note. A cancel date the data already gives is kept.
///
/// Decided in session 20 (lead; trial 18a, K2): `is_cancel` was listed among the ignored
/// columns and members who had cancelled were scored with no cancellation signal. Session 24
/// (t24a lane; trial 22, T22-4): RevenueCat's time auto-renew was turned off was ignored too,
/// and 11% of the sample's ARR was said to renew; a notice ends the account with its paid
/// period, as the flag does.
enum LedgerCancellations {
  /// What a column marks on a line, in the note's words.
  enum Mark: Sendable {
    /// A yes/no cancel flag (`is_cancel`, `cancel_at_period_end`).
    case cancelFlag
    /// A notice: the time auto-renew was turned off, or a will-renew no.
    case notice(isDate: Bool)

    /// How an account's latest line so marked is described.
    var latest: String {
      switch self {
      case .cancelFlag: "is flagged cancelled"
      case .notice: "says auto-renew was turned off (notice given)"
      }
    }
    /// A marked line, for one line and for several.
    var marked: (one: String, many: String) {
      switch self {
      case .cancelFlag: ("flagged cancelled", "flagged cancelled")
      case .notice: ("with auto-renew turned off", "with auto-renew turned off")
      }
    }
    /// What a marked line followed by a later one is not read as.
    var undone: (one: String, many: String) {
      switch self {
      case .cancelFlag: ("a cancellation", "cancellations")
      case .notice: ("a notice", "notices")
      }
    }
    /// What a cell not read is not.
    var unread: String {
      switch self {
      case .cancelFlag: "not yes/no"
      case .notice(let isDate): isDate ? "not a date" : "not yes/no"
      }
    }
    /// What such a cell is read as.
    var readAs: String {
      switch self {
      case .cancelFlag: "not cancelled"
      case .notice: "no notice"
      }
    }
  }

  /// Reads the marks of `entries` into `company`'s accounts, with a note.
  /// - Parameters:
  ///   - entries: The file's used lines (their `account` indexes `company.accounts`).
  ///   - isMarked: Whether a line is marked (``LedgerEntry/isCancel`` or
  ///     ``LedgerEntry/isNotice``).
  ///   - mark: What the mark says, for the note.
  ///   - flagHeader: The column's header, `nil` when the file has none (nothing is done).
  ///   - unread: The cells that are not read as a mark or its absence: how many, and the first.
  ///   - file: The file's name, for the note.
  /// - Complexity: O(lines + accounts).
  static func apply(
    _ entries: [LedgerEntry], isMarked: (LedgerEntry) -> Bool = \.isCancel,
    mark: Mark = .cancelFlag, flagHeader: String?,
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
    for case let i? in latest where isMarked(entries[i]) {
      let e = entries[i]
      guard company.accounts[e.account].cancelDate == nil else { continue }
      let end = e.period?.end ?? e.date
      company.accounts[e.account].cancelDate = end
      company.accounts[e.account].inferred.insert(.cancelDate)
      read += 1
      if example == nil { example = (company.accounts[e.account].id, end) }
    }
    let undone = entries.indices.filter { i in
      isMarked(entries[i]) && entries[i].account < latest.count
        && latest[entries[i].account] != i
    }.count
    var parts = [String]()
    if let example {
      parts.append(
        "the latest line of \(Counted.phrase(read, "account")) \(mark.latest): each "
          + "leaves when that line's service ends, read as its cancel date (the cancellation "
          + "signal in its score; e.g. \"\(example.id)\", \(example.end))")
    }
    if undone > 0 {
      parts.append(
        "\(Counted.phrase(undone, "line")) "
          + "\(undone == 1 ? mark.marked.one : mark.marked.many) \(undone == 1 ? "is" : "are") "
          + "followed by a later line of \(undone == 1 ? "its" : "their") account (paid again): "
          + "not read as \(undone == 1 ? mark.undone.one : mark.undone.many)")
    }
    if let first = unread.first {
      parts.append(
        "\(Counted.phrase(unread.count, "cell")) \(unread.count == 1 ? "is" : "are") "
          + "\(mark.unread) (e.g. \"\(first.text)\" on line \(first.line)): read as "
          + mark.readAs)
    }
    guard !parts.isEmpty else { return }
    company.log.notes.append("\(file): \"\(flagHeader)\": " + parts.joined(separator: "; "))
  }
}
