extension DescribedTerm {
  /// Month units of a duration, in six languages.
  static let monthUnits: Set<Substring> = [
    "month", "months", "mo", "mos", "mois", "monate", "monaten", "meses", "mesi", "maanden",
  ]
  /// Words saying a duration is a commitment, not what a line pays for.
  static let commitmentWords: Set<Substring> = [
    "minimum", "term", "commitment", "contract", "engagement", "laufzeit", "mindestlaufzeit",
    "vertragslaufzeit", "durée", "permanencia", "vincolo", "looptijd", "fidelidade",
    // `Monthly licence fee - 36 month agreement` (review 55's my01: each month served over 36).
    "agreement", "vertrag", "contrat", "contrato", "contratto", "overeenkomst",
  ]
  /// Words saying a line is paid ahead for its whole term.
  static let prepaidWords: Set<Substring> = [
    "prepaid", "upfront", "prepay", "prepayment", "vorauszahlung", "vorab", "vorausbezahlt",
    "prépayé", "prepago", "anticipado", "prepagato", "vooruitbetaald", "antecipado",
  ]
  /// Words of a cadence, by its months: 1 (``monthlyWords``), 3, 12.
  static let cadenceMonths: [Substring: Int] = [
    "quarterly": 3, "quartalsweise": 3, "vierteljährlich": 3, "trimestriel": 3,
    "trimestrielle": 3, "trimestral": 3, "trimestrale": 3, "driemaandelijks": 3,
    "annual": 12, "annually": 12, "yearly": 12, "jährlich": 12, "jährliche": 12, "annuel": 12,
    "annuelle": 12, "anual": 12, "annuale": 12, "jaarlijks": 12, "jaarlijkse": 12,
  ]
  /// Words after `monthly` making it a pricing metric (`monthly active users`), not a cadence.
  static let metricWords: Set<Substring> = [
    "active", "users", "user", "mau", "visits", "visitors", "sessions", "orders",
    "transactions", "messages", "emails", "events", "volume", "spend",
  ]

  /// The cadence, in months, a line's `words` say it is billed at in their own terms (`Yearly
  /// fee`, `Quarterly billing`, `Abonnement mensuel`): one cadence word, not after a word of
  /// ``otherBilling`` (`replaces monthly plan`, `converted from annual`, `statt monatlicher
  /// Zahlung`) nor before a metric (`monthly active users`), and `semi`/`half` annual aside;
  /// `nil` for none or two (review 54, R54-5, R54-21). Of two, one before an agreement's noun
  /// is the agreement's (`Monthly fee under annual agreement - 2 year term`: monthly; review 54,
  /// R54-28: read as none, each month's fee was served over 24 months, −39%).
  static func ownCadence(_ words: [Substring]) -> Int? {
    var found = Set<Int>()
    var agreements = Set<Int>()
    for (k, w) in words.enumerated() {
      guard let months = monthlyWords.contains(w) ? 1 : cadenceMonths[w] else { continue }
      if k > 0, ["semi", "half"].contains(words[k - 1]) { continue }
      if words[max(0, k - 3)..<k].contains(where: { otherBilling.contains(String($0)) })
        || ["converted", "upgraded", "formerly"].contains(where: {
          words[max(0, k - 3)..<k].contains(Substring($0))
        })
      {
        continue
      }
      if k + 1 < words.count, metricWords.contains(words[k + 1]) { continue }
      // `annual agreement`; `contrat annuel`, `contrato anual`; not after what is subscribed
      // (`Abonnement mensuel, contrat annuel`: the subscription's).
      let previous = k > 0 ? words[k - 1] : ""
      if k + 1 < words.count && agreementNouns.contains(words[k + 1])
        && !subscribedWords.contains(String(previous))
        || agreementNouns.contains(previous)
      {
        agreements.insert(months)
      } else {
        found.insert(months)
      }
    }
    if found.isEmpty { found = agreements }
    return found.count == 1 ? found.first : nil
  }

  /// Nouns of an agreement: a cadence word beside one is the agreement's (`annual agreement`,
  /// `contrat annuel`), in six languages.
  static let agreementNouns: Set<Substring> = [
    "agreement", "contract", "term", "commitment", "vertrag", "contrat", "engagement",
    "contrato", "contratto", "overeenkomst", "compromiso", "impegno",
  ]

  /// Words saying a duration is a minimum the customer commits to, whatever is paid ahead
  /// (`Monthly subscription (prepaid), 12-month minimum term`: the month is prepaid, not the
  /// twelve; review 54, x01).
  static let minimumWords: Set<Substring> = [
    "minimum", "min", "commitment", "mindestlaufzeit", "engagement", "permanencia", "vincolo",
    "fidelidade", "minimale", "mínimo", "minimo", "mindest",
  ]
}
