/// One field of a CSV record, as byte offsets into the buffer being scanned.
///
/// For a quoted field the span excludes the surrounding quotes; `hasEscapedQuotes` says the
/// content still holds doubled quotes (`""`) that stand for one quote each.
struct FieldSpan: Sendable, Equatable {
  var start: Int
  var end: Int
  var isQuoted: Bool
  var hasEscapedQuotes: Bool
}

/// A growable, reusable list of field spans, so scanning a record allocates nothing.
///
/// Backed by raw storage rather than an array: the scanner appends a span per field of every
/// row, and an array's copy-on-write uniqueness check on each append showed in profiles.
struct FieldList {
  private final class Storage {
    var base: UnsafeMutablePointer<FieldSpan>
    var capacity: Int
    init(capacity: Int) {
      self.capacity = capacity
      base = .allocate(capacity: capacity)
    }
    deinit { base.deallocate() }
    func grow() {
      let bigger = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity * 2)
      bigger.moveInitialize(from: base, count: capacity)
      base.deallocate()
      base = bigger
      capacity *= 2
    }
  }
  private let storage = Storage(capacity: 16)
  private(set) var count = 0

  init() {}

  @inline(__always)
  mutating func reset() { count = 0 }

  @inline(__always)
  mutating func append(_ span: FieldSpan) {
    if count == storage.capacity { storage.grow() }
    // Spans are trivial values: slots past `count` may be overwritten without deinitialising.
    (storage.base + count).initialize(to: span)
    count += 1
  }

  @inline(__always)
  subscript(i: Int) -> FieldSpan {
    precondition(i >= 0 && i < count, "field index out of range")
    return storage.base[i]
  }

  /// The spans, unchecked: valid until the list next changes, for a reader that has checked
  /// ``count`` once and reads many fields (each subscript checks its index and reaches the
  /// storage again).
  @inline(__always)
  var spans: UnsafePointer<FieldSpan> { UnsafePointer(storage.base) }
}

/// What scanning one record found.
enum ScanOutcome: Equatable {
  /// A complete record; the next one starts at `next`, after `newlines` line breaks.
  case record(next: Int, newlines: Int)
  /// The buffer ends inside the record and more bytes may follow: read more, then rescan.
  case incomplete
  /// The input ends inside a quoted field that opened in field `column` (1-based).
  case unterminatedQuote(column: Int)
  /// A closing quote followed by something other than a comma or line end, in field `column`;
  /// scanning resumes at `next` (the next line).
  case badQuote(column: Int, next: Int, newlines: Int)
}

/// An RFC 4180 record scanner over UTF-8 bytes: quoted fields with embedded commas, doubled
/// quotes and line breaks; LF, CRLF or lone CR line ends. It never builds a `String`.
///
/// A quote inside an unquoted field is kept as a literal character (exports do this).
enum CSVScanner {
  /// The first position from `i` whose byte is below '-' (a comma, a line end, a quote, a
  /// space…), found eight bytes at a time; or the position where fewer than eight bytes are
  /// left before `end`, from which the caller goes on byte by byte. Digits, letters, '-', '.'
  /// and UTF-8 bytes are all at or above '-', so most fields end in the first word flagged. The
  /// lowest flag is exact (borrows only run upward).
  /// - Complexity: O(bytes skipped / 8).
  @inline(__always)
  static func skipToByteBelowDash(_ p: UnsafePointer<UInt8>, from i: Int, end: Int) -> Int {
    var i = i
    while i &+ 8 <= end {
      let word = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
      let flags = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
      if flags != 0 { return i &+ (flags.trailingZeroBitCount &>> 3) }
      i &+= 8
    }
    return i
  }

  static let comma = UInt8(ascii: ",")
  static let quote = UInt8(ascii: "\"")
  static let lf = UInt8(ascii: "\n")
  static let cr = UInt8(ascii: "\r")

  /// Scans the record that starts at `start` in `p[0..<end]`.
  /// - Parameters:
  ///   - p: The bytes.
  ///   - end: One past the last byte available.
  ///   - start: Where the record starts.
  ///   - isFinal: True when no bytes follow `end` (end of input or of this range).
  ///   - fields: Receives the record's field spans.
  /// - Returns: What was found; see ``ScanOutcome``.
  /// - Complexity: O(length of the record).
  @inline(__always)
  static func scanRecord(
    _ p: UnsafePointer<UInt8>, end: Int, from start: Int, isFinal: Bool, fields: inout FieldList
  ) -> ScanOutcome {
    fields.reset()
    var i = start
    var newlines = 0
    while true {
      let fieldStart = i
      if i < end && p[i] == quote {
        i += 1
        var escaped = false
        while true {
          if i >= end {
            return isFinal ? .unterminatedQuote(column: fields.count + 1) : .incomplete
          }
          let c = p[i]
          if c == quote {
            if i + 1 < end {
              if p[i + 1] == quote {
                escaped = true
                i += 2
                continue
              }
            } else if !isFinal {
              return .incomplete
            }
            i += 1
            break
          }
          if c == lf { newlines += 1 }
          i += 1
        }
        fields.append(
          FieldSpan(start: fieldStart + 1, end: i - 1, isQuoted: true, hasEscapedQuotes: escaped))
        if i >= end { return isFinal ? .record(next: i, newlines: newlines) : .incomplete }
        let c = p[i]
        if c == comma {
          i += 1
          continue
        }
        if c == lf { return .record(next: i + 1, newlines: newlines + 1) }
        if c == cr {
          return lineEndAfterCR(p, end: end, at: i, isFinal: isFinal, newlines: newlines)
        }
        // Resynchronise at the next line break so one bad field costs one row.
        let column = fields.count
        while i < end && p[i] != lf { i += 1 }
        if i >= end && !isFinal { return .incomplete }
        return .badQuote(
          column: column, next: min(i + 1, end), newlines: newlines + (i < end ? 1 : 0))
      } else {
        var c: UInt8 = 0
        while i < end {
          i = skipToByteBelowDash(p, from: i, end: end)
          if i == end { break }
          c = p[i]
          if c <= comma && (c == comma || c == lf || c == cr) { break }
          i += 1
        }
        fields.append(
          FieldSpan(start: fieldStart, end: i, isQuoted: false, hasEscapedQuotes: false))
        if i >= end { return isFinal ? .record(next: i, newlines: newlines) : .incomplete }
        if c == comma {
          i += 1
          continue
        }
        if c == lf { return .record(next: i + 1, newlines: newlines + 1) }
        return lineEndAfterCR(p, end: end, at: i, isFinal: isFinal, newlines: newlines)
      }
    }
  }

  @inline(__always)
  private static func lineEndAfterCR(
    _ p: UnsafePointer<UInt8>, end: Int, at i: Int, isFinal: Bool, newlines: Int
  ) -> ScanOutcome {
    if i + 1 < end {
      return .record(next: p[i + 1] == lf ? i + 2 : i + 1, newlines: newlines + 1)
    }
    return isFinal ? .record(next: i + 1, newlines: newlines + 1) : .incomplete
  }

  /// True when the record is one empty unquoted field: a blank line, which is skipped.
  @inline(__always)
  static func isBlank(_ fields: FieldList) -> Bool {
    fields.count == 1 && !fields[0].isQuoted && fields[0].start == fields[0].end
  }

  /// The field's bytes with doubled quotes undone.
  static func bytes(of span: FieldSpan, in p: UnsafePointer<UInt8>) -> [UInt8] {
    let raw = UnsafeBufferPointer(start: p + span.start, count: span.end - span.start)
    guard span.hasEscapedQuotes else { return Array(raw) }
    var out = [UInt8]()
    out.reserveCapacity(raw.count)
    var i = 0
    while i < raw.count {
      out.append(raw[i])
      i += raw[i] == quote ? 2 : 1
    }
    return out
  }

  /// The field as text (invalid UTF-8 repaired), for messages and free-text columns.
  static func string(of span: FieldSpan, in p: UnsafePointer<UInt8>) -> String {
    if !span.hasEscapedQuotes {
      return String(
        decoding: UnsafeBufferPointer(start: p + span.start, count: span.end - span.start),
        as: UTF8.self)
    }
    return String(decoding: bytes(of: span, in: p), as: UTF8.self)
  }
}
