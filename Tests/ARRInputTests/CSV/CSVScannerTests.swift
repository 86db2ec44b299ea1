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
