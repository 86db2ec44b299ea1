// libFuzzer target: the CSV record scanner on arbitrary bytes, whole and split in two chunks.
// Built by Scripts/fuzz; not part of the package.
@testable import ARRInput

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var fields = FieldList()
  var pos = 0
  while pos < size {
    switch CSVScanner.scanRecord(data, end: size, from: pos, isFinal: true, fields: &fields) {
    case .record(let next, _), .badQuote(_, let next, _):
      precondition(next > pos && next <= size, "the scanner must make progress")
      for k in 0..<fields.count {
        let span = fields[k]
        precondition(span.start >= 0 && span.end <= size && span.start <= span.end)
        _ = CSVScanner.string(of: span, in: data)
      }
      pos = next
    case .incomplete:
      preconditionFailure("a final buffer is never incomplete")
    case .unterminatedQuote:
      pos = size
    }
  }
  // The same bytes offered as a non-final chunk never run past the end.
  if size > 0 {
    switch CSVScanner.scanRecord(data, end: size, from: 0, isFinal: false, fields: &fields) {
    case .record(let next, _), .badQuote(_, let next, _): precondition(next <= size)
    default: break
    }
  }
  return 0
}
