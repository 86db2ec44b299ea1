import ARRCore

/// A label saying a cube's cells are not revenue by month but contract values at signing
/// (`Bookings (TCV) by customer`, `Pipeline`) or figures to come (`Forecast`, `Budget`). Read as
/// billings, each booking was spread over a year by its size and a 3-year contract's whole value
/// counted as one year's revenue (trial 48, T48-15: $1.28M of headline ARR from a bookings table,
/// the word "Bookings" said nowhere, and the finding offered was that the amounts might be cents).
/// Such a label stops `--values auto`, as a label saying the cells are annual does; `--values
/// mrr` or `--values billings` reads the cells as written, with a note (`docs/import.md`,
/// "MRR, ARR or billings").
enum BookingsLabel {
  /// What a label says the cells are.
  enum Kind: Sendable, Equatable {
    /// Contract values at signing: bookings, TCV, pipeline.
    case bookings
    /// Figures to come: a forecast, a budget, a projection.
    case forecast
    /// Balances at month-end: deferred revenue, receivables.
    case balance
    /// Counts, not money: seats, users, licences, API calls (trial 51, T51-30).
    case count
  }

  /// What `text` (a title, the customer column's header, a sheet's or a file's name) says the
  /// cells are, or `nil`: `bookings`, `booked`, `TCV`, `total contract value` or `pipeline` where
  /// no word names revenue billed (`billings`, `invoiced`, `revenue`, `MRR`: `Bookings and
  /// billings` may be either); `forecast`, `budget`, `projection` or `projected` where no word
  /// names actuals (`Actuals and forecast` is a cube whose forecast columns are cut).
  static func kind(_ text: String, isName: Bool = false) -> Kind? {
    let words = Set(said(text))
    let phrase = " " + IncomeStatement.phrase(text) + " "
    if isBalance(text, words: words, isName: isName) { return .balance }
    if !words.isDisjoint(with: ["bookings", "booking", "booked", "tcv", "pipeline"])
      || phrase.contains(" total contract value ")
    {
      return words.isDisjoint(with: billed) ? .bookings : nil
    }
    if !words.isDisjoint(with: ["forecast", "forecasts", "budget", "projection", "projected"]) {
      return words.isDisjoint(with: ["actual", "actuals"]) ? .forecast : nil
    }
    if isCount(text, words: words) { return .count }
    return nil
  }

  /// Words naming a count of things: seats, users, calls. Plural (a customer column headed
  /// `User` or `User ID` names the customer, not a count), or a word that is a count itself.
  static let countWords: Set<String> = [
    "seats", "users", "licenses", "licences", "headcount", "calls", "requests",
    "tokens", "units", "count", "counts", "quantity", "quantities", "qty", "sitze", "nutzer",
    "lizenzen", "utilisateurs", "usuarios", "licencias", "utenti", "licenze",
    // Active users by their acronyms, and Dutch and Portuguese (review 52b, R52b-12: `MAU by
    // customer`, `Actieve gebruikers per klant`, `Usuários ativos por cliente` read as dollars).
    "mau", "maus", "dau", "daus", "wau", "gebruikers", "licenties", "usuários", "licenças",
    "licencas", "utilizadores", "benutzer",
  ]

  /// Words naming money beside a count's (`Revenue per seat`, `Seat fees`, `Price per user`):
  /// the cells are money.
  static let moneyWords: Set<String> = revenueWords.union([
    "fee", "fees", "price", "prices", "pricing", "amount", "amounts", "value", "spend", "cost",
    "costs", "charge", "charges", "payment", "payments", "paid", "dollars", "euros", "pounds",
    "usd", "eur", "gbp", "cad", "aud", "chf", "jpy", "inr", "ils", "acv", "tcv", "cash",
  ])

  /// Whether `text` names a count and no money (trial 51, T51-30: `Active seats by customer
  /// (month end)`, whole numbers 120–140 with no currency sign, was read as $2,100 of ARR with
  /// no finding). A currency sign in the text names money too.
  static func isCount(_ text: String, words: Set<String>) -> Bool {
    // Every clause and bracket but those qualifying something else (review 52b, R52b-1:
    // `Enterprise customers (100+ seats) - monthly`, `… (internal test users removed)` are MRR
    // cubes; review 53, R53-3: `Tessel Inc - Active users by customer`, `… (seats)`, `Pack:
    // licences by customer` are counts, read as dollars when only the first clause counted):
    // a bracket holding a number qualifies a segment, a clause with a word of removal names
    // what was taken out.
    var clauses = [String]()
    var outside = ""
    var inner = ""
    var depth = 0
    for ch in text {
      if ch == "(" || ch == "[" {
        depth += 1
        if depth == 1 { inner = "" }
      } else if ch == ")" || ch == "]" {
        if depth == 1 { clauses.append(inner) }
        depth = max(0, depth - 1)
      } else if depth > 0 {
        inner.append(ch)
      } else {
        outside.append(ch)
      }
    }
    clauses +=
      outside.replacing(" - ", with: "|").replacing(" – ", with: "|").split {
        "|:;,".contains($0)
      }.map(String.init)
    let counted = clauses.contains { clause in
      let said = Set(said(clause))
      return !said.isDisjoint(with: countWords) && said.isDisjoint(with: removalWords)
        && !(clause.contains(where: \.isNumber) && clause.count < text.count)
    }
    return counted && words.isDisjoint(with: moneyWords)
      && !text.contains(where: { "$€£¥₪₹".contains($0) })
  }

  /// Words saying a clause names what was taken out (`internal test users removed`).
  static let removalWords: Set<String> = [
    "removed", "excluded", "excluding", "excl", "without", "less", "minus", "ohne", "sans",
    "sin", "senza", "zonder", "sem",
  ]

  /// Phrases naming a balance sheet's account by customer: revenue billed and not yet earned, or
  /// invoiced and not yet paid (trial 50, T50-40: a `Deferred revenue balance by customer`
  /// roll-forward was read as MRR, $348,000 of headline ARR for $96,000, and an A/R balance
  /// cube the same, with no finding).
  static let balancePhrases = [
    " deferred revenue ", " deferred revenues ", " unearned revenue ", " deferred income ",
    " contract liability ", " contract liabilities ", " accounts receivable ", " receivables ",
    " receivable ", " a r ", " ar aging ", " ar ageing ", " aging ", " ageing ",
    // UK and other languages' words for the receivable (review 52, R52-17: `Debtors` and
    // `Offene Posten` tabs competed with the MRR tab). Not `Debitoren`: a German ledger's
    // customer column.
    " debtors ", " aged debtors ", " trade debtors ", " offene posten ", " forderungen ",
    " créances clients ", " creances clients ", " cuentas por cobrar ", " debiteuren ",
  ]

  /// Words saying revenue of the month taken from a balance (`Revenue recognised from deferred
  /// revenue`): a flow, read as revenue.
  static let flowWords: Set<String> = [
    "recognised", "recognized", "earned", "released",
    // A rev-rec workbook's `Deferred revenue release` tab (review 52, R52-40).
    "release", "releases", "recognition", "amortisation", "amortization",
  ]

  /// Whether `words` (``said(_:)``) and `phrase` (``IncomeStatement/phrase(_:)``, padded with
  /// spaces) name a balance: a phrase of ``balancePhrases``, or `balance(s)` or `outstanding`,
  /// where no other word names revenue (`MRR balance` is none; nor is `Monthly recurring
  /// revenue by customer - ties to the deferred revenue schedule`, nor `Receivables Hub Inc. -
  /// MRR by customer`: review 51, R51-12, both refused); never beside ``flowWords``. In a
  /// file's or sheet's name (`isName`), `balance(s)` or `outstanding` counts only among words
  /// of a balance report's name (`AR_Balances_2026`, `Customer balances`), not in a company's
  /// (`Balance_Labs_customer_data.csv`, R51-12).
  ///
  /// The clause that says what the cells are decides: the one holding `by customer` (`per
  /// customer`, `by client`, `by account`), else the first (clauses end at a dash between
  /// spaces, a colon, a comma, a semicolon or a bracket). A qualifier after it (`- subscription
  /// contracts`, `(recurring contracts)`, `- ties to MRR schedule`) names what the balance is
  /// of, not the cells (review 51b, R51b-1: `Deferred revenue balance by customer -
  /// subscription contracts (month-end)` was read as MRR, $264,000). A decisive clause naming
  /// neither a balance nor revenue leaves it to the whole text.
  static func isBalance(_ text: String, words: Set<String>, isName: Bool = false) -> Bool {
    guard words.isDisjoint(with: flowWords) else { return false }
    let marks: Set<Character> = ["(", ")", "[", "]", ":", ";", ",", "–", "—", "|"]
    // Each clause up to a phrase pointing at another schedule (`ties to`, `reconciled to`):
    // what follows names that schedule, not the cells (review 52, R52-34: `MRR - reconciled to
    // deferred revenue balances by customer` was refused as balances).
    let clauses = text.lowercased().replacing(" - ", with: "|").split { marks.contains($0) }
      .map { clause -> String in
        var c = " " + IncomeStatement.phrase(String(clause)) + " "
        if let cut = referencePhrases.compactMap({ c.firstRange(of: $0)?.lowerBound }).min() {
          c = String(c[..<cut]) + " "
        }
        return c
      }
      .filter { $0.contains(where: \.isLetter) }
    // A clause of a balance's words alone (`Deferred revenue`, `Accounts receivable`, `Customer
    // balances`) is the title's subject wherever it stands: what follows names what the
    // balance is of (review 52, R52-19: `Deferred revenue: subscription contracts by customer
    // (month-end balance)` was read as MRR, $264,000), unless a clause names a level of
    // recurring revenue (`MRR`, `ARR`, `recurring revenue`).
    let isLevelNamed = clauses.contains { c in levelPhrases.contains { c.contains($0) } }
    if !isLevelNamed, clauses.contains(where: { isBalanceAlone($0, words: words) }) { return true }
    let subjects = [" by customer", " per customer", " by client", " per client", " by account"]
    let decisive = clauses.first { c in subjects.contains { c.contains($0) } } ?? clauses.first
    // Whether `phrase` names a balance (`nil`: neither a balance nor revenue), its words read
    // as ``said(_:)`` left them (a word after a negation says nothing).
    func reads(_ phrase: String) -> Bool? {
      // Invoices not yet paid are a receivable, whatever they bill (`Outstanding subscription
      // invoices by customer`: review 51b's b02).
      let own = Set(phrase.split(separator: " ").map(String.init)).intersection(words)
      if !own.isDisjoint(with: ["outstanding", "unpaid", "overdue"]),
        !own.isDisjoint(with: ["invoice", "invoices"]), !own.contains("paid")
      {
        return true
      }
      var rest = phrase
      for p in balancePhrases { rest = rest.replacing(p, with: " ") }
      let others = Set(rest.split(separator: " ").map(String.init)).intersection(words)
      if !others.isDisjoint(with: revenueWords) { return false }
      if rest != phrase { return true }
      guard !own.isDisjoint(with: ["balance", "balances", "outstanding"]) else { return nil }
      return !isName || own.allSatisfy { nameWords.contains($0) || $0.allSatisfy(\.isNumber) }
    }
    if let decisive, let verdict = reads(decisive) { return verdict }
    return reads(" " + IncomeStatement.phrase(text) + " ") ?? false
  }

  /// Phrases pointing from the cells to another schedule: the rest of their clause names it.
  static let referencePhrases = [
    " ties to ", " tie to ", " tied to ", " ties out to ", " reconciled to ", " reconciles to ",
    " reconciled with ", " reconciles with ", " agrees to ", " agreed to ", " checked against ",
    " vs ", " versus ", " compared with ", " compared to ", " matched to ", " matches ",
  ]

  /// Phrases naming a level of recurring revenue: beside a clause of balance words alone, the
  /// title still names revenue (`Deferred revenue roll-forward: MRR by customer`).
  static let levelPhrases = [
    " mrr ", " arr ", " recurring revenue ", " recognised revenue ", " recognized revenue ",
    " revenue recognised ", " revenue recognized ",
  ]

  /// Words a clause of a balance's words alone may hold beside them (``isBalanceAlone(_:words:)``).
  static let balanceAloneWords = nameWords.union([
    "the", "a", "total", "totals", "ending", "period", "balance", "balances", "schedule",
    "aging", "ageing", "report", "detail", "roll", "forward", "rollforward", "customers",
  ])

  /// Whether `clause` (a phrase padded with spaces) holds a balance's words (a phrase of
  /// ``balancePhrases``, `balance(s)`) and otherwise only ``balanceAloneWords`` and numbers,
  /// none of its words dropped by a negation (`words`, ``said(_:)``).
  static func isBalanceAlone(_ clause: String, words: Set<String>) -> Bool {
    var rest = clause
    for p in balancePhrases { rest = rest.replacing(p, with: " ") }
    let all = clause.split(separator: " ").map(String.init)
    let restWords = rest.split(separator: " ").map(String.init)
    guard rest != clause || all.contains(where: { $0 == "balance" || $0 == "balances" }) else {
      return false
    }
    return all.allSatisfy(words.contains)
      && restWords.allSatisfy { balanceAloneWords.contains($0) || $0.allSatisfy(\.isNumber) }
  }

  /// Words naming revenue: beside a balance's words, the cells are revenue (a title's remark
  /// that they tie to a balance, a company named `Receivables Hub`).
  static let revenueWords = billed.union([
    "arr", "recurring", "subscription", "subscriptions", "sales", "income",
  ])

  /// The words a balance report's file or sheet name holds beside `balance(s)` or
  /// `outstanding`.
  static let nameWords: Set<String> = [
    "balance", "balances", "outstanding", "customer", "customers", "client", "clients", "by",
    "ar", "open", "opening", "closing", "month", "monthly", "end", "eom", "report", "summary",
    "per", "and", "of", "at", "as",
  ]

  /// Words naming revenue billed or earned: a label holding one says no bookings (`Bookings
  /// and billings`). Not `ARR`: `New ARR bookings` are bookings.
  static let billed: Set<String> = [
    "billing", "billings", "billed", "invoiced", "invoice", "invoices", "revenue", "revenues",
    "mrr", "recognised", "recognized",
  ]

  /// Words that leave out what follows them, to the end of their clause (`ARR by customer
  /// (excludes pipeline)`: no bookings; review 50, R50-30).
  static let negations: Set<String> = [
    "excludes", "excluding", "excluded", "excl", "ex", "without", "less", "except", "not",
  ]

  /// Two-word negations (`rather than MRR`, `instead of revenue`): review 51, R51-31, `New
  /// bookings by customer (ACV at signing - not MRR)` was read as MRR, $720,000.
  static let negationPairs: Set<String> = ["rather than", "instead of"]

  /// Words after `budget`, `forecast` or `plan` that make it a rate, not the cells (`converted
  /// at budget FX rates`: review 50, R50-6, an MRR cube was refused as a forecast).
  static let rates: Set<String> = ["rate", "rates", "fx", "exchange"]

  /// The lower-case words of `text` that say what the cells are: those after a negation left
  /// out to the end of their clause (a `)`, `,` or `;`), and `budget`, `forecast` or `plan`
  /// naming a rate left out.
  static func said(_ text: String) -> [String] {
    var out = [String]()
    // A dash between spaces and a colon end a clause too (review 51b, R51b-3: `Not for
    // distribution - Bookings by customer (ACV)` lost its bookings to the `not`).
    let lower = text.lowercased().replacing(" - ", with: ";").replacing(" – ", with: ";")
      .replacing(" — ", with: ";")
    for clause in lower.split(whereSeparator: { ")],;:".contains($0) }) {
      let words = clause.split { !$0.isLetter && !$0.isNumber }.map(String.init)
      var i = 0
      while i < words.count {
        let w = words[i]
        let pair = i + 1 < words.count ? w + " " + words[i + 1] : ""
        if negations.contains(w) || negationPairs.contains(pair)
          || (w == "net" && i + 1 < words.count && words[i + 1] == "of")
        {
          break
        }
        let next = i + 1 < words.count ? words[i + 1] : ""
        if !(["budget", "forecast", "plan"].contains(w) && rates.contains(next)) { out.append(w) }
        i += 1
      }
    }
    return out
  }

  /// Whether `text` names the cells as revenue billed or earned, or as actuals: such a title
  /// or header settles what the cells are, and no sheet's or file's name is read over it
  /// (review 50, R50-36: a tab named `Bookings` titled `MRR by customer (actuals)` was refused).
  static func namesRevenue(_ text: String) -> Bool {
    !Set(said(text)).isDisjoint(with: billed.union(["arr", "actual", "actuals"]))
  }

  /// The first title line (its cells read together, so a band `Actual … Budget` over the
  /// months is no forecast's title) or the customer column's header saying the cells are
  /// bookings or a forecast, else the sheet's name or a CSV file's name (without its
  /// extension) saying bookings (``AnnualLabel/Label``). A workbook's name is not read: it
  /// names every tab, and a model called `Bookings and ARR.xlsx` holds its actuals too.
  /// - Complexity: O(cells of the title lines).
  static func find(
    titles: ArraySlice<ImportTable.Record>, header: ImportTable.Record, sheet: String? = nil,
    file: String? = nil
  ) -> AnnualLabel.Label? {
    for r in titles {
      let text = r.cells.filter { !$0.isEmpty }.joined(separator: " ")
      if kind(text) != nil { return AnnualLabel.Label(line: r.line, text: text) }
    }
    let first = header.cells.firstIndex { !$0.isEmpty }.map { [$0] } ?? []
    if let label = AnnualLabel.Label.first(
      titles: [], header: header, headerColumns: first, sheet: nil, file: nil,
      where: { kind($0) != nil && kind($0) != .count })
    {
      // A customer column headed `Users` names the customers (review 52b, R52b-1).
      return label
    }
    // A title or the customer header naming revenue or actuals settles it (R50-36).
    let texts = titles.map { $0.cells.filter { !$0.isEmpty }.joined(separator: " ") }
    if (texts + first.map { header.cells[$0] }).contains(where: namesRevenue) { return nil }
    // A name says bookings only: `forecast` in a name is as often the file's purpose (an
    // export for the forecast model) as its contents (review 48b's `…_final_forecast.csv`).
    return AnnualLabel.Label.first(
      titles: [], header: header, headerColumns: [], sheet: sheet,
      file: sheet == nil ? file : nil
    ) { kind($0, isName: true) == .bookings || kind($0, isName: true) == .balance }
  }

  /// Stops `--values auto` at `label`; with `--values` given, a note that the label was
  /// overruled.
  /// - Throws: `ARRQualityError` `.invalidData` naming the label and what to export instead.
  static func check(
    _ label: AnnualLabel.Label?, file: String, values: ImportValues, notes: inout [String],
    isMoneySeen: Bool = false
  ) throws(ARRQualityError) {
    guard let label, let kind = kind(label.text) else { return }
    // A currency sign in the cells says money whatever the title counts (`Seats by customer`
    // over `$1,200` cells).
    if kind == .count && isMoneySeen { return }
    let what: String
    switch kind {
    case .bookings: what = "bookings (contract values at signing)"
    case .forecast: what = "a forecast or budget (figures to come)"
    case .balance:
      what =
        "balances at month-end (revenue billed and not yet earned, or invoiced and not yet paid)"
    case .count:
      what = "counts (seats, users, units), not amounts of money"
    }
    guard values == .auto else {
      notes.append(
        "\(file): \(label.place)\"\(label.text)\" (line \(label.line)) speaks of \(what), but "
          + "--values \(values.rawValue) was given: the cells are read as "
          + (values == .billings ? "invoiced amounts" : "monthly revenue"))
      return
    }
    let effect: String
    switch kind {
    case .bookings:
      effect =
        "read as revenue, a contract's whole value would land in the month it was signed (a "
        + "3-year contract counted as revenue of one year); export MRR by customer and month, the "
        + "invoices, or the contracts (customer, start, end, value) as a subscriptions table"
    case .forecast:
      effect =
        "read as revenue, figures not yet billed would be counted as the company's ARR; export "
        + "the actual MRR or invoices by customer and month"
    case .balance:
      effect =
        "read as revenue, a balance would count as the month's MRR every month it stands (a "
        + "year's prepayment as twelve months of revenue falling to none); export the invoices, "
        + "or MRR by customer and month"
    case .count:
      effect =
        "read as revenue, each seat or unit would be counted as a dollar of MRR; export MRR by "
        + "customer and month, or the invoices (a count column beside the amounts is read as "
        + "activity)"
    }
    throw .data(
      "\(file):\(label.line): \(label.place)\"\(label.text)\" says the cells are \(what), not "
        + "revenue billed or earned each month: \(effect); pass --values mrr or --values "
        + "billings if the cells are monthly revenue after all")
  }
}
