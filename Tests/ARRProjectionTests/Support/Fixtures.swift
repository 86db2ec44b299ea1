import ARRCore
import ARRTestSupport

/// The projection tests' accounts (monthly by default, billed annually when committed) and MRR
/// rows (``Fixture`` holds the rest).
extension Fixture {
  static func account(
    _ id: String, _ type: ContractType = .monthly, start: String = "2020-01-01",
    segment: String? = nil, trial: TrialStatus = .none, trialEnd: String? = nil,
    cancel: String? = nil
  ) -> Account {
    Account(
      id: id, segment: segment, contractType: type,
      billingCadence: type.isCommitted ? .annual : .monthly, startDate: date(start),
      trialStatus: trial, trialEndDate: trialEnd.map(date), cancelDate: cancel.map(date))
  }

  /// `count` months at `cents`, preceded by `before` months at zero and followed by zeros up
  /// to `total` months.
  static func row(_ cents: Int64, from before: Int, months count: Int, total: Int) -> [Int64] {
    (0..<total).map { $0 >= before && $0 < before + count ? cents : 0 }
  }
}
