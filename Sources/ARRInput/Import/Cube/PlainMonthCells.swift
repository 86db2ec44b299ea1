import ARRCore

/// A cube's month cells read once from their bytes, for the rules that each read every cell
/// again: the decimal mark's evidence (``CubeReader/decimalMark(_:columns:file:options:log:plain:)``),
/// the totals rows' sums (``CubeTotals/rows(_:monthColumns:header:amount:)``), the amount
/// reader, and the off-cent and currency-sign tests.
///
/// A cell that is empty, or digits with at most one `.` followed by one or two digits, at most
/// 16 bytes (`7766.28`, `120`, `0.5`: what exports write), is read here; any other cell (a
/// sign, a currency, a group or decimal comma, spaces, four decimals) is left to those rules'
/// own parsers, which stay the reference: this reading gives what they give or nothing
/// (`PlainMonthCellsTests` pins it against them on random cells). Session 46, lead: a
/// 100,000-customer cube parsed each of its 3.6 million cells four times, ~40% of its reading.
struct PlainMonthCells: Sendable {
  /// What a cell is, as read here.
  enum Kind: UInt8, Sendable {
    /// Not read here: the rules' own parsers read it.
    case other
    /// Empty.
    case blank
    /// Digits only.
    case digits
    /// Digits, `.`, then one or two digits.
    case pointFraction
  }

  /// The month columns read, in the order the slots number them.
  let columns: [Int]
  private var kinds: [Kind]
  /// A cell's hundredths of a unit with `.` as the decimal mark (0 for a cell not read here).
  private var cents: [Int64]

  /// Reads the cells of `columns` on every row of `body`, on every core for a large body.
  /// - Complexity: O(rows × columns × cell length).
  init(_ body: [ImportTable.Record], columns: [Int]) {
    self.columns = columns
    let width = columns.count
    let count = body.count * width
    var kinds = [Kind](repeating: .other, count: count)
    let ranges = Concurrent.ranges(accounts: body.count, cellsPerAccount: width)
    cents = kinds.withUnsafeMutableBufferPointer { buffer in
      let kindsOut = SharedBuffer(buffer)
      return Concurrent.fill(ranges, count: count, zero: 0) { range, centsOut in
        for r in range {
          let cells = body[r].cells
          for (s, c) in columns.enumerated() {
            let (kind, value) = Self.read(c < cells.count ? cells[c] : "")
            kindsOut[r * width + s] = kind
            centsOut[r * width + s] = value
          }
        }
      }
    }
    self.kinds = kinds
  }

  /// The kind of the cell of `row` (an index into the body) in the month column of `slot`.
  func kind(row: Int, slot: Int) -> Kind { kinds[row * columns.count + slot] }

  /// Whether `row` (an index into the body) has a month cell that is not empty.
  func hasCell(row: Int) -> Bool {
    let width = columns.count
    return kinds[(row * width)..<(row * width + width)].contains { $0 != .blank }
  }

  /// The cell's hundredths as `amounts` reads it (``AmountCells/hundredths(_:currency:)``, in
  /// major units or thousands, whatever the row's currency), or `nil` when this reading cannot
  /// say: a cell not read here, a `.` fraction under a decimal comma, cents as the unit, or a
  /// product in thousands that overflows (the reference then says why).
  func hundredths(row: Int, slot: Int, amounts: AmountCells) -> Int64? {
    let i = row * columns.count + slot
    switch kinds[i] {
    case .other: return nil
    case .pointFraction where amounts.isDecimalComma: return nil
    case .blank, .digits, .pointFraction: break
    }
    switch amounts.unit {
    case .units: return cents[i]
    case .thousands:
      let (v, o) = cents[i].multipliedReportingOverflow(by: 1000)
      return o ? nil : v
    case .cents: return nil
    }
  }

  /// What the cell says of the decimal mark (``CubeMoney/evidence(_:)``), or `nil` when it was
  /// not read here.
  func evidence(row: Int, slot: Int) -> CubeMoney.Evidence? {
    switch kinds[row * columns.count + slot] {
    case .other: nil
    case .blank, .digits: CubeMoney.Evidence.none
    case .pointFraction: .decimalPoint
    }
  }

  /// `text` read: its kind and its hundredths with `.` as the decimal mark.
  static func read(_ text: String) -> (kind: Kind, cents: Int64) {
    var text = text
    return text.withUTF8 { b -> (kind: Kind, cents: Int64) in
      if b.isEmpty { return (.blank, 0) }
      guard b.count <= 16 else { return (.other, 0) }
      var units: Int64 = 0
      var i = 0
      while i < b.count, b[i] &- 48 < 10 {
        units = units &* 10 &+ Int64(b[i] &- 48)
        i += 1
      }
      guard i > 0 else { return (.other, 0) }
      // At most 16 digits: × 100 stays below Int64.max.
      if i == b.count { return (.digits, units &* 100) }
      let after = b.count - i - 1
      guard b[i] == UInt8(ascii: "."), after == 1 || after == 2 else { return (.other, 0) }
      var fraction: Int64 = 0
      for k in (i + 1)..<b.count {
        guard b[k] &- 48 < 10 else { return (.other, 0) }
        fraction = fraction &* 10 &+ Int64(b[k] &- 48)
      }
      return (.pointFraction, units &* 100 &+ (after == 1 ? fraction &* 10 : fraction))
    }
  }
}
