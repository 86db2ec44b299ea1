/// Which accounts a `lose_top_accounts` scenario removes, ranked once.
///
/// The stress run ranks the accounts when it applies the shock and keeps the ranking here, so
/// the reports name the same accounts without sorting every account again (the Markdown note,
/// the JSON `lost_accounts` and the recurring-beyond-headline note each re-ranked them).
public struct TopAccountLoss: Sendable, Equatable {
  /// The accounts removed, largest base recurring MRR first (ties: earlier account first).
  public var lost: [Int]
  /// Larger accounts passed over because they have already given notice (their loss is in the
  /// base), largest first.
  public var passedOver: [Int]
  /// How many accounts could have been picked (recurring MRR above zero, not leaving) at the
  /// last lost account's recurring MRR, those lost included; 0 when none is lost. Above the
  /// number of lost accounts at that amount, the cut runs through a tie.
  public var tiedAtCut: Int

  /// A ranking.
  /// - Parameters:
  ///   - lost: Accounts removed, largest first.
  ///   - passedOver: Larger accounts passed over, largest first.
  ///   - tiedAtCut: Candidates at the last lost account's recurring MRR.
  public init(lost: [Int], passedOver: [Int], tiedAtCut: Int) {
    self.lost = lost
    self.passedOver = passedOver
    self.tiedAtCut = tiedAtCut
  }

  /// No account lost.
  public static let none = TopAccountLoss(lost: [], passedOver: [], tiedAtCut: 0)
}
