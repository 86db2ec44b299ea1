/// The integer type of a revenue matrix's cells: `Int32` in a compact matrix, `Int64` in a wide
/// one (``RevenueMatrix``). Passes over every cell are written once, generic over it, and
/// dispatched by a switch on ``CellBuffer`` so that each width gets its own specialised copy.
public protocol RevenueCell: FixedWidthInteger, SignedInteger, Sendable {}

extension Int32: RevenueCell {}
extension Int64: RevenueCell {}

/// One matrix's cells, borrowed: `Int32` when every cell of the matrix fits one, else `Int64`.
///
/// Reading a cell (``subscript(_:)``) gives its `Int64` value whatever the width. A pass over
/// every cell switches once and runs a generic body on the typed buffer:
///
/// ```swift
/// switch cells {
/// case .compact(let c): pass(c)
/// case .wide(let c): pass(c)
/// }
/// ```
public enum CellBuffer {
  case compact(UnsafeBufferPointer<Int32>)
  case wide(UnsafeBufferPointer<Int64>)

  /// The value of cell `i`.
  @inlinable
  public subscript(i: Int) -> Int64 {
    switch self {
    case .compact(let c): Int64(c[i])
    case .wide(let c): c[i]
    }
  }

  /// Runs `body` with cells `range` as `Int64`s: the storage itself when wide, else the cells
  /// widened into a temporary buffer (on the stack for a row's worth).
  /// - Complexity: O(1) when wide, O(range) when compact.
  @inlinable
  public func withInt64s<R>(
    _ range: Range<Int>, _ body: (UnsafeBufferPointer<Int64>) throws -> R
  ) rethrows -> R {
    switch self {
    case .wide(let c):
      return try body(UnsafeBufferPointer(rebasing: c[range]))
    case .compact(let c):
      let cells = UnsafeBufferPointer(rebasing: c[range])
      return try withUnsafeTemporaryAllocation(of: Int64.self, capacity: cells.count) { t in
        // Indexed from 0 on both sides: `k - range.lowerBound` paid an overflow check per
        // cell and kept the loop from widening several cells per instruction.
        for k in 0..<cells.count { t[k] = Int64(cells[k]) }
        return try body(UnsafeBufferPointer(t))
      }
    }
  }
}

/// The cells of one revenue matrix (MRR or usage), held as `Int32` when every value fits one
/// (``isWide`` false: half the memory of `Int64`) and as `Int64` otherwise, whole-matrix: one
/// account paying more than $21.4M a month, or one month's usage above 2³¹ − 1 units, widens
/// every cell. Values are never truncated. Only the array in use holds cells; the other is
/// empty.
@usableFromInline
package struct RevenueCells: Sendable {
  @usableFromInline private(set) var narrow: [Int32]
  @usableFromInline private(set) var wide: [Int64]
  @usableFromInline package private(set) var isWide: Bool

  /// The cells of `values`, compact when every value fits `Int32`.
  /// - Complexity: O(count); the values are copied once when they fit, kept when they do not.
  package init(_ values: [Int64]) {
    if let narrow = Self.narrowed(values) {
      self.init(narrow: narrow)
    } else {
      self.init(wide: values)
    }
  }

  /// Compact cells, as they are.
  package init(narrow: [Int32]) {
    self.narrow = narrow
    wide = []
    isWide = false
  }

  /// Wide cells, as they are (even when every value would fit `Int32`).
  package init(wide: [Int64]) {
    narrow = []
    self.wide = wide
    isWide = true
  }

  /// `values` as `Int32`s, or `nil` when one does not fit.
  package static func narrowed(_ values: [Int64]) -> [Int32]? {
    // The least and greatest value, branch-free over the whole array, then one test.
    var (lo, hi) = (Int64.max, Int64.min)
    values.withUnsafeBufferPointer { v in
      for x in v {
        lo = min(lo, x)
        hi = max(hi, x)
      }
    }
    guard values.isEmpty || (lo >= Int64(Int32.min) && hi <= Int64(Int32.max)) else {
      return nil
    }
    return values.map { Int32(truncatingIfNeeded: $0) }
  }

  package var count: Int { isWide ? wide.count : narrow.count }

  @inlinable
  subscript(i: Int) -> Int64 {
    isWide ? wide[i] : Int64(narrow[i])
  }

  /// Sets cell `i`; a value that does not fit `Int32` widens every cell first.
  mutating func set(_ i: Int, to value: Int64) {
    if isWide {
      wide[i] = value
    } else if let v = Int32(exactly: value) {
      narrow[i] = v
    } else {
      widen()
      wide[i] = value
    }
  }

  /// Holds every cell as `Int64` from now on.
  mutating func widen() {
    guard !isWide else { return }
    self = RevenueCells(wide: narrow.map(Int64.init))
  }

  /// Every cell as `Int64`, copied.
  package var values: [Int64] { isWide ? wide : narrow.map(Int64.init) }

  /// The first `width` cells of every `stride` (``Array/rows(width:stride:)``), same width.
  func rows(width: Int, stride: Int) -> RevenueCells {
    isWide
      ? RevenueCells(wide: wide.rows(width: width, stride: stride))
      : RevenueCells(narrow: narrow.rows(width: width, stride: stride))
  }

  /// Runs `body` with the cells borrowed.
  @inlinable
  func withBuffer<R>(_ body: (CellBuffer) throws -> R) rethrows -> R {
    isWide
      ? try wide.withUnsafeBufferPointer { try body(.wide($0)) }
      : try narrow.withUnsafeBufferPointer { try body(.compact($0)) }
  }

  /// Same values (whatever the widths).
  static func sameValues(_ a: RevenueCells, _ b: RevenueCells) -> Bool {
    switch (a.isWide, b.isWide) {
    case (false, false): return a.narrow == b.narrow
    case (true, true): return a.wide == b.wide
    default:
      return a.count == b.count && (0..<a.count).allSatisfy { a[$0] == b[$0] }
    }
  }
}
