import ARRCore

/// A line whose words name the period it pays for, a quarter, a half-year or a range of months
/// with its year ("Q4 2026 subscription", "H2 2026 licence", "Subscription Oct 2026 - Dec
/// 2026"), or the cadence it is billed at ("Monthly fee x3 (billed quarterly in advance)"),
/// serves that period whether or not its customer has other invoices (`docs/import.md`, "A
/// period written in words"; session 52, imp lane; trial 51, T51-47: a quarter's fee on a lone
/// invoice was one month's MRR and a half-year's licence one month's revenue, then a churn,
/// headline 270,000 for 150,000). A lone "Monthly subscription" pays for its month (T51-50: it
/// was spread over a year by its size, a new customer's first month 1/12 of its MRR).
///
/// Read after ``AdvancingPeriodLabels``: a customer's run of labels one period further on each
/// invoice is read there, its type with it; these are the lines left, alone or in a run too
/// short to be one.
enum WrittenPeriods {
  /// The one period of 2 to 12 months `description` names with its year: a quarter (`Q4 2026`,
  /// `2026-Q4`), a half (`H2 2026`, `2026 H1`, `2H 2026`) or a range of months
  /// (``UsageMonths/range(_:at:in:)``: `Oct 2026 - Dec 2026`, `Jul-Dec 2026`). `nil` for none,
  /// for two different ones, for one beside a single month named with its year ("Q4 2026,
  /// invoiced Oct 2026" names two), or for a range of one month or more than 12.
  static func named(in description: String) -> (first: Month, months: Int)? {
    let lowered = fullYears(description.lowercased())
    guard lowered.contains("20") else { return nil }
    let tokens = lowered.split { !$0.isLetter && !$0.isNumber }
    var found: (first: Month, months: Int)?
    var after = 0  // the first token not read in a range
    for (k, (a, b)) in zip(tokens, tokens.dropFirst()).enumerated() where k >= after {
      var named: (first: Month, months: Int)?
      if let r = UsageMonths.range(tokens, at: k, in: lowered) {
        guard r.months > 0 else { return nil }
        named = (r.first, r.months)
        after = k + r.tokens
      } else if let y = UsageMonths.year(b), let q = UsageMonths.quarter(a) {
        named = (Month(year: y, month: 3 * q - 2), 3)
      } else if let y = UsageMonths.year(a), let q = UsageMonths.quarter(b) {
        named = (Month(year: y, month: 3 * q - 2), 3)
      } else if let y = UsageMonths.year(b), let h = half(a) {
        named = (Month(year: y, month: 6 * h - 5), 6)
      } else if let y = UsageMonths.year(a), let h = half(b) {
        named = (Month(year: y, month: 6 * h - 5), 6)
      } else if UsageMonths.year(a) != nil && UsageMonths.monthName(b) != nil
        || UsageMonths.year(b) != nil && UsageMonths.monthName(a) != nil
      {
        return nil
      }
      guard let named else { continue }
      // When a price or a plan starts (`new price from Q4'26`, `nouveau tarif à partir du T4
      // 2026`), not the period paid for (review 53's p05).
      if tokens[max(0, k - 3)..<k].contains(where: fromWords.contains) { continue }
      if let f = found, f != named { return nil }
      found = named
    }
    guard let found, found.months >= 2 else { return nil }
    return found
  }

  /// Words before a period saying it starts something (`from`, `ab`, `dès`, `desde`).
  static let fromWords: Set<Substring> = [
    "from", "since", "starting", "effective", "ab", "seit", "dès", "des", "partir", "desde",
    "vanaf", "dal", "dalla", "começando", "starts",
  ]

  /// `text` with each two-digit year after an apostrophe written in full (`Q4'26` → `Q4 2026`;
  /// review 52b, R52b-20).
  static func fullYears(_ text: String) -> String {
    guard text.contains("'") || text.contains("’") else { return text }
    let chars = Array(text)
    var out = ""
    var k = 0
    while k < chars.count {
      if chars[k] == "'" || chars[k] == "’", k + 2 < chars.count,
        chars[k + 1].isASCII, chars[k + 1].isNumber, chars[k + 2].isASCII, chars[k + 2].isNumber,
        k + 3 >= chars.count || !chars[k + 3].isNumber
      {
        out += " 20" + String(chars[k + 1]) + String(chars[k + 2])
        k += 3
        continue
      }
      out.append(chars[k])
      k += 1
    }
    return out
  }

  /// A half-year, `h1`, `h2`, `1h` or `2h`.
  static func half(_ w: Substring) -> Int? {
    switch w {
    case "h1", "1h": 1
    case "h2", "2h": 2
    default: nil
    }
  }

  /// Words before a cadence that say the line is billed at it (`billed quarterly`).
  static let billingVerbs: Set<Substring> = ["billed", "invoiced", "paid", "payable", "charged"]

  /// The months of the cadence `text` says its line is billed at, in advance: a cadence word
  /// after ``billingVerbs`` (`billed quarterly`, `invoiced semi-annually`, `paid annually`) or
  /// before `in advance` (`quarterly in advance`). `nil` unless exactly one such cadence, or
  /// when the line is billed monthly (``DescribedTerm/billsMonthly(_:)``), in arrears (the
  /// period then is the one before), or under payment terms (`due`, `net`…).
  static func billedCadence(_ text: String) -> Int? {
    let words = UsageMonths.words(text)
    guard
      !words.contains(where: {
        $0 == "arrears" || ($0 != "payment" && DescribedTerm.paymentWords.contains(String($0)))
      }), !DescribedTerm.billsMonthly(text)
    else { return nil }
    var found = Set<Int>()
    for (k, w) in words.enumerated() {
      let months: Int
      switch w {
      case "quarterly": months = 3
      case "semiannually", "biannually": months = 6
      case "annually", "yearly":
        months = k > 0 && (words[k - 1] == "semi" || words[k - 1] == "half") ? 6 : 12
      default: continue
      }
      // The verb before the cadence, past `semi`/`half` written apart.
      let verb = k - (months == 6 && !["semiannually", "biannually"].contains(w) ? 2 : 1)
      let isBilled = verb >= 0 && billingVerbs.contains(words[verb])
      let isAdvance = k + 2 < words.count && words[k + 1] == "in" && words[k + 2] == "advance"
      // Another billing's: `switched from quarterly`, `previously billed quarterly`.
      let isOther = [verb, verb - 1].contains { j in
        j >= 0 && DescribedTerm.otherBilling.contains(String(words[j]))
      }
      if (isBilled || isAdvance) && !isOther { found.insert(months) }
    }
    return found.count == 1 ? found.first : nil
  }

  /// Phrases (whole words) naming a month as what a line pays for.
  static let monthPhrases = [
    "monthly", "per month", "a month", "month to month", "monatlich", "monatliche", "monatliches",
    "monatlicher", "mensuel", "mensuelle", "mensual", "mensile", "maandelijks", "maandelijkse",
    "mensal",
  ]

  /// Whether `text` says its line pays for a month: a phrase of ``monthPhrases`` beside a word
  /// of what is subscribed (``DescribedTerm/subscribedWords``: "Monthly subscription - Business
  /// plan"), and no other term: no duration, cadence or year (``LedgerMinimums/yearPhrases(_:)``:
  /// "Annual plan, billed monthly" pays a year's instalment, read by "Minimum commitments"),
  /// no minimum or contract (``LedgerMinimums/namesMinimum(_:)``), no instalment counter.
  static func paysForAMonth(_ text: String) -> Bool {
    let words = UsageMonths.words(text)
    guard UsageMonths.hasWord(text, of: monthPhrases),
      words.contains(where: { DescribedTerm.subscribedWords.contains(String($0)) }),
      DescribedTerm.duration(text) == nil, billedCadence(text) == nil,
      !words.contains(where: {
        ["annual", "annually", "yearly", "quarterly", "semiannual", "biannual"].contains($0)
      }),
      LedgerMinimums.yearPhrases(words).isEmpty, !LedgerMinimums.namesMinimum(text),
      !LedgerMinimums.countsOutOfTwelve(text)
    else { return false }
    return true
  }

  /// Gives each line that names its period in words that period, and each that names the
  /// cadence it is billed at that many whole months from its invoice's month, with a note.
  ///
  /// A named period holds on a positive line without a period, not typed usage or one-time nor
  /// worded so (``LedgerImporter/isOneTimeText(_:)``: "Q4 2026 kickoff workshop" is a fee dated
  /// in Q4), that names what is subscribed (``DescribedTerm/subscribedWords``) or a billing
  /// cadence, invoiced in the period or the month before it, when no other line of its account
  /// with its description (the period aside) names the same period: hours billed monthly
  /// against one quarter pay for a month each. A billing cadence holds when no other charge of
  /// its account with its description falls within that many months of it.
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) {
    struct Key: Hashable {
      var account: Int
      var text: String
    }
    func isCandidate(_ e: LedgerEntry) -> Bool {
      e.amount > 0 && e.period == nil && e.kind != .usage && e.kind != .oneTime
        && !e.description.isEmpty && !e.isPrepaidPurchase
    }
    var labels = [Key: [Month: Int]]()  // the periods named, with how many lines name each
    var dated = [Key: [Month]]()  // the months of each description's charges
    // What each description says, read once (a ledger of 50,000 lines holds few descriptions).
    struct Said {
      var key: String
      var named: (first: Month, months: Int)?
      var cadence: Int?
      var isSubscribed: Bool
      var isOneTime: Bool
    }
    var said = [String: Said]()
    func reading(_ e: LedgerEntry) -> Said {
      if let s = said[e.description] { return s }
      // A line saying it pays for a month names a quarter for something else: a price or a
      // plan from then (review 53's p05: `Abonnement mensuel - nouveau tarif T4 2026` was
      // spread over the quarter, MRR a third of the price).
      let isMonth = paysForAMonth(e.description)
      let p = isMonth ? nil : named(in: e.description)
      let c = billedCadence(e.description) ?? (isMonth ? 1 : nil)
      let s = Said(
        key: LedgerImporter.periodlessKey(e.description), named: p, cadence: c,
        isSubscribed: UsageMonths.words(e.description).contains {
          DescribedTerm.subscribedWords.contains(String($0))
        },
        isOneTime: (p != nil || c != nil) && LedgerImporter.isOneTimeText(e))
      said[e.description] = s
      return s
    }
    var readings = [Int]()
    for (i, e) in entries.enumerated() where isCandidate(e) {
      let s = reading(e)
      let key = Key(account: e.account, text: s.key)
      dated[key, default: []].append(e.date.month)
      guard s.named != nil || s.cadence != nil else { continue }
      if let p = s.named { labels[key, default: [:]][p.first, default: 0] += 1 }
      readings.append(i)
    }
    var read = [Int]()
    for i in readings {
      let e = entries[i]
      guard let s = said[e.description], !s.isOneTime else { continue }
      let (p, c) = (s.named, s.cadence)
      let key = Key(account: e.account, text: s.key)
      if let p {
        let offset = e.date.month.months(since: p.first)
        guard offset >= -1, offset < p.months, labels[key]?[p.first] == 1,
          c != nil || s.isSubscribed
        else { continue }
        entries[i].period = (
          CivilDate.firstDay(of: p.first),
          CivilDate.lastDay(of: p.first.adding(months: p.months - 1))
        )
      } else if let c {
        // A month is read on its account's only line with its description (its first month,
        // or its only one); a line billed again is read by its rhythm (trial 51, T51-50).
        let near = (dated[key] ?? []).filter { c == 1 || abs($0.months(since: e.date.month)) < c }
        guard near.count == 1 else { continue }
        entries[i].period = (
          CivilDate.firstDay(of: e.date.month),
          CivilDate.lastDay(of: e.date.month.adding(months: c - 1))
        )
      }
      read.append(i)
    }
    guard let first = read.first.map({ entries[$0] }) else { return }
    log.notes.append(
      "\(file): \(Counted.phrase(read.count, "line")) name\(read.count == 1 ? "s" : "") in words "
        + "the period it pays for (\"\(first.description)\" on line \(first.line)): served over "
        + "that period, not a term guessed by its size")
  }
}
