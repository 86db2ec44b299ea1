import ARRCore
import ARRWorkbook

/// Reads the money cells of spreadsheet exports (`docs/import.md`, "Money cells"):
/// `1234.5`, `$1,234.50`, `1,234`, `-1,234`, `(1,234.50)` and `$ (1,234.50)` (negative), blank,
/// `-`, `—` or `–`
/// (zero), a currency sign (`$`, `€`, `£`) or ISO code (`USD`) before or after the number, and
/// with a decimal comma `1.234,50` or `1 234,50`.
enum CubeMoney {
  /// Why a cell is not an amount.
  enum Failure: Error, Equatable, Sendable {
    case notAnAmount
    case tooManyDecimals
    case tooLarge
  }

  /// What a cell says about the decimal separator.
  enum Evidence: Equatable, Sendable {
    case none
    case decimalPoint
    case decimalComma
  }

  /// The cell's decimal separator when it shows one: the last of `.` and `,` when both appear,
  /// a separator followed by one or two final digits, or a separator repeated (a group mark).
  static func evidence(_ text: String) -> Evidence {
    // One pass over the bytes: the last mark, how many of it, and the digits after it.
    var last: UInt8 = 0
    var hasDot = false
    var hasComma = false
    var dots = 0
    var commas = 0
    var digitsAfter = 0
    var countingDigits = false
    for b in text.utf8 {
      if b == dot || b == comma {
        if b == dot {
          hasDot = true
          dots += 1
        } else {
          hasComma = true
          commas += 1
        }
        last = b
        digitsAfter = 0
        countingDigits = true
      } else if countingDigits {
        if b >= 48 && b <= 57 { digitsAfter += 1 } else { countingDigits = false }
      }
    }
    guard last != 0 else { return .none }
    if hasDot && hasComma { return last == dot ? .decimalPoint : .decimalComma }
    if (last == dot ? dots : commas) > 1 { return last == dot ? .decimalComma : .decimalPoint }
    if digitsAfter == 1 || digitsAfter == 2 { return last == dot ? .decimalPoint : .decimalComma }
    return .none
  }

  /// A currency the cell names, if any (`$` → USD, `€` → EUR, `£` → GBP, or an ISO code).
  static func currency(_ text: String) -> String? {
    // Most cells are plain numbers: no sign or code to look for.
    guard text.utf8.contains(where: { $0 == 0x24 || $0 >= 0x41 }) else { return nil }
    if let prefix = CurrencySigns.dollarPrefix(text) {
      // A dollar with a sign of its own (`CA$`, `A$`, `NZ$`: ``CurrencySigns/codes``), else
      // the bare `$`, read as US dollars.
      return CurrencySigns.codes[prefix + "$"] ?? "USD"
    }
    if text.contains("€") { return "EUR" }
    if text.contains("£") { return "GBP" }
    // The shekel and the yen (session 50, imp lane; trial 50, T50-6, T50-21: `₪9,500.00` and
    // `¥120,000` were "not an amount").
    if text.contains("₪") { return "ILS" }
    // The yuan written `CN¥` or `RMB` (review 52, R52-24: "not an amount"), before the yen.
    if text.contains("CN¥") || text.contains("RMB") { return "CNY" }
    if text.contains("¥") { return "JPY" }
    for code in ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "ILS", "BRL", "CNY", "ZAR"]
    where text.contains(code) {
      return code
    }
    // The rand's `R` glued to the number (`R1 200.00`, `R 1 200,00`; review 52, R52-27).
    if isRandSigned(Substring(text)) { return "ZAR" }
    return nil
  }

  /// Whether `text` opens with the rand's sign: `R` (after an opening bracket or minus),
  /// then a number alone (digits, spaces, `,`, `.`, `'`, a closing bracket or minus), glued
  /// or after one space: `R1 200.00`, never `R2D2 Labs`.
  static func isRandSigned(_ text: Substring) -> Bool {
    var s = text.drop { $0 == " " || $0 == "(" || $0 == "-" || $0 == "−" }
    guard s.first == "R" else { return false }
    s = s.dropFirst()
    if s.first == " " || s.first == "\u{A0}" { s = s.dropFirst() }
    guard s.first?.isASCII == true, s.first?.isNumber == true else { return false }
    return s.allSatisfy { c in
      (c.isASCII && c.isNumber) || " \u{A0}\u{202F},.')-−".contains(c)
    }
  }

  /// Parses `text` to cents.
  /// - Parameters:
  ///   - text: The trimmed cell.
  ///   - isDecimalComma: `,` is the decimal separator (and `.` or a space groups thousands);
  ///     an apostrophe (`1'234.50`, Swiss) groups thousands either way.
  ///   - roundsPastCent: Four decimals or more with a digit past the cent (a float) are rounded
  ///     to the cent rather than refused: the amount readers' choice (``AmountCells``); a caller
  ///     asking whether a cell is an amount at all keeps the refusal.
  /// - Returns: The amount in cents; 0 for a blank or dash cell.
  /// - Throws: ``Failure``.
  static func cents(
    _ text: String, isDecimalComma: Bool, roundsPastCent: Bool = false
  ) throws(Failure) -> Int64 {
    if let plain = plainCents(text, decimal: isDecimalComma ? comma : dot) { return plain }
    var s = Substring(text)
    s = s.drop { $0 == " " || $0 == "\u{A0}" }
    while let l = s.last, l == " " || l == "\u{A0}" { s = s.dropLast() }
    if s.isEmpty || dashes.contains(s) { return 0 }
    var negative = false
    if s.first == "(" && s.last == ")" {
      negative = true
      s = s.dropFirst().dropLast()
    } else if s.last == ")", case let t = stripCurrency(s), t.first == "(" {
      // Excel's Accounting number format writes the sign outside the parentheses, `$ (108.00)`
      // or `$(108.00)` (session 16's trial, N2: a credit so written was refused).
      negative = true
      s = t.dropFirst().dropLast()
    }
    s = stripCurrency(s)
    // A second sign (a minus inside parentheses, or a minus at both ends) is a typo, not a sign
    // flip: `(−1,000)` read as +1,000, silently (session 25, trial 25, T25-19).
    if s.first == "-" || s.first == "−" {
      guard !negative else { throw .notAnAmount }
      negative = true
      s = stripCurrency(s.dropFirst())
    }
    if s.last == "-" {  // `1,234.50-`: a trailing minus, as some ledgers print it
      guard !negative else { throw .notAnAmount }
      negative = true
      s = s.dropLast()
    }
    if s.isEmpty || dashes.contains(s) { return 0 }
    let decimal: Character = isDecimalComma ? "," : "."
    // An apostrophe groups thousands in Switzerland (`1'234.50`, `1’234.50`) in either mode,
    // and a space (no-break, thin) beside a decimal point too, as ISO and Canada write it
    // (`3 200.00`; session 51, imp lane; trial 50, T50-15: such cells were no amount).
    let groups: Set<Character> =
      isDecimalComma
      ? [".", " ", "\u{A0}", "\u{202F}", "'", "’"] : [",", " ", "\u{A0}", "\u{202F}", "'", "’"]
    var units: Int64 = 0
    var digits = 0
    var groupDigits = 0
    var sawGroup = false
    var it = s.startIndex
    while it < s.endIndex {
      let c = s[it]
      if let d = c.wholeNumberValue, c.isASCII {
        digits += 1
        groupDigits += 1
        if digits > 16 { throw .tooLarge }
        units = units * 10 + Int64(d)
      } else if groups.contains(c) {
        if sawGroup ? groupDigits != 3 : (groupDigits == 0 || groupDigits > 3) {
          throw .notAnAmount
        }
        sawGroup = true
        groupDigits = 0
      } else {
        break
      }
      it = s.index(after: it)
    }
    guard digits > 0, !sawGroup || groupDigits == 3 else { throw .notAnAmount }
    var fraction: Int64 = 0
    if it < s.endIndex {
      guard s[it] == decimal else { throw .notAnAmount }
      it = s.index(after: it)
      var fractionDigits = 0
      var isNonZeroPastCents = false
      let fractionStart = it
      while it < s.endIndex {
        guard let d = s[it].wholeNumberValue, s[it].isASCII else { throw .notAnAmount }
        fractionDigits += 1
        if fractionDigits <= 2 {
          fraction = fraction * 10 + Int64(d)
        } else if d != 0 {
          isNonZeroPastCents = true
        }
        it = s.index(after: it)
      }
      if fractionDigits == 0 { throw .notAnAmount }
      // Zeros past the cent change nothing (`3588.000000000`, as a data warehouse writes a
      // decimal column; trial 32, T32-24) and read; three digits never do, zeros or not: with a
      // point they may be a thousands group (`1.000` is 1,000 written day-first-style), which
      // only the file's other cells or --decimal-comma can tell.
      if fractionDigits > 2 && (isNonZeroPastCents || fractionDigits == 3) {
        guard fractionDigits > 3, roundsPastCent else { throw .tooManyDecimals }
        // Four decimals or more are no thousands group: a number computed and written as a
        // float (`833.3333333333334`, an annual price ÷ 12 from pandas), rounded to the cent
        // as a workbook's stored number is (``CentAmount``: half away from zero, the half as a
        // spreadsheet shows it), so a workbook and its CSV export read alike (hostile trial 35,
        // H35-9: the CSV was refused and `--lenient` dropped 3 of 4 customers).
        guard let x = Double("\(units).\(s[fractionStart..<s.endIndex])"),
          let rounded = CentAmount(x)
        else { throw .tooLarge }
        return negative ? -rounded.cents : rounded.cents
      }
      if fractionDigits == 1 { fraction *= 10 }
    }
    let cents = units * 100 + fraction
    return negative ? -cents : cents
  }

  /// Whether `text` is an amount ``cents(_:isDecimalComma:)`` rounds: a decimal mark followed by
  /// four digits or more, one past the cent not 0 (``OffCentCells`` counts them).
  /// - Complexity: O(characters); cells shorter than `0.0001` are not looked at.
  static func isRoundedToCent(_ text: String) -> Bool {
    guard text.utf8.count >= 6 else { return false }
    var digits = 0
    var isPastCent = false
    var afterMark = false
    for b in text.utf8 {
      if b == dot || b == comma {
        afterMark = true
        digits = 0
        isPastCent = false
      } else if afterMark && b >= 48 && b <= 57 {
        digits += 1
        if digits > 2 && b != 48 { isPastCent = true }
      } else if afterMark {
        break
      }
    }
    return digits > 3 && isPastCent
  }

  /// The common case fast, from bytes: digits, then optionally the decimal mark and one or two
  /// digits (`1234`, `1234.5`); `nil` for anything else, which the full parser then reads.
  @inline(__always)
  private static func plainCents(_ text: String, decimal: UInt8) -> Int64? {
    var text = text
    return text.withUTF8 { b -> Int64? in
      guard !b.isEmpty, b.count <= 16 else { return nil }
      var units: Int64 = 0
      var i = 0
      while i < b.count, b[i] >= 48, b[i] <= 57 {
        units = units * 10 + Int64(b[i] - 48)
        i += 1
      }
      guard i > 0 else { return nil }
      if i == b.count { return units * 100 }
      guard b[i] == decimal, b.count - i - 1 == 1 || b.count - i - 1 == 2 else { return nil }
      var fraction: Int64 = 0
      for k in (i + 1)..<b.count {
        guard b[k] >= 48, b[k] <= 57 else { return nil }
        fraction = fraction * 10 + Int64(b[k] - 48)
      }
      return units * 100 + (b.count - i - 1 == 1 ? fraction * 10 : fraction)
    }
  }

  private static let dot = UInt8(ascii: ".")
  private static let comma = UInt8(ascii: ",")
  private static let dashes: Set<Substring> = ["-", "—", "–", "−"]

  /// `s` without a leading or trailing currency sign or ISO code and the spaces next to it.
  private static func stripCurrency(_ text: Substring) -> Substring {
    var s = text
    for sign in [
      "US$", "CA$", "C$", "AU$", "A$", "NZ$", "R$", "CN¥", "RMB", "$", "€", "£", "₪", "¥", "USD",
      "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "ILS", "BRL", "CNY", "ZAR",
    ] {
      if s.hasPrefix(sign) { s = s.dropFirst(sign.count) }
      if s.hasSuffix(sign) { s = s.dropLast(sign.count) }
    }
    if isRandSigned(s) && s.first == "R" { s = s.dropFirst() }
    return s.trimmingPrefix(while: { $0 == " " || $0 == "\u{A0}" })
      .trimmingSuffix(while: { $0 == " " || $0 == "\u{A0}" })
  }
}

extension Substring {
  fileprivate func trimmingPrefix(while p: (Character) -> Bool) -> Substring { drop(while: p) }
  fileprivate func trimmingSuffix(while p: (Character) -> Bool) -> Substring {
    var s = self
    while let l = s.last, p(l) { s = s.dropLast() }
    return s
  }
}
