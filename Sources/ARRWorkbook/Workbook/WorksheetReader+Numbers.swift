extension WorksheetReader {
  /// Powers of ten a Double holds exactly.
  private static let exactPowersOfTen: [Double] = (0...22).map { e in
    var p = 1.0
    for _ in 0..<e { p *= 10 }
    return p
  }

  /// The number a `<v>` holds.
  ///
  /// Plain decimals of up to 15 significant digits (almost every cell) are converted exactly
  /// with one division by an exact power of ten (Clinger's fast path); anything else — more
  /// digits, an exponent — goes through the standard library's correctly rounded parser.
  /// Text that is not a decimal number (`inf`, `nan`, hex) is refused.
  static func number(_ xml: XMLTokenizer, _ range: Range<Int>) -> Double? {
    var i = range.lowerBound
    var end = range.upperBound
    while i < end && XMLTokenizer.isSpace(xml.bytes[i]) { i += 1 }
    while end > i && XMLTokenizer.isSpace(xml.bytes[end - 1]) { end -= 1 }
    guard i < end else { return nil }
    var isNegative = false
    if xml.bytes[i] == UInt8(ascii: "-") {
      isNegative = true
      i += 1
    }
    var mantissa: Int64 = 0
    var digits = 0
    var fractionDigits = 0
    var seenDot = false
    var sawDigit = false
    var isSimple = i < end
    var j = i
    while j < end {
      let b = xml.bytes[j]
      if b == UInt8(ascii: ".") && !seenDot {
        seenDot = true
      } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
        sawDigit = true
        if digits > 0 || b != UInt8(ascii: "0") { digits += 1 }
        mantissa = mantissa &* 10 &+ Int64(b - UInt8(ascii: "0"))
        if seenDot { fractionDigits += 1 }
      } else {
        isSimple = false
        break
      }
      j += 1
    }
    if isSimple && sawDigit && digits <= 15 && fractionDigits <= 22 {
      let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
      return isNegative ? -magnitude : magnitude
    }
    let start = isNegative ? i - 1 : i
    for k in start..<end {
      switch xml.bytes[k] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
        UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"):
        continue
      default: return nil
      }
    }
    return Double(xml.string(start..<end))
  }
}
