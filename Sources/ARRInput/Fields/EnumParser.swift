/// Parses the `accounts.csv` enumerations by their snake_case names, in any letter case.
enum EnumParser {
  /// The case of `E` whose raw value is the cell (trimmed, lowercased); `nil` if none.
  static func value<E: RawRepresentable & CaseIterable>(
    _ type: E.Type, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> E? where E.RawValue == String {
    let key = FieldText.lowercasedTrimmed(bytes)
    for c in E.allCases where Array(c.rawValue.utf8) == key { return c }
    return nil
  }

  /// The allowed values, comma-separated, for messages: `multi_year, annual, monthly, …`.
  static func allowed<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> String
  where E.RawValue == String {
    E.allCases.map(\.rawValue).joined(separator: ", ")
  }

  /// Parses `text` (tests).
  static func value<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ text: String) -> E?
  where E.RawValue == String {
    FieldText.withBytes(text) { value(type, $0) }
  }
}
