/// One revenue class's share of a group of accounts.
public struct ClassSummary: Sendable, Equatable {
  /// Classed accounts in the class: live with recurring ARR above zero
  /// (``AccountScore/isClassed``).
  public var accounts: Int
  /// Recurring ARR of the class, in cents (12 × Σ recurring MRR).
  public var recurringARR: Int64
  /// Σ over the class of round(recurring ARR × retention probability), in cents.
  public var qualityAdjustedARR: Int64
  /// `recurringARR` ÷ the group's recurring ARR (0 when the group has none).
  public var arrShare: Double
  /// `accounts` ÷ the group's classed accounts (0 when none).
  public var logoShare: Double

  public init(
    accounts: Int, recurringARR: Int64, qualityAdjustedARR: Int64, arrShare: Double,
    logoShare: Double
  ) {
    self.accounts = accounts
    self.recurringARR = recurringARR
    self.qualityAdjustedARR = qualityAdjustedARR
    self.arrShare = arrShare
    self.logoShare = logoShare
  }
}

/// The class mix of a group of accounts: one ``ClassSummary`` per ``RevenueClass``.
public struct ClassMix: Sendable, Equatable {
  /// Indexed by ``RevenueClass/index``.
  public var classes: [ClassSummary]

  public init(classes: [ClassSummary]) { self.classes = classes }

  /// The summary of one class.
  public subscript(revenueClass: RevenueClass) -> ClassSummary { classes[revenueClass.index] }

  /// Classed accounts in the group (live, recurring ARR above zero).
  public var accounts: Int { classes.reduce(0) { $0 + $1.accounts } }
  /// Recurring ARR of the group, in cents.
  public var recurringARR: Int64 { classes.reduce(0) { $0 + $1.recurringARR } }
  /// Quality-adjusted ARR of the group, in cents.
  public var qualityAdjustedARR: Int64 { classes.reduce(0) { $0 + $1.qualityAdjustedARR } }

  /// Builds the mix from raw per-class tallies, each indexed by ``RevenueClass/index``; the
  /// shares are of the tallies' sums (0 when a sum is 0).
  /// - Parameters:
  ///   - accounts: Classed accounts per class.
  ///   - arr: Recurring ARR per class, cents.
  ///   - qualityAdjusted: Quality-adjusted ARR per class, cents.
  public init(accounts: [Int], arr: [Int64], qualityAdjusted: [Int64]) {
    let totalARR = arr.reduce(0, +)
    let totalAccounts = accounts.reduce(0, +)
    classes = (0..<3).map { c in
      ClassSummary(
        accounts: accounts[c], recurringARR: arr[c], qualityAdjustedARR: qualityAdjusted[c],
        arrShare: totalARR > 0 ? Double(arr[c]) / Double(totalARR) : 0,
        logoShare: totalAccounts > 0 ? Double(accounts[c]) / Double(totalAccounts) : 0)
    }
  }
}

/// The class mix of one segment or contract type.
public struct GroupClassMix: Sendable, Equatable {
  /// The segment name (`(no segment)` when empty) or the contract type's file value.
  public var key: String
  public var mix: ClassMix

  public init(key: String, mix: ClassMix) {
    self.key = key
    self.mix = mix
  }
}

/// Per-class running tallies, merged in a fixed order.
struct ClassTally: Sendable {
  var accounts = [0, 0, 0]
  var arr: [Int64] = [0, 0, 0]
  var qualityAdjusted: [Int64] = [0, 0, 0]

  mutating func add(_ c: Int, classed: Bool, arr a: Int64, qualityAdjusted q: Int64) {
    if classed { accounts[c] += 1 }
    arr[c] += a
    qualityAdjusted[c] += q
  }

  mutating func merge(_ o: ClassTally) {
    for c in 0..<3 {
      accounts[c] += o.accounts[c]
      arr[c] += o.arr[c]
      qualityAdjusted[c] += o.qualityAdjusted[c]
    }
  }

  var mix: ClassMix { ClassMix(accounts: accounts, arr: arr, qualityAdjusted: qualityAdjusted) }
}
