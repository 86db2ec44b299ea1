import Dispatch

/// An account's segment as ``Account`` stores it: four bytes in its terms' spare room, a number
/// into one table of segment names for the whole process, instead of a 16-byte `String?` in
/// every account (16 MB at a million accounts).
///
/// `0` is no segment (`nil`); any other code is a name added once and never changed or removed,
/// so a code means the same name on every thread for the life of the process, and reading a
/// name takes no lock. The table holds each distinct name once: a handful in most companies,
/// one per account in a file whose segment column is an id (each name then costs what it cost
/// in the account, and stays until the process ends).
@usableFromInline
package struct SegmentCode: Sendable, Equatable {
  @usableFromInline var raw: UInt32

  /// No segment.
  @usableFromInline package static let none = SegmentCode(raw: 0)

  @usableFromInline
  init(raw: UInt32) { self.raw = raw }

  /// The code of `name`, added to the table when it is new (under the table's lock: readers
  /// that code many accounts use ``Cache``).
  @usableFromInline
  init(_ name: String?) {
    guard let name else {
      self = .none
      return
    }
    self = SegmentNames.shared.code(of: name)
  }

  /// The segment's name; `nil` for ``none``.
  @usableFromInline
  var name: String? { raw == 0 ? nil : SegmentNames.shared.name(at: Int(raw) - 1) }

  /// Codes of the names one reader meets, so that coding a million accounts takes the table's
  /// lock once per distinct name: the previous account's name, then the first 16 names met,
  /// then a dictionary.
  package struct Cache {
    private var last: (name: String?, code: SegmentCode) = (nil, .none)
    private var first: [(String, SegmentCode)] = []
    private var more: [SegmentNames.Key: SegmentCode] = [:]

    package init() {}

    /// The code of `name` (``SegmentCode/init(_:)``).
    package mutating func code(of name: String?) -> SegmentCode {
      guard let name else { return .none }
      if let lastName = last.name, SegmentNames.same(lastName, name) { return last.code }
      let code: SegmentCode
      if let hit = first.first(where: { SegmentNames.same($0.0, name) }) {
        code = hit.1
      } else if let hit = more[SegmentNames.Key(name)] {
        code = hit
      } else {
        code = SegmentCode(name)
        if first.count < 16 {
          first.append((name, code))
        } else {
          more[SegmentNames.Key(name)] = code
        }
      }
      last = (name, code)
      return code
    }
  }
}

/// The process's segment names (``SegmentCode``): chunks that never move, so a name is read
/// without a lock, and a lock and a dictionary for adding.
final class SegmentNames: @unchecked Sendable {
  static let shared = SegmentNames()

  /// Chunk `k` holds names `64 × (2^k − 1) ..< 64 × (2^(k+1) − 1)`; 26 chunks hold more names
  /// than a `UInt32` numbers. A chunk is allocated, under the lock, before any code into it is
  /// handed out, and never freed.
  private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<String>?>
  private static let chunkCount = 26
  /// Guarded by `queue`.
  private var count = 0
  private var codes: [Key: SegmentCode] = [:]
  private let queue = DispatchQueue(label: "arr-quality.segment-names")

  private init() {
    chunks = .allocate(capacity: Self.chunkCount)
    chunks.initialize(repeating: nil, count: Self.chunkCount)
  }

  /// The chunk and slot of name `index`.
  @inline(__always)
  private static func place(_ index: Int) -> (chunk: Int, slot: Int) {
    let j = index / 64 + 1
    let k = Int.bitWidth - 1 - j.leadingZeroBitCount
    return (k, index - 64 * ((1 << k) - 1))
  }

  func code(of name: String) -> SegmentCode {
    queue.sync {
      if let code = codes[Key(name)] { return code }
      let (k, slot) = Self.place(count)
      if slot == 0 {
        let chunk = UnsafeMutablePointer<String>.allocate(capacity: 64 << k)
        chunks[k] = chunk
      }
      chunks[k]!.advanced(by: slot).initialize(to: name)
      count += 1
      let code = SegmentCode(raw: UInt32(count))
      codes[Key(name)] = code
      return code
    }
  }

  /// True when `a` and `b` are the same bytes. Names are told apart byte for byte, not as
  /// `String`s compare (canonical equivalence), so an account's segment reads back exactly as it
  /// was given.
  @inline(__always)
  static func same(_ a: String, _ b: String) -> Bool {
    // Different as strings is different bytes; the same representation is the same bytes (a
    // short name is stored in the `String` itself, so a name read again matches this way).
    guard a == b else { return false }
    if unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) {
      return true
    }
    guard a.utf8.count == b.utf8.count else { return false }
    var (a, b) = (a, b)
    return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
  }

  /// A name as a dictionary key compared byte for byte (``same(_:_:)``).
  struct Key: Hashable {
    let name: String
    init(_ name: String) { self.name = name }
    static func == (a: Key, b: Key) -> Bool { same(a.name, b.name) }
    func hash(into hasher: inout Hasher) {
      var name = name
      name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  /// Name `index` (its code minus one). The code was handed out after the name was stored, and
  /// whatever gave the caller the code (an account) was passed to its thread after that.
  func name(at index: Int) -> String {
    let (k, slot) = Self.place(index)
    return chunks[k].unsafelyUnwrapped[slot]
  }
}
