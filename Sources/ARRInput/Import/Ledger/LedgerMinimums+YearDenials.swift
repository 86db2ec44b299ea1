/// What denies a description's year is the line's own committed term (``LedgerMinimums``,
/// ``namesTermBilledMonthly(_:)``; `docs/import.md`, "Invoice ledger", committed minimums): a
/// term noun negated or monthly (`no commitment`, `Monatsvertrag`, `abonnement mensuel`), a
/// term cancellable any month (`cancel anytime`, `monatlich kündbar`), or the year only offered
/// (`annual plan available`, `switch to annual`).
///
/// Each must speak of the year or of the term itself (review 51, R51-5, R51-6: an upgrade
/// offered, an optional add-on, `cancel anytime after the first 12 months` and `danach monatlich
/// kündbar` after a minimum term denied annual terms billed monthly, committed $0 for $12,000;
/// `sans engagement de volume` and `option Premium` likewise).
extension LedgerMinimums {
  /// Words saying the term can be left any month: no commitment for a year.
  static let cancellableWords = [
    "cancel anytime", "cancel any time", "cancellable monthly", "monatlich kündbar",
    "jederzeit kündbar", "résiliable", "sin permanencia",
    // American spelling, Dutch and Italian (review 52, R52-28: `Jaarabonnement, maandelijks
    // gefactureerd, maandelijks opzegbaar` committed a year cancellable any month).
    "cancelable monthly", "cancelable anytime", "maandelijks opzegbaar", "dagelijks opzegbaar",
    "altijd opzegbaar", "per maand opzegbaar", "maandelijks opzeggen", "disdicibile",
    "disdetta mensile", "recesso mensile", "senza vincolo",
  ]
  /// Negations right before a cancellable phrase: the term cannot be left.
  static let cancellableNegations: Set<Substring> = [
    "not", "niet", "nicht", "non", "no", "pas", "nie", "never",
  ]
  /// Words before a cancellable phrase saying it holds after a first term (`danach monatlich
  /// kündbar`, `then cancel anytime`).
  static let thereafterWords: Set<Substring> = [
    "danach", "anschließend", "anschliessend", "thereafter", "then", "afterwards", "ensuite",
    "después", "despues", "luego", "poi", "daarna",
  ]
  /// Words after a cancellable phrase saying it holds after a first term (`cancel anytime after
  /// the first 12 months`, `kündbar nach 12 Monaten`).
  static let afterWords: Set<Substring> = [
    "after", "nach", "après", "apres", "después", "despues", "tras", "once", "dopo", "na",
  ]
  /// Words after `after` (within four) naming the first term a cancellation waits for: a year,
  /// 12 months or more, the minimum term.
  static let firstTermWords: Set<Substring> = [
    "year", "years", "yr", "jahr", "jahres", "jahren", "année", "annee", "ans", "año", "anno",
    "jaar", "term", "minimum", "mindestlaufzeit", "laufzeit", "vertragslaufzeit", "engagement",
    "permanencia", "contract", "12", "18", "24", "36", "twelve",
  ]
  /// Words naming the month as a plan's own term, before its noun (English, German) or after
  /// it (French, Spanish): `monthly plan`, `monatlicher Vertrag`, `abonnement mensuel`.
  static let monthlyBefore: Set<Substring> = [
    "monthly", "monatlich", "monatliche", "monatlicher", "monatliches", "monatlichen",
  ]
  static let monthlyAfter: Set<Substring> = ["mensuel", "mensuelle", "mensual"]
  /// Words after a negated term noun naming another commitment than the term (`sans engagement
  /// de volume`, `no commitment on usage`): the negation leaves the term alone.
  static let otherCommitments: Set<Substring> = [
    "volume", "volumen", "usage", "consumption", "consumo", "achat", "achats", "spend",
    "minimum", "units", "utilisation", "nutzung", "verbrauch", "seats", "quantity",
  ]
  /// Words directly after a negated term noun that are its own adjective (`sans engagement
  /// minimum de durée`, `no minimum`'s reverse): part of the noun, not another commitment
  /// (review 52, R52-2: the French "no lock-in" phrase committed a monthly plan).
  static let nounAdjectives: Set<Substring> = [
    "minimum", "minimal", "minimale", "mínimo", "minimo", "mindest",
  ]

  /// Words offering a year rather than billing one, each with where the year must be for it
  /// to: `upgrade to`, `switch to`, `save with` right before the year (`switch to annual`);
  /// `available`, `optional`, `möglich`, `verfügbar`, `disponible` within three words of it
  /// (`annual plan available`); `option` within the three words before it (`option
  /// annuelle`), or last after it (`monthly plan, annual option`): `option Premium` is an
  /// add-on bought.
  static let offeredBefore = ["upgrade to", "switch to", "save with"]
  static let offeredAround: Set<Substring> = [
    "available", "optional", "möglich", "verfügbar", "disponible",
  ]

  /// Whether `description` denies its year is the line's own committed term: a term noun
  /// negated or monthly (``namesNoYearlyTerm(_:nouns:)``), cancellable any month from the start
  /// (``isCancellable(_:)``), or the year only offered (``isYearOffered(_:)``).
  static func deniesYearlyTerm(_ description: String) -> Bool {
    let nouns = Set(termNouns.map { Substring($0) })
    let w = UsageMonths.words(description)
    return namesNoYearlyTerm(w, nouns: nouns) || isCancellable(w) || isYearOffered(w)
  }

  /// Whether a phrase of ``cancellableWords`` says the term can be left any month from the
  /// start: not after a word of ``thereafterWords`` nor before one of ``afterWords``, within two
  /// words.
  static func isCancellable(_ w: [Substring]) -> Bool {
    for phrase in cancellableWords {
      let p = phrase.split(separator: " ")
      guard w.count >= p.count else { continue }
      for i in 0...(w.count - p.count) where w[i..<(i + p.count)].elementsEqual(p) {
        let before = w[max(0, i - 2)..<i]
        let after = w[(i + p.count)..<min(w.count, i + p.count + 2)]
        // `after` introduces a first term only before a year or a term (`after the first 12
        // months`, `after year 1`, `nach 12 Monaten`): `after giving 30 days notice`, `after the
        // first month` leave the plan cancellable (review 52, R52-37: both committed a year).
        let isAfterTerm = after.indices.contains { j in
          afterWords.contains(w[j])
            && w[(j + 1)..<min(w.count, j + 5)].contains(where: firstTermWords.contains)
        }
        // A negation right before it affirms the term (`niet maandelijks opzegbaar`); `senza
        // vincolo` denies a term only, not `di esclusiva` (review 53, R53-16: both committed 0).
        let isNegated = i > 0 && cancellableNegations.contains(w[i - 1])
        let isOtherTie =
          phrase == "senza vincolo" && i + p.count + 1 < w.count && w[i + p.count] == "di"
          && !["durata", "contrattuale", "minimo", "permanenza", "tempo"].contains(
            w[i + p.count + 1])
        if !before.contains(where: thereafterWords.contains) && !isAfterTerm && !isNegated
          && !isOtherTie
        {
          return true
        }
      }
    }
    return false
  }

  /// Whether a word offering a year (``offeredBefore``, ``offeredAround``, `option`) stands
  /// where it speaks of a year phrase of ``yearWords`` or a year compound (`Jahresvertrag
  /// möglich`).
  static func isYearOffered(_ w: [Substring]) -> Bool {
    let nouns = Set(termNouns.map { Substring($0) })
    var years = Set(yearPhrases(w).map(\.index))
    for (k, word) in w.enumerated() where isYearCompound(word, nouns: nouns) { years.insert(k) }
    guard !years.isEmpty else { return false }
    func isYear(in range: Range<Int>) -> Bool {
      years.contains { range.contains($0) }
    }
    for phrase in offeredBefore {
      let p = phrase.split(separator: " ")
      guard w.count >= p.count else { continue }
      for i in 0...(w.count - p.count) where w[i..<(i + p.count)].elementsEqual(p) {
        if isYear(in: (i + p.count)..<(i + p.count + 2)) { return true }
      }
    }
    // An offered word qualifies the year or its term: before the year (`optional annual plan`),
    // after the year's noun (`annual plan available`, `annual contract is optional`), or
    // offering it (`available as annual`); not the next noun (`Annual contract incl. optional
    // premium support`: review 52, R52-38, it committed nothing).
    func isNounOfYear(_ j: Int) -> Bool {
      j >= 0 && j < w.count && (nouns.contains(w[j]) || isYearCompound(w[j], nouns: nouns))
        && isYear(in: (j - 2)..<(j + 1))
    }
    for (k, word) in w.enumerated() {
      if offeredAround.contains(word) {
        let linking: Set<Substring> = ["also", "is", "are", "only", "now"]
        if isYear(in: (k + 1)..<(k + 3)) || isNounOfYear(k - 1)
          || (k >= 2 && linking.contains(w[k - 1]) && isNounOfYear(k - 2))
          || (k >= 1 && isYear(in: (k - 1)..<k))
          || (k + 1 < w.count && ["as", "on", "with", "for"].contains(w[k + 1])
            && isYear(in: (k + 2)..<(k + 5)))
        {
          return true
        }
      }
      if word == "option"
        && (isYear(in: (k + 1)..<(k + 4))
          || (k == w.count - 1 && isYear(in: (k - 3)..<k)))
      {
        return true
      }
    }
    return false
  }

  /// Whether `words` negate a term noun (`no commitment`, `sans engagement`; not `sans
  /// engagement de volume`, another commitment) or name the plan itself monthly (`monthly
  /// plan`, `Monatsvertrag`, `abonnement mensuel`).
  static func namesNoYearlyTerm(_ words: [Substring], nouns: Set<Substring>) -> Bool {
    for (k, word) in words.enumerated() {
      if word.hasPrefix("monats") && isNounRest(word.dropFirst(6), nouns: nouns) { return true }
      guard nouns.contains(word) else { continue }
      if k > 0 && negations.contains(words[k - 1]) {
        let from = k + 1 < words.count && nounAdjectives.contains(words[k + 1]) ? k + 2 : k + 1
        let next = words[min(from, words.count)..<min(words.count, from + 2)]
        if !next.contains(where: otherCommitments.contains) { return true }
      }
      if k > 0 && monthlyBefore.contains(words[k - 1]) { return true }
      if k + 1 < words.count && monthlyAfter.contains(words[k + 1]) { return true }
    }
    return false
  }
}
