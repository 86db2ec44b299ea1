import ARRCore

/// The lines of a ledger whose type names a credit document (`Credit Memo`, `Credit Note`,
/// Xero's `ACCRECCREDIT` or `Sales credit note`, `Refund Receipt`, a transactions table's
/// `refund`), and their sign
/// (`docs/import.md`, "Invoice ledger"). QuickBooks writes a credit memo's amount negative; Xero
/// writes a credit note's positive and lets its type give the direction, so read as written its
/// credits were charges, silently. A file whose credit lines are all zero or positive writes
/// magnitudes: they are negated, and a note says so. Credit lines of both signs are a finding.
struct CreditNotes {
  /// Indices into the ledger's entries of the credit lines, in line order.
  private(set) var entries: [Int] = []
  /// The first credit line's type text and line, for the messages.
  private var example: (type: String, line: Int)?

  /// Whether a `type` cell names a credit document.
  static func isCredit(_ text: String) -> Bool {
    [
      "credit memo", "credit note", "sales credit note", "accreccredit", "refund receipt",
      "customer credit note", "credit", "refund", "refunds",
    ].contains(CubeLayout.normalized(text))
  }

  /// Records entry `index`, line `line`, when `type` names a credit document.
  mutating func add(_ index: Int, type: String, line: Int) {
    guard Self.isCredit(type) else { return }
    entries.append(index)
    if example == nil { example = (type, line) }
  }

  /// Negates the credit lines of `ledger` when none is negative and some is positive (a note),
  /// or reports lines of both signs (a finding).
  func apply(to ledger: inout [LedgerEntry], file: String, log: inout ImportLog) {
    guard let example else { return }
    let positive = entries.filter { ledger[$0].amount > 0 }.count
    let negative = entries.filter { ledger[$0].amount < 0 }.count
    guard positive > 0 else { return }
    let said = "type \"\(example.type)\", first on line \(example.line)"
    if negative == 0 {
      for i in entries { ledger[i].amount = 0 &- ledger[i].amount }
      log.notes.append(
        "\(file): \(positive) credit line\(positive == 1 ? "" : "s") (\(said)) "
          + "\(positive == 1 ? "has a positive amount" : "have positive amounts"), as Xero writes "
          + "credit notes (its type gives the direction): read as credits, negated")
    } else {
      log.findings.append(
        "\(file): credit lines (\(said)) are written with both signs: \(negative) negative, read "
          + "as credits, and \(positive) positive, read as charges; check how the export signs "
          + "its credit notes")
    }
  }
}
