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
  static let contractTypeTable = ShortNames(contractTypeNames, contractTypes)
  static let cadenceTable = ShortNames(cadenceNames, cadences)
  static let trialStatusTable = ShortNames(trialStatusNames, trialStatuses)
  static let contractTypesAllowed = allowed(ContractType.self)
  static let cadencesAllowed = allowed(BillingCadence.self)
  static let trialStatusesAllowed = allowed(TrialStatus.self)

  /// The position in `names` of the trimmed cell, compared ASCII-case-insensitively: the
  /// reference that ``ShortNames`` answers as (tested).
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
    contractTypeTable.value(b)
  }
  static func cadence(_ b: UnsafeBufferPointer<UInt8>) -> BillingCadence? {
    cadenceTable.value(b)
  }
  static func trialStatus(_ b: UnsafeBufferPointer<UInt8>) -> TrialStatus? {
    trialStatusTable.value(b)
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

/// Names and their values, matched as ``EnumParser/match(_:_:)`` matches them, with a fast path
/// for a cell that is exactly a name of at most 16 bytes (the usual cell: written as the contract
/// spells it): each such name is kept as its length and its bytes in two words
/// (``FieldText/words(_:_:_:)``), and the trimmed cell is copied into two words once and compared
/// with them. Any other cell (another letter case, a longer name) is matched by
/// ``EnumParser/match(_:_:)``, the reference (tested against it). `match` walked arrays of bytes
/// for every cell: ~170 instructions a cell, two cells an `accounts.csv` row.
struct ShortNames<Value: Sendable>: Sendable {
  private let names: [[UInt8]]
  private let values: [Value]
  private let words: [(count: Int, low: UInt64, high: UInt64)]

  /// `names[k]` stands for `values[k]`.
  init(_ names: [[UInt8]], _ values: [Value]) {
    precondition(names.count == values.count)
    self.names = names
    self.values = values
    words = names.map { name in
      // A name with an uppercase letter never matches (cells are compared lowercased).
      guard name.count <= 16, !name.contains(where: { $0 &- 65 < 26 }) else { return (-1, 0, 0) }
      let (low, high) = name.withUnsafeBufferPointer { FieldText.words($0, 0, $0.count) }
      return (name.count, low, high)
    }
  }

  /// The value of the trimmed cell's name, in any letter case; `nil` when it names none.
  @inline(__always)
  func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    let (lo, hi) = FieldText.trimmed(bytes)
    let count = hi &- lo
    if count <= 16 {
      let (low, high) = FieldText.words(bytes, lo, hi)
      for k in words.indices
      where words[k].count == count && words[k].low == low && words[k].high == high {
        return values[k]
      }
    }
    return EnumParser.match(bytes, names).map { values[$0] }
  }
}
