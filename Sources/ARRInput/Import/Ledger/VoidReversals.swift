import ARRCore

/// Void or cancelled invoice lines, and the lines that reverse them (`docs/import.md`, "Invoice
/// ledger"). A German invoice list keeps a cancelled invoice (`storniert`: an issued invoice may
/// not be deleted) beside its cancellation document, a `Stornorechnung` of the negated amount;
/// other systems cancel an invoice (`cancelled`) with a credit note. The void line is skipped, so
/// reading its reversal cancelled the invoice twice (review 11, F18: a month's revenue read 0 and
/// the customer quarterly). Each void line is paired with at most one used line of the same
/// customer and the negated amount, dated on or after it, the earliest of:
/// 1. a line of the same document (its document number, when the file has a number column);
/// 2. a line naming that document (its reference cell, or a word of its description);
/// 3. for a voided charge only, a line dated in the void's month or the next, which is no line of
///    another invoice (a document with a charge of its own) and refers to no other document.
/// A voided credit note (a credit document's type, or a negative amount) cancels only its own
/// document (1.), never another credit of the same amount (review 12, F1); a line of the third
/// kind is a guess, said in a finding (review 12, F2: a void months before paired with an
/// unrelated credit). Drafts are never voids: they were not issued (``LedgerReader``).
struct VoidReversals {
  /// A skipped void line: its customer, date, document and what it would have billed (a voided
  /// charge positive, a voided credit negative).
  private struct VoidLine {
    var key: String
    var date: CivilDate
    var cents: Int64
    var document: String
    var line: Int
  }
  private var voids: [VoidLine] = []

  /// An account and a signed amount.
  private struct Pair: Hashable {
    var account: Int
    var cents: Int64
  }

  /// How a reversal was found.
  private enum Evidence {
    /// The same document number, or a line naming it.
    case document
    /// The same customer and the negated amount, in the void's month or the next.
    case window
  }

  /// Records a void line of customer `key`, its amount `cents` as written (`nil`: unreadable),
  /// `isCredit` when its type names a credit document (Xero writes a credit note's amount
  /// positive), `document` its number (empty: none). A line without a date or an amount
  /// reverses nothing, nor does a voided credit without a document number.
  mutating func add(
    key: String, date: CivilDate?, cents: Int64?, isCredit: Bool, document: String, line: Int
  ) {
    guard !key.isEmpty, let date, let cents, cents != 0 else { return }
    let billed = isCredit && cents > 0 ? 0 &- cents : cents
    guard billed > 0 || !document.isEmpty else { return }
    voids.append(VoidLine(key: key, date: date, cents: billed, document: document, line: line))
  }

  /// Removes from `data` each void line's reversal, skipped in `log` (file `fileIndex`), with a
  /// finding for those paired by amount and date alone and a note for those paired by their
  /// document, and an account left without lines (its only line reversed a void invoice);
  /// `accounts` maps a customer to its account index, `money` writes an amount.
  func skipReversals(
    in data: inout LedgerData, accounts: [String: Int], file: String, fileIndex: Int,
    log: inout ImportLog, money: (Int64) -> String
  ) {
    guard !voids.isEmpty else { return }
    let entries = data.entries
    // The lines that could reverse a void, by account and amount, earliest first.
    var wanted = Set<Pair>()
    for v in voids {
      if let a = accounts[v.key] { wanted.insert(Pair(account: a, cents: 0 &- v.cents)) }
    }
    var candidates = [Pair: [Int]]()
    // Documents holding a charge: a negative line of one (a discount) is no cancellation
    // document of another invoice.
    var charged = Set<String>()
    for i in entries.indices {
      let e = entries[i]
      if e.amount > 0 && !e.document.isEmpty { charged.insert(e.document) }
      let p = Pair(account: e.account, cents: e.amount)
      if wanted.contains(p) { candidates[p, default: []].append(i) }
    }
    for k in candidates.keys {
      candidates[k]!.sort {
        (entries[$0].date, entries[$0].line) < (entries[$1].date, entries[$1].line)
      }
    }
    var reversing = [Int: (line: Int, evidence: Evidence)]()  // entry index → the void it reverses
    for v in voids {
      guard let a = accounts[v.key],
        let bucket = candidates[Pair(account: a, cents: 0 &- v.cents)]
      else { continue }
      let free = bucket.filter { reversing[$0] == nil && entries[$0].date >= v.date }
      if !v.document.isEmpty,
        let match = free.first(where: { entries[$0].document == v.document })
          ?? free.first(where: { entries[$0].names(document: v.document) })
      {
        reversing[match] = (v.line, .document)
        continue
      }
      guard v.cents > 0 else { continue }
      let last = v.date.month.adding(months: 1)
      if let match = free.first(where: { i in
        let e = entries[i]
        return e.date.month <= last && (e.document.isEmpty || !charged.contains(e.document))
          && (e.reference.isEmpty || e.names(document: v.document))
      }) {
        reversing[match] = (v.line, .window)
      }
    }
    guard !reversing.isEmpty else { return }
    var cents: [Evidence: Int64] = [:]
    for i in reversing.keys.sorted() {
      let e = entries[i]
      let r = reversing[i]!
      cents[r.evidence, default: 0] &+= e.amount < 0 ? 0 &- e.amount : e.amount
      log.files[fileIndex].rowsUsed -= 1
      log.skip(
        file: fileIndex, line: e.line, kind: .voidOrDraft,
        reason: "reverses the void invoice on line \(r.line), skipped with it")
    }
    for evidence in [Evidence.document, .window] {
      let pairs = reversing.filter { $0.value.evidence == evidence }
      guard let first = pairs.min(by: { entries[$0.key].line < entries[$1.key].line }) else {
        continue
      }
      let n = pairs.count
      let lines =
        "\(Counted.phrase(n, "line")) (\(money(cents[evidence]!)) in all, first on line "
        + "\(entries[first.key].line), reversing line \(first.value.line))"
      if evidence == .document {
        log.notes.append(
          "\(file): \(lines) \(n == 1 ? "is" : "are") of a void or cancelled document, or "
            + "\(n == 1 ? "names" : "name") it: skipped with it, since the void document is not "
            + "billed")
      } else {
        log.findings.append(
          "\(file): \(lines) \(n == 1 ? "reverses" : "reverse") a void or cancelled invoice of "
            + "the same customer and amount, dated in its month or the next: read as "
            + "\(n == 1 ? "its" : "their") cancellation document\(n == 1 ? "" : "s") (a "
            + "Stornorechnung, a credit note cancelling it) and skipped with "
            + "\(n == 1 ? "it" : "them"), since the void invoice is not billed; if one is a "
            + "credit for something else, revenue is overstated by up to that amount")
      }
    }
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
