import ARRCore

/// Reads the free text of contract and billing columns in data-room files ("Annual - auto
/// renew", "Billed quarterly", "Month-to-month"). The first matching word wins, in the order
/// below; text that matches nothing stays unknown and is reported (`docs/import.md`).
///
/// Every row of a cube or customer list passes through here, so ASCII text (nearly all of it) is
/// matched on its bytes, lowercased in place; other text goes through `String.lowercased()` and
/// `String.contains`, which agree with the byte search on ASCII.
enum TermText {
  /// Words naming each contract type, in the order they are tried.
  private static let contractWords: [(words: [[UInt8]], value: ContractType)] = [
    (
      bytes(
        "multi-year", "multi_year", "multi year", "multiyear", "multi-yr", "multi yr", "2 year",
        "3 year", "two year", "three year", "24 month", "36 month", "2-year", "3-year"),
      .multiYear
    ),
    (bytes("usage", "pay as you go", "pay-as-you-go", "payg", "consumption", "metered"), .usage),
    (bytes("pilot", "poc", "proof of concept"), .pilot),
    (bytes("month-to-month", "month to month", "monthly", "mtm", "m2m"), .monthly),
    (bytes("annual", "yearly", "12 month", "1 year", "one year", "12-month", "1-year"), .annual),
  ]

  /// Words naming each billing cadence, in the order they are tried.
  private static let cadenceWords: [(words: [[UInt8]], value: BillingCadence)] = [
    (
      bytes(
        "upfront", "up-front", "up front", "prepaid", "pre-paid", "multi-year", "multi_year",
        "multi year", "multiyear"), .upfront
    ),
    (bytes("arrears", "usage", "metered"), .inArrears),
    (bytes("semi", "half", "biannual", "bi-annual"), .semiannual),
    (bytes("quarter"), .quarterly),
    (bytes("annual", "yearly", "year"), .annual),
  ]

  /// Contract type named by `text`, or `nil` when it names none.
  /// - Complexity: O(length of `text` × number of words).
  static func contractType(_ text: String) -> ContractType? {
    // A cell naming a term and how it is billed ("Annual contract, billed monthly"): the
    // clauses without a billing word name the contract (review 13, F3: `monthly`, tried before
    // `annual`, made it month-to-month).
    if let (terms, _) = clauses(text), let type = firstMatch(terms, in: contractWords) {
      return type
    }
    return firstMatch(text, in: contractWords) ?? foreignType(text) ?? pilotLike(text)
  }

  /// Contract types in Spanish, Portuguese, French, Italian, German and Dutch, as whole words
  /// (`Anual`, `Mensual`; review 52b, R52b-14: a `Tipo` column of them went unread, its pilot
  /// counted). Whole words: `anual` is inside `manual`.
  static let foreignTypeWords: [String: ContractType] = [
    "anual": .annual, "anuales": .annual, "annuel": .annual, "annuelle": .annual,
    "jährlich": .annual, "jaehrlich": .annual, "jaarlijks": .annual, "mensual": .monthly,
    "mensuales": .monthly, "mensal": .monthly, "mensuel": .monthly, "mensuelle": .monthly,
    "mensile": .monthly, "monatlich": .monthly, "maandelijks": .monthly, "plurianual": .multiYear,
    "pluriannuel": .multiYear, "mehrjährig": .multiYear, "meerjarig": .multiYear,
  ]

  /// The type ``foreignTypeWords`` names in `text`, its first word that names one.
  static func foreignType(_ text: String) -> ContractType? {
    for w in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
      if let t = foreignTypeWords[String(w)] { return t }
    }
    return nil
  }

  /// Words of a short paid arrangement before a contract, as words of their own (`Trial
  /// (paid)`, `Design Partner`, `Beta`, `Evaluation`, `Early access`): a pilot, tried after
  /// every other term so that `Annual (after trial)` stays annual, and not inside other words
  /// (`Industrial`; trial 44, T44-19: both were unknown).
  static func pilotLike(_ text: String) -> ContractType? {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    if words.contains(where: pilotLikeWords.contains) { return .pilot }
    let joined = " " + words.joined(separator: " ") + " "
    return pilotLikePhrases.contains { joined.contains(" \($0) ") } ? .pilot : nil
  }

  static let pilotLikeWords: Set<String> = ["trial", "trials", "evaluation", "eval", "beta"]
  static let pilotLikePhrases = ["design partner", "design partners", "early access"]

  /// Words saying how a clause is billed (`billed monthly`, `monthly invoicing`, `paid
  /// quarterly`).
  private static let billingWords = [
    (words: bytes("bill", "invoic", "paid", "payment", "charged"), value: true)
  ]

  /// `text` cut at commas, semicolons, slashes, brackets and spaced dashes into the clauses
  /// without a billing word (joined by a comma) and those with one, when it has both; `nil`
  /// otherwise.
  private static func clauses(_ text: String) -> (terms: String, billing: String)? {
    guard firstMatch(text, in: billingWords) != nil else { return nil }
    var parts = [String]()
    var current = ""
    var previous: Character = " "
    for (i, ch) in zip(text.indices, text) {
      let next = text.index(after: i) < text.endIndex ? text[text.index(after: i)] : " "
      let isDash = (ch == "-" || ch == "–" || ch == "—") && previous == " " && next == " "
      if ",;/()[]|".contains(ch) || isDash {
        parts.append(current)
        current = ""
      } else {
        current.append(ch)
      }
      previous = ch
    }
    parts.append(current)
    var terms = [String]()
    var billing = [String]()
    for p in parts where !p.allSatisfy(\.isWhitespace) {
      if firstMatch(p, in: billingWords) != nil { billing.append(p) } else { terms.append(p) }
    }
    guard !terms.isEmpty && !billing.isEmpty else { return nil }
    return (terms.joined(separator: ","), billing.joined(separator: ","))
  }

  /// A trial status cell: the product's own names (`none`, `active`, `converted`, `expired`,
  /// any letter case), `trialing`/`in trial` (active), `paid` (converted), `lapsed` (expired),
  /// or a yes/no flag (yes: in trial); `nil` for anything else.
  static func trialStatus(_ text: String) -> TrialStatus? {
    let t = CubeLayout.normalized(text)
    if let status = TrialStatus(rawValue: t) { return status }
    switch t {
    case "trialing", "in trial", "trial": return .active
    case "paid": return .converted
    case "lapsed": return .expired
    default: return ScalarParsers.bool(t).map { $0 ? .active : TrialStatus.none }
    }
  }

  /// Whether a trial-status cell is a yes/no answer (`no`, `false`, `0`…) rather than a status
  /// word (``trialStatus(_:)`` reads both).
  static func isYesNo(_ text: String) -> Bool {
    let t = CubeLayout.normalized(text)
    return TrialStatus(rawValue: t) == nil && ScalarParsers.bool(t) != nil
  }

  /// Billing cadence named by `text`, or `nil` when it names none.
  /// - Complexity: O(length of `text` × number of words).
  static func billingCadence(_ text: String) -> BillingCadence? {
    // "Bi-monthly" is every two months or twice a month, "semi-monthly" twice a month: no
    // cadence the tool has, and not monthly (review 13, F12: they matched the word `month`).
    if firstMatch(text, in: twoWayCadenceWords) != nil { return nil }
    // The clause saying how it is billed names the cadence ("Annual contract, billed monthly":
    // monthly; review 13, F3), when it names a cadence of its own.
    if let (_, billing) = clauses(text), let c = billingCadence(billing), c != .upfront {
      return c
    }
    let cadence = firstMatch(text, in: cadenceWords)
    // "Every 2 years", "biennial": a cycle of several years is no annual cadence (review 13,
    // F12's rest: it matched `year`); paid in advance it is the whole term's upfront payment.
    if yearsPerCycle(text) != nil { return cadence == .upfront ? .upfront : nil }
    let period = period(text)
    switch cadence {
    case .upfront?:
      // "Annual upfront", "prepaid annually", "Monthly (prepaid)": each period paid in advance,
      // at the period's cadence; upfront alone, or beside a multi-year term, is the whole term
      // paid at signing (review 13, F2: "Annual upfront" forced a 24- or 36-month spread of
      // invoices 12 months apart).
      if firstMatch(text, in: multiYearWords) != nil { return .upfront }
      if let c = firstMatch(text, in: Array(cadenceWords.dropFirst(2))) { return c }
      switch period {
      case .none: return .upfront
      case .cadence(let c): return c
      case .noCadence: return nil
      }
    case .inArrears?: return .inArrears
    case .some(let c): return c
    case nil:
      if case .cadence(let c) = period { return c }
      return nil
    }
  }

  /// Why `text` names no billing cadence though it names months (`nil` when it does not): the
  /// words that read two ways, or a count of months with no cadence.
  static func cadenceDoubt(_ text: String) -> String? {
    if firstMatch(text, in: twoWayCadenceWords) != nil {
      return "bi-monthly is every two months or twice a month, semi-monthly twice a month"
    }
    if case .noCadence = period(text), let n = monthCount(text) {
      return "no cadence is \(n) months (1, 3, 6 or 12)"
    }
    if let years = yearsPerCycle(text) {
      return "no cadence is \(years.map { "every \($0) years" } ?? "several years") "
        + "(1, 3, 6 or 12 months) unless it is paid upfront"
    }
    return nil
  }

  /// Words naming a billing cycle of several years, without a count.
  private static let multiYearCycleWords = [
    (words: bytes("biennial", "triennial", "every two year", "every three year"), value: true)
  ]

  /// The years of a billing cycle of several years: `.some(n)` for `every n years` or
  /// `n-yearly` (n ≥ 2), `.some(nil)` for `biennial`, `every two years`…; `nil` for any other
  /// text (a term of years, `2 year contract`, is not a cycle).
  private static func yearsPerCycle(_ text: String) -> Int?? {
    if firstMatch(text, in: multiYearCycleWords) != nil { return .some(nil) }
    let t = Array(text.lowercased().utf8)
    for (word, needsEvery) in [(Array("year".utf8), true), (Array("yearly".utf8), false)] {
      guard let n = count(before: word, in: t), n >= 2 else { continue }
      // `every 2 years`; `2-yearly` alone names a cycle.
      if !needsEvery || contains(t, Array("every".utf8)) { return .some(n) }
    }
    return nil
  }

  /// Words that name a cadence in months two ways, or one the tool has no cadence for.
  private static let twoWayCadenceWords = [
    (
      words: bytes(
        "bi-month", "bimonth", "bi month", "semi-month", "semimonth", "semi month", "twice a month",
        "twice monthly", "half-month", "half month", "other month", "two month", "two-month"),
      value: true
    )
  ]

  private static let monthWord = [(words: bytes("month"), value: true)]

  /// The period `text` names in months.
  private enum Period {
    /// No month named.
    case none
    /// A count of months with a cadence, or the word `month` alone (monthly).
    case cadence(BillingCadence)
    /// A count of months with no cadence (`every 2 months`, `13 months`).
    case noCadence
  }

  /// The period of `text`'s months: the number just before `month` (`every 3 months`,
  /// `12-month`) gives the cadence of that count, the word alone monthly. A word ending a longer
  /// count is not that word's cadence (`36 months` is not semiannual, `13 months` not quarterly).
  private static func period(_ text: String) -> Period {
    guard firstMatch(text, in: monthWord) != nil else { return .none }
    switch monthCount(text) {
    case nil, 1: return .cadence(.monthly)
    case 3: return .cadence(.quarterly)
    case 6: return .cadence(.semiannual)
    case 12: return .cadence(.annual)
    default: return .noCadence
    }
  }

  /// The number written just before the first `month` in `text` (`every 2 months`, `12-month`),
  /// or `nil` when there is none.
  private static func monthCount(_ text: String) -> Int? {
    count(before: Array("month".utf8), in: Array(text.lowercased().utf8))
  }

  /// The number written just before the first `word` in lowercased `t` (spaces and dashes
  /// between), or `nil` when there is none.
  private static func count(before word: [UInt8], in t: [UInt8]) -> Int? {
    guard t.count >= word.count else { return nil }
    for start in 0...(t.count - word.count) where Array(t[start..<start + word.count]) == word {
      var i = start
      while i > 0, t[i - 1] == 0x20 || t[i - 1] == 0x2D { i -= 1 }
      var value = 0
      var scale = 1
      var digits = 0
      while i > 0, t[i - 1] >= 0x30, t[i - 1] <= 0x39, digits < 6 {
        value += Int(t[i - 1] - 0x30) * scale
        scale *= 10
        digits += 1
        i -= 1
      }
      return digits > 0 ? value : nil
    }
    return nil
  }

  /// Words naming a term of several years (the multi-year contract type's).
  private static let multiYearWords = [(words: contractWords[0].words, value: true)]

  private static func firstMatch<Value>(
    _ text: String, in table: [(words: [[UInt8]], value: Value)]
  ) -> Value? {
    if text.isEmpty { return nil }
    var lowered = Array(text.utf8)
    guard lowered.allSatisfy({ $0 < 0x80 }) else {
      let t = text.lowercased()
      for entry in table
      where entry.words.contains(where: { t.contains(String(decoding: $0, as: UTF8.self)) }) {
        return entry.value
      }
      return nil
    }
    for i in lowered.indices where lowered[i] >= 0x41 && lowered[i] <= 0x5A { lowered[i] |= 0x20 }
    for entry in table where entry.words.contains(where: { contains(lowered, $0) }) {
      return entry.value
    }
    return nil
  }

  /// Whether `word` occurs in `text` (both bytes; words are a few letters, texts a few dozen).
  private static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
    guard word.count <= text.count else { return false }
    let first = word[0]
    var i = 0
    let last = text.count - word.count
    outer: while i <= last {
      if text[i] == first {
        var k = 1
        while k < word.count {
          if text[i + k] != word[k] {
            i += 1
            continue outer
          }
          k += 1
        }
        return true
      }
      i += 1
    }
    return false
  }

  private static func bytes(_ words: String...) -> [[UInt8]] { words.map { Array($0.utf8) } }
}
