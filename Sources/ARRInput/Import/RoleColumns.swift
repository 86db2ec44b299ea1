/// A reader's column roles numbered in declaration order, so that the column of a role is an
/// array read rather than a dictionary lookup.
///
/// A dictionary keyed by a role whose raw value is a `String` hashes and compares that string
/// (the standard library's `RawRepresentable` default), once per cell a reader asks for: a tenth
/// of a plain ledger's or subscriptions table's import (trial 18a, H1: 2M ledger lines read at
/// ~0.8 MB/s of CPU).
protocol NumberedRole: CaseIterable, Hashable {
  /// The role's place in `allCases`.
  var ordinal: Int { get }
}

/// The column of each role of a reader's layout, indexed by ``NumberedRole/ordinal``.
struct RoleColumns<Role: NumberedRole>: Sendable {
  private let byOrdinal: [Int?]

  /// The columns of `columns`, a layout's role → column map.
  init(_ columns: [Role: Int]) {
    var byOrdinal = [Int?](repeating: nil, count: Role.allCases.count)
    for (role, column) in columns { byOrdinal[role.ordinal] = column }
    self.byOrdinal = byOrdinal
  }

  /// The column of `role`, or `nil` when the layout has none.
  subscript(role: Role) -> Int? { byOrdinal[role.ordinal] }
}
