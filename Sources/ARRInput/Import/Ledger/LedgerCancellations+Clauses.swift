import ARRCore

/// What a ledger line's end word (`cancelled`, `gekündigt`, `résilié`) ends: the subscription, or
/// a part of the account (`docs/import.md`, "Invoice ledger", "Cancellation in a line's words";
/// session 53, crm lane; review 53, R53-5, R53-21, R53-25; session 55, crm lane; review 54,
/// R54-22, R54-23).
///
/// The words an end word qualifies are its clause's words before it (`Pro plan - 8 seats (2
/// seats cancelled)`: `2 seats`), else, when it opens its clause (`Plan Equipo 5 usuarios -
/// cancelado`, `Basismodul (Jahreslizenz) gekündigt`), the clause before it, a bracket skipped
/// when the end word stands outside one (`Abonnement Pro (option facturation annuelle) résilié`:
/// the `Abonnement`, not the option). The nearest noun of them decides: a subscription noun, a
/// part noun; a seat count after a subscription noun (`Plan Equipo 5 usuarios`) is the plan's size,
/// and a base module (`Basismodul`, `core module`) the product itself.
extension LedgerCancellations {
  /// Nouns an end word may qualify that are a part of the account, not its subscription: an
  /// invoice voided, an add-on or seats dropped (`replaces cancelled invoice INV-1043`, `Analytics
  /// add-on (cancelled)`, `8 seats (2 seats cancelled)`: review 53, R53-5, each account left).
  static let partNouns: Set<String> =
    productPartNouns.union([
      "invoice", "invoices", "bill", "order", "orders", "payment", "payments", "charge", "charges",
      "credit", "item", "items", "line", "po", "quote", "trial", "rechnung", "facture", "factura",
      "booking", "meeting", "session", "call", "bestellung", "auftrag", "commande", "pedido",
      "pedidos",
    ])
  /// The part nouns naming a part of the product bought (an add-on, a module, seats), not a
  /// document: a line ending one beside a larger continuing line is a part ended (German,
  /// French and Spanish too; session 54, crm lane; review 53, R53-21: `Zusatzmodul Analytics
  /// gekündigt`, `Option Reporting résiliée` beside the continuing plan left).
  static let productPartNouns: Set<String> = [
    "add", "addon", "addons", "seat", "seats", "user", "users", "module", "modules", "feature",
    "features", "modul", "option", "options", "nutzer", "utilisateur", "utilisateurs", "módulo",
    "modulo", "complemento", "usuario", "usuarios",
  ]
  /// Part nouns a number before counts (`5 usuarios`, `10 seats`): after a subscription noun, the
  /// plan's size (review 54, R54-23).
  static let countNouns: Set<String> = [
    "seat", "seats", "user", "users", "nutzer", "utilisateur", "utilisateurs", "usuario",
    "usuarios",
  ]
  /// Endings of a compound naming a part (`Zusatzmodul`, `Zusatzoption`, `Teilrechnung`) after
  /// three letters or more.
  static let partEndings = ["modul", "module", "option", "rechnung", "bestellung", "addon"]
  /// Endings of a compound naming the subscription (`Jahresabo`, `Lizenzvertrag`,
  /// `Jahreslizenz`).
  static let subscriptionEndings = ["abo", "abonnement", "vertrag", "subscription", "lizenz"]
  /// Beginnings of a compound, or words before `module`, naming the base product, not a part
  /// (`Basismodul`, `Grundmodul`, `Kernmodul`, `core module`; review 54, R54-23).
  static let baseWords: Set<String> = [
    "basis", "grund", "kern", "haupt", "base", "core", "basic", "principale", "básico", "basico",
  ]
  /// Words naming a module (`core module`, `modulo base`).
  static let moduleWords: Set<String> = ["module", "modul", "modulo", "módulo"]
  /// The beginning of a compound naming an add-on (`Zusatzlizenz`, `Zusatzmodul`).
  static let addOnPrefix = "zusatz"
  /// Nouns naming the subscription itself: the nearest noun before an end word decides.
  static let subscriptionNouns: Set<String> = [
    "subscription", "subscriptions", "plan", "contract", "service", "services", "account",
    "membership", "licence", "license", "agreement", "abo", "abonnement", "monatsabo", "vertrag",
    "suscripción", "suscripcion", "renewal", "lizenz",
    // Italian, Portuguese and Spanish (review 55, R55-17).
    "abbonamento", "canone", "contratto", "assinatura", "contrato", "licenza",
  ]

  /// Whether `word` names the base product (``baseWords`` then a module: `Basismodul`).
  static func isBaseModule(_ word: String) -> Bool {
    ["modul", "module"].contains { end in
      word.hasSuffix(end) && baseWords.contains(String(word.dropLast(end.count)))
    }
  }

  /// Whether `word` names a part (``partNouns``, or a compound ending in ``partEndings`` or
  /// beginning with ``addOnPrefix``), not a base module.
  static func isPart(_ word: String) -> Bool {
    if isBaseModule(word) { return false }
    return partNouns.contains(word)
      || partEndings.contains { word.count >= $0.count + 3 && word.hasSuffix($0) }
      || (word.count > addOnPrefix.count + 2 && word.hasPrefix(addOnPrefix))
  }

  /// Whether `word` names the subscription (``subscriptionNouns``, a compound ending in
  /// ``subscriptionEndings`` but an add-on's, or a base module).
  static func isSubscription(_ word: String) -> Bool {
    if isBaseModule(word) { return true }
    if word.hasPrefix(addOnPrefix) && word != addOnPrefix { return false }
    return subscriptionNouns.contains(word)
      || subscriptionEndings.contains { word.count >= $0.count + 3 && word.hasSuffix($0) }
  }

  /// The words of a description (``UsageMonths/words(_:)``, the same words in the same order),
  /// each with the clause it stands in: clauses are parted by brackets, commas, semicolons,
  /// colons and a dash with a space beside it (`Plan - cancelled`, not `add-on`).
  struct Clauses {
    /// The lowercased words.
    var words = [String]()
    /// The clause of each word.
    var clause = [Int]()
    /// Whether each clause stands inside brackets.
    var bracketed = [Bool]()

    init(_ text: String) {
      var depth = 0
      var current = ""
      let chars = Array(text)
      func close() {
        let n = bracketed.count
        for w in UsageMonths.words(current) {
          words.append(String(w))
          clause.append(n)
        }
        bracketed.append(depth > 0)
        current = ""
      }
      for (k, ch) in chars.enumerated() {
        let spaced =
          (k > 0 && chars[k - 1] == " ") || (k + 1 < chars.count && chars[k + 1] == " ")
        switch ch {
        case "(", "[":
          close()
          depth += 1
        case ")", "]":
          close()
          depth = max(0, depth - 1)
        case ",", ";", ":":
          close()
        case "-", "–", "—":
          if spaced { close() } else { current.append(ch) }
        default: current.append(ch)
        }
      }
      close()
    }

    /// The words the word at `i` qualifies, nearest first: its clause's words before it, else
    /// the nearest clause before it holding words (one in brackets only when `i` is in one).
    func subject(of i: Int) -> [String] {
      let own = (0..<i).filter { clause[$0] == clause[i] }
      if !own.isEmpty { return own.reversed().map { words[$0] } }
      let inside = bracketed[clause[i]]
      guard
        let k = (0..<i).reversed().first(where: { inside || !bracketed[clause[$0]] })
      else { return [] }
      return (0...k).reversed().filter { clause[$0] == clause[k] }.map { words[$0] }
    }
  }

  /// Whether the end word at `i` of `c` ends the subscription: not denied (after
  /// ``notEndedWords``), not undone after it (``undoneWords``), and the noun it qualifies is not
  /// a part (``isPart(_:)``): a subscription noun right before it decides first (`Monthly
  /// subscription cancelled - credit note to follow`: review 53, R53-25), then a part noun right
  /// after it (`replaces cancelled invoice`), then the nearest noun of its subject
  /// (``Clauses/subject(of:)``), a count after a subscription noun skipped.
  static func endsSubscription(_ c: Clauses, at i: Int) -> Bool {
    let words = c.words
    if i > 0 && notEndedWords.contains(words[i - 1]) { return false }
    if words[(i + 1)...].contains(where: undoneWords.contains) { return false }
    if i > 0 && isSubscription(words[i - 1]) { return true }
    if i + 1 < words.count, isPart(words[i + 1]) { return false }
    let subject = c.subject(of: i)
    for (k, w) in subject.enumerated() {
      if isSubscription(w) { return true }
      let next = k + 1 < subject.count ? subject[k + 1] : ""
      // A base module, the base word before it or after it (`core module`, `modulo base`).
      let later = k > 0 ? subject[k - 1] : ""
      if moduleWords.contains(w) && (baseWords.contains(next) || baseWords.contains(later)) {
        return true
      }
      guard isPart(w) else { continue }
      let counted = countNouns.contains(w) && next.allSatisfy(\.isNumber) && !next.isEmpty
      if counted && subject[(k + 1)...].contains(where: isSubscription) { continue }
      return false
    }
    return true
  }

  /// Whether `description` names a product's part (``productPartNouns``, a compound of a part,
  /// not a seat count): a line ending none ends the account, whatever its amount (review 54,
  /// R54-22: `Early termination fee - contract cancelled` beside the last month's line).
  static func namesProductPart(_ description: String) -> Bool {
    let w = UsageMonths.words(description).map(String.init)
    return w.indices.contains { k in
      let word = w[k]
      if countNouns.contains(word) && k > 0 && w[k - 1].allSatisfy(\.isNumber) { return false }
      if isBaseModule(word) { return false }
      if moduleWords.contains(word)
        && (k > 0 && baseWords.contains(w[k - 1])
          || k + 1 < w.count && baseWords.contains(w[k + 1]))
      {
        return false
      }
      return productPartNouns.contains(word)
        || ["modul", "module", "option", "addon"].contains {
          word.count >= $0.count + 3 && word.hasSuffix($0)
        } || (word.count > addOnPrefix.count + 2 && word.hasPrefix(addOnPrefix))
    }
  }
}
