import ARRCore

extension SignalMeasurer {
  /// Values per row of ``termTable``: the eight ``termSignals`` (the first eight signals), then
  /// `unknownTerms`.
  static var termRowWidth: Int { 9 }

  /// Rows per contract type in ``termTable``: room for every billing cadence's
  /// ``BillingCadence/code`` (seven), so that a row is found with a shift.
  static var cadenceRows: Int { 8 }

  /// The nine contract and billing signals of every contract type and billing cadence, as
  /// ``AccountFactSignals/term(_:_:_:)`` and ``AccountFactSignals/unknownTerms(_:_:)`` give them,
  /// `nan` where the signal is unavailable (or `nil` for the terms): one row of
  /// ``termRowWidth`` values per pair, at ``termRow(_:_:)``. ``measure(_:in:into:)`` copies a
  /// row instead of working the nine out per account (they depend on nothing else; eight calls
  /// of `term` per account were ~9% of a measurement's instructions).
  /// - Parameter available: Per signal, measurable for the company at the month measured at.
  /// - Returns: `ContractType.allCases.count ×` ``cadenceRows`` rows (unused ones `nan`).
  static func termTable(available: [Bool]) -> [Double] {
    precondition(termSignals.count + 1 == termRowWidth)
    var table = [Double](
      repeating: .nan, count: ContractType.allCases.count * cadenceRows * termRowWidth)
    for type in ContractType.allCases {
      for cadence in BillingCadence.allCases {
        let row = termRow(type, cadence)
        for (k, s) in termSignals.enumerated() where available[s.rawValue] {
          table[row + k] = AccountFactSignals.term(s, type, cadence) ?? .nan
        }
        if available[Signal.unknownTerms.rawValue] {
          table[row + termSignals.count] = AccountFactSignals.unknownTerms(type, cadence)
        }
      }
    }
    return table
  }

  /// Where the row of `type` and `cadence` starts in ``termTable``.
  @inline(__always)
  static func termRow(_ type: ContractType, _ cadence: BillingCadence) -> Int {
    (Int(type.code) &* cadenceRows &+ Int(cadence.code)) &* termRowWidth
  }
}
