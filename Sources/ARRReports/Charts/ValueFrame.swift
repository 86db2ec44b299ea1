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
  ///   - labelRoom: Pixels kept between the largest value and the plot's top (and the most
  ///     negative value and its bottom) for a value label written beyond the bar's end, so a
  ///     label never runs into the legend or the category labels under the plot.
  init(
    on canvas: inout ChartCanvas, covering values: [Double], style: ValueStyle,
    format: NumberFormat, axisTitle: String?, top: Double, bottomRoom: Double, count: Int,
    labelRoom: Double = 0
  ) {
    let bottom = max(canvas.height - bottomRoom, top + 10)
    let scale = Self.scale(covering: values, height: bottom - top, labelRoom: labelRoom)
    let labels = scale.ticks.map { style.tickText($0, step: scale.step, format: format) }
    self.scale = scale
    let plot = ChartCanvas.Area(
      left: ChartCanvas.axisMargin(labels: labels, hasTitle: axisTitle != nil), top: top,
      right: canvas.width - ChartCanvas.padding, bottom: bottom)
    self.plot = plot
    self.count = max(count, 1)
    canvas.valueAxis(scale, in: plot, labels: labels, title: axisTitle)
  }

  /// An axis covering `values` that also leaves `labelRoom` pixels beyond the largest positive
  /// and the most negative value (a plot `height` pixels tall): the axis is widened until the
  /// room is there (a few rounds at most, each step a "nice" one).
  static func scale(covering values: [Double], height: Double, labelRoom: Double) -> AxisScale {
    var scale = AxisScale(covering: values)
    guard labelRoom > 0, height > 2 * labelRoom else { return scale }
    let finite = values.filter(\.isFinite)
    let high = finite.max() ?? 0
    let low = finite.min() ?? 0
    for _ in 0..<6 {
      let perPixel = (scale.upper - scale.lower) / height
      let room = labelRoom * perPixel
      var extended = values
      var isShort = false
      if high > 0 && scale.upper - high < room {
        extended.append(high + room)
        isShort = true
      }
      if low < 0 && low - scale.lower < room {
        extended.append(low - room)
        isShort = true
      }
      guard isShort else { break }
      scale = AxisScale(covering: extended)
    }
    return scale
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
