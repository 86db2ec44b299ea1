extension XMLTokenizer {
  /// The raw value of the attribute whose local name is `name` (namespace declarations are
  /// skipped), or `nil`.
  /// - Throws: ``XMLFailure`` when the attribute list is malformed.
  /// - Complexity: O(n) in the length of the attribute list.
  func attribute(_ tag: XMLTag, _ name: StaticString) throws(XMLFailure) -> Range<Int>? {
    var found: Range<Int>?
    try forEachAttribute(tag) { localName, value in
      guard equals(localName, name) else { return true }
      found = value
      return false
    }
    return found
  }

  /// Calls `body` with the local name and raw value of each attribute in order (namespace
  /// declarations skipped) until it returns `false`. One pass for a tag whose several
  /// attributes a reader wants (a cell's `r`, `s` and `t`).
  /// - Throws: ``XMLFailure`` when the attribute list is malformed.
  /// - Complexity: O(n) in the length of the attribute list.
  func forEachAttribute(
    _ tag: XMLTag, _ body: (_ localName: Range<Int>, _ value: Range<Int>) -> Bool
  ) throws(XMLFailure) {
    var i = tag.attributes.lowerBound
    let end = tag.attributes.upperBound
    while true {
      while i < end && Self.isSpace(bytes[i]) { i += 1 }
      if i >= end { return }
      let nameStart = i
      var localStart = i
      while i < end && bytes[i] != UInt8(ascii: "=") && !Self.isSpace(bytes[i]) {
        if bytes[i] == UInt8(ascii: ":") { localStart = i + 1 }
        i += 1
      }
      let nameEnd = i
      while i < end && Self.isSpace(bytes[i]) { i += 1 }
      guard i < end, bytes[i] == UInt8(ascii: "=") else {
        throw XMLFailure(offset: i, reason: "an attribute without a value")
      }
      i += 1
      while i < end && Self.isSpace(bytes[i]) { i += 1 }
      guard i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
        throw XMLFailure(offset: i, reason: "an attribute value without quotes")
      }
      let quote = bytes[i]
      let valueStart = i + 1
      guard let close = find(quote, from: valueStart), close < end else {
        throw XMLFailure(offset: i, reason: "an attribute value never ends")
      }
      i = close + 1
      let isNamespace =
        equals(nameStart..<nameEnd, "xmlns")
        || (localStart > nameStart
          && equals(nameStart..<(localStart - 1), "xmlns"))
      if !isNamespace && !body(localStart..<nameEnd, valueStart..<close) { return }
    }
  }

  /// An attribute's value with entities decoded, or `nil` when absent.
  func attributeText(_ tag: XMLTag, _ name: StaticString) throws(XMLFailure) -> String? {
    guard let range = try attribute(tag, name) else { return nil }
    return try decodedText(range)
  }

  /// Character data with entity and character references decoded and line ends normalised
  /// to `\n`, as XML 1.0 §2.11 asks.
  /// - Throws: ``XMLFailure`` on an unknown entity or a reference to an invalid character.
  func decodedText(_ range: Range<Int>) throws(XMLFailure) -> String {
    let raw = UnsafeBufferPointer(rebasing: bytes[range])
    guard raw.contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x0D }) else {
      return String(decoding: raw, as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(range.count)
    var i = range.lowerBound
    while i < range.upperBound {
      let b = bytes[i]
      if b == 0x0D {
        out.append(0x0A)
        i += (i + 1 < range.upperBound && bytes[i + 1] == 0x0A) ? 2 : 1
        continue
      }
      guard b == UInt8(ascii: "&") else {
        out.append(b)
        i += 1
        continue
      }
      guard let semicolon = find(UInt8(ascii: ";"), from: i), semicolon < range.upperBound,
        semicolon - i <= 12
      else { throw XMLFailure(offset: i, reason: "an '&' that starts no entity") }
      let name = (i + 1)..<semicolon
      if equals(name, "lt") {
        out.append(UInt8(ascii: "<"))
      } else if equals(name, "gt") {
        out.append(UInt8(ascii: ">"))
      } else if equals(name, "amp") {
        out.append(UInt8(ascii: "&"))
      } else if equals(name, "quot") {
        out.append(UInt8(ascii: "\""))
      } else if equals(name, "apos") {
        out.append(UInt8(ascii: "'"))
      } else if name.count >= 2 && bytes[name.lowerBound] == UInt8(ascii: "#") {
        guard let scalar = characterReference(name) else {
          throw XMLFailure(offset: i, reason: "&\(string(name)); is not a valid character")
        }
        out.append(contentsOf: String(Character(scalar)).utf8)
      } else {
        throw XMLFailure(offset: i, reason: "unknown entity &\(string(name));")
      }
      i = semicolon + 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `#65` or `#x41` → the scalar, when it is a character XML allows.
  private func characterReference(_ name: Range<Int>) -> Unicode.Scalar? {
    var i = name.lowerBound + 1
    var radix: UInt32 = 10
    if bytes[i] == UInt8(ascii: "x") {
      radix = 16
      i += 1
    }
    guard i < name.upperBound else { return nil }
    var value: UInt32 = 0
    while i < name.upperBound {
      let b = bytes[i]
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt32(b - 87)
      case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = UInt32(b - 55)
      default: return nil
      }
      value = value * radix + digit
      guard value <= 0x10FFFF else { return nil }
      i += 1
    }
    let allowed = value == 0x9 || value == 0xA || value == 0xD || value >= 0x20
    return allowed ? Unicode.Scalar(value) : nil
  }
}
