/// What a number format's literal text says of the unit its cells show (trial 41, T41-3): a
/// board pack stores 12.5 under `$#,##0.0"K"` and Excel shows **$12.5K**; read as stored the
/// cell is $12.50, 1,000 times too low, with nothing in the number to say so.
public struct FormatUnit: Sendable, Equatable {
  /// The format code as the file writes it.
  public var formatCode: String
  /// The power of 1,000 the format's literal names: 1 for `"K"`, `"000"`, `"k USD"`; 2 for
  /// `"M"`, `"MM"`, `"mn"`.
  public var shownPower: Int
  /// Excel's scaling commas (a comma after the last digit placeholder): each divides the
  /// stored number by 1,000 for display (`#,##0,"K"` shows 12,500 as `13K`).
  public var scalingCommas: Int

  /// The power of 1,000 the stored number is in: 0 when the commas scale whole units for
  /// display (`#,##0.0,"K"` over 12,500), 1 when the cell holds thousands (`#,##0.0"K"` over
  /// 12.5), 2 for millions.
  public var storedPower: Int { shownPower - scalingCommas }

  public init(formatCode: String, shownPower: Int, scalingCommas: Int) {
    self.formatCode = formatCode
    self.shownPower = shownPower
    self.scalingCommas = scalingCommas
  }
}

extension NumberFormat {
  /// Words of a format's literal text that name thousands (`"K"`, `"000s"`, `"Tsd"`).
  static let thousandsWords: Set<String> = ["k", "000", "000s", "thousand", "thousands", "tsd"]
  /// Words of a format's literal text that name millions (`"M"`, `"MM"`, `"mn"`, `"Mio"`).
  static let millionsWords: Set<String> = [
    "m", "mm", "mn", "mln", "mio", "million", "millions",
  ]
  /// Currency codes written with a thousands prefix (`"kUSD"`, `"TEUR"`): in a format's
  /// literal, and in a title or header (the importers' thousands label reads this list).
  public static let thousandsCodes: Set<String> = [
    "kusd", "keur", "kgbp", "kchf", "kcad", "kaud", "teur", "tusd", "tchf", "tgbp",
  ]

  /// The unit a custom format code's literal text names, or `nil` when it names none.
  ///
  /// The rule, on the first section (before `;`): the literal text is what the code quotes
  /// (`"K"`) or escapes (`\K`); `[…]` blocks and the `_`/`*` padding characters are not text.
  /// A literal word in ``thousandsWords`` or ``thousandsCodes`` names thousands, one in
  /// ``millionsWords`` millions. A comma is a scaling comma when it follows a digit
  /// placeholder (`0`, `#`, `?`) and the next character is none: `#,##0` separates
  /// thousands, `#,##0,` and `0.0,,` scale. A date or percent code names no unit.
  /// - Complexity: O(length of the code).
  public static func unit(formatCode code: String) -> FormatUnit? {
    if isDate(formatCode: code) { return nil }
    let chars = Array(code)
    var literal: [String] = []
    var current = ""
    var inQuote = false
    var inBracket = false
    var sawPlaceholder = false
    var commas = 0
    var isPercent = false
    var k = 0
    func isPlaceholder(_ c: Character) -> Bool { c == "0" || c == "#" || c == "?" }
    sectionLoop: while k < chars.count {
      let c = chars[k]
      k += 1
      if inQuote {
        if c == "\"" {
          inQuote = false
          literal.append(current)
          current = ""
        } else {
          current.append(c)
        }
        continue
      }
      if inBracket {
        if c == "]" { inBracket = false }
        continue
      }
      switch c {
      case "\"": inQuote = true
      case "[": inBracket = true
      case "\\":
        if k < chars.count { literal.append(String(chars[k])) }
        k += 1
      case "_", "*": k += 1
      case ";": break sectionLoop
      case "%": isPercent = true
      case ",":
        let next = k < chars.count ? chars[k] : nil
        if sawPlaceholder, next.map(isPlaceholder) != true { commas += 1 }
      default:
        if isPlaceholder(c) { sawPlaceholder = true }
      }
    }
    guard !isPercent, sawPlaceholder else { return nil }
    // Escaped letters run together (`\M\M`, `\k\U\S\D`): join neighbours into one word.
    let words = literal.joined(separator: "").lowercased()
      .split { !($0.isLetter || $0.isNumber) }.map(String.init)
    var power = 0
    for w in words {
      if thousandsWords.contains(w) || thousandsCodes.contains(w) {
        power = 1
        break
      }
      if millionsWords.contains(w) {
        power = 2
        break
      }
    }
    guard power > 0 else { return nil }
    return FormatUnit(formatCode: code, shownPower: power, scalingCommas: commas)
  }
}

/// A cell style's number format: what it shows beyond the digits, and the unit its literal
/// text names (``FormatUnit``).
struct CellFormat: Sendable, Equatable {
  var style: NumberStyle
  var unit: FormatUnit?

  static let plain = CellFormat(style: .plain, unit: nil)
}

/// The number cells of one column shown through a format that names a unit
/// (``FormatUnit``): the first such cell and how many there are.
public struct UnitFormattedColumn: Sendable, Equatable {
  /// 1-based column (A = 1).
  public var column: Int
  /// The sheet row of the column's first such cell.
  public var firstRow: Int
  /// That cell's format.
  public var unit: FormatUnit
  /// Number cells in the column shown through a format naming a unit.
  public var count: Int

  public init(column: Int, firstRow: Int, unit: FormatUnit, count: Int) {
    self.column = column
    self.firstRow = firstRow
    self.unit = unit
    self.count = count
  }
}
