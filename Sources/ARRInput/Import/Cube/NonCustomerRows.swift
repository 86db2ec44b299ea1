import ARRCore

/// Rows of a cube or monthly table whose label names a kind of revenue or an adjustment, not a
/// customer (`docs/import.md`, "Rows that are not customers"; trial 21, O1: a data room's MRR
/// schedule's `Professional services` row was read as a quarterly customer, $20K of headline
/// ARR, and its `Discounts & credits` row's negative cells switched the file to billings).
///
/// The label must be one of ``labels`` as a whole, after lowercasing, `&` read as `and`, and
/// every other character but letters and digits read as a space: `Discounts & credits`,
/// `PROFESSIONAL SERVICES`, `Other revenue:`. A customer whose name only contains such a word
/// (`Acme Consulting Ltd`) stays a customer. Such a row is not an account: left out of every
/// figure, its cells not read by `--values auto`, and named in a note with its total.
enum NonCustomerRows {
  /// What the row holds.
  enum Kind: String, Sendable {
    /// Revenue of the company that is not a customer's subscription (services, fees).
    case otherRevenue = "other revenue"
    /// A company-level adjustment (discounts, credits, write-offs).
    case adjustment = "adjustment"
    /// Revenue the source could not attribute to a customer: a pivot's `(blank)` row, `#N/A`,
    /// `Unassigned` (trial 22, T22-17: a `(blank)` row was the concentration finding's largest
    /// account).
    case noCustomer = "no customer"
    /// The group's own revenue: one entity's recharge to another, or a consolidation's
    /// eliminations (trial 51, T51-10: `Tessel UK Ltd (intercompany)` in the US entity's sheet
    /// was the top customer, the headline doubled, no finding).
    case intercompany = "intercompany"
    /// A row its own label says not to count: superseded, a test or demo account (trial 51,
    /// T51-35: `Acme Corp (old - superseded, do not use)` and `ZZ Test account (internal)`,
    /// hidden in the workbook, were counted: headline +47%).
    case notToCount = "not to count"
  }

  /// Phrases of a label saying the row is not to be counted, anywhere in it (a key's words).
  static let notToCountPhrases = [
    " do not use ", " dont use ", " don t use ", " test account ", " dummy account ",
    " dummy customer ", " sandbox account ", " demo account ", " internal use only ",
    " internal use account ", " internal test ", " duplicate do not ",
    // German, Dutch, French, Spanish, Italian, Portuguese (review 52b's p04: `Testkunde
    // (intern)` was counted).
    " testkunde ", " testkunden ", " testkonto ", " testklant ", " testaccount ",
    " compte test ", " compte de test ", " client test ", " client de test ",
    " cliente de prueba ", " cuenta de prueba ",
    " cliente di prova ", " cliente de teste ", " conta de teste ",
  ]

  /// Words that say a row's state, not a company's name: a bracket or a ` - ` suffix of these
  /// alone, one of ``stateWords`` at least, says not to count the row (`Acme (duplicate)`,
  /// `Tessel staff (internal only)`, `Tessel - demo tenant`, `Alpha GmbH (alt - nicht
  /// verwenden)`, `Beta SA (ne pas utiliser)`; review 53, R53-18).
  static let stateWords: Set<Substring> = [
    "internal", "only", "account", "use", "duplicate", "dup", "old", "obsolete", "test", "demo",
    "tenant", "sandbox", "qa", "dummy", "do", "not", "dont", "don", "t", "alt", "nicht",
    "verwenden", "benutzen", "ne", "pas", "utiliser", "no", "usar", "non", "usare", "niet",
    "gebruiken", "superseded", "copy", "intern", "interne", "interno", "interna",
    // `Northwind Traders (testing)`, `Acme Corp - test environment` (review 55's tc03, tc04).
    "testing", "environment", "env", "staging", "instance",
  ]
  /// Of those, the words that decide (`(old)` alone or `(account)` says nothing).
  static let strongStateWords: Set<Substring> = [
    "internal", "duplicate", "dup", "obsolete", "test", "demo", "sandbox", "qa", "dummy",
    "verwenden", "benutzen", "utiliser", "usar", "usare", "gebruiken", "superseded", "intern",
    "interne", "interno", "interna", "testing", "staging",
  ]

  /// Words that, first or last in a label whose other words are another row's customer, make
  /// the row a test copy of that customer (`Test Acme`, `Acme Demo`).
  static let testCopyWords: Set<Substring> = ["test", "demo", "dummy"]

  /// Whether `label` is another row's customer's name with a test word before or after it
  /// (``testCopyWords``: `Test Acme` beside `Acme`; review 53, R53-18's n09): its test or demo
  /// tenant, not a customer. `Test Equipment Corp` with no `Equipment Corp` row, `Acme Sandbox`
  /// (a paid sandbox may be Acme's), `Intertek Testing` (a group's testing arm) and `Test
  /// Valley School` beside `Valley School` (a name of its own) are customers.
  /// - Parameters:
  ///   - customers: The cube's customer names by key (``key(_:)``).
  ///   - totals: Each row's cents over the months, by its name's key.
  static func isTestCopy(
    _ label: String, of customers: [String: (name: String, id: String)],
    totals: [String: Int64] = [:]
  ) -> Bool {
    let words = key(label).split(separator: " ")
    guard words.count >= 2 else { return false }
    for rest in [words.dropFirst(), words.dropLast()] {
      let word = rest.startIndex == 0 ? words[words.count - 1] : words[0]
      // Before a name of several words, a test word may begin a name of its own (review 54:
      // `Test Valley School`, a school in the Test Valley, beside `Valley School`), unless that
      // name ends in a legal form (`Test Acme Corp`) or the row bills half the named one's at
      // most (review 55, R55-8: `Test Northwind Traders` at 300 a month beside `Northwind
      // Traders` at 2,000 was counted).
      if rest.startIndex == 1, rest.count > 1,
        !CustomerList.legalForms.contains(String(rest[rest.endIndex - 1]))
      {
        guard let own = totals[words.joined(separator: " ")],
          let named = totals[rest.joined(separator: " ")], named > 0, own <= named / 2
        else { continue }
      }
      if testCopyWords.contains(word), customers[rest.joined(separator: " ")] != nil {
        return true
      }
    }
    return false
  }

  /// Whether `label` says its row is not to be counted: a phrase of ``notToCountPhrases``; a
  /// bracket, a ` - ` suffix or a prefix before ` - ` of ``stateWords`` only; `superseded` as the row's own state (not a
  /// first word, not `superseded by`); `test customer` not followed by `until`, `converted`,
  /// `paying`, `since` (review 53, R53-11: `Vandelay Industries (contract superseded by 2026
  /// MSA)`, `Initech (internal use licence)`, `Superseded Labs`, `Hooli (test customer until
  /// Mar-26, paying since Apr)` were left out). `Internal Medicine Associates`, `Testa Foods`
  /// and `Sandbox VR Inc` are customers.
  static func isNotToCount(_ label: String, key: String) -> Bool {
    let padded = " " + key + " "
    if notToCountPhrases.contains(where: { padded.contains($0) }) { return true }
    let words = key.split(separator: " ")
    for (k, w) in words.enumerated() where k > 0 {
      let next = k + 1 < words.count ? words[k + 1] : ""
      if w == "superseded" && next != "by" { return true }
      if w == "customer" && words[k - 1] == "test"
        && !["until", "converted", "paying", "since", "then", "now"].contains(next)
      {
        return true
      }
    }
    // Brackets' contents and the text after ` - `.
    var parts = [String]()
    var depth = 0
    var inner = ""
    for ch in label {
      if ch == "(" || ch == "[" {
        depth += 1
        if depth == 1 { inner = "" }
      } else if ch == ")" || ch == "]" {
        if depth == 1 { parts.append(inner) }
        depth = max(0, depth - 1)
      } else if depth > 0 {
        inner.append(ch)
      }
    }
    // The text before the first ` - ` too: a test or demo tenant named first (`TEST - Globex
    // sandbox`, `Demo - Initech`; review 54, R54-29: counted, +53%).
    for separator in [" - ", " – ", " — "] {
      if let r = label.firstRange(of: separator) {
        parts.append(String(label[r.upperBound...]))
        parts.append(String(label[..<r.lowerBound]))
      }
    }
    return parts.contains { part in
      let w = Self.key(part).split(separator: " ")
      return !w.isEmpty && w.allSatisfy(stateWords.contains)
        && w.contains(where: strongStateWords.contains)
    }
  }

  /// Words of a label naming the group's own revenue, anywhere in it (a key's words), in
  /// English, German, French, Spanish, Italian (review 52b, R52b-17: `Tessel GmbH
  /// (konzernintern)`, `Tessel SAS (intragroupe)` were counted, +67%).
  static let intercompanyPhrases = [
    " intercompany ", " inter company ", " intragroup ", " intra group ", " related party ",
    " related parties ", " interne verrechnung ", " konzernintern ", " konzerninterne ",
    " konzerninterner ", " intragroupe ", " intra groupe ", " intercompañía ", " intercompania ",
    " partes relacionadas ", " parte relacionada ", " parti correlate ", " intragruppo ",
    " infragruppo ",
  ]

  /// Words naming the group's own revenue only as a label's first word, followed by a
  /// separator (`Interco - Tessel UK Ltd`, `Eliminations: …`), by a word of a recharge (`IC
  /// recharge - Tessel UK`) or by nothing (`Eliminations`); `I/C` with its slash wherever it
  /// starts a label. Fused into a name they are a company's (`Interco Trading AG`, `I.C. System
  /// Inc`, `Interco Packaging`; review 52b, R52b-2; review 53, R53-2: a legal form after the
  /// separator made `Interco - Tessel UK Ltd` a customer again, +67%).
  static let intercompanyHeads: Set<Substring> = [
    "eliminations", "elimination", "interco", "ic", "intercos",
  ]
  /// Words after a head saying a recharge: `IC recharge`, `Interco revenue`.
  static let rechargeWords: Set<Substring> = [
    "recharge", "recharges", "charge", "charges", "revenue", "revenues", "sales", "billing",
    "billings", "fees", "fee", "adjustment", "adjustments",
  ]

  /// Whether `key` (``key(_:)``) names the group's own revenue: `… (intercompany)`, `I/C
  /// recharge`, `Eliminations`, `Interco - UK` (see ``intercompanyHeads``). `Intercom Inc`,
  /// `Intercontinental Hotels`, `Interco Trading AG` do not.
  static func isIntercompany(_ key: String, label: String = "") -> Bool {
    let padded = " " + key + " "
    if intercompanyPhrases.contains(where: { padded.contains($0) }) { return true }
    var raw = Substring(label)
    while raw.first?.isWhitespace == true { raw = raw.dropFirst() }
    let lower = raw.lowercased()
    if lower == "i/c" || lower.hasPrefix("i/c ") || lower.hasPrefix("i/c-") { return true }
    let words = key.split(separator: " ")
    let head = words.count >= 2 && words[0] == "i" && words[1] == "c" ? 2 : 1
    guard let first = words.first, head == 2 || intercompanyHeads.contains(first) else {
      return false
    }
    if words.count == head { return true }
    if rechargeWords.contains(words[head]) { return true }
    // A separator right after the head word as written (`Interco - …`, `Eliminations: …`).
    let token = raw.prefix { $0.isLetter || $0 == "." || $0 == "/" }
    let rest = raw.dropFirst(token.count).drop { $0 == " " }
    return rest.first.map { "-–—:|(,".contains($0) } ?? false
  }

  /// Labels of revenue that is no customer's subscription.
  static let otherRevenue: Set<String> = [
    "professional services", "services", "services revenue", "professional services revenue",
    "implementation", "implementation fees", "implementation services", "consulting",
    "consulting services", "training", "onboarding", "onboarding fees", "setup fees",
    "set up fees", "one time fees", "one time revenue", "non recurring revenue",
    "other revenue", "other income",
  ]
  /// Labels of an adjustment.
  static let adjustments: Set<String> = [
    "discounts", "discount", "credits", "discounts and credits", "credits and discounts",
    "adjustments", "adjustment", "revenue adjustments", "refunds", "write offs", "bad debt",
    "unallocated", "misc", "miscellaneous",
  ]

  /// Labels of a row whose customer is missing: what a pivot writes for an empty label
  /// (`(blank)`), a spreadsheet's failed lookup (`#N/A`), or a placeholder; a label of
  /// punctuation alone (`-`, `—`) is one too.
  static let noCustomer: Set<String> = [
    "blank", "none", "empty", "null", "n a", "na", "unknown", "unassigned", "not assigned",
    "unattributed", "no customer", "undefined", "not set",
    // QuickBooks' label for sales with no customer (session 27, t27a lane; trial 25, T25-13:
    // its Sales by Customer Summary's `Not Specified`, 4.3% of the sample, was a retained logo).
    "not specified", "unspecified",
  ]

  /// The kind of row `label` names, or `nil` for a customer.
  /// - Complexity: O(label length).
  static func kind(_ label: String) -> Kind? {
    let key = self.key(label)
    if otherRevenue.contains(key) { return .otherRevenue }
    if isAdjustment(key) { return .adjustment }
    if noCustomer.contains(key) || (key.isEmpty && !label.allSatisfy(\.isWhitespace)) {
      return .noCustomer
    }
    if isIntercompany(key, label: label) { return .intercompany }
    if isNotToCount(label, key: key) { return .notToCount }
    return nil
  }

  /// `label` lowercased, `&` as `and`, other non-alphanumerics as spaces, words joined by one.
  /// - Complexity: O(label length); from the bytes when `label` is ASCII (every row of a cube
  ///   is asked).
  static func key(_ label: String) -> String {
    asciiKey(label) ?? keyByCharacters(label)
  }

  /// ``key(_:)`` of an ASCII label, from its bytes; `nil` when a byte is not ASCII.
  static func asciiKey(_ label: String) -> String? {
    var out = [UInt8]()
    out.reserveCapacity(label.utf8.count + 2)
    var isInWord = false
    func startWord() {
      if !isInWord && !out.isEmpty { out.append(UInt8(ascii: " ")) }
      isInWord = true
    }
    for byte in label.utf8 {
      switch byte {
      case 0x80...: return nil
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        startWord()
        out.append(byte + 32)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        startWord()
        out.append(byte)
      case UInt8(ascii: "&"):
        isInWord = false
        startWord()
        out.append(contentsOf: "and".utf8)
        isInWord = false
      default:
        isInWord = false
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// ``key(_:)`` by `Character`: the reference, and the path for text that is not ASCII.
  static func keyByCharacters(_ label: String) -> String {
    var out = ""
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      if !out.isEmpty { out += " " }
      out += word
      word = ""
    }
    for ch in label.lowercased() {
      if ch == "&" {
        flush()
        word = "and"
        flush()
      } else if ch.isLetter || ch.isNumber {
        word.append(ch)
      } else {
        flush()
      }
    }
    flush()
    return out
  }

  /// Rows left out, for the note: each label with its line and the sum of its cells.
  struct LeftOut: Sendable, Equatable {
    /// Each row: its label, line, kind, the sum of its cells over the months read, and its
    /// cell in the last month read.
    var rows: [(label: String, line: Int, kind: Kind, cents: Int64, lastCents: Int64)] = []

    static func == (a: LeftOut, b: LeftOut) -> Bool {
      a.rows.map(\.line) == b.rows.map(\.line) && a.rows.map(\.cents) == b.rows.map(\.cents)
    }

    /// The note naming each row and its total, or `nil` when none was left out.
    func note(file: String, currency: String?) -> String? {
      guard !rows.isEmpty else { return nil }
      let listed = rows.prefix(5).map {
        "\"\($0.label)\" (line \($0.line), \($0.kind.rawValue), "
          + "\(Money.text(cents: $0.cents, currency: currency)) in all)"
      }
      return "\(file): \(Counted.phrase(rows.count, "row")) name\(rows.count == 1 ? "s" : "") "
        + "a kind of revenue or an adjustment, or no customer at all: "
        + listed.joined(separator: "; ") + (rows.count > 5 ? "; …" : "")
        + "; left out of ARR and of every account, and not read to decide MRR or billings"
        + (rows.contains { $0.kind == .adjustment && $0.cents < 0 }
          ? " (a discount that lasts lowers what customers pay: ARR is then overstated by it)"
          : "")
    }

    /// The finding naming rows of the group's own revenue (``Kind/intercompany``), left out:
    /// their total in the last month read, and what to do if one is a customer after all.
    /// `nil` when none was left out.
    func leftOutFindings(file: String, currency: String?) -> [String] {
      var findings = [String]()
      let notToCount = rows.filter { $0.kind == .notToCount }
      if !notToCount.isEmpty {
        let held = notToCount.reduce(Int64(0)) { $0 &+ $1.lastCents }
        let labels = notToCount.prefix(3).map { "\"\($0.label)\" (line \($0.line))" }
        findings.append(
          "\(file): \(Counted.phrase(notToCount.count, "row")) say\(notToCount.count == 1 ? "s" : "") "
            + "not to count \(notToCount.count == 1 ? "it" : "them") (superseded, a test or demo "
            + "account: " + labels.joined(separator: ", ") + (notToCount.count > 3 ? ", …" : "")
            + "), \(Money.text(cents: held, currency: currency)) in the last month: left out of "
            + "ARR and of every account (if one is a live customer, ARR is higher by it: rename "
            + "the row)")
      }
      if let interco = intercompanyFinding(file: file, currency: currency) {
        findings.append(interco)
      }
      return findings
    }

    func intercompanyFinding(file: String, currency: String?) -> String? {
      let rows = rows.filter { $0.kind == .intercompany }
      guard let first = rows.first else { return nil }
      let held = rows.reduce(Int64(0)) { $0 &+ $1.lastCents }
      let labels = rows.prefix(3).map { "\"\($0.label)\" (line \($0.line))" }
      return "\(file): \(Counted.phrase(rows.count, "row")) name\(rows.count == 1 ? "s" : "") "
        + "the group's own revenue (" + labels.joined(separator: ", ")
        + (rows.count > 3 ? ", …" : "") + "), \(Money.text(cents: held, currency: currency)) in "
        + "the last month: an entity's recharge to another or a consolidation's eliminations, "
        + "which no customer pays; left out of ARR and of every account"
        + (first.lastCents != 0
          ? " (if \(rows.count == 1 ? "it is" : "one is") a customer's, "
            + "ARR is higher by it: rename the row)" : "")
    }

    /// The finding when rows with no customer held revenue in `month`, the last month read:
    /// their revenue is real but no account's, so it is left out of every figure and the
    /// finding says its share of the month's cells, a share of the headline whatever the cells
    /// hold (MRR, billings, ARR; trial 22, T22-17). `customers`: the sum of the customers' cells
    /// in `month`. `nil` when no such row has a cell in `month`.
    func noCustomerFinding(file: String, month: Month, customers: Int64) -> String? {
      let blank = rows.filter { $0.kind == .noCustomer && $0.lastCents != 0 }
      guard !blank.isEmpty else { return nil }
      let held = blank.reduce(Int64(0)) { $0 &+ $1.lastCents }
      let total = customers &+ held
      let tenths = total > 0 ? Int((Double(held) / Double(total) * 1000).rounded()) : 0
      let labels = blank.prefix(3).map { "\"\($0.label)\" (line \($0.line))" }
      return "\(file): \(Counted.phrase(blank.count, "row")) with no customer ("
        + labels.joined(separator: ", ") + (blank.count > 3 ? ", …" : "")
        + ") hold\(blank.count == 1 ? "s" : "") "
        + (total > 0
          ? "\(tenths / 10).\(tenths % 10)% of \(month)'s revenue in the file"
          : "revenue in \(month)")
        + ": revenue the source did not attribute to a customer, left out of ARR, logos, "
        + "concentration and retention, so the headline is that much lower than the file's total. "
        + "Fill in the customer in the source to count it"
    }
  }
}
