/// A set of `accounts.csv` fields, by column name: which fields of an account were inferred
/// (the `inferred` column, e.g. `billing_cadence;contract_type;start_date`).
public struct AccountFields: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  public static let name = AccountFields(rawValue: 1 << 0)
  public static let segment = AccountFields(rawValue: 1 << 1)
  public static let contractType = AccountFields(rawValue: 1 << 2)
  public static let billingCadence = AccountFields(rawValue: 1 << 3)
  public static let startDate = AccountFields(rawValue: 1 << 4)
  public static let contractEndDate = AccountFields(rawValue: 1 << 5)
  public static let trialStatus = AccountFields(rawValue: 1 << 6)
  public static let trialEndDate = AccountFields(rawValue: 1 << 7)
  public static let cancelDate = AccountFields(rawValue: 1 << 8)
  public static let seatsPurchased = AccountFields(rawValue: 1 << 9)
  public static let seatsActive = AccountFields(rawValue: 1 << 10)
  public static let integrations = AccountFields(rawValue: 1 << 11)
  public static let committedMRR = AccountFields(rawValue: 1 << 12)
  public static let pastDue = AccountFields(rawValue: 1 << 13)

  /// Every field with its column name, sorted by name: the order the `inferred` column is
  /// written in, so the same set always reads the same.
  public static let columnNames: [(field: AccountFields, name: String)] = [
    (.billingCadence, "billing_cadence"), (.cancelDate, "cancel_date"),
    (.committedMRR, "committed_mrr"), (.contractEndDate, "contract_end_date"),
    (.contractType, "contract_type"), (.integrations, "integrations"), (.name, "name"),
    (.pastDue, "past_due"), (.seatsActive, "seats_active"), (.seatsPurchased, "seats_purchased"),
    (.segment, "segment"), (.startDate, "start_date"), (.trialEndDate, "trial_end_date"),
    (.trialStatus, "trial_status"),
  ]

  /// The field named `name` (a column of `accounts.csv`, any letter case, trimmed), if any.
  public init?(columnName name: String) {
    let key = name.lowercased().trimmingSpaces
    guard let hit = AccountFields.columnNames.first(where: { $0.name == key }) else { return nil }
    self = hit.field
  }

  /// The column names of the fields in the set, sorted: what the `inferred` column holds.
  public var columnNames: [String] {
    AccountFields.columnNames.filter { contains($0.field) }.map(\.name)
  }

  /// The `inferred` cell: ``columnNames`` separated by `;`, empty for an empty set.
  public var cell: String { columnNames.joined(separator: ";") }

  /// Parses an `inferred` cell: column names separated by `;` (blank parts ignored).
  /// - Parameter cell: The cell's text.
  /// - Returns: The set, or the first part that names no column.
  public static func parse(_ cell: String) -> Result<AccountFields, UnknownField> {
    var set = AccountFields()
    for part in cell.split(separator: ";", omittingEmptySubsequences: false) {
      let text = String(part).trimmingSpaces
      if text.isEmpty { continue }
      guard let f = AccountFields(columnName: text) else { return .failure(UnknownField(text)) }
      set.insert(f)
    }
    return .success(set)
  }

  /// A part of an `inferred` cell that names no column of `accounts.csv`.
  public struct UnknownField: Error, Sendable, Equatable {
    public var text: String
    public init(_ text: String) { self.text = text }
  }

  /// The allowed names, for messages.
  public static var allowedNames: String { columnNames.map(\.name).joined(separator: ", ") }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
    while let c = s.last, c == " " || c == "\t" { s.removeLast() }
    return String(s)
  }
}
