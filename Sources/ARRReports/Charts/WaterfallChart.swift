import ARRAnalysis

/// An ARR walk as a waterfall: total bars from zero (the start, subtotals, the end) and floating
/// bars for the signed steps between them, joined by dashed connectors.
///
/// ```swift
/// let chart = WaterfallChart(title: "ARR walk", steps: [
///   .total("Headline ARR", cents: 452_000_000), .change("Trials", cents: -31_000_000),
///   .total("Quality-adjusted ARR", cents: 421_000_000)], format: .usd)
/// try chart.svg.write(…)
/// ```
public struct WaterfallChart: Sendable {
  /// One bar of the walk.
  public enum Step: Sendable, Hashable {
    /// A level drawn from zero, which the walk continues from (start, subtotal, end).
    case total(String, cents: Int64)
    /// A signed change drawn from the running level: green up, vermillion down.
    case change(String, cents: Int64)
    /// A step the data cannot measure: no bar, the running level unchanged, its value "n/a" in
    /// muted grey (render review 32, R32-5: the at-risk step no signal can reach was drawn as
    /// a green "$0", which reads as "no revenue at risk").
    case notMeasured(String)

    /// The bar's label.
    public var label: String {
      switch self {
      case .total(let label, _), .change(let label, _), .notMeasured(let label): return label
      }
    }
  }

  /// The chart's title (also the SVG `<title>`).
  public var title: String
  /// The bars, left to right.
  public var steps: [Step]
  /// Formats the values and the axis.
  public var format: NumberFormat
  /// The value axis title.
  public var axisTitle: String?
  /// The accessible description; by default every bar's label and value.
  public var description: String?
  /// Size in pixels (also the viewBox).
  /// A muted line under the title, for a caveat the figures carry (a headline that is a
  /// range); `nil` for none.
  public var subtitle: String? = nil
  public var width = 720
  public var height = 360

  /// Creates a waterfall chart.
  /// - Parameters:
  ///   - title: the chart's title.
  ///   - steps: the bars, left to right.
  ///   - format: the company's number format.
  ///   - axisTitle: the value axis title (default `"ARR"`).
  ///   - description: the accessible description; `nil` lists every bar.
  public init(
    title: String, steps: [Step], format: NumberFormat, axisTitle: String? = "ARR",
    description: String? = nil
  ) {
    self.title = title
    self.steps = steps
    self.format = format
    self.axisTitle = axisTitle
    self.description = description
  }

  /// The least height a non-zero change is drawn with, in pixels, so a small step is seen.
  static let minimumBarHeight = 4.0

  /// The value shown on each bar: totals as levels, changes signed.
  func valueLabel(_ step: Step) -> String {
    switch step {
    case .total(_, let cents): return format.compactMoney(cents: cents)
    case .change(_, let cents): return format.signedCompactMoney(cents: cents)
    case .notMeasured: return "n/a"
    }
  }

  /// Each bar's start and end level, in cents (as doubles, so no sum can overflow).
  var levels: [(from: Double, to: Double)] {
    var running = 0.0
    return steps.map { step in
      switch step {
      case .total(_, let cents):
        running = Double(cents)
        return (0, running)
      case .change(_, let cents):
        let from = running
        running += Double(cents)
        return (from, running)
      case .notMeasured:
        return (running, running)
      }
    }
  }

  /// The standalone SVG document.
  /// - Complexity: O(n) in the number of steps.
  public var svg: String {
    let summary =
      description
      ?? (steps.isEmpty
        ? "No data."
        : "Waterfall: " + steps.map { "\($0.label) \(valueLabel($0))" }.joined(separator: "; ")
          + ".")
    var canvas = ChartCanvas(
      width: width, height: height, title: title,
      description: summary + (subtitle.map { " " + $0 + "." } ?? ""), subtitle: subtitle)
    guard !steps.isEmpty else {
      canvas.noData()
      return canvas.document
    }
    let levels = self.levels
    let labelSize = ChartCanvas.labelSize
    // Three lines of label under each bar, so long step names wrap instead of being cut.
    let frame = ValueFrame(
      on: &canvas, covering: levels.flatMap { [$0.from, $0.to] }, style: .money, format: format,
      axisTitle: axisTitle, top: canvas.contentTop + 16,
      bottomRoom: 16 + 3 * (labelSize + 2) + 8, count: steps.count)
    let slot = frame.slot
    let barWidth = min(slot * 0.62, 72)
    let y = frame.y
    for (index, (step, level)) in zip(steps, levels).enumerated() {
      let center = frame.center(index)
      var top = y(max(level.from, level.to))
      var bottom = y(min(level.from, level.to))
      let color: String
      /// A step drawn without a bar: its value in `fill` at the running level, the connector
      /// carried on to the next step, and its label.
      func drawBarless(fill: String) {
        canvas.svg.text(
          valueLabel(step), x: center, y: top - 5, size: labelSize, anchor: .middle, fill: fill,
          isBold: true)
        if joinsNext(index, at: level.to) {
          canvas.svg.line(
            x1: center - barWidth / 2, y1: y(level.to), x2: center + slot - barWidth / 2,
            y2: y(level.to), stroke: ChartPalette.axis, width: 1, dash: "3 3")
        }
        frame.label(step.label, at: index, on: &canvas, maxLines: 3)
      }
      switch step {
      case .total: color = ChartPalette.total
      case .change: color = level.to >= level.from ? ChartPalette.increase : ChartPalette.decrease
      case .notMeasured:
        // No bar: its value, muted, at the running level; the connector carries on through.
        drawBarless(fill: ChartPalette.mutedText)
        continue
      }
      // A zero change draws no bar: a hairline took the gain colour (`level.to >= level.from`)
      // and read as a gain (session 35, render review 35, R35-16: "Trials removed $0" in
      // green). Its "$0" stands at the running level, the connector carries on.
      if case .change(_, 0) = step {
        drawBarless(fill: ChartPalette.text)
        continue
      }
      // A change too small to see still gets a visible bar (its value is printed beside it).
      if level.to != level.from && bottom - top < Self.minimumBarHeight {
        let mid = (top + bottom) / 2
        top = mid - Self.minimumBarHeight / 2
        bottom = mid + Self.minimumBarHeight / 2
      }
      canvas.svg.rect(
        x: center - barWidth / 2, y: top, width: barWidth, height: max(bottom - top, 1),
        fill: color, cornerRadius: 2, cssClass: "bar")
      // Value above an upward bar, below a downward one.
      let isDown = level.to < level.from || (level.to < 0 && level.from == 0)
      let labelY = isDown ? max(bottom, top + 1) + labelSize + 3 : top - 5
      canvas.svg.text(
        ChartCanvas.truncated(valueLabel(step), width: slot - 2, size: labelSize), x: center,
        y: labelY, size: labelSize, anchor: .middle, isBold: true)
      if joinsNext(index, at: level.to) {
        canvas.svg.line(
          x1: center + barWidth / 2, y1: y(level.to), x2: center + slot - barWidth / 2,
          y2: y(level.to), stroke: ChartPalette.axis, width: 1, dash: "3 3")
      }
      frame.label(step.label, at: index, on: &canvas, maxLines: 3)
    }
    return canvas.document
  }

  /// True when the bar after `index` starts at `level`: a change or an unmeasured step
  /// carries on from it, a total only when it equals it. A dashed connector joins the two.
  func joinsNext(_ index: Int, at level: Double) -> Bool {
    guard index + 1 < steps.count else { return false }
    switch steps[index + 1] {
    case .change, .notMeasured: return true
    case .total(_, let next): return Double(next) == level
    }
  }
}
