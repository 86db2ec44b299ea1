import ARRCore

extension CreditsEndingTerms {
  /// The charge billed after `credit` in place of term charge `invoice` (an index of
  /// `entries`), when the credit names the charge and equals the whole of it (the caller's
  /// test): the credit cancels the charge whatever is billed after, and the account's next
  /// charge, of any amount, is read on its own (review 46b, R46b-3: an annual credited in full
  /// "seat count reduced" and issued again at 15 seats for 20 counted both, $60,000 for
  /// $36,000; the same amount alone was read as a re-issue, ``reissue(of:lines:in:)``).
  ///
  /// The charge after is another term charge of the account among `lines` (positive, not
  /// one-time, a period of more than a month) dated on or after the credit whose service begins
  /// within the credited charge's term (in its place; a renewal after the term, or a monthly
  /// add-on billed on, is no such charge: the whole-refund rules read those): the first with the
  /// credited charge's description (letters only), else the first. `nil` when none is billed after (the whole-refund rules decide,
  /// ``isWholeRefund(of:by:lines:in:lastMonth:)``), for a charge whose term is a month or has
  /// no period (the month rules read those, ``ReissuedCharges``), and for a credit saying it
  /// compensates (an outage, an SLA, goodwill: ``ReissuedCharges/compensationWords``; review
  /// 45, Y-7), which cancels no charge it names.
  static func namedReplacement(
    of invoice: Int, by credit: LedgerEntry, lines: [Int], in entries: [LedgerEntry]
  ) -> Int? {
    let charge = entries[invoice]
    guard let (_, end) = charge.period, WrittenOffLines.months(charge.period) > 1,
      !UsageMonths.hasWord(credit.description, of: ReissuedCharges.compensationWords)
    else { return nil }
    let after = lines.filter { i in
      let e = entries[i]
      return i != invoice && e.amount > 0 && e.kind != .oneTime && e.date >= credit.date
        && (e.period?.start ?? e.date) <= end && WrittenOffLines.months(e.period) > 1
    }.sorted { (entries[$0].date, entries[$0].line) < (entries[$1].date, entries[$1].line) }
    let key = LedgerImporter.repeatKey(charge.description)
    if let same = after.first(where: {
      !key.isEmpty && LedgerImporter.repeatKey(entries[$0].description) == key
    }) {
      return same
    }
    // Another product is an add-on, not the charge issued again (review 47b, R47b-2: a support
    // add-on bought after a plan's credit "to be re-issued" was read as its re-issue, the plan
    // dropped): the first sharing a product word, else, when the credit says the price changed,
    // the first.
    let product = productWords(charge.description)
    if let shared = after.first(where: {
      !productWords(entries[$0].description).isDisjoint(with: product)
    }) {
      return shared
    }
    return UsageMonths.hasWord(credit.description, of: priceChangeWords) ? after.first : nil
  }

  /// Words of a credit's memo saying the charge's price changed (a re-issue at another price).
  static let priceChangeWords = [
    "seat", "seats", "user", "users", "downgrade", "downgraded", "upgrade", "upgraded", "plan",
    "tier", "price", "pricing", "count", "licence", "license", "licences", "licenses",
  ]

  /// Words of a charge's description that name no product (its term, its cadence, its kind).
  static let termWords: Set<String> = [
    "annual", "monthly", "quarterly", "yearly", "months", "month", "year", "years",
    "subscription", "plan", "renewal", "term", "invoice", "fee", "fees", "seats", "users",
    "user", "seat", "licence", "license", "add", "addon", "with", "from", "for", "the", "and",
  ]

  /// A description's product words: ``words(_:except:)`` with ``termWords`` aside.
  static func productWords(_ text: String) -> Set<String> { words(text, except: termWords) }

  /// The words of `text` that say something: letters only, lowercased, three letters or more,
  /// `common` aside.
  static func words(_ text: String, except common: Set<String>) -> Set<String> {
    Set(
      text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter {
        $0.count >= 3 && !common.contains($0)
      })
  }

  /// Words of a credit's memo that say what it is, not what it credits.
  static let creditWords: Set<String> = [
    "refund", "refunded", "credit", "credited", "credits", "memo", "note", "for", "the", "and",
  ]

  /// Of `candidates` (indices of `entries`, charges of one amount a credit naming no document
  /// may refund in full), the one whose description shares the most words with the credit's
  /// memo (words of three letters or more, the credit's own words aside) when no other shares
  /// as many; else the latest (date, then line). Review 46b, R46b-4: "Refund - Analytics module
  /// - annual (12 months)" of two annual modules at one price refunded the later, Reporting,
  /// and the customer churned, $18,000 for $30,000.
  /// - Complexity: O(candidates × words).
  static func described(_ candidates: [Int], by credit: LedgerEntry, in entries: [LedgerEntry])
    -> Int?
  {
    func words(_ text: String) -> Set<String> { Self.words(text, except: creditWords) }
    let latest = candidates.max {
      (entries[$0].date, entries[$0].line) < (entries[$1].date, entries[$1].line)
    }
    guard candidates.count > 1 else { return latest }
    let memo = words(credit.description)
    let shared = candidates.map {
      (index: $0, count: words(entries[$0].description).intersection(memo).count)
    }
    guard let best = shared.max(by: { $0.count < $1.count }), best.count > 0,
      shared.filter({ $0.count == best.count }).count == 1
    else { return latest }
    return best.index
  }

  /// Whether charge `e` is in its term on `day`: its service period runs to it, or, without
  /// one, it is dated at most a year before.
  static func isInTerm(_ e: LedgerEntry, on day: CivilDate) -> Bool {
    if let (_, end) = e.period { return day <= end }
    return day.days(since: e.date) <= 366
  }

  /// For each credit among `credits` (indices of `entries`) that names no document of its
  /// account, the one charge of its account it equals in full while that charge is in its term
  /// (positive, not one-time, read through the billings rules or by its period, dated on or
  /// before the credit), when there is exactly one: the credit is read as naming it (review
  /// 47b, R47b-8). A monthly plan's months are many charges of one amount, so a credit of one
  /// of them names none.
  /// - Complexity: O(lines of the credits' accounts × their credits).
  static func soleEqualCharges(
    _ credits: [Int], in entries: [LedgerEntry], uses: [LedgerImporter.Use]
  ) -> [Int: Int] {
    let accounts = Set(credits.map { entries[$0].account })
    var byAccount = [Int: [Int]]()
    for (i, e) in entries.enumerated() where accounts.contains(e.account) {
      byAccount[e.account, default: []].append(i)
    }
    var found = [Int: Int]()
    for c in credits {
      let credit = entries[c]
      let lines = byAccount[credit.account] ?? []
      guard
        !lines.contains(where: {
          $0 != c && !entries[$0].document.isEmpty && credit.names(document: entries[$0].document)
        })
      else { continue }
      let equal = lines.filter { i in
        let e = entries[i]
        return e.amount > 0 && e.amount == 0 &- credit.amount && e.kind != .oneTime
          && (uses[i] == .billings || uses[i] == .period) && e.date <= credit.date
          && isInTerm(e, on: credit.date)
      }
      if equal.count == 1 { found[c] = equal[0] }
    }
    return found
  }

  /// The charge issued again in place of `invoice` (an index of `entries`) on the day of the
  /// credit that names it and credits it in full (``apply(_:uses:)``'s test): the first other
  /// charge of its account among `lines` (positive, not one-time) dated on the credit's day,
  /// when the credited charge is not billed again at its amount or description
  /// (``isBilledAgain(_:after:lines:in:)``: a monthly plan's next month is no re-issue) and the
  /// credit does not compensate (``ReissuedCharges/compensationWords``). Review 47b, R47b-9: a
  /// Chargebee annual credited in full "Order Change" months into its term and issued again
  /// that day at half the price was read as "nothing billed after", the credited invoice's
  /// month set a quarterly rhythm, and the customer churned, $7,200 for $19,200.
  static func sameDayReissue(
    of invoice: Int, by credit: LedgerEntry, lines: [Int], in entries: [LedgerEntry]
  ) -> Int? {
    guard !UsageMonths.hasWord(credit.description, of: ReissuedCharges.compensationWords),
      !isBilledAgain(invoice, after: credit.date, lines: lines, in: entries)
    else { return nil }
    return lines.filter { i in
      let e = entries[i]
      return i != invoice && e.amount > 0 && e.kind != .oneTime && e.date == credit.date
    }.min { entries[$0].line < entries[$1].line }
  }
}
