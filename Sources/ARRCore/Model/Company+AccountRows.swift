import Dispatch

/// What an earlier view of a company (``Company/pointInTime(_:)``) undoes in every account's
/// terms, applied as the terms are read instead of to a copy of the accounts: a backtest on a
/// million accounts then shares today's accounts (96 bytes each, a name and an id)
/// and copies none of them.
///
/// The rules themselves have one home, ``Account/Terms`` (`Account+Terms.swift`); this holds
/// which of them apply and to which cutoffs, in order (a view of a view applies both).
public final class AccountRollBack: @unchecked Sendable {
  /// One roll-back of the terms to a cutoff date.
  public enum Step: Sendable, Equatable {
    /// Only the dated events after the cutoff (a view at the data's own as-of month).
    case events(CivilDate)
    /// Everything not known on the cutoff (``Account/known(atEndOf:dataAsOf:)``).
    case all(CivilDate)
  }

  /// The roll-backs, applied in order.
  @usableFromInline let steps: [Step]
  /// The rolled-back accounts once something read ``Company/accounts`` whole; guarded by
  /// `queue`.
  private var laidOut: [Account]?
  private let queue = DispatchQueue(label: "arr-quality.account-roll-back")

  init(steps: [Step]) { self.steps = steps }

  /// `terms` with every step applied.
  @inlinable
  public func rolledBack(_ terms: Account.Terms) -> Account.Terms {
    var t = terms
    for step in steps {
      switch step {
      case .events(let cutoff): t.rollBackEvents(to: cutoff)
      case .all(let cutoff): t.rollBack(to: cutoff)
      }
    }
    return t
  }

  /// This roll-back followed by `step`.
  func appending(_ step: Step) -> AccountRollBack { AccountRollBack(steps: steps + [step]) }

  /// True once ``accounts(rollingBack:)`` has laid the accounts out.
  public var isLaidOut: Bool { queue.sync { laidOut != nil } }

  /// `stored` with every account's terms rolled back, laid out on the first call and kept.
  /// - Complexity: O(accounts) the first time, O(1) after.
  @usableFromInline
  func accounts(rollingBack stored: [Account]) -> [Account] {
    queue.sync {
      if let laidOut { return laidOut }
      var accounts = stored
      // In place, element by element: copying each `Account` out and back would retain and
      // release its strings a million times.
      accounts.withUnsafeMutableBufferPointer { buffer in
        for i in buffer.indices { buffer[i].terms = rolledBack(buffer[i].terms) }
      }
      laidOut = accounts
      return accounts
    }
  }
}

extension Company {
  /// The accounts borrowed for one pass over them, their terms as known at ``Company/asOf``
  /// (rolled back as read in an earlier view), without copying any account.
  public struct AccountRows {
    @usableFromInline let base: UnsafeBufferPointer<Account>
    /// Unmanaged, like `base`: the company keeps it alive for the borrow, and a counted
    /// reference was retained and released on every read, from every core at once.
    @usableFromInline let rollBack: Unmanaged<AccountRollBack>?

    @inlinable
    init(base: UnsafeBufferPointer<Account>, rollBack: AccountRollBack?) {
      self.base = base
      self.rollBack = rollBack.map { Unmanaged.passUnretained($0) }
    }

    /// Number of accounts.
    @inlinable public var count: Int { base.count }

    /// Account indices.
    @inlinable public var indices: Range<Int> { base.indices }

    /// Account `i`'s terms as known at the company's as-of month.
    @inlinable
    public func terms(_ i: Int) -> Account.Terms {
      guard let rollBack else { return base[i].terms }
      return rollBack._withUnsafeGuaranteedRef { $0.rolledBack(base[i].terms) }
    }

    /// Account `i`'s terms as known at the company's as-of month, then rolled back to
    /// `cutoff` (``Account/Terms`` rules) when it is not `nil`: what a measurer at an earlier
    /// month of the company reads.
    @inlinable
    public func terms(_ i: Int, rolledBackTo cutoff: CivilDate?) -> Account.Terms {
      var t = terms(i)
      if let cutoff { t.rollBack(to: cutoff) }
      return t
    }

    /// Account `i`'s contract type as known at the as-of month; reads one byte when no
    /// roll-back applies.
    @inlinable
    public func contractType(_ i: Int) -> ContractType {
      rollBack == nil ? base[i].terms.contractType : terms(i).contractType
    }

    /// Account `i`'s segment (never rolled back).
    @inlinable public func segment(_ i: Int) -> String? { base[i].segment }

    /// Account `i`'s id.
    @inlinable public func id(_ i: Int) -> String { base[i].id }

    /// Account `i` as prose names it (``Account/quotedLabel``).
    @inlinable public func quotedLabel(_ i: Int) -> String { base[i].quotedLabel }
  }

  /// Runs `body` with the accounts borrowed as ``AccountRows``: for passes over every account
  /// that must not copy them (reading ``accounts`` of an earlier view lays its accounts out).
  /// - Parameter body: The pass.
  /// - Returns: What `body` returns.
  @inlinable
  public func withAccountRows<R>(_ body: (AccountRows) throws -> R) rethrows -> R {
    try withExtendedLifetime(pendingRollBack) {
      try storedAccounts.withUnsafeBufferPointer {
        try body(AccountRows(base: $0, rollBack: pendingRollBack))
      }
    }
  }

  /// Account `i`'s terms as known at ``asOf``, without reading ``accounts``.
  @inlinable
  public func terms(of i: Int) -> Account.Terms {
    withAccountRows { $0.terms(i) }
  }

  /// True when this is an earlier view whose accounts have been laid out (something read
  /// ``accounts`` whole); false for a company read from files. Lets tests check that a pass
  /// over an earlier view never copies its accounts.
  public var isLaidOut: Bool { pendingRollBack?.isLaidOut ?? false }
}

extension Company: Equatable {
  /// Equal when every field is, the accounts compared as read (an earlier view's rolled back).
  public static func == (l: Company, r: Company) -> Bool {
    l.profile == r.profile && l.firstMonth == r.firstMonth && l.asOf == r.asOf
      && l.revenue == r.revenue && l.accountColumns == r.accountColumns
      && l.dataQuality == r.dataQuality && l.snapshotColumns == r.snapshotColumns
      && l.activityColumns == r.activityColumns && l.accounts == r.accounts
  }
}
