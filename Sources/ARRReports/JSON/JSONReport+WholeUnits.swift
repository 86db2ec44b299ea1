import ARRCore
import ARRScoring

/// Money in whole units for a currency without decimals (JPY, KRW: ``CurrencyDigits``), in
/// `report.json`, `stress --format json` and `accounts.csv` (session 20, wording lane; trial
/// 18b, G7: a JPY company's report.json printed `"quality_adjusted": 31269477.74`, fractions of
/// a yen, while its report said ¥31,269,478).
///
/// The rule, as the Markdown report's tables: every amount is rounded half away from zero to a
/// whole unit and written as a whole number (`31269478`), with the identities kept in what is
/// printed. A class mix's three classes are rounded by largest remainder so that they sum to
/// their rounded total (as the classes' table foots), so `classes` sums to `arr.recurring` and
/// `arr.quality_adjusted`; a bridge month's movements so that opening + movements = closing
/// (``MarkdownReport/bridgeRow(_:)``); the ARR walk's steps so that each subtotal is the one
/// before plus the steps between (``Footing/moneyWalk(_:isSubtotal:)``); and `arr_at_risk` is
/// recurring minus quality-adjusted ARR as printed. Each account's own figures are rounded on
/// their own: the list of accounts has no total to foot to.
extension JSONReport {
  /// Whether money in `currency` is written in whole units.
  static func isWholeUnits(_ currency: String) -> Bool { CurrencyDigits.of(currency) == 0 }

  /// `value` with every amount (``JSONValue/money(_:)``) in whole units, footed as the type's
  /// documentation says.
  /// - Complexity: O(values), plus O(k log k) per footed group of k values.
  static func inWholeUnits(_ value: JSONValue) -> JSONValue {
    switch value {
    case .money(let cents): return .int(Footing.roundedUnits(cents))
    case .array(let items): return .array(items.map(inWholeUnits))
    case .object(let pairs):
      if let classes = footedClasses(pairs) { return classes }
      if let month = footedBridgeMonth(pairs) { return month }
      return .object(
        pairs.map { key, v in
          if key == "arr_walk", case .array(let steps) = v { return (key, footedWalk(steps)) }
          return (key, inWholeUnits(v))
        })
    default: return value
    }
  }

  /// The root of a document in whole units, `arr_at_risk` recurring minus quality-adjusted ARR
  /// as printed beside it.
  static func summaryInWholeUnits(_ root: [(String, JSONValue)]) -> [(String, JSONValue)] {
    guard case .object(let pairs) = inWholeUnits(.object(root)) else { return root }
    let arr = pairs.first { $0.0 == "arr" }?.1
    guard case .int(let recurring)? = arr?["recurring"],
      case .int(let adjusted)? = arr?["quality_adjusted"]
    else { return pairs }
    return pairs.map { $0.0 == "arr_at_risk" ? ($0.0, .int(recurring - adjusted)) : $0 }
  }

  /// The cents of `key` in `pairs`, when it is money.
  private static func cents(_ pairs: [(String, JSONValue)], _ key: String) -> Int64? {
    guard case .money(let c)? = pairs.first(where: { $0.0 == key })?.1 else { return nil }
    return c
  }

  /// `pairs` with the money of `keys` replaced by `units` (aligned), the rest in whole units.
  private static func replacing(
    _ pairs: [(String, JSONValue)], _ keys: [String], with units: [Int64]
  ) -> JSONValue {
    .object(
      pairs.map { key, v in
        if let k = keys.firstIndex(of: key) { return (key, .int(units[k])) }
        return (key, inWholeUnits(v))
      })
  }

  /// A class mix (`retained`, `wavering`, `at_risk`, each with `arr` and
  /// `quality_adjusted_arr`) whose classes sum to their rounded totals; `nil` for another
  /// object.
  private static func footedClasses(_ pairs: [(String, JSONValue)]) -> JSONValue? {
    let names = RevenueClass.allCases.map(\.rawValue)
    guard pairs.map(\.0) == names else { return nil }
    var classes: [[(String, JSONValue)]] = []
    for (_, v) in pairs {
      guard case .object(let fields) = v, cents(fields, "arr") != nil,
        cents(fields, "quality_adjusted_arr") != nil
      else { return nil }
      classes.append(fields)
    }
    func footed(_ key: String) -> [Int64] {
      let values = classes.map { cents($0, key)! }
      return Footing.money(values, total: values.reduce(0, +))
    }
    let arr = footed("arr")
    let adjusted = footed("quality_adjusted_arr")
    return .object(
      classes.indices.map { k in
        (
          names[k],
          replacing(
            classes[k], ["arr", "quality_adjusted_arr"], with: [arr[k], adjusted[k]])
        )
      })
  }

  /// A bridge month whose movements sum to closing − opening as printed; `nil` for another
  /// object.
  private static func footedBridgeMonth(_ pairs: [(String, JSONValue)]) -> JSONValue? {
    let keys = ["opening", "new", "expansion", "reactivation", "contraction", "churn", "closing"]
    let values = keys.map { cents(pairs, $0) }
    guard pairs.contains(where: { $0.0 == "month" }), !values.contains(nil) else { return nil }
    let v = values.map { $0! }
    let row = Footing.moneyWalk(
      [v[0], v[1], v[2], v[3], -v[4], -v[5], v[6]],
      isSubtotal: [true, false, false, false, false, false, true])
    let units = [row[0], row[1], row[2], row[3], -row[4], -row[5], row[6], row[6] - row[0]]
    return replacing(pairs, keys + ["net_new"], with: units)
  }

  /// The ARR walk's steps, each run of changes summing to the difference of the subtotals
  /// around it as printed.
  private static func footedWalk(_ steps: [JSONValue]) -> JSONValue {
    let subtotals: Set<String> = ["headline", "recurring", "quality_adjusted"]
    var values: [Int64] = []
    var isSubtotal: [Bool] = []
    for step in steps {
      guard case .object(let fields) = step, let c = cents(fields, "arr"),
        case .string(let key)? = fields.first(where: { $0.0 == "step" })?.1
      else { return inWholeUnits(.array(steps)) }
      values.append(c)
      isSubtotal.append(subtotals.contains(key))
    }
    let units = Footing.moneyWalk(values, isSubtotal: isSubtotal)
    return .array(
      steps.indices.map { k in
        guard case .object(let fields) = steps[k] else { return steps[k] }
        return replacing(fields, ["arr"], with: [units[k]])
      })
  }
}
