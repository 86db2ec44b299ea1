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
  ]
  /// Nouns naming what the year is a term of.
  static let termNouns = [
    "contract", "subscription", "plan", "licence", "license", "agreement", "term", "commitment",
    "vertrag", "abonnement", "abo", "lizenz", "laufzeit", "vereinbarung", "mindestlaufzeit",
    "contrat", "engagement", "forfait", "contrato", "suscripción", "suscripcion", "licencia",
    "acuerdo", "compromiso",
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
  ]
  /// Words saying the term can be left any month: no commitment for a year.
  static let cancellableWords = [
    "cancel anytime", "cancel any time", "cancellable monthly", "monatlich kündbar",
    "jederzeit kündbar", "résiliable", "sin permanencia",
  ]
  /// Words naming the month as a plan's own term, before its noun (English, German) or after
  /// it (French, Spanish): `monthly plan`, `monatlicher Vertrag`, `abonnement mensuel`.
  static let monthlyBefore: Set<Substring> = [
    "monthly", "monatlich", "monatliche", "monatlicher", "monatliches", "monatlichen",
  ]
  static let monthlyAfter: Set<Substring> = ["mensuel", "mensuelle", "mensual"]

  /// Whether `description` names a yearly term billed by the month (see the extension).
  static func namesTermBilledMonthly(_ description: String) -> Bool {
    let w = UsageMonths.words(description)
    guard !w.isEmpty else { return false }
    let nouns = Set(termNouns.map { Substring($0) })
    // `Jahresvertrag`, `Jahresabo`: a year and its term noun in one word.
    let isYearCompound = w.contains { word in
      word.hasPrefix("jahres") && nouns.contains { word.dropFirst(6).hasPrefix($0) }
    }
    guard isYearCompound || UsageMonths.hasWord(description, of: termNouns) else { return false }
    guard isYearCompound || namesYearOfTerm(w, nouns: nouns) else { return false }
    guard !deniesYearlyTerm(description) else { return false }
    return UsageMonths.hasWord(description, of: monthlyBillingWords)
      || countsOutOfTwelve(description)
  }

  /// Whether a year phrase of ``yearWords`` (not after `semi`, `half` or a negation) qualifies
  /// a term noun of `nouns`: one within the three words after it (`annual Pro plan`) or the two
  /// before it (`contrat annuel`, `licence 12 mois`). A year naming another noun is no term
  /// (review 50, R50-22: "billed monthly; 12-month price lock" committed a monthly plan).
  static func namesYearOfTerm(_ w: [Substring], nouns: Set<Substring>) -> Bool {
    for phrase in yearWords {
      let p = phrase.split(separator: " ")
      guard w.count >= p.count else { continue }
      for i in 0...(w.count - p.count) where w[i..<(i + p.count)].elementsEqual(p) {
        if i > 0 && (negations.contains(w[i - 1]) || w[i - 1] == "semi" || w[i - 1] == "half") {
          continue
        }
        let after = w[(i + p.count)..<min(w.count, i + p.count + 3)]
        let before = w[max(0, i - 2)..<i]
        if after.contains(where: nouns.contains) || before.contains(where: nouns.contains) {
          return true
        }
      }
    }
    return false
  }

  /// Whether `description` denies its year is the line's own committed term: a term noun
  /// negated or monthly (``namesNoYearlyTerm(_:nouns:)``), cancellable any month
  /// (``cancellableWords``) or the year only offered (``offeredWords``: `monthly plan (annual
  /// plan available)`).
  static func deniesYearlyTerm(_ description: String) -> Bool {
    let nouns = Set(termNouns.map { Substring($0) })
    return namesNoYearlyTerm(UsageMonths.words(description), nouns: nouns)
      || UsageMonths.hasWord(description, of: cancellableWords + offeredWords)
  }

  /// Words offering a year rather than billing one.
  static let offeredWords = [
    "available", "option", "optional", "möglich", "verfügbar", "disponible", "upgrade to",
    "switch to", "save with",
  ]

  /// Whether `words` negate a term noun (`no commitment`, `sans engagement`) or name the plan
  /// itself monthly (`monthly plan`, `Monatsvertrag`, `abonnement mensuel`).
  static func namesNoYearlyTerm(_ words: [Substring], nouns: Set<Substring>) -> Bool {
    for (k, word) in words.enumerated() {
      if word.hasPrefix("monats") && nouns.contains(where: { word.dropFirst(6).hasPrefix($0) }) {
        return true
      }
      guard nouns.contains(word) else { continue }
      if k > 0 && (negations.contains(words[k - 1]) || monthlyBefore.contains(words[k - 1])) {
        return true
      }
      if k + 1 < words.count && monthlyAfter.contains(words[k + 1]) { return true }
    }
    return false
  }

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
