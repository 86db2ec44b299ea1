import Testing

@testable import ARRInput

/// Scans all records of `text` as one final buffer: fields as strings, or the outcome's name.
func records(_ text: String, isFinal: Bool = true) -> [[String]] {
  let bytes = Array(text.utf8)
  var out: [[String]] = []
  bytes.withUnsafeBufferPointer { b in
    guard let p = b.baseAddress else { return }
    var fields = FieldList()
    var pos = 0
    while pos < b.count {
      switch CSVScanner.scanRecord(p, end: b.count, from: pos, isFinal: isFinal, fields: &fields) {
      case .record(let next, _):
        out.append((0..<fields.count).map { CSVScanner.string(of: fields[$0], in: p) })
        pos = next
      case .incomplete:
        out.append(["<incomplete>"])
        return
      case .unterminatedQuote(let column):
        out.append(["<unterminated \(column)>"])
        return
      case .badQuote(let column, let next, _):
        out.append(["<bad quote \(column)>"])
        pos = next
      }
    }
  }
  return out
}

@Suite struct CSVScannerTests {
  @Test func plainLFAndCRLFAndMissingFinalNewline() {
    #expect(records("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
    #expect(records("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
    #expect(records("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    #expect(records("a,,\n") == [["a", "", ""]])
  }

  /// Unquoted fields are scanned eight bytes at a time; a field of any length, ending at any
  /// offset of a word, with bytes below ',' that do not end it (space, '+', '$', '"', '!') and
  /// UTF-8, must split exactly as splitting the lines on commas does.
  @Test(arguments: [UInt64(1), 2, 3, 4])
  func wordAtATimeScanningSplitsLikeABytewiseSplit(seed: UInt64) {
    var state = seed &* 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let alphabet: [String] = ["a", "Z", "7", "-", ".", " ", "+", "$", "\"", "!", "é", "€", "x"]
    var lines: [[String]] = []
    for _ in 0..<300 {
      lines.append(
        (0..<(1 + next(5))).map { _ in
          var field = (0..<next(19)).map { _ in alphabet[next(alphabet.count)] }.joined()
          // A field may not start with a quote: that would make it a quoted field.
          if field.hasPrefix("\"") { field = "q" + field }
          return field
        })
    }
    for ending in ["\n", "\r\n"] {
      let text = lines.map { $0.joined(separator: ",") }.joined(separator: ending) + ending
      #expect(records(text) == lines)
    }
  }

  @Test func quotedFieldsWithCommaQuoteAndNewline() {
    #expect(
      records("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n") == [
        ["a,b", "say \"hi\"", "two\nlines"]
      ])
    #expect(records("\"\",x\r\n") == [["", "x"]])
    #expect(records("ab\"c,d\n") == [["ab\"c", "d"]])
  }

  @Test func countsLineBreaksInsideQuotes() throws {
    let bytes = Array("\"a\nb\nc\",d\nnext\n".utf8)
    let outcome = bytes.withUnsafeBufferPointer { b -> ScanOutcome in
      var fields = FieldList()
      return CSVScanner.scanRecord(
        b.baseAddress!, end: b.count, from: 0, isFinal: true, fields: &fields)
    }
    #expect(outcome == .record(next: 10, newlines: 3))
  }

  @Test func unterminatedAndBadQuotes() {
    #expect(records("a,\"bc\nd") == [["<unterminated 2>"]])
    #expect(records("\"a\"x,b\nc\n") == [["<bad quote 1>"], ["c"]])
  }

  @Test func incompleteRecordsWaitForMoreBytes() {
    #expect(records("a,b", isFinal: false) == [["<incomplete>"]])
    #expect(records("a,\"b\"", isFinal: false) == [["<incomplete>"]])
    #expect(records("a\r", isFinal: false) == [["<incomplete>"]])
    #expect(records("a,b\nc", isFinal: false) == [["a", "b"], ["<incomplete>"]])
  }

  @Test func blankLineIsBlank() {
    var fields = FieldList()
    fields.append(FieldSpan(start: 3, end: 3, isQuoted: false, hasEscapedQuotes: false))
    #expect(CSVScanner.isBlank(fields))
    fields.reset()
    fields.append(FieldSpan(start: 3, end: 3, isQuoted: true, hasEscapedQuotes: false))
    #expect(!CSVScanner.isBlank(fields))
  }
}
