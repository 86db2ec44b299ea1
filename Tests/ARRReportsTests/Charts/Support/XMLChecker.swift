import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A tiny, strict XML well-formedness checker for the SVG the charts write: balanced tags,
/// quoted attributes without duplicates, only the five named entities (or numeric ones),
/// no raw `<`, `>` or `&` in text, and exactly one root element.
struct XMLChecker {
  /// An element as parsed: its name, attributes in order, and the text directly inside it.
  struct Element {
    var name: String
    var attributes: [(name: String, value: String)]
    var text = ""
    func attribute(_ name: String) -> String? {
      attributes.first { $0.name == name }?.value
    }
  }

  /// Every element in document order, and the problems found (empty when well-formed).
  private(set) var elements: [Element] = []
  private(set) var problems: [String] = []
  private(set) var rootCount = 0

  init(_ document: String) {
    let bytes = Array(document.utf8)
    var i = 0
    var stack: [Int] = []  // indices into `elements`
    func isNameByte(_ b: UInt8) -> Bool {
      (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
        || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: "_")
        || b == UInt8(ascii: ".")
    }
    func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }
    func readName() -> String {
      let start = i
      while i < bytes.count && isNameByte(bytes[i]) { i += 1 }
      return String(decoding: bytes[start..<i], as: UTF8.self)
    }
    /// Checks `&…;` at `i`; advances past it.
    func checkEntity() -> Bool {
      guard let semicolon = bytes[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
        i += 1
        return false
      }
      let name = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
      i = semicolon + 1
      if ["amp", "lt", "gt", "quot", "apos"].contains(name) { return true }
      if name.hasPrefix("#x") {
        return !name.dropFirst(2).isEmpty && UInt32(name.dropFirst(2), radix: 16) != nil
      }
      if name.hasPrefix("#") { return !name.dropFirst().isEmpty && UInt32(name.dropFirst()) != nil }
      return false
    }
    while i < bytes.count && problems.count < 100 {
      let b = bytes[i]
      if b == UInt8(ascii: "<") {
        if bytes[i...].starts(with: Array("<!--".utf8)) {
          var end = i + 4
          while end + 2 < bytes.count
            && !(bytes[end] == 45 && bytes[end + 1] == 45 && bytes[end + 2] == 62)
          {
            end += 1
          }
          guard end + 2 < bytes.count else {
            problems.append("unterminated comment")
            break
          }
          i = end + 3
          continue
        }
        i += 1
        if i < bytes.count && bytes[i] == UInt8(ascii: "/") {
          i += 1
          let name = readName()
          while i < bytes.count && isSpace(bytes[i]) { i += 1 }
          guard i < bytes.count && bytes[i] == UInt8(ascii: ">") else {
            problems.append("bad closing tag </\(name)")
            break
          }
          i += 1
          if let open = stack.popLast() {
            if elements[open].name != name {
              problems.append("</\(name)> closes <\(elements[open].name)>")
            }
          } else {
            problems.append("</\(name)> with nothing open")
          }
          continue
        }
        let name = readName()
        if name.isEmpty {
          problems.append("raw < in text at byte \(i)")
          continue
        }
        if stack.isEmpty { rootCount += 1 }
        var element = Element(name: name, attributes: [])
        var selfClosing = false
        while problems.count < 100 {
          while i < bytes.count && isSpace(bytes[i]) { i += 1 }
          guard i < bytes.count else {
            problems.append("unterminated tag <\(name)")
            break
          }
          if bytes[i] == UInt8(ascii: ">") {
            i += 1
            break
          }
          if bytes[i] == UInt8(ascii: "/") && i + 1 < bytes.count
            && bytes[i + 1] == UInt8(ascii: ">")
          {
            selfClosing = true
            i += 2
            break
          }
          let attribute = readName()
          guard !attribute.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
            problems.append("bad attribute in <\(name)> near byte \(i)")
            i += 1
            continue
          }
          i += 1
          guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'")
          else {
            problems.append("unquoted attribute \(attribute) in <\(name)>")
            while i < bytes.count && !isSpace(bytes[i]) && bytes[i] != UInt8(ascii: ">") { i += 1 }
            continue
          }
          let quote = bytes[i]
          i += 1
          var value: [UInt8] = []
          while i < bytes.count && bytes[i] != quote {
            if bytes[i] == UInt8(ascii: "<") { problems.append("< in attribute \(attribute)") }
            if bytes[i] == UInt8(ascii: "&") {
              let start = i
              if !checkEntity() { problems.append("bad entity in attribute \(attribute)") }
              value += bytes[start..<i]
              continue
            }
            value.append(bytes[i])
            i += 1
          }
          i += 1
          if element.attributes.contains(where: { $0.name == attribute }) {
            problems.append("duplicate attribute \(attribute) in <\(name)>")
          }
          element.attributes.append((attribute, String(decoding: value, as: UTF8.self)))
        }
        elements.append(element)
        if !selfClosing { stack.append(elements.count - 1) }
        continue
      }
      if b == UInt8(ascii: "&") {
        let start = i
        if !checkEntity() { problems.append("bad entity in text at byte \(start)") }
        if let open = stack.last {
          elements[open].text += String(decoding: bytes[start..<i], as: UTF8.self)
        }
        continue
      }
      if b == UInt8(ascii: ">") { problems.append("raw > in text at byte \(i)") }
      if stack.isEmpty && !isSpace(b) { problems.append("text outside the root element") }
      // Decode a whole run of text at once, so multi-byte UTF-8 characters stay whole.
      let start = i
      while i < bytes.count && bytes[i] != UInt8(ascii: "<") && bytes[i] != UInt8(ascii: "&")
        && bytes[i] != UInt8(ascii: ">") && !(stack.isEmpty && !isSpace(bytes[i]))
      {
        i += 1
      }
      if i == start { i += 1 }
      if let open = stack.last {
        elements[open].text += String(decoding: bytes[start..<i], as: UTF8.self)
      }
    }
    if !stack.isEmpty { problems.append("unclosed <\(elements[stack.last!].name)>") }
    if rootCount != 1 { problems.append("\(rootCount) root elements") }
  }

  /// Elements named `name` with the given class (any class when `nil`).
  func count(_ name: String, cssClass: String? = nil) -> Int {
    elements.filter { $0.name == name && (cssClass == nil || $0.attribute("class") == cssClass) }
      .count
  }
}

@Suite struct XMLCheckerTests {
  @Test func acceptsAWellFormedDocument() {
    let checker = XMLChecker(
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x='1'>a &amp; b &#215;</text><g/></svg>\n")
    #expect(checker.problems.isEmpty)
    #expect(checker.elements.map(\.name) == ["svg", "text", "g"])
    #expect(checker.elements[1].text == "a &amp; b &#215;")
  }

  @Test(arguments: [
    "<svg><g></svg>",  // unbalanced
    "<svg><text>a < b</text></svg>",  // raw <
    "<svg><text>a & b</text></svg>",  // raw &
    "<svg><text>a > b</text></svg>",  // raw >
    "<svg x=1></svg>",  // unquoted attribute
    "<svg x=\"1\" x=\"2\"></svg>",  // duplicate attribute
    "<svg></svg><svg></svg>",  // two roots
    "<svg></svg>junk",  // text outside
    "<svg><text>&nbsp;</text></svg>",  // unknown entity
  ])
  func rejectsMalformedDocuments(document: String) {
    #expect(!XMLChecker(document).problems.isEmpty)
  }
}
