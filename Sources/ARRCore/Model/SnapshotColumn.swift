/// An extra numeric or true/false column of `accounts.csv`: one value per account, as of the
/// file's writing. Its value at the backtest's base month is unknown, so it is never fitted or
/// scored; the report shows how its values differ across the classes today
/// (`docs/input.md`, "Extra columns").
public struct SnapshotColumn: Sendable {
  /// What the column holds.
  public enum Kind: String, Sendable {
    /// Numbers (at least ``SnapshotColumn/numericShare`` of the non-empty cells parse).
    case number
    /// `true`/`false` or `yes`/`no` (the same share); stored as 1 and 0.
    case boolean
  }

  /// Share of a column's non-empty cells that must parse for it to count as numeric or
  /// true/false; below it the column stays ignored (text).
  public static let numericShare = 0.95

  /// The header name as written.
  public var name: String
  public var kind: Kind
  /// One value per account in account order; `nan` where the cell is empty, `N/A`, or does
  /// not parse. Single precision: a snapshot is descriptive, and four bytes per account keep a
  /// million-account company's columns small.
  public var values: [Float]

  /// - Parameters:
  ///   - name: The header name.
  ///   - kind: Numeric or true/false.
  ///   - values: One per account, `nan` = missing.
  public init(name: String, kind: Kind, values: [Float]) {
    self.name = name
    self.kind = kind
    self.values = values
  }

  /// Reads one cell: `nil` when it is missing (empty or `N/A`, any case, surrounding spaces
  /// ignored), else the number or truth value it holds, or `.nan` when it holds neither.
  /// - Parameters:
  ///   - text: The cell.
  ///   - kind: How to read it.
  /// - Returns: `nil` = missing, `.nan` = unreadable, else the value.
  public static func value(_ text: Substring, as kind: Kind) -> Float? {
    let t = text.trimmingSpaces
    if t.isEmpty || t.lowercased() == "n/a" { return nil }
    switch kind {
    case .number:
      return Double(t).map { $0.isFinite ? Float($0) : .nan } ?? .nan
    case .boolean:
      switch t.lowercased() {
      case "true", "yes": return 1
      case "false", "no": return 0
      default: return .nan
      }
    }
  }

  /// The kind of a column from its cells: numeric when at least ``numericShare`` of the
  /// non-missing cells are numbers, else true/false when that share are truth values, else
  /// `nil` (text; the column stays ignored). A column with no value at all is `nil`.
  /// - Parameter cells: The column's cells.
  /// - Returns: The kind, or `nil`.
  /// - Complexity: O(cells).
  public static func kind(of cells: [Substring]) -> Kind? {
    for kind in [Kind.number, .boolean] {
      var present = 0
      var readable = 0
      for c in cells {
        guard let v = value(c, as: kind) else { continue }
        present += 1
        if !v.isNaN { readable += 1 }
      }
      if present > 0 && Double(readable) >= numericShare * Double(present) { return kind }
    }
    return nil
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: Substring {
    var s = self
    while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
    while let c = s.last, c == " " || c == "\t" { s.removeLast() }
    return s
  }
}

extension SnapshotColumn: Equatable {
  /// Equal names, kinds and values, a missing cell (`nan`) equal to a missing cell: compared
  /// as floats, a column with a missing cell was not equal to itself, nor any company holding it.
  public static func == (l: SnapshotColumn, r: SnapshotColumn) -> Bool {
    l.name == r.name && l.kind == r.kind
      && l.values.elementsEqual(r.values) { $0.isSameCell(as: $1) }
  }
}

extension Float {
  /// Equal as a cell of a column: the same number, or both missing (`nan`).
  @inlinable
  package func isSameCell(as other: Float) -> Bool {
    self == other || (isNaN && other.isNaN)
  }
}
