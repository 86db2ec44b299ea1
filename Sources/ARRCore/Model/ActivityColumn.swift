/// An extra numeric column of `monthly.csv` (logins, tickets, API calls…): one value per account
/// and month, a candidate risk signal (`docs/input.md`, "Activity columns"; `docs/scoring.md`,
/// "Custom activity signals").
///
/// A column is numeric by ``SnapshotColumn/numericShare`` of its non-empty cells, the rule the
/// extra columns of `accounts.csv` follow (blank and `N/A` are missing, not text).
public struct ActivityColumn: Sendable {
  /// The header name as written; the signals are `<name>_level` and `<name>_trend`.
  public var name: String
  /// Row-major accounts × months, laid out like ``RevenueMatrix/mrr`` (account `a`, month
  /// offset `m` at `a * monthCount + m`); `nan` where the account has no row for the month, the
  /// cell is empty or `N/A`, or does not parse. Single precision: an activity count needs no
  /// more, and four bytes per cell keep a million accounts' columns within the memory budget.
  ///
  /// A column may hold its cells in two bytes each (``compact()``); reading this gives the same
  /// `Float`s either way, and changing it goes back to `Float` cells. An earlier view
  /// (``prefix(months:of:)``) shares the full column's cells; reading this copies its rows
  /// out, changing it gives the view cells of its own. Passes over every account borrow the
  /// cells with ``withCells(monthCount:_:)``.
  public var values: [Float] {
    get {
      let all = isCompact ? compactCells.map { table[Self.slot($0)] } : cells
      return rowStride > 0 ? all.rows(width: months, stride: rowStride) : all
    }
    _modify {
      if isCompact || rowStride > 0 {
        cells = values
        compactCells = []
        table = []
        rowStride = 0
        months = 0
      }
      yield &cells
    }
  }
  /// The cells as stored, when not compact: dense, or a longer column's in a view.
  private var cells: [Float]
  /// The cells as stored when compact (``isCompact``), each the index into ``table`` of its
  /// value less 32,768 (``ActivityColumn/decode(_:scale:)``); empty otherwise.
  private var compactCells: [Int16] = []
  /// The value of every compact cell (``decodeTable(scale:)``); empty when the cells are
  /// `Float`s.
  private var table: [Float] = []
  /// In a view, cells between the starts of two rows of ``cells``; 0 when dense.
  private var rowStride = 0
  /// In a view, the months of each row that belong to it.
  private var months = 0

  /// - Parameters:
  ///   - name: The header name.
  ///   - values: Accounts × months, `nan` = missing.
  public init(name: String, values: [Float]) {
    self.name = name
    self.cells = values
  }

  /// Whether the cells are held in two bytes each (``compact()``).
  public var isCompact: Bool { !table.isEmpty }

  /// The column cut to each account's first `count` months of `stride` (an earlier as-of): a
  /// view sharing these cells, nothing copied.
  /// - Parameters:
  ///   - count: Months kept per account, at most `stride`.
  ///   - stride: Months per account of this column.
  /// - Complexity: O(1).
  public func prefix(months count: Int, of stride: Int) -> ActivityColumn {
    precondition(count <= stride, "a prefix longer than the column")
    if count == stride { return self }
    var view = self
    if rowStride == 0 { view.rowStride = stride }
    view.months = count
    return view
  }

  /// Runs `body` with the cells borrowed and the distance between two accounts' rows: account
  /// `a`'s month offset `m` is at `a * rowStride + m`.
  /// - Parameters:
  ///   - monthCount: Months per account of the company the column belongs to (the stride of a
  ///     dense column).
  ///   - body: The pass.
  /// - Returns: What `body` returns.
  public func withCells<R>(
    monthCount: Int, _ body: (ActivityCells, _ rowStride: Int) throws -> R
  ) rethrows -> R {
    let stride = rowStride > 0 ? rowStride : monthCount
    guard isCompact else {
      return try cells.withUnsafeBufferPointer { try body(.float($0), stride) }
    }
    return try compactCells.withUnsafeBufferPointer { c in
      try table.withUnsafeBufferPointer { try body(.compact(c, table: $0), stride) }
    }
  }
}

/// One activity column's cells, borrowed (``ActivityColumn/withCells(monthCount:_:)``): `Float`s,
/// or two-byte cells when the column was compacted (``ActivityColumn/compact()``). A pass reads
/// an account's row as `Float`s through ``withFloats(_:_:)``: the same values either way.
public enum ActivityCells {
  case float(UnsafeBufferPointer<Float>)
  /// Cell `n` stands for `table[Int(n) + 32768]` (``ActivityColumn/decodeTable(scale:)``).
  case compact(UnsafeBufferPointer<Int16>, table: UnsafeBufferPointer<Float>)

  /// Number of cells.
  public var count: Int {
    switch self {
    case .float(let c): c.count
    case .compact(let c, _): c.count
    }
  }

  /// The value of cell `i`.
  @inlinable
  public subscript(i: Int) -> Float {
    switch self {
    case .float(let c): c[i]
    case .compact(let c, let table): table[ActivityColumn.slot(c[i])]
    }
  }

  /// Runs `body` with cells `range` as `Float`s: the storage itself when `Float`, else the
  /// cells looked up into a temporary buffer (on the stack for a row's worth).
  /// - Complexity: O(1) for `Float` cells, O(range) when compact.
  @inlinable
  public func withFloats<R>(
    _ range: Range<Int>, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) rethrows -> R {
    switch self {
    case .float(let c):
      return try body(UnsafeBufferPointer(rebasing: c[range]))
    case .compact(let c, let table):
      return try withUnsafeTemporaryAllocation(of: Float.self, capacity: range.count) { t in
        for k in range.indices {
          t[k - range.lowerBound] = table[ActivityColumn.slot(c[k])]
        }
        return try body(UnsafeBufferPointer(t))
      }
    }
  }
}

extension ActivityColumn {
  /// The compact cell of a missing value (`nan`).
  public static let missingCell = Int16.min
  /// The divisors a compact column may use, tried in this order: whole numbers, then one and
  /// two decimals (a score like `78.5`).
  package static let scales: [Float] = [1, 10, 100]

  /// The value compact cell `n` stands for at `scale`: `Float(n) / scale`, `nan` for
  /// ``missingCell``. Passes read it from ``decodeTable(scale:)``: one load per cell, no
  /// division.
  @inlinable
  public static func decode(_ n: Int16, scale: Float) -> Float {
    n == missingCell ? .nan : Float(n) / scale
  }

  /// ``decode(_:scale:)`` of every `Int16`, at index `Int(n) + 32768`.
  static func decodeTable(scale: Float) -> [Float] {
    (Int(Int16.min)...Int(Int16.max)).map { decode(Int16($0), scale: scale) }
  }

  /// ``decodeTable(scale:)`` of each of ``scales``, made once and shared by every compact
  /// column (an array's storage is shared until written, and a column never writes its
  /// table). One table per column cost 256 KB each: a hostile `monthly.csv` with 20,000
  /// activity columns and one row took 5 GB (eighteenth session).
  static let decodeTables: [[Float]] = scales.map { decodeTable(scale: $0) }

  /// The index of compact cell `n` in a decode table.
  @inlinable
  public static func slot(_ n: Int16) -> Int { Int(n) &+ 32768 }

  /// The compact cell holding `value` in `table` (``decodeTable(scale:)``), or `nil` when none
  /// gives back exactly its bits (a fraction finer than the scale, a value beyond ±32,767 ×
  /// scale, −0, infinity).
  static func encode(_ value: Float, scale: Float, table: UnsafeBufferPointer<Float>) -> Int16? {
    encode(value, scale: scale) { table[slot($0)] }
  }

  /// ``encode(_:scale:table:)`` without a table: the candidate cell is decoded by
  /// ``decode(_:scale:)``, the function the table is made of, so both give the same answer.
  /// For the loader, which writes compact cells as it reads (one value at a time, no table):
  /// inlinable, so that a cell costs no call there.
  @inlinable
  package static func encode(_ value: Float, scale: Float) -> Int16? {
    encode(value, scale: scale) { decode($0, scale: scale) }
  }

  /// The one rule of both: `value` times `scale`, rounded to the nearest integer (halves away
  /// from zero), must be within ±32,767 and give back `value`'s exact bits when decoded.
  ///
  /// Rounded without a call to `round` (the loader encodes every activity cell it reads): the
  /// product is exact in `Double` (a `Float` times 1, 10 or 100), below 32,767.5 in magnitude
  /// exactly when its rounding is within ±32,767, and then its truncation and the remaining
  /// fraction (exact too) give the same integer `rounded()` does (`RoundedEncodeTests`).
  @inlinable @inline(__always)
  static func encode(_ value: Float, scale: Float, decoded: (Int16) -> Float) -> Int16? {
    if value.isNaN { return missingCell }
    let scaled = Double(value) * Double(scale)
    guard abs(scaled) < 32_767.5 else { return nil }
    let whole = Int32(scaled)
    let fraction = scaled - Double(whole)
    let n = Int16(whole + (fraction >= 0.5 ? 1 : fraction <= -0.5 ? -1 : 0))
    return decoded(n).bitPattern == value.bitPattern ? n : nil
  }

  /// Every scale of ``scales``, as a mask for ``servedScales(_:among:)``.
  package static let allScales: UInt8 = 0b111

  /// The scales of `mask` (bit `j` for `scales[j]`) at which `value` has a compact cell
  /// (``encode(_:scale:)``). ``compact()`` keeps a column at the first scale every one of its
  /// cells serves, so a reader that folds this over the values it stores knows that scale
  /// without a pass over the column (a missing cell serves every scale).
  package static func servedScales(_ value: Float, among mask: UInt8 = allScales) -> UInt8 {
    var served: UInt8 = 0
    for j in scales.indices where mask & (1 << j) != 0 && encode(value, scale: scales[j]) != nil {
      served |= 1 << j
    }
    return served
  }

  /// A column whose cells the loader wrote compact as it read them: `cells` encoded at
  /// `scales[scaleIndex]` (``encode(_:scale:)``), ``missingCell`` where a value is missing.
  /// The caller vouches that this is the first scale every value serves
  /// (``servedScales(_:among:)``), so the column is exactly what ``compact()`` makes of the
  /// same values as `Float`s (tested against it), without the `Float` cells ever being held.
  package init(name: String, compactCells: [Int16], scaleIndex: Int) {
    self.name = name
    self.cells = []
    self.compactCells = compactCells
    self.table = Self.decodeTables[scaleIndex]
  }

  /// Holds the cells in two bytes each when every one of them allows it: each value, times
  /// 1, 10 or 100 (the first that serves every cell), is an integer within ±32,767 that gives
  /// back the value's exact bits (``encode(_:scale:table:)``); a missing cell is
  /// ``missingCell``. Half the memory of `Float` cells (48 MB instead of 96 at a million
  /// accounts × 24 months); every read gives the same `Float`s. A column that does not fit
  /// stays as it is. Run by the loader once the column is read.
  /// - Complexity: O(cells), on every core; the column is held twice while it is converted.
  package mutating func compact() {
    guard !isCompact, rowStride == 0, !cells.isEmpty else { return }
    for (scale, table) in zip(Self.scales, Self.decodeTables) {
      // A sample decides which scales are worth a pass over every cell.
      let fits = table.withUnsafeBufferPointer { t in
        cells.prefix(4096).allSatisfy { Self.encode($0, scale: scale, table: t) != nil }
      }
      if fits, let compact = Self.compacted(cells, scale: scale, table: table) {
        compactCells = compact
        self.table = table
        cells = []
        return
      }
    }
  }

  /// Every cell of `values` encoded at `scale`, or `nil` when one cannot be.
  private static func compacted(_ values: [Float], scale: Float, table: [Float]) -> [Int16]? {
    values.withUnsafeBufferPointer { source in
      table.withUnsafeBufferPointer { table in
        let borrowed = Borrowed(source: source, table: table)
        let ranges = Concurrent.ranges(
          source.count, parallelFrom: Concurrent.minimumParallelCells)
        let (cells, fits) = Concurrent.build(ranges, count: source.count) {
          (_, range, out: SharedBuffer<Int16>) -> Bool in
          var fits = true
          for i in range {
            let n = fits ? encode(borrowed.source[i], scale: scale, table: borrowed.table) : nil
            if n == nil { fits = false }
            out.initialize(i, to: n ?? 0)
          }
          return fits
        }
        return fits.allSatisfy { $0 } ? cells : nil
      }
    }
  }
}

/// Buffers borrowed for the pieces of one parallel pass, which only read them.
private struct Borrowed: @unchecked Sendable {
  let source: UnsafeBufferPointer<Float>
  let table: UnsafeBufferPointer<Float>
}

extension ActivityColumn: Equatable {
  /// Equal names and values, a missing cell (`nan`) equal to a missing cell (a view compared by
  /// the rows that belong to it).
  public static func == (l: ActivityColumn, r: ActivityColumn) -> Bool {
    l.name == r.name && l.values.elementsEqual(r.values) { $0.isSameCell(as: $1) }
  }
}

extension ActivityColumn {
  /// Whether a column is numeric: at least ``SnapshotColumn/numericShare`` of its non-missing
  /// cells hold numbers (and it has at least one). Blank and `N/A` cells are missing, so they
  /// count neither way.
  /// - Parameters:
  ///   - present: Cells that are not missing.
  ///   - readable: Of those, the cells holding a number.
  /// - Returns: `true` when the column is kept as activity.
  public static func isNumeric(present: Int, readable: Int) -> Bool {
    present > 0 && Double(readable) >= SnapshotColumn.numericShare * Double(present)
  }
}
