import Testing

@testable import ARRWorkbook

@Suite struct XMLTokenizerTests {
  /// The document's events in a readable form: `<name attrs>`, `</name>`, `"text"`.
  func events(_ xml: String) throws(XMLFailure) -> [String] {
    let bytes = Array(xml.utf8)
    return try bytes.withUnsafeBufferPointer { buffer throws(XMLFailure) in
      var tokenizer = XMLTokenizer(buffer)
      var out: [String] = []
      while let event = try tokenizer.next() {
        switch event {
        case .start(let tag):
          out.append("<\(tokenizer.string(tag.localName))\(tag.isEmpty ? "/" : "")>")
        case .end(let name): out.append("</\(tokenizer.string(name))>")
        case .text(let r): out.append("\"\(try tokenizer.decodedText(r))\"")
        case .cdata(let r): out.append("[\(tokenizer.string(r))]")
        }
      }
      return out
    }
  }

  @Test func tokenizesTagsTextCommentsAndCDATA() throws {
    let xml =
      "<?xml version=\"1.0\"?>\n<x:a b=\"1>2\"><!-- c --><b/>t&lt;&amp;&#65;&#x42;<c><![CDATA[<raw>&]]></c></x:a>\n"
    #expect(
      try events(xml) == [
        "<a>", "<b/>", "</b>", "\"t<&AB\"", "<c>", "[<raw>&]", "</c>", "</a>",
      ])
  }

  @Test func lineEndsAreNormalised() throws {
    #expect(try events("<a>x\r\ny\rz</a>") == ["<a>", "\"x\ny\nz\"", "</a>"])
  }

  @Test(
    "malformed documents are refused",
    arguments: [
      "<a><b></a>", "<a>", "<a", "</a>", "<a b=\"1></a>", "<a>&bogus;</a>", "<a>&#0;</a>",
      "<a><!-- never closed </a>", "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "<a>&amp</a>",
    ])
  func malformedDocumentsFail(xml: String) {
    #expect(throws: XMLFailure.self) { try events(xml) }
  }

  @Test func attributesAreFoundByLocalName() throws {
    let bytes = Array("<c xmlns:r=\"ns\" r:id='rId1' r=\"C14\" t=\"a&amp;b\" s = \"3\"/>".utf8)
    try bytes.withUnsafeBufferPointer { buffer in
      var tokenizer = XMLTokenizer(buffer)
      guard case .start(let tag)? = try tokenizer.next() else {
        Issue.record("no start tag")
        return
      }
      #expect(try tokenizer.attributeText(tag, "id") == "rId1")
      // `xmlns:r` declares a prefix; the attribute named `r` is the cell reference.
      #expect(try tokenizer.attributeText(tag, "r") == "C14")
      #expect(try tokenizer.attributeText(tag, "t") == "a&b")
      #expect(try tokenizer.attributeText(tag, "s") == "3")
      #expect(try tokenizer.attributeText(tag, "missing") == nil)
    }
  }
}
