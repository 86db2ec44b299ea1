import ARRQuality

/// A type an option's value can be parsed into.
public protocol ExpressibleByArgument {
  /// The value for `argument`, or `nil` when the text is not one.
  init?(argument: String)
  /// What a valid value looks like, completing "expected …" in an error, e.g. `an integer`.
  static var expectedValue: String { get }
  /// The value as the user would type it, for "(default: …)" in the help.
  var defaultValueDescription: String { get }
}

/// An option whose values are a fixed list: the cases feed both the parser and the help.
public protocol ChoiceArgument: ExpressibleByArgument, CaseIterable, RawRepresentable
where RawValue == String {}

extension ChoiceArgument {
  public init?(argument: String) { self.init(rawValue: argument) }
  public static var expectedValue: String {
    "one of: " + allCases.map(\.rawValue).joined(separator: ", ")
  }
  public var defaultValueDescription: String { rawValue }
  /// Every allowed value, in declaration order.
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension String: ExpressibleByArgument {
  public init?(argument: String) { self = argument }
  public static var expectedValue: String { "a value" }
  public var defaultValueDescription: String { self }
}

extension Int: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
  public static var expectedValue: String { "an integer" }
  public var defaultValueDescription: String { String(self) }
}

extension Double: ExpressibleByArgument {
  public init?(argument: String) {
    guard let value = Double(argument), value.isFinite else { return nil }
    self = value
  }
  public static var expectedValue: String { "a number" }
  public var defaultValueDescription: String { "\(self)" }
}

extension Month: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
  public static var expectedValue: String { "e.g. 2025-12" }
  public var defaultValueDescription: String { description }

  /// What `--as-of` takes: a month of the years data may hold (``Month/dataRange``); before,
  /// `--as-of 3000-01` was read and refused by the importer as the data's fault, exit 65
  /// (trial 30, T30-19).
  static let asOfExpectation =
    "a month from \(Month.dataRange.lowerBound) to \(Month.dataRange.upperBound), e.g. 2025-12"
}

extension GeneratorProfile: ChoiceArgument {}
