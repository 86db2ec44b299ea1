import ARRCore

/// Credits cancelling an invoice re-issued in the same month (`docs/import.md`, "Invoice
/// ledger", "What a line is", rule 6; review 43, V4): a customer's December invoice is credited
/// in full by a credit note and issued again, corrected, the same month. The month holds two
/// charges of the amount where its neighbours hold one; read as a one-off credit
/// (``OneOffCredits``), the credit was left out and both charges kept: the account billed
/// twice its price ($45,600 for $34,800).
///
/// Decided: a credit (negative, untyped, no period, read through the billings rules) equal to
/// a charge of its account in its month, a line's amount or a document's total, cancels one of
/// them when the month holds at least two such charges and more than each month beside it
/// does, and one of them is issued again after the credit, or on its day when the credit names
/// the document it cancels (review 44, X-1): it is netted against the month, not read as one-off, and a note says so.
/// A credit naming no document of its account but equal to the one charge of its account in
/// term (``CreditsEndingTerms/soleEqualCharges(_:in:uses:)``) names that charge's document
/// (review 47b, R47b-8). A credit naming the document it equals cancels it too when a new document of its account,
/// dated on or after the credit in its month, bills the same items at whatever price: an
/// invoice re-issued at a corrected price (review 44b, X-4: both were kept, $46,200 for
/// $35,400). An account
/// billed two equal lines every month (two seats) has as many in the months beside: its credit
/// stays one-off.
enum ReissuedCharges {
  /// An account's charges of one amount in one month.
  private struct Key: Hashable {
    var account: Int
    var month: Month
    var cents: Int64
  }

  /// Words of a credit that compensates (an outage, a missed SLA, goodwill) rather than cancels.
  static let compensationWords = [
    "sla", "outage", "downtime", "goodwill", "courtesy", "compensation", "service credit",
  ]

  /// The indices of `entries` that are credits cancelling a re-issued charge (see the type),
  /// given how each line is used. At most as many per account, month and amount as the month
  /// holds charges beyond the most of the months beside it.
  /// - Complexity: O(lines).
  static func find(_ entries: [LedgerEntry], uses: [LedgerImporter.Use]) -> [Int] {
    struct Document: Hashable {
      var account: Int
      var month: Month
      var document: String
    }
    let credits = entries.indices.filter { i in
      let e = entries[i]
      return e.amount < 0 && e.kind == nil && e.period == nil && uses[i] == .billings
    }
    guard !credits.isEmpty else { return [] }
    // A credit naming no document but equal to the one charge of its account in term names
    // that charge's document (review 47b, R47b-8).
    let implied = CreditsEndingTerms.soleEqualCharges(credits, in: entries, uses: uses)
      .mapValues { entries[$0].document }
    // The months of the credits' accounts worth counting: each credit's and those beside it.
    var near = Set<Document>()
    for i in credits {
      for step in -1...1 {
        let month = entries[i].date.month.adding(months: step)
        near.insert(Document(account: entries[i].account, month: month, document: ""))
      }
    }
    var charges = [Key: Int]()
    // Each charge's date and document, to see one issued again after the credit.
    var dated = [Key: [(date: CivilDate, document: String)]]()
    var documents = [Document: (cents: Int64, lines: Int, date: CivilDate)]()
    for (i, e) in entries.enumerated() where e.amount > 0 && uses[i] == .billings {
      guard near.contains(Document(account: e.account, month: e.date.month, document: "")) else {
        continue
      }
      let key = Key(account: e.account, month: e.date.month, cents: e.amount)
      charges[key, default: 0] += 1
      dated[key, default: []].append((e.date, e.document))
      if !e.document.isEmpty {
        let d = Document(account: e.account, month: e.date.month, document: e.document)
        let sum = documents[d, default: (0, 0, e.date)]
        documents[d] = (sum.cents &+ e.amount, sum.lines + 1, min(sum.date, e.date))
      }
    }
    // A document of several lines is one charge of its total too.
    for (d, sum) in documents where sum.lines > 1 {
      let key = Key(account: d.account, month: d.month, cents: sum.cents)
      charges[key, default: 0] += 1
      dated[key, default: []].append((sum.date, d.document))
    }
    // Issued again: a charge dated on or after the credit, beside another charge on or before it
    // on another document (or, without documents, another day). A second equal charge issued
    // before the credit is a new seat, and the credit one-off (review 44, X-1: a seat added on
    // the 10th and an SLA credit on the 12th removed the seat, $34,800 for $45,600).
    // The credit naming the earlier charge's document (`Credit note for INV-0035`) may be
    // issued the same day as the new one; a credit naming none needs the new one dated after
    // it (x3b: an upgrade and a welcome credit on the same day are no re-issue).
    func isReissued(_ key: Key, credit: LedgerEntry, implied: String?) -> Bool {
      let list = dated[key] ?? []
      return list.contains { later in
        list.contains { earlier in
          guard earlier.date <= credit.date, later.date >= credit.date,
            earlier.document != later.document
              || (earlier.document.isEmpty && earlier.date != later.date)
          else { return false }
          let isNamed =
            !earlier.document.isEmpty
            && (credit.description.contains(earlier.document) || implied == earlier.document)
          return isNamed || later.date > credit.date
        }
      }
    }
    // Each month's charges of the credits' accounts, to see a corrected invoice issued again.
    var issued = [Document: [(date: CivilDate, document: String, text: String)]]()
    for (i, e) in entries.enumerated() where e.amount > 0 && uses[i] == .billings {
      let d = Document(account: e.account, month: e.date.month, document: "")
      guard near.contains(d) else { continue }
      issued[d, default: []].append((e.date, e.document, LedgerImporter.repeatKey(e.description)))
    }
    // Issued again at a corrected price (review 44b, X-4): the credit names the document it
    // equals, and a new document of its account, dated on or after the credit in its month,
    // bills what that one billed (the same descriptions), of whatever amount.
    func isCorrected(_ key: Key, credit: LedgerEntry, implied: String?) -> Bool {
      // A credit for an outage or in goodwill names the invoice it compensates, not one it
      // cancels (review 45, Y-7: an SLA credit naming INV-0046 cancelled it when a second
      // workspace was billed later that month, $39,600 for $50,400).
      guard !UsageMonths.hasWord(credit.description, of: compensationWords) else { return false }
      let month = issued[Document(account: key.account, month: key.month, document: "")] ?? []
      return (dated[key] ?? []).contains { earlier in
        guard !earlier.document.isEmpty, earlier.date <= credit.date,
          credit.description.contains(earlier.document) || implied == earlier.document
        else { return false }
        let billed = Set(month.filter { $0.document == earlier.document }.map(\.text))
        let again = month.filter {
          $0.document != earlier.document && !$0.document.isEmpty && $0.date >= credit.date
        }
        return !again.isEmpty && !billed.isEmpty && Set(again.map(\.text)) == billed
      }
    }
    var spare = [Key: Int]()
    return credits.filter { i in
      let e = entries[i]
      let key = Key(account: e.account, month: e.date.month, cents: 0 &- e.amount)
      if isCorrected(key, credit: e, implied: implied[i]) { return true }
      if spare[key] == nil {
        let here = charges[key] ?? 0
        let beside = [-1, 1].map { step in
          var k = key
          k.month = key.month.adding(months: step)
          return charges[k] ?? 0
        }.max()!
        spare[key] = here >= 2 ? max(0, here - beside) : 0
      }
      guard spare[key]! > 0, isReissued(key, credit: e, implied: implied[i]) else { return false }
      spare[key]! -= 1
      return true
    }
  }

  /// The note on the credits `found` (indices of `entries`), `nil` for none.
  static func note(
    _ found: [Int], in entries: [LedgerEntry], file: String, money: (Int64) -> String
  )
    -> String?
  {
    guard let first = found.min(by: { entries[$0].line < entries[$1].line }) else { return nil }
    let total = found.reduce(Int64(0)) { $0 &- entries[$1].amount }
    let one = found.count == 1
    return
      "\(file): \(Counted.phrase(found.count, "credit")) (\(money(total)) in all, the first on "
      + "line \(entries[first].line)) \(one ? "equals" : "equal") a charge "
      + "\(one ? "its account is" : "their accounts are") billed more than once in "
      + "\(one ? "its" : "their") month, more often than in the months beside: read as cancelling the first of them (an invoice credited and issued again), "
      + "netted against the month rather than left out as one-off"
  }
}
