import ARRCore
import ARRTestSupport

/// The scoring tests' accounts: annual by default (``Fixture`` holds the rest).
extension Fixture {
  static func account(
    _ id: String, _ type: ContractType = .annual, _ cadence: BillingCadence = .annual,
    start: String = "2020-01-01", segment: String? = nil
  ) -> Account {
    Account(
      id: id, segment: segment, contractType: type, billingCadence: cadence,
      startDate: date(start))
  }
}
