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

    /// The bar's label.
    public var label: String {
      switch self {
      case .total(let label, _), .change(let label, _): return label
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

  /// The value shown on each bar: totals as levels, changes signed.
  func valueLabel(_ step: Step) -> String {
    switch step {
    case .total(_, let cents): return format.compactMoney(cents: cents)
    case .change(_, let cents): return format.signedCompactMoney(cents: cents)
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
    var canvas = ChartCanvas(width: width, height: height, title: title, description: summary)
    guard !steps.isEmpty else {
      canvas.noData()
      return canvas.document
    }
    let levels = self.levels
    let scale = AxisScale(covering: levels.flatMap { [$0.from, $0.to] })
    let tickLabels = scale.ticks.map {
      ValueStyle.money.tickText($0, step: scale.step, format: format)
    }
    let labelSize = ChartCanvas.labelSize
    var plot = ChartCanvas.Area(
      left: ChartCanvas.axisMargin(labels: tickLabels, hasTitle: axisTitle != nil),
      top: ChartCanvas.contentTop + 16, right: canvas.width - ChartCanvas.padding,
      bottom: canvas.height - 2 * 14 - 14)
    plot.bottom = max(plot.bottom, plot.top + 10)
    canvas.valueAxis(scale, in: plot, labels: tickLabels, title: axisTitle)

    let slot = plot.width / Double(steps.count)
    let barWidth = min(slot * 0.62, 72)
    let y = { (value: Double) in scale.position(value, from: plot.bottom, to: plot.top) }
    for (index, (step, level)) in zip(steps, levels).enumerated() {
      let center = plot.left + slot * (Double(index) + 0.5)
      let top = y(max(level.from, level.to))
      let bottom = y(min(level.from, level.to))
      let color: String
      switch step {
      case .total: color = ChartPalette.total
      case .change: color = level.to >= level.from ? ChartPalette.increase : ChartPalette.decrease
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
      if index + 1 < steps.count, case .change = steps[index + 1] {
        canvas.svg.line(
          x1: center + barWidth / 2, y1: y(level.to), x2: center + slot - barWidth / 2,
          y2: y(level.to), stroke: ChartPalette.axis, width: 1, dash: "3 3")
      } else if index + 1 < steps.count, case .total(_, let next) = steps[index + 1],
        Double(next) == level.to
      {
        canvas.svg.line(
          x1: center + barWidth / 2, y1: y(level.to), x2: center + slot - barWidth / 2,
          y2: y(level.to), stroke: ChartPalette.axis, width: 1, dash: "3 3")
      }
      let lines = ChartCanvas.wrapped(step.label, width: slot - 4, size: labelSize, maxLines: 2)
      for (n, line) in lines.enumerated() {
        canvas.svg.text(
          line, x: center, y: plot.bottom + 16 + Double(n) * (labelSize + 2), size: labelSize,
          anchor: .middle, fill: ChartPalette.text)
      }
    }
    return canvas.document
  }
}
