import ARRCore

/// A customer list's commitment columns (`docs/import.md`, "Several files": "A list's
/// commitments"; decided, session 34, crm lane; trial 34, T34-2: a CRM list's
/// `committed_amount`, `contract_value` and `minimum_commit` were ignored, and committed ARR was
/// everything its annual accounts billed, $348,000 for $120,000).
///
/// Each names a commitment in its own period, read as the account's `committed_mrr`:
/// - a monthly minimum (`minimum commit`, `minimum commitment`, `monthly minimum`, `monthly
///   commitment`) as written;
/// - an annual one (`committed amount`, `annual commitment`, `annual commit`, `committed arr`,
///   `acv`, `annual contract value`) ÷ 12;
/// - a term's value (`contract value`, `total contract value`, `tcv`, `contract amount`) ÷ the
///   whole months from the list's own start to its end (``TermFromDates/termMonths(from:through:)``);
///   a row without both dates, or whose dates close no whole number of months, is not read, with
///   a note.
///
/// A list's `committed mrr` column (``CubeLayout``) decides before any of them, and of these the
/// monthly minimum, then the annual commitment, then the term's value. Committed ARR counts the
/// commitment, capped at the account's as-of MRR, for any contract type
/// (``RecurringRevenue/committedMRR(of:)``), never all an annual account bills.
struct ListCommitments: Sendable {
  /// The period a commitment column's amounts are stated in.
  enum Period: Int, Sendable, Comparable {
    case month, year, term

    static func < (a: Period, b: Period) -> Bool { a.rawValue < b.rawValue }

    /// How the column is read, for notes.
    var reading: String {
      switch self {
      case .month: "a monthly minimum"
      case .year: "an annual commitment ÷ 12"
      case .term: "the term's value ÷ its months from the list's start and end"
      }
    }
  }

  /// Headers (normalized, ``CubeLayout/headerKey(_:)``) per period.
  static let names: [(Period, Set<String>)] = [
    (
      .month,
      [
        "minimum commit", "minimum commitment", "monthly minimum", "monthly commitment",
        "monthly commit", "min commit", "monthly minimum commitment", "minimum monthly commitment",
        "committed monthly amount", "monthly committed amount",
      ]
    ),
    (
      .year,
      [
        "committed amount", "annual commitment", "annual commit", "committed arr",
        "committed annual amount", "annual committed amount", "annual minimum",
        "annual minimum commitment", "acv", "annual contract value",
      ]
    ),
    (
      .term,
      [
        "contract value", "total contract value", "tcv", "contract amount",
        "total contract amount", "total commitment",
      ]
    ),
  ]

  /// The columns read, by period, leftmost first within each.
  var columns: [(column: Int, period: Period)]
  /// Accounts whose commitment a column gave, per period (their ids: an account on several
  /// rows is one; trial 48, T48-4); the first such row.
  var counts: [Period: Set<String>] = [:]
  /// Annualised values (``annualisedNames``) on a term under 12 months, not read as a
  /// commitment: the accounts, and the first row (its header, amount and term).
  var shortTerms:
    (ids: Set<String>, first: (id: String, line: Int, header: String, term: String)?) =
      ([], nil)

  /// An annual column naming a value annualised by convention (`ACV`: 12 × the monthly price),
  /// not a commitment in words: a commitment only over a term of 12 months or more.
  static let annualisedNames: Set<String> = ["acv", "annual contract value"]

  /// The account's term when it is under 12 months (`1 month`, `monthly`), from its term in
  /// months, else its contract type; `nil` for a longer or unknown term.
  static func shortTerm(_ account: ImportedAccount) -> String? {
    if let m = account.termMonths { return m < 12 ? "a \(m)-month term" : nil }
    return account.contractType == .monthly ? "a monthly contract" : nil
  }
  var first: (id: String, line: Int, header: String, cents: Int64, months: Int?)?
  /// Term values not read (no start and end, or no whole months between them): count, first.
  var unspread: (count: Int, line: Int, header: String) = (0, 0, "")

  /// Words of a row's cells (not its customer's id or name) naming a pilot, a trial or a proof
  /// of concept.
  static let pilotWords = LedgerTerms.pilotWords + ["trial", "evaluation"]
  /// Whether `word` names a pilot in another language or a compound (`Pilotprojekt`,
  /// `Pilotphase`, `piloto`, `pilota`, `pilote`; session 55, crm lane; review 55, R55-16: a
  /// German pilot was committed, +19%); not `pilotage` (French for steering: a product).
  static func isPilotCompound(_ word: Substring) -> Bool {
    word.count > 5 && word.hasPrefix("pilot") && !word.hasPrefix("pilotag")
  }
  /// Words saying a pilot's conversion is still to come (review 54, R54-24).
  static let undecidedWords: Set<String> = [
    "pending", "decision", "decide", "deciding", "tbd", "tbc", "undecided", "planned", "expected",
    "proposed", "potential", "possible", "awaiting", "if", "be", "option", "target", "targeted",
    "upcoming", "scheduled", "review", "evaluating", "pendiente", "prévue", "prevue", "geplant",
    "offen",
  ]

  /// Whether a cell of `cells` other than `account`'s id and name names a pilot (``pilotWords``)
  /// as the row's own state: not after a word saying it is past (`post-pilot expansion`, `after
  /// pilot`, `converted from pilot`) nor before one (`pilot-to-paid`), as
  /// ``LedgerImporter/notTrialBefore`` and ``LedgerImporter/notTrialAfter`` read a trial
  /// (session 54, crm lane; review 53, R53-26: a bought add-on named `(post-pilot expansion)`
  /// was not committed). A conversion still to come (``undecidedWords``: `pilot (to paid,
  /// decision 2026-12)`, `pilot - conversion pending`, `pilot to be converted`) keeps the pilot
  /// (session 55, crm lane; review 54, R54-24: committed +19%).
  static func namesPilot(_ cells: [String], account: ImportedAccount) -> Bool {
    let single = Set(pilotWords.filter { !$0.contains(" ") })
    let phrases = pilotWords.filter { $0.contains(" ") }
    return cells.contains { cell in
      guard cell != account.id && cell != account.name else { return false }
      let w = UsageMonths.words(cell)
      let undecided = w.contains { undecidedWords.contains(String($0)) }
      let past = { (i: Int, n: Int) in
        (i > 0 && LedgerImporter.notTrialBefore.contains(String(w[i - 1])))
          || (!undecided && i + n < w.count
            && LedgerImporter.notTrialAfter.contains(String(w[i + n])))
      }
      for i in w.indices {
        if (single.contains(String(w[i])) || isPilotCompound(w[i])) && !past(i, 1) {
          return true
        }
        for p in phrases {
          let q = p.split(separator: " ")
          if i + q.count <= w.count && w[i..<(i + q.count)].elementsEqual(q) && !past(i, q.count) {
            return true
          }
        }
      }
      return false
    }
  }

  /// The commitment columns among `header`'s cells not already given a role (`taken`), or
  /// `nil` when there are none.
  static func find(header: [String], taken: Set<Int>) -> ListCommitments? {
    var found = [(column: Int, period: Period)]()
    for (c, cell) in header.enumerated() where !taken.contains(c) {
      let key = CubeLayout.headerKey(cell)
      if let period = names.first(where: { $0.1.contains(key) })?.0 {
        found.append((c, period))
      }
    }
    guard !found.isEmpty else { return nil }
    return ListCommitments(
      columns: found.sorted { ($0.period, $0.column) < ($1.period, $1.column) })
  }

  /// Sets `account`'s `committed_mrr` from the first of the columns (in ``columns``' order)
  /// whose cell in `cells` holds a positive amount, unless the list gave one already.
  mutating func read(
    _ cells: [String], header: [String], into account: inout ImportedAccount, line: Int,
    amounts: AmountCells
  ) {
    guard account.committedMRR == nil else { return }
    for (c, period) in columns where c < cells.count {
      guard let cents = amounts.hundredthsIfAny(cells[c]), cents > 0 else { continue }
      var months: Int?
      let monthly: Int64
      switch period {
      case .month: monthly = cents
      case .year:
        // ACV on a month-to-month deal is its price × 12, cancellable any month: no committed
        // minimum (trial 48, T48-4: committed ARR 100% of headline for 81%).
        if Self.annualisedNames.contains(CubeLayout.headerKey(header[c])),
          let term = Self.shortTerm(account)
        {
          if shortTerms.first == nil { shortTerms.first = (account.id, line, header[c], term) }
          shortTerms.ids.insert(account.id)
          // A pilot, trial or proof of concept is never an add-on co-termed with a renewal: it
          // commits nothing (session 53, crm lane; review 53, R53-15: `Analytics - paid pilot`
          // ending with Initech's renewal was committed, 45,600 for 38,400).
          if !Self.namesPilot(cells, account: account) {
            account.annualisedOnShortTerm = ServicePeriod.proportion(cents, 1, 12)
          }
          continue
        }
        monthly = ServicePeriod.proportion(cents, 1, 12)
      case .term:
        guard let start = account.startDate, let end = account.contractEndDate,
          let m = TermFromDates.termMonths(from: start, through: end), m > 0
        else {
          if unspread.count == 0 { unspread = (0, line, header[c]) }
          unspread.count += 1
          continue
        }
        months = m
        monthly = ServicePeriod.proportion(cents, 1, Int64(m))
      }
      account.committedMRR = monthly
      counts[period, default: []].insert(account.id)
      if first == nil { first = (account.id, line, header[c], cents, months) }
      return
    }
  }

  /// The finding saying what was read (`nil` when nothing was), and the notes for the term
  /// values not spread and the annualised values on short terms not read.
  func messages(file: String, currency: String?) -> (finding: String?, notes: [String]) {
    let n = counts.values.reduce(into: Set<String>()) { $0.formUnion($1) }.count
    var finding: String?
    if let f = first, n > 0 {
      let readings = counts.keys.sorted().map(\.reading)
      finding =
        "\(file): the commitment\(n == 1 ? " of 1 account is" : "s of \(CountText.grouped(n)) accounts are") "
        + "read from the list (\(readings.joined(separator: "; "))) (e.g. \"\(f.id)\" on line "
        + "\(f.line), \"\(f.header)\" \(Money.text(cents: f.cents, currency: currency))"
        + (f.months.map { " over \($0) months" } ?? "")
        + "): committed ARR counts \(n == 1 ? "it" : "each"), capped at the account's MRR, not "
        + "all \(n == 1 ? "the account bills" : "the accounts bill")"
    }
    var notes = [String]()
    if unspread.count > 0 {
      notes.append(
        "\(file): \(Counted.phrase(unspread.count, "contract value")) not read as a commitment "
          + "(\"\(unspread.header)\" on line \(unspread.line)\(unspread.count == 1 ? "" : " first")): "
          + "the row gives no start and end a whole number of months apart to spread it over")
    }
    if let f = shortTerms.first {
      let k = shortTerms.ids.count
      notes.append(
        "\(file): \"\(f.header)\" of \(Counted.phrase(k, "account")) on a term under 12 months "
          + "is not read as a commitment (e.g. \"\(f.id)\" on line \(f.line), \(f.term)): an "
          + "annualised value is the price × 12, a commitment only over a term of a year or more; "
          + "\(k == 1 ? "it commits" : "they commit") nothing beyond the month")
    }
    return (finding, notes)
  }

  /// Words of a header naming money.
  static let moneyWords: Set<Substring> = [
    "amount", "value", "revenue", "price", "commit", "commitment", "committed", "fee", "fees",
    "spend", "arr", "mrr", "acv", "tcv", "budget", "booking", "bookings", "billings", "minimum",
    "cost",
  ]

  /// A finding for the list's columns left unread whose header names money and whose cells all
  /// hold amounts (at least one above 0), or `nil` when there are none (trial 34, T34-2: three
  /// such columns were only listed as ignored).
  static func unreadAmountsFinding(
    header: [String], unread: [Int], rows: [ImportTable.Record], amounts: AmountCells,
    file: String
  ) -> String? {
    var found = [String]()
    for c in unread {
      let words = CubeLayout.headerKey(header[c]).split(separator: " ")
      // An annual revenue column (`arr`, `Current ARR`) is the cube's cross-check
      // (``ListAnnualColumn``), read there.
      guard words.contains(where: { moneyWords.contains($0) }),
        !AnnualLabel.isAnnual(header[c])
      else { continue }
      var example: (line: Int, text: String)?
      var isAmounts = true
      for r in rows where c < r.cells.count {
        let cell = r.cells[c]
        if cell.allSatisfy(\.isWhitespace) { continue }
        guard let v = amounts.hundredthsIfAny(cell) else {
          isAmounts = false
          break
        }
        if example == nil && v > 0 { example = (r.line, cell) }
      }
      guard isAmounts, let e = example else { continue }
      found.append("\"\(header[c])\" (\"\(e.text)\" on line \(e.line))")
    }
    guard !found.isEmpty else { return nil }
    let one = found.count == 1
    return
      "\(file): \(Counted.phrase(found.count, "column")) of amounts \(one ? "is" : "are") not read: "
      + found.joined(separator: ", ") + "; revenue comes from the revenue file, so "
      + "\(one ? "it changes" : "they change") no figure; if \(one ? "it states" : "one states") "
      + "a commitment, name \(one ? "it" : "the column") \"minimum commitment\" (monthly), "
      + "\"annual commitment\" or \"contract value\" (the term's, beside its start and end)"
  }
}
