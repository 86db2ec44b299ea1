import ARRCore

/// Parses the `accounts.csv` enumerations by their snake_case names, in any letter case,
/// comparing bytes without building strings.
enum EnumParser {
  static let contractTypes = ContractType.allCases
  static let contractTypeNames = contractTypes.map { Array($0.rawValue.utf8) }
  static let cadences = BillingCadence.allCases
  static let cadenceNames = cadences.map { Array($0.rawValue.utf8) }
  static let trialStatuses = TrialStatus.allCases
  static let trialStatusNames = trialStatuses.map { Array($0.rawValue.utf8) }
  static let contractTypesAllowed = allowed(ContractType.self)
  static let cadencesAllowed = allowed(BillingCadence.self)
  static let trialStatusesAllowed = allowed(TrialStatus.self)

  /// The position in `names` of the trimmed cell, compared ASCII-case-insensitively.
  /// - Complexity: O(names × length).
  @inline(__always)
  static func match(_ bytes: UnsafeBufferPointer<UInt8>, _ names: [[UInt8]]) -> Int? {
    let (lo, hi) = FieldText.trimmed(bytes)
    outer: for (k, name) in names.enumerated() where name.count == hi - lo {
      for i in 0..<name.count {
        let c = bytes[lo + i]
        if (c >= 65 && c <= 90 ? c + 32 : c) != name[i] { continue outer }
      }
      return k
    }
    return nil
  }

  static func contractType(_ b: UnsafeBufferPointer<UInt8>) -> ContractType? {
    match(b, contractTypeNames).map { contractTypes[$0] }
  }
  static func cadence(_ b: UnsafeBufferPointer<UInt8>) -> BillingCadence? {
    match(b, cadenceNames).map { cadences[$0] }
  }
  static func trialStatus(_ b: UnsafeBufferPointer<UInt8>) -> TrialStatus? {
    match(b, trialStatusNames).map { trialStatuses[$0] }
  }

  /// The allowed values, comma-separated, for messages: `multi_year, annual, monthly, …`.
  static func allowed<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> String
  where E.RawValue == String {
    E.allCases.map(\.rawValue).joined(separator: ", ")
  }

  /// Parses `text` (tests).
  static func value<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ text: String) -> E?
  where E.RawValue == String {
    let cases = Array(E.allCases)
    let names = cases.map { Array($0.rawValue.utf8) }
    return FieldText.withBytes(text) { match($0, names) }.map { cases[$0] }
  }
}
