/// What an importer's finding can move, for the analysis to rank it as a report finding
/// (`docs/findings.md`, `import_finding`): the ARR at stake, when the importer can name it, and
/// whether the finding doubts the amounts' unit or scale (cents read as dollars), which moves
/// every figure at once.
public struct ImportFindingStake: Sendable, Equatable {
  /// ARR the finding can move, in cents (12 × the as-of MRR of the accounts it names, or an
  /// amount the importer computed); `nil` when the importer cannot say.
  public var arrCents: Int64?
  /// Whether the finding doubts the unit or scale of every amount (cents read as units).
  public var isUnitDoubt: Bool
  /// Whether the finding reports a decision on how to read the file (the day/month order from
  /// its rhythm, timestamps read as UTC month starts) rather than a check: said as one, with no
  /// ARR quoted (review 37, R37-9 and R37-12: a stake of $0 read "an import finding about $0
  /// of ARR", and keying on $0 caught account findings whose accounts had left).
  public var isDecision: Bool
  /// The share (0…1) of the customers billed in the as-of month that the finding leaves out of
  /// every figure, when their money cannot be weighed against the headline: lines in another
  /// currency than `--currency`, left out by `--lenient`, are never converted (trial 44, T44-5:
  /// two thirds of the month's billing, said as a warning that their cells "could not all be
  /// read"). `nil` for every other finding.
  public var customerShare: Double?

  /// Creates a stake.
  public init(
    arrCents: Int64? = nil, isUnitDoubt: Bool = false, isDecision: Bool = false,
    customerShare: Double? = nil
  ) {
    self.arrCents = arrCents
    self.isUnitDoubt = isUnitDoubt
    self.isDecision = isDecision
    self.customerShare = customerShare
  }
}
