/// Which of an account's terms an importer inferred from the revenue's shape instead of reading
/// them from a file (`accounts.csv`'s `inferred` column; `docs/import.md`).
///
/// The column lists the names of ``names`` separated by `;`, in this fixed (alphabetical) order.
public struct InferredFields: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// `billing_cadence` came from the billing rhythm.
  public static let billingCadence = InferredFields(rawValue: 1)
  /// `contract_end_date` came from the next expected renewal.
  public static let contractEndDate = InferredFields(rawValue: 2)
  /// `contract_type` came from the rhythm (term) or the amounts' shape (usage).
  public static let contractType = InferredFields(rawValue: 4)
  /// `start_date` is the first day of the first month with revenue.
  public static let startDate = InferredFields(rawValue: 8)

  /// Every field, in column order.
  public static let all: [(field: InferredFields, name: String)] = [
    (.billingCadence, "billing_cadence"), (.contractEndDate, "contract_end_date"),
    (.contractType, "contract_type"), (.startDate, "start_date"),
  ]

  /// The fields' column names, in column order.
  public var names: [String] { Self.all.filter { contains($0.field) }.map(\.name) }

  /// The `inferred` cell: ``names`` joined by `;`, empty when none.
  public var cell: String { names.joined(separator: ";") }

  /// Parses one name of the `inferred` column (trimmed, any letter case).
  /// - Returns: The field, or `nil` when the name is not one of ``all``.
  public static func named(_ name: some StringProtocol) -> InferredFields? {
    let key = name.lowercased()
    return all.first { $0.name == key }?.field
  }

  /// The terms whose inference needs later data than its first payment: contract type, cadence
  /// and end date (a start date inferred from the first revenue month is known from that month).
  public static let terms: InferredFields = [.billingCadence, .contractEndDate, .contractType]
}
