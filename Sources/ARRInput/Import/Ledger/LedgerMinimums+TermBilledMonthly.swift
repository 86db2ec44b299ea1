import ARRCore

/// A yearly term billed by the month, named in other words than "annual contract" (session 49,
/// imp lane; trial 48, T48-34: "Annual subscription (billed monthly)", "Annual plan, billed
/// monthly (month 3 of 12)" and "Annual subscription - monthly installment 3/12" read committed
/// ARR $0, 43–56% of the headline), in English, German, French or Spanish (session 50, imp lane:
/// `Jahresvertrag, monatliche Zahlung`, `contrat annuel, facturé mensuellement`, `contrato anual,
/// pago mensual` committed nothing).
///
/// Decided: a description naming a year (``yearWords``, or a German compound of `Jahres` and a
/// term noun, `Jahresvertrag`; not after `semi`, `half` or a negation), a term noun
/// (``termNouns``) and a monthly billing (``monthlyBillingWords``, or an instalment counter out
/// of 12: `month 3 of 12`, `3 of 12`, `3/12`) names an annual contract billed monthly: its lines
/// commit their account as "annual contract, billed monthly" does
/// (``LedgerMinimums/namesContract(_:)``). Not when a term noun is negated (`no commitment`,
/// `sans engagement`, `ohne Vertrag`), the plan itself is monthly (`monthly plan`,
/// `Monatsvertrag`, `abonnement mensuel`) or cancellable any month (``cancellableWords``).
extension LedgerMinimums {
  /// Words naming a year's term.
  static let yearWords = [
    "annual", "yearly", "12 month", "twelve month", "1 year", "one year",
    // German, French, Spanish.
    "jährlich", "jährliche", "jährlicher", "jährliches", "jährlichen", "jaehrlich", "12 monate",
    "12 monats", "ein jahr", "1 jahr", "annuel", "annuelle", "12 mois", "un an", "1 an", "anual",
    "12 meses", "un año", "1 año",
    // Plurals and short forms (review 51, R51-27: "Licence 12 months, billed monthly" committed
    // nothing), Italian and Dutch (R51-7: `Contratto annuale, fatturazione mensile`).
    "12 months", "twelve months", "12 mo", "1 yr", "one yr", "annuale", "annuo", "annua",
    "12 mesi", "un anno", "1 anno", "jaarlijks", "jaarlijkse", "12 maanden", "1 jaar", "een jaar",
  ]
  /// Nouns naming what the year is a term of.
  static let termNouns = [
    "contract", "subscription", "plan", "licence", "license", "agreement", "term", "commitment",
    "vertrag", "abonnement", "abo", "lizenz", "laufzeit", "vereinbarung", "mindestlaufzeit",
    "contrat", "engagement", "forfait", "contrato", "suscripción", "suscripcion", "licencia",
    "acuerdo", "compromiso", "contratto", "abbonamento", "licenza", "accordo", "licentie",
    "overeenkomst",
    // An Italian yearly fee (`Canone annuo …, fatturazione mensile`; review 52, R52-28's miss:
    // `canone` named no term, the year billed monthly committed nothing).
    "canone",
  ]
  /// Term nouns a German or Dutch compound ends in (`Wartungsvertrag`, `Softwarelizenz`,
  /// `Jaarcontract`): the compound is that noun (review 51, R51-30).
  static let compoundNouns = [
    "vertrag", "lizenz", "abonnement", "vereinbarung", "laufzeit", "contract", "licentie",
    "overeenkomst",
  ]
  /// Nouns a year names the commitment by, beside ``termNouns``, in ``namesYearOfTerm(_:nouns:)``
  /// only (`12-month minimum`: review 51, R51-26); negated, they say nothing of the term (`no
  /// minimum spend`).
  static let commitmentNouns: Set<Substring> = [
    "minimum", "minimums", "permanencia", "mindestvertragslaufzeit",
  ]
  /// Nouns a year qualifies that are no term (`12-month price lock`, `annual price guarantee`,
  /// `annual report`): the words after a year are looked at up to the first of them.
  static let otherNouns: Set<Substring> = [
    "price", "prices", "pricing", "lock", "guarantee", "guaranteed", "warranty", "report",
    "review", "conference", "pass", "event", "audit", "cap", "preis", "preisgarantie", "prix",
    "precio", "garantie", "garantía", "prezzo",
  ]
  /// Nouns a year directly before them qualifies that name no term, beside ``otherNouns``: what
  /// is kept or given for a year (`12 months log retention`, `1 yr data retention`, `twelve
  /// months premium support`), or a promotion's words (`12 months at 50% off`, `free`).
  static let qualifiedNouns: Set<Substring> = [
    "retention", "history", "storage", "backup", "backups", "archive", "archiving", "support",
    "updates", "update", "upgrades", "at", "off", "free", "discount", "promo", "promotion",
    "trial", "aufbewahrung", "speicherung", "conservation", "conservación", "conservazione",
  ]
  /// Words before a year saying it is a promotion's first year, not a term (`first 12 months
  /// at 50% off`, `ersten 12 Monate`).
  static let promotionWords: Set<Substring> = [
    "first", "initial", "erste", "ersten", "premiers", "premières", "primeros", "primi",
    "eerste",
  ]
  /// Phrases saying a line is billed by the month.
  static let monthlyBillingWords = [
    "billed monthly", "paid monthly", "invoiced monthly", "payable monthly", "monthly billing",
    "monthly installment", "monthly installments", "monthly instalment", "monthly instalments",
    "monthly payment", "monthly payments",
    // German.
    "monatliche zahlung", "monatlicher zahlung", "monatliche zahlungen", "monatlich abgerechnet",
    "monatlich bezahlt", "monatlich berechnet", "monatlich zahlbar", "monatlich fakturiert",
    "monatliche abrechnung", "monatliche rate", "monatliche raten", "monatlicher rate",
    "zahlung monatlich", "zahlweise monatlich", "monatliche zahlweise", "abrechnung monatlich",
    // French.
    "facturé mensuellement", "facturée mensuellement", "facturation mensuelle", "paiement mensuel",
    "paiements mensuels", "payé mensuellement", "payable mensuellement", "réglé mensuellement",
    "prélèvement mensuel", "mensualité", "mensualités",
    // Spanish.
    "pago mensual", "pagos mensuales", "facturado mensualmente", "facturación mensual",
    "facturacion mensual", "pagado mensualmente", "cuota mensual", "cuotas mensuales",
    "mensualidad", "mensualidades", "cobro mensual",
    // Italian, Dutch (review 51, R51-7).
    "fatturazione mensile", "pagamento mensile", "fatturato mensilmente", "pagato mensilmente",
    "rata mensile", "rate mensili", "canone mensile", "maandelijkse facturering",
    "maandelijkse facturatie", "maandelijks gefactureerd", "maandelijkse betaling",
    "maandelijks betaald", "per maand gefactureerd",
  ]
  /// Whether `description` names a yearly term billed by the month (see the extension).
  static func namesTermBilledMonthly(_ description: String) -> Bool {
    let w = UsageMonths.words(description)
    guard !w.isEmpty else { return false }
    let nouns = Set(termNouns.map { Substring($0) })
    // `Jahresvertrag`, `Jahresabo`, `Jaarcontract`: a year and its term noun in one word.
    let hasYearCompound = w.contains { Self.isYearCompound($0, nouns: nouns) }
    guard hasYearCompound || w.contains(where: { isTermNoun($0, nouns: nouns) }) else {
      return false
    }
    // The index of each clause's first word after the first (`,`, `;`, brackets end one).
    var breaks = Set<Int>()
    var n = 0
    for clause in description.split(whereSeparator: { ",;()[]".contains($0) }) {
      if n > 0 { breaks.insert(n) }
      n += UsageMonths.words(String(clause)).count
    }
    guard hasYearCompound || namesYearOfTerm(w, nouns: nouns, breaks: breaks) else {
      return false
    }
    guard !deniesYearlyTerm(description) else { return false }
    return UsageMonths.hasWord(description, of: monthlyBillingWords)
      || countsOutOfTwelve(description)
  }

  /// Whether a year phrase of ``yearWords`` (not after `semi`, `half` or a negation) qualifies
  /// a term noun of `nouns` or ``commitmentNouns``: one of the four words after it, up to the
  /// first noun of ``otherNouns`` (`annual Enterprise Edition platform subscription`), or of the
  /// two before it (`contrat annuel`, `licence 12 mois`). A year naming another noun is no term
  /// (review 50, R50-22: "billed monthly; 12-month price lock" committed a monthly plan; review
  /// 51, R51-26: a window of three words after it missed a product's name between the two, and
  /// `12-month minimum` is the commitment itself).
  /// `breaks`: the indices of the words that begin a clause (after a comma, a semicolon or a
  /// bracket): a qualifying noun is looked for in the year's clause only.
  static func namesYearOfTerm(
    _ w: [Substring], nouns: Set<Substring>, breaks: Set<Int> = []
  ) -> Bool {
    func isNoun(_ word: Substring) -> Bool {
      isTermNoun(word, nouns: nouns) || commitmentNouns.contains(word)
    }
    for (i, count) in yearPhrases(w) {
      if i > 0 && (negations.contains(w[i - 1]) || w[i - 1] == "semi" || w[i - 1] == "half") {
        continue
      }
      // A first year of a promotion (`first 12 months at 50% off`) is no term; nor is a year
      // directly qualifying another noun (`12 months log retention`, `12 months price
      // guarantee`, `1 yr data retention`) with no term noun right after it (review 52, R52-1:
      // each committed a monthly plan, $0 → $12,000).
      if i > 0 && promotionWords.contains(w[i - 1]) { continue }
      // Up to the clause's end: `Platform licence - 12 months, support included` (review 53,
      // R53-13: the year read as qualifying support across the comma, committed 0).
      // `12 months of data history`: the noun after `of` (review 53, R53-13's y05).
      let from = i + count + (i + count < w.count && w[i + count] == "of" ? 1 : 0)
      let end = min(w.count, from + 2, breaks.filter { $0 >= i + count }.min() ?? w.count)
      let next = w[min(from, end)..<end]
      if next.contains(where: { otherNouns.contains($0) || qualifiedNouns.contains($0) }),
        !w[(i + count)..<min(w.count, i + count + 3)].contains(where: isNoun)
      {
        continue
      }
      let after = w[(i + count)..<min(w.count, i + count + 4)]
      // A price word inside a compound adjective (`fixed-price contract`, `price-locked
      // subscription`) is no head noun: it stops nothing (review 52, R52-41: both committed $0).
      let upTo =
        after.indices.first { j in
          guard otherNouns.contains(after[j]) else { return false }
          guard ["price", "prices", "preis", "prix", "precio", "prezzo"].contains(after[j]) else {
            return true
          }
          let next = j + 1 < after.endIndex ? after[j + 1] : ""
          let isAdjective =
            (j > after.startIndex && after[j - 1] == "fixed") || next.hasSuffix("ed")
            || isNoun(next)
          return !isAdjective
        } ?? after.endIndex
      let before = w[max(0, i - 2)..<i]
      if after[..<upTo].contains(where: isNoun) || before.contains(where: isNoun) { return true }
    }
    return false
  }

  /// The year phrases of ``yearWords`` in `w`: each one's first word's index and word count;
  /// and terms of a year or more in digits or words (review 52, R52-32: `24-month contract`,
  /// `Laufzeit 36 Monate`, `2 years` committed nothing while `12 months` did): a count of 12 to
  /// 120 before a month word (``monthUnits``), or of 1 to 10 (`two` to `ten` too, as
  /// ``DescribedTerm/numberWords``) before a year word (``yearUnits``).
  static func yearPhrases(_ w: [Substring]) -> [(index: Int, count: Int)] {
    var out = [(index: Int, count: Int)]()
    for phrase in yearWords {
      let p = phrase.split(separator: " ")
      guard w.count >= p.count else { continue }
      for i in 0...(w.count - p.count) where w[i..<(i + p.count)].elementsEqual(p) {
        out.append((i, p.count))
      }
    }
    for i in w.indices.dropLast() {
      guard let n = Int(w[i]) ?? DescribedTerm.numberWords[String(w[i])] else { continue }
      if (12...120).contains(n) && monthUnits.contains(w[i + 1])
        || (1...10).contains(n) && yearUnits.contains(w[i + 1]),
        !out.contains(where: { $0.index == i })
      {
        out.append((i, 2))
      }
    }
    return out
  }

  /// Words of a month after a count (`24 months`, `36 Monate`, `24 mesi`).
  static let monthUnits: Set<Substring> = [
    "month", "months", "mo", "mos", "monate", "monaten", "monats", "mois", "meses", "mesi",
    "maanden", "maand",
  ]
  /// Words of a year after a count (`2 years`, `3 Jahre`, `2 ans`).
  static let yearUnits: Set<Substring> = [
    "year", "years", "yr", "yrs", "jahr", "jahre", "jahren", "an", "ans", "año", "años", "anno",
    "anni", "jaar",
  ]

  /// Whether `word` is a term noun: one of `nouns`, or a German or Dutch compound ending in one
  /// of ``compoundNouns`` (`Wartungsvertrag`, `Softwarelizenz`).
  static func isTermNoun(_ word: Substring, nouns: Set<Substring>) -> Bool {
    nouns.contains(word)
      || compoundNouns.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
  }

  /// Whether `rest`, what follows a compound's first part (`Jahres…`, `Monats…`), is a term noun
  /// as a whole, or with a German linking or plural ending (`Jahresverträge`, `Jahreslizenzen`):
  /// `Jahresplanung` and `Monatsplanung` name no plan (review 51, R51-23: a prefix test made
  /// `Monatsplanung` a monthly plan and denied the `Jahresvertrag` beside it).
  static func isNounRest(_ rest: Substring, nouns: Set<Substring>) -> Bool {
    if nouns.contains(rest) || rest == "verträge" || rest == "vertraege" { return true }
    return ["s", "e", "es", "en", "n"].contains { ending in
      rest.hasSuffix(ending) && nouns.contains(rest.dropLast(ending.count))
    }
  }

  /// Whether `word` is a year and its term noun in one word: `Jahresvertrag`, `Jahresabo`,
  /// `Jaarcontract`, `Jaarabonnement`.
  static func isYearCompound(_ word: Substring, nouns: Set<Substring>) -> Bool {
    for prefix in ["jahres", "jaar"] where word.hasPrefix(prefix) {
      let rest = word.dropFirst(prefix.count)
      if isNounRest(rest, nouns: nouns) { return true }
      // A longer compound ending in a term noun (`Jahreswartungsvertrag`, `Jahresabovertrag`),
      // or a term noun and a fee (`Jahreslizenzgebühr`): review 52, R52-3, R52-39 (each committed
      // $0 for $12,000). Not `Jahresplanung`, which names no term noun.
      if isTermNoun(rest, nouns: nouns) { return true }
      if nouns.contains(where: { n in
        rest.hasPrefix(n) && feeNouns.contains { rest.dropFirst(n.count).hasPrefix($0) }
      }) {
        return true
      }
    }
    return false
  }

  /// German nouns of a fee or price that follow a term noun in a compound (`Lizenzgebühr`,
  /// `Abopreis`, `Vertragskosten`, with a linking `s`).
  static let feeNouns = [
    "gebühr", "gebuehr", "preis", "kosten", "entgelt", "beitrag", "sgebühr", "spreis", "skosten",
    "sentgelt", "sbeitrag",
  ]

  /// Whether `text` counts an instalment out of 12: `k of 12` (words) or `k/12` not part of a
  /// date (`03/12/2026`), k from 1 to 12.
  static func countsOutOfTwelve(_ text: String) -> Bool {
    let w = UsageMonths.words(text)
    if w.count >= 3,
      (0...(w.count - 3)).contains(where: { i in
        w[i + 1] == "of" && w[i + 2] == "12" && Int(w[i]).map { (1...12).contains($0) } == true
      })
    {
      return true
    }
    let c = Array(text)
    for (i, ch) in c.enumerated() where ch == "/" && i + 2 < c.count {
      guard c[i + 1] == "1", c[i + 2] == "2" else { continue }
      if i + 3 < c.count && (c[i + 3].isNumber || c[i + 3] == "/" || c[i + 3] == ".") { continue }
      var j = i
      while j > 0 && c[j - 1].isNumber { j -= 1 }
      let digits = String(c[j..<i])
      guard let k = Int(digits), (1...12).contains(k), digits.count <= 2 else { continue }
      if j > 0 && (c[j - 1] == "/" || c[j - 1] == ".") { continue }
      // `PO 3/12`, `dated 3/12`: a date (review 49, R49-6).
      // `no.` counts the instalment (`instalment no. 3/12`) unless it numbers an order or a
      // reference (`PO no. 3/12`; review 50, R50-21: the counter was read as a date and an
      // annual billed monthly spread over 12 months, $15K for $24K).
      let before = UsageMonths.words(String(c[..<j])).suffix(2).map(String.init)
      let dateWords = ["po", "order", "dated", "date", "on", "from", "ref", "until", "by"]
      if let last = before.last,
        dateWords.contains(last)
          || (last == "no" && before.count == 2
            && ["po", "order", "invoice", "ref"].contains(before[0]))
      {
        continue
      }
      return true
    }
    return false
  }
}
