import ARRAnalysis

/// The frame the bar, stacked-bar and waterfall charts share: a value axis with gridlines and
/// tick labels on the left, a plot area, and one slot per category along the bottom with its
/// label wrapped under it.
struct ValueFrame: Sendable {
  let scale: AxisScale
  let plot: ChartCanvas.Area
  /// Categories along the x axis.
  let count: Int

  /// Lays out the frame on `canvas` and draws its value axis.
  /// - Parameters:
  ///   - canvas: The chart's card.
  ///   - values: Every value the plot must show (bar ends, line points, range ends).
  ///   - style: How the tick labels are written.
  ///   - format: The company's number format.
  ///   - axisTitle: The value axis title.
  ///   - top: Where the plot starts (below the title and legend).
  ///   - bottomRoom: Room kept under the plot for the category labels.
  ///   - count: Categories along the x axis.
  init(
    on canvas: inout ChartCanvas, covering values: [Double], style: ValueStyle,
    format: NumberFormat, axisTitle: String?, top: Double, bottomRoom: Double, count: Int
  ) {
    let scale = AxisScale(covering: values)
    let labels = scale.ticks.map { style.tickText($0, step: scale.step, format: format) }
    self.scale = scale
    let plot = ChartCanvas.Area(
      left: ChartCanvas.axisMargin(labels: labels, hasTitle: axisTitle != nil), top: top,
      right: canvas.width - ChartCanvas.padding,
      bottom: max(canvas.height - bottomRoom, top + 10))
    self.plot = plot
    self.count = max(count, 1)
    canvas.valueAxis(scale, in: plot, labels: labels, title: axisTitle)
  }

  /// The y of a value.
  func y(_ value: Double) -> Double { scale.position(value, from: plot.bottom, to: plot.top) }

  /// The width of one category's slot.
  var slot: Double { plot.width / Double(count) }

  /// The x of category `index`'s centre.
  func center(_ index: Int) -> Double { plot.left + slot * (Double(index) + 0.5) }

  /// Writes a category's label under its slot, wrapped onto at most `maxLines` lines.
  func label(
    _ text: String, at index: Int, on canvas: inout ChartCanvas, maxLines: Int = 2
  ) {
    let size = ChartCanvas.labelSize
    let lines = ChartCanvas.wrapped(text, width: slot - 4, size: size, maxLines: maxLines)
    for (n, line) in lines.enumerated() {
      canvas.svg.text(
        line, x: center(index), y: plot.bottom + 16 + Double(n) * (size + 2), size: size,
        anchor: .middle, fill: ChartPalette.text)
    }
  }

  /// A P10–P90 whisker: a vertical line from `low` to `high` with caps, centred at `x`.
  func whisker(x: Double, low: Double, high: Double, on canvas: inout ChartCanvas) {
    let (top, bottom) = (y(max(low, high)), y(min(low, high)))
    canvas.svg.line(x1: x, y1: top, x2: x, y2: bottom, stroke: ChartPalette.text, width: 1.5)
    for cap in [top, bottom] {
      canvas.svg.line(x1: x - 5, y1: cap, x2: x + 5, y2: cap, stroke: ChartPalette.text, width: 1.5)
    }
  }
}
