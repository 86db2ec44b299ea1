/// The outcome a P10–P90 hides when one account is most of the base (session 27, t27b lane;
/// trial 25, T25-3): projected NDR "mean 98%, P10–P90 101%–104%" for a company whose one
/// account of 99% of the MRR leaves with a probability under 10%, so no percentile shows the
/// year it leaves. See `docs/projection.md`, "Largest-account tail".
///
/// Every figure comes from the point projection that gives the mean (``RetentionForecast/ndr``),
/// not from the simulated paths: the account's own stay probability, and the expected NDR and
/// GRR of the base with that account kept or lost. So the mean is exactly the two outcomes
/// weighted by that probability: `ndr = (1 − q) × ndrIfStays + q × ndrIfLeaves`.
public struct LargestAccountTail: Sendable, Equatable {
  /// The account, by index into the company's accounts.
  public var account: Int
  /// Its share of the base's MRR (the MRR paying at the base month), 0–1.
  public var share: Double
  /// q = 1 − its P(stay): the chance it leaves within the 12 months, as the mean counts it.
  public var leaveProbability: Double
  /// Expected NDR and GRR of the base when it leaves (the other accounts as in the mean).
  public var ndrIfLeaves: Double
  public var grrIfLeaves: Double
  /// Expected NDR and GRR of the base when it stays.
  public var ndrIfStays: Double
  public var grrIfStays: Double

  /// The share of the base's MRR from which the largest account's tail is stated: half, where
  /// one account's departure outweighs every other account's (the concentration finding's
  /// critical share, `Finding.oneMonthAccountCriticalShare`, is the same half).
  public static let minimumShare = 0.5

  /// Creates a tail record.
  public init(
    account: Int, share: Double, leaveProbability: Double, ndrIfLeaves: Double,
    grrIfLeaves: Double, ndrIfStays: Double, grrIfStays: Double
  ) {
    self.account = account
    self.share = share
    self.leaveProbability = leaveProbability
    self.ndrIfLeaves = ndrIfLeaves
    self.grrIfLeaves = grrIfLeaves
    self.ndrIfStays = ndrIfStays
    self.grrIfStays = grrIfStays
  }
}

extension RetentionSimulation {
  /// The tail of single account `i` (``LargestAccountTail``), or `nil` when it holds under
  /// ``LargestAccountTail/minimumShare`` of the MRR or cannot leave (P(stay) = 1: a term running
  /// past the year). `account` is its index in the company.
  /// - Complexity: O(buckets + singles).
  func tail(of i: Int, account: Int) -> LargestAccountTail? {
    let total = buckets.reduce(0) { $0 + $1.mrr } + singles.reduce(0) { $0 + $1.mrr }
    guard singles.indices.contains(i), total > 0 else { return nil }
    let share = singles[i].mrr / total
    let stay = singles[i].stayProbability
    guard share >= LargestAccountTail.minimumShare, stay < 1 else { return nil }
    func expected(staying p: Double) -> (ndr: Double, grr: Double, logoRetention: Double) {
      var copy = self
      copy.singles[i].stayProbability = p
      return copy.expected
    }
    let leaves = expected(staying: 0)
    let stays = expected(staying: 1)
    return LargestAccountTail(
      account: account, share: share, leaveProbability: 1 - stay, ndrIfLeaves: leaves.ndr,
      grrIfLeaves: leaves.grr, ndrIfStays: stays.ndr, grrIfStays: stays.grr)
  }
}
