import ARRCore

/// Void or cancelled invoice lines, and the negative lines that reverse them
/// (`docs/import.md`, "Invoice ledger"). A German invoice list keeps a cancelled invoice
/// (`storniert`: an issued invoice may not be deleted) beside its cancellation document, a
/// `Stornorechnung` of the negated amount; other systems cancel an invoice (`cancelled`) with a
/// credit note. The void line is skipped, so reading its reversal cancelled the invoice twice
/// (review 11, F18: a month's revenue read 0 and the customer quarterly). Each void line is
/// paired with one used line of the same customer, the negated amount, dated on or after it
/// (the earliest such); the pair is skipped, with a finding.
struct VoidReversals {
  /// A skipped void line: its customer, date and amount, when readable.
  private var voids: [(key: String, date: CivilDate, cents: Int64, line: Int)] = []

  /// An account and an amount reversed.
  private struct Pair: Hashable {
    var account: Int
    var cents: Int64
  }

  /// Records a void line of customer `key`; one without a date or a positive amount reverses
  /// nothing.
  mutating func add(key: String, date: CivilDate?, cents: Int64?, line: Int) {
    guard !key.isEmpty, let date, let cents, cents > 0 else { return }
    voids.append((key, date, cents, line))
  }

  /// Removes from `data` each void line's reversal, skipped in `log` (file `fileIndex`) and
  /// counted in a finding, and an account left without lines (its only line reversed a void
  /// invoice); `accounts` maps a customer to its account index, `money` writes an amount.
  func skipReversals(
    in data: inout LedgerData, accounts: [String: Int], file: String, fileIndex: Int,
    log: inout ImportLog, money: (Int64) -> String
  ) {
    let entries = data.entries
    guard !voids.isEmpty else { return }
    // The negative lines by account and amount reversed, earliest first.
    var negatives = [Pair: [Int]]()
    for i in entries.indices where entries[i].amount < 0 {
      negatives[Pair(account: entries[i].account, cents: 0 &- entries[i].amount), default: []]
        .append(i)
    }
    for k in negatives.keys {
      negatives[k]!.sort {
        (entries[$0].date, entries[$0].line) < (entries[$1].date, entries[$1].line)
      }
    }
    var reversing = [Int: Int]()  // entry index → the void line it reverses
    for v in voids {
      guard let a = accounts[v.key], let bucket = negatives[Pair(account: a, cents: v.cents)],
        let match = bucket.first(where: { reversing[$0] == nil && entries[$0].date >= v.date })
      else { continue }
      reversing[match] = v.line
    }
    guard !reversing.isEmpty else { return }
    var cents: Int64 = 0
    for i in reversing.keys.sorted() {
      let e = entries[i]
      cents = cents &+ (0 &- e.amount)
      log.files[fileIndex].rowsUsed -= 1
      log.skip(
        file: fileIndex, line: e.line, kind: .voidOrDraft,
        reason: "reverses the void invoice on line \(reversing[i]!), skipped with it")
    }
    let first = reversing.min { entries[$0.key].line < entries[$1.key].line }!
    let n = reversing.count
    log.findings.append(
      "\(file): \(n) negative line\(n == 1 ? "" : "s") (\(money(cents)) in all, first on line "
        + "\(entries[first.key].line), reversing line \(first.value)) "
        + "\(n == 1 ? "reverses" : "reverse") a void or cancelled invoice of the same customer "
        + "and amount: read as \(n == 1 ? "its" : "their") cancellation document"
        + "\(n == 1 ? "" : "s") (a Stornorechnung, a credit note cancelling it) and skipped with "
        + "\(n == 1 ? "it" : "them"), since the void invoice is not billed; if one is a credit "
        + "for something else, revenue is overstated by up to that amount")
    data.entries = entries.indices.filter { reversing[$0] == nil }.map { entries[$0] }
    let used = Set(data.entries.map(\.account))
    guard used.count < data.accounts.count else { return }
    var renumbered = [Int](repeating: -1, count: data.accounts.count)
    var kept = [ImportedAccount]()
    for a in data.accounts.indices where used.contains(a) {
      renumbered[a] = kept.count
      kept.append(data.accounts[a])
    }
    data.accounts = kept
    for i in data.entries.indices { data.entries[i].account = renumbered[data.entries[i].account] }
  }
}
