#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A malformed XML document: where (byte offset) and what.
struct XMLFailure: Error, Equatable, Sendable {
  var offset: Int
  var reason: String
}

/// A start tag: its name and the raw bytes of its attributes, as offsets into the document.
struct XMLTag: Equatable, Sendable {
  /// The qualified name (`x:c` or `c`).
  var name: Range<Int>
  /// The name after any namespace prefix (`c`).
  var localName: Range<Int>
  /// Everything between the name and `>` or `/>`.
  var attributes: Range<Int>
  /// `<c/>`: the tokenizer reports its end right after it.
  var isEmpty: Bool
}

/// One step of an XML document.
enum XMLEvent: Equatable, Sendable {
  case start(XMLTag)
  /// The end of an element (its local name); also reported after an empty-element tag.
  case end(localName: Range<Int>)
  /// Character data between tags, entities not yet decoded.
  case text(Range<Int>)
  /// The content of a `<![CDATA[…]]>` section, taken literally.
  case cdata(Range<Int>)
}

/// A small pull tokenizer for the XML inside a workbook: tags, attributes, text, entities,
/// CDATA; comments and processing instructions are skipped.
///
/// Our own rather than Foundation's `XMLParser`, which Linux ships in a separate library with a
/// libxml2 dependency, and which is a push parser too slow for a 150 MB sheet. It checks what a
/// reader needs to trust the structure (tags nest and close, quotes and comments end) and refuses
/// a DOCTYPE: Open XML never has one, and internal entities are the classic expansion bomb.
/// Works on bytes: a caller keeps the buffer alive while it uses the tokenizer.
struct XMLTokenizer {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var offset = 0
  /// Local names of the open elements, innermost last.
  private var open: [Range<Int>] = []
  private var pendingEnd: Range<Int>?

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// How deep the tokenizer is: the number of elements open.
  var depth: Int { open.count }

  /// The next event, or `nil` at the end of a well-formed document.
  /// - Throws: ``XMLFailure`` on malformed XML.
  mutating func next() throws(XMLFailure) -> XMLEvent? {
    if let end = pendingEnd {
      pendingEnd = nil
      return .end(localName: end)
    }
    let count = bytes.count
    while offset < count {
      if bytes[offset] != UInt8(ascii: "<") {
        let start = offset
        offset = find(UInt8(ascii: "<"), from: offset) ?? count
        if open.isEmpty { continue }  // whitespace around the root element
        return .text(start..<offset)
      }
      guard offset + 1 < count else { throw fail("the document ends inside a tag") }
      switch bytes[offset + 1] {
      case UInt8(ascii: "/"): return try endTag()
      case UInt8(ascii: "?"):
        offset = try skip(past: "?>", from: offset + 2, what: "processing instruction")
      case UInt8(ascii: "!"):
        if matches("<!--", at: offset) {
          offset = try skip(past: "-->", from: offset + 4, what: "comment")
        } else if matches("<![CDATA[", at: offset) {
          let start = offset + 9
          offset = try skip(past: "]]>", from: start, what: "CDATA section")
          return .cdata(start..<(offset - 3))
        } else {
          throw fail("a DOCTYPE or other declaration (not allowed in a workbook)")
        }
      default: return try startTag()
      }
    }
    if let innermost = open.last {
      throw fail("the document ends inside <\(string(innermost))>")
    }
    return nil
  }

  private mutating func startTag() throws(XMLFailure) -> XMLEvent {
    let nameStart = offset + 1
    var i = nameStart
    var colon = -1
    let count = bytes.count
    while i < count {
      let b = bytes[i]
      if b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || Self.isSpace(b) { break }
      if b == UInt8(ascii: ":") { colon = i }
      i += 1
    }
    guard i > nameStart else { throw fail("a tag without a name") }
    let name = nameStart..<i
    let localName = (colon >= 0 ? colon + 1 : nameStart)..<i
    let attributesStart = i
    // Attribute values may hold '>' and '/': skip them whole.
    while i < count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        guard let close = find(b, from: i + 1) else { throw fail("an attribute value never ends") }
        i = close + 1
        continue
      }
      if b == UInt8(ascii: ">") { break }
      i += 1
    }
    guard i < count else { throw fail("the document ends inside <\(string(name))>") }
    let isEmpty = bytes[i - 1] == UInt8(ascii: "/") && i - 1 >= attributesStart
    let attributes = attributesStart..<(isEmpty ? i - 1 : i)
    offset = i + 1
    if isEmpty {
      pendingEnd = localName
    } else {
      open.append(localName)
    }
    return .start(
      XMLTag(name: name, localName: localName, attributes: attributes, isEmpty: isEmpty))
  }

  private mutating func endTag() throws(XMLFailure) -> XMLEvent {
    let nameStart = offset + 2
    guard let close = find(UInt8(ascii: ">"), from: nameStart) else {
      throw fail("the document ends inside an end tag")
    }
    var nameEnd = close
    while nameEnd > nameStart && Self.isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
    var localStart = nameStart
    for j in nameStart..<nameEnd where bytes[j] == UInt8(ascii: ":") { localStart = j + 1 }
    let localName = localStart..<nameEnd
    guard let expected = open.popLast() else {
      throw fail("</\(string(nameStart..<nameEnd))> closes nothing")
    }
    guard equal(expected, localName) else {
      throw fail("</\(string(nameStart..<nameEnd))> closes <\(string(expected))>")
    }
    offset = close + 1
    return .end(localName: localName)
  }

  // MARK: Bytes

  @inline(__always)
  static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
  }

  /// The first `byte` at or after `from`.
  @inline(__always)
  func find(_ byte: UInt8, from: Int) -> Int? {
    guard from < bytes.count, let base = bytes.baseAddress else { return nil }
    guard let hit = memchr(base + from, Int32(byte), bytes.count - from) else { return nil }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  private func matches(_ literal: StaticString, at position: Int) -> Bool {
    let n = literal.utf8CodeUnitCount
    guard position + n <= bytes.count else { return false }
    return memcmp(bytes.baseAddress! + position, literal.utf8Start, n) == 0
  }

  private func skip(
    past terminator: StaticString, from: Int, what: String
  ) throws(XMLFailure) -> Int {
    var i = from
    let first = terminator.utf8Start.pointee
    while let hit = find(first, from: i) {
      if matches(terminator, at: hit) { return hit + terminator.utf8CodeUnitCount }
      i = hit + 1
    }
    throw fail("a \(what) never ends")
  }

  /// Whether two ranges of the document hold the same bytes.
  func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    a.count == b.count
      && memcmp(bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, a.count) == 0
  }

  /// Whether a range of the document holds exactly `literal`.
  @inline(__always)
  func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
    range.count == literal.utf8CodeUnitCount
      && memcmp(bytes.baseAddress! + range.lowerBound, literal.utf8Start, range.count) == 0
  }

  /// The raw bytes of a range as text (no entity decoding), for messages and names.
  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  func fail(_ reason: String) -> XMLFailure { XMLFailure(offset: offset, reason: reason) }
}
