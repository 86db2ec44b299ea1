import ARRAnalysis
import ARRCore

/// What a chart's numbers are, so values and axis ticks are written with ``NumberFormat``.
public enum ValueStyle: Sendable, Hashable {
  /// Money in cents, written compact (`$4.52M`).
  case money
  /// A fraction written as a percentage (`1.084` → `108.4%`).
  case percent
  /// A fraction written as a whole percentage (`0.174` → `17%`): rates counted over few
  /// accounts (render review 38, R38-11).
  case wholePercent
  /// A multiple (`3.2×`).
  case ratio
  /// A plain number with the given decimals and thousands separators.
  case number(decimals: Int)

  /// A data value as text (value labels, descriptions).
  /// - Parameters:
  ///   - value: the value in the style's unit (cents for money, a fraction for percent).
  ///   - format: the company's number format.
  public func text(_ value: Double, format: NumberFormat) -> String {
    switch self {
    case .money:
      guard value.isFinite, abs(value) < 9.2e18 else { return "n/a" }
      return format.compactMoney(cents: Money.round(value))
    case .percent: return format.percent(value)
    case .wholePercent: return format.percent(value, decimals: 0)
    case .ratio: return format.ratio(value)
    case .number(let decimals): return format.number(value, decimals: decimals)
    }
  }

  /// An axis tick as text: percentages and numbers get only the decimals the step needs
  /// (`20%`, not `20.0%`).
  /// - Parameters:
  ///   - value: the tick value.
  ///   - step: the axis step, to choose the decimals.
  ///   - format: the company's number format.
  public func tickText(_ value: Double, step: Double, format: NumberFormat) -> String {
    switch self {
    case .money: return text(value, format: format)
    case .percent, .wholePercent:
      return format.percent(value, decimals: Self.decimals(for: step * 100))
    case .ratio: return format.ratio(value, decimals: Self.decimals(for: step))
    case .number: return format.number(value, decimals: Self.decimals(for: step))
    }
  }

  /// Decimals needed to tell ticks `step` apart: 0 for steps ≥ 1, 1 for ≥ 0.1, … (at most 6).
  static func decimals(for step: Double) -> Int {
    guard step.isFinite, step > 0 else { return 0 }
    var places = 0
    var scaled = step
    while places < 6 && (scaled * (1 + 1e-9)).rounded(.down) < scaled * (1 - 1e-9) {
      scaled *= 10
      places += 1
    }
    return places
  }
}
