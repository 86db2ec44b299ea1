import ARRCore

/// Contract-type and billing-cadence cells already read, by text.
///
/// A table's term columns hold a few texts (`annual`, `Monthly`) on every row, and reading one
/// matches its words against every term phrase (~1 µs): each distinct text is read once (trial
/// 18a, H1: 6% of a 1.2M-row subscriptions import; session 45: ~4% of a 100,000-row cube's).
/// At most ``limit`` texts of each are kept, so a column of free text stays bounded; the rest are
/// read every time, with the same answer.
struct TermReadings: Sendable {
  /// Distinct texts kept per kind.
  static let limit = 1_000

  private var contractTypes = [String: ContractType?]()
  private var billingCadences = [String: BillingCadence?]()

  /// ``TermText/contractType(_:)`` of `text`.
  /// - Complexity: O(1) amortized for a text read before; the reading's cost otherwise.
  mutating func contractType(_ text: String) -> ContractType? {
    if let known = contractTypes[text] { return known }
    let read = TermText.contractType(text)
    if contractTypes.count < Self.limit { contractTypes[text] = read }
    return read
  }

  /// ``TermText/billingCadence(_:)`` of `text`.
  /// - Complexity: O(1) amortized for a text read before; the reading's cost otherwise.
  mutating func billingCadence(_ text: String) -> BillingCadence? {
    if let known = billingCadences[text] { return known }
    let read = TermText.billingCadence(text)
    if billingCadences.count < Self.limit { billingCadences[text] = read }
    return read
  }
}
