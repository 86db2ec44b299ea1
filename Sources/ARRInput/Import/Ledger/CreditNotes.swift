import ARRCore

/// The lines of a ledger whose type names a credit document (`Credit Memo`, `Credit Note`,
/// Xero's `ACCRECCREDIT` or `Sales credit note`, `Refund Receipt`, a transactions table's
/// `refund`), and their sign
/// (`docs/import.md`, "Invoice ledger"). QuickBooks writes a credit memo's amount negative; Xero
/// writes a credit note's positive and lets its type give the direction, so read as written its
/// credits were charges, silently. A file whose credit lines are all zero or positive writes
/// magnitudes: they are negated, and a note says so. Credit lines of both signs are a finding.
/// Each kind (type) is decided on its own lines: a transactions table's negative credit notes
/// beside positive refunds read both as credits.
struct CreditNotes {
  /// One kind of credit line (its type, normalized): the indices into the ledger's entries of
  /// its lines, in line order, and its first line's type text and line, for the messages.
  private struct Kind {
    var entries: [Int] = []
    var example: (type: String, line: Int)
  }

  /// The kinds, in the order first seen. The sign is decided per kind (review 11, F11: a
  /// billing system writes its credit notes negative and its refunds positive; pooled, the
  /// positive refund was read as a charge).
  private var kinds: [Kind] = []
  private var kindIndex: [String: Int] = [:]

  /// Whether a `type` cell names a credit document.
  static func isCredit(_ text: String) -> Bool {
    [
      "credit memo", "credit note", "sales credit note", "accreccredit", "refund receipt",
      "customer credit note", "credit", "refund", "refunds", "return", "returns",
      "sales return",
    ].contains(CubeLayout.normalized(text))
  }

  /// Records entry `index`, line `line`, when `type` names a credit document.
  mutating func add(_ index: Int, type: String, line: Int) {
    guard Self.isCredit(type) else { return }
    let key = CubeLayout.normalized(type)
    if kindIndex[key] == nil {
      kindIndex[key] = kinds.count
      kinds.append(Kind(example: (type, line)))
    }
    kinds[kindIndex[key]!].entries.append(index)
  }

  /// Per kind of credit line: negates its lines of `ledger` when none is negative and some is
  /// positive (a note), or reports lines of both signs (a finding).
  func apply(to ledger: inout [LedgerEntry], file: String, log: inout ImportLog) {
    for kind in kinds {
      let positive = kind.entries.filter { ledger[$0].amount > 0 }.count
      let negative = kind.entries.filter { ledger[$0].amount < 0 }.count
      guard positive > 0 else { continue }
      let said = "type \"\(kind.example.type)\", first on line \(kind.example.line)"
      if negative == 0 {
        for i in kind.entries { ledger[i].amount = 0 &- ledger[i].amount }
        log.notes.append(
          "\(file): \(positive) credit line\(positive == 1 ? "" : "s") (\(said)) "
            + "\(positive == 1 ? "has a positive amount" : "have positive amounts"), as Xero writes "
            + "credit notes and transactions tables their refunds (the type gives the direction): "
            + "read as credits, negated")
      } else {
        log.findings.append(
          "\(file): credit lines (\(said)) are written with both signs: \(negative) negative, read "
            + "as credits, and \(positive) positive, read as charges; check how the export signs "
            + "its credit notes")
      }
    }
  }
}
