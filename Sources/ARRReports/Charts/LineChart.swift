import ARRAnalysis

/// Lines over a numeric x axis: several series, each drawn as a line, as markers (observed
/// points) or both, and optional shaded bands (e.g. a P10–P90 range) behind them.
///
/// Built for retention curves (fitted sBG lines with observed points) and scenario comparisons.
public struct LineChart: Sendable {
  /// A point in data units.
  public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// How a series is drawn.
  public enum Mark: Sendable, Hashable {
    /// A solid line through the points.
    case line
    /// A dashed line (fitted or projected values).
    case dashedLine
    /// A marker at each point, no line (observed values).
    case markers
    /// A line with a marker at each point.
    case lineAndMarkers
    /// A step line: level until the next point, then straight down or up (a survival curve).
    case step
    /// A short vertical tick at each point, no line (censored observations on a survival
    /// curve).
    case ticks
  }

  /// One series.
  public struct Series: Sendable, Hashable {
    public var name: String
    public var points: [Point]
    public var mark: Mark
    /// A CSS colour; `nil` takes the palette colour for its position.
    public var color: String?

    /// Creates a series.
    public init(name: String, points: [Point], mark: Mark = .line, color: String? = nil) {
      self.name = name
      self.points = points
      self.mark = mark
      self.color = color
    }
  }

  /// A shaded range between a lower and an upper value at each x.
  public struct Band: Sendable, Hashable {
    public var name: String
    /// `(x, lower, upper)` for each x, in increasing x.
    public var points: [(x: Double, lower: Double, upper: Double)]
    public var color: String?
    /// Holds each range until the next x (the band of a step curve) instead of joining them
    /// with slopes.
    public var isStep = false

    /// Creates a band.
    public init(
      name: String, points: [(x: Double, lower: Double, upper: Double)], color: String? = nil,
      isStep: Bool = false
    ) {
      self.name = name
      self.points = points
      self.color = color
      self.isStep = isStep
    }

    public static func == (a: Band, b: Band) -> Bool {
      a.name == b.name && a.color == b.color && a.isStep == b.isStep
        && a.points.count == b.points.count
        && zip(a.points, b.points).allSatisfy { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(name)
      hasher.combine(color)
      hasher.combine(isStep)
      for p in points {
        hasher.combine(p.x)
        hasher.combine(p.lower)
        hasher.combine(p.upper)
      }
    }
  }

  public var title: String
  public var series: [Series]
  public var bands: [Band]
  public var format: NumberFormat
  /// How the x and y values are written.
  public var xStyle: ValueStyle
  public var yStyle: ValueStyle
  public var xAxisTitle: String?
  public var yAxisTitle: String?
  /// Start the y axis at zero (default) rather than near the data.
  public var yIncludesZero = true
  /// The smallest step between x ticks: 1 for whole units such as months, so the axis never
  /// shows a fractional month; 0 lets the scale pick any "nice" step.
  public var xMinimumStep = 0.0
  /// The accessible description; `nil` summarises each series' first and last point.
  public var description: String?
  public var width = 720
  public var height = 360

  /// Creates a line chart.
  /// - Parameters:
  ///   - title: the chart's title.
  ///   - series: the series, drawn in order over the bands.
  ///   - bands: shaded ranges drawn first.
  ///   - format: the company's number format.
  ///   - xStyle: how x values are written (default whole numbers).
  ///   - yStyle: how y values are written (default percentages).
  ///   - xAxisTitle: the x axis title.
  ///   - yAxisTitle: the y axis title.
  ///   - description: the accessible description.
  public init(
    title: String, series: [Series], bands: [Band] = [], format: NumberFormat,
    xStyle: ValueStyle = .number(decimals: 0), yStyle: ValueStyle = .percent,
    xAxisTitle: String? = nil, yAxisTitle: String? = nil, description: String? = nil
  ) {
    self.title = title
    self.series = series
    self.bands = bands
    self.format = format
    self.xStyle = xStyle
    self.yStyle = yStyle
    self.xAxisTitle = xAxisTitle
    self.yAxisTitle = yAxisTitle
    self.description = description
  }

  /// Every series' finite points.
  private func finitePoints(_ s: Series) -> [Point] {
    s.points.filter { $0.x.isFinite && $0.y.isFinite }
  }

  /// Each series from its first to its last point.
  var defaultDescription: String {
    var parts: [String] = []
    for s in series {
      let points = finitePoints(s)
      guard let first = points.first, let last = points.last else { continue }
      parts.append(
        s.name + " from " + yStyle.text(first.y, format: format) + " at "
          + xStyle.text(first.x, format: format) + " to " + yStyle.text(last.y, format: format)
          + " at " + xStyle.text(last.x, format: format))
    }
    for band in bands where !band.points.isEmpty { parts.append(band.name + " shaded") }
    return parts.isEmpty ? "No data." : "Lines: " + parts.joined(separator: "; ") + "."
  }

  /// The standalone SVG document.
  /// - Complexity: O(total points).
  public var svg: String {
    var canvas = ChartCanvas(
      width: width, height: height, title: title, description: description ?? defaultDescription)
    let bandPoints = bands.map { band in
      band.points.filter { $0.x.isFinite && $0.lower.isFinite && $0.upper.isFinite }
    }
    let xs = series.flatMap { finitePoints($0).map(\.x) } + bandPoints.flatMap { $0.map(\.x) }
    var ys = series.flatMap { finitePoints($0).map(\.y) }
    for points in bandPoints { ys += points.flatMap { [$0.lower, $0.upper] } }
    guard !xs.isEmpty else {
      canvas.noData()
      return canvas.document
    }
    var items: [(name: String, color: String, mark: ChartCanvas.LegendMark)] = []
    for (k, band) in bands.enumerated() where !bandPoints[k].isEmpty {
      items.append((band.name, band.color ?? ChartPalette.seriesColor(k), .band))
    }
    for (k, s) in series.enumerated() where !finitePoints(s).isEmpty {
      let mark: ChartCanvas.LegendMark
      switch s.mark {
      case .line, .lineAndMarkers, .step: mark = .line
      case .dashedLine: mark = .dashedLine
      case .markers: mark = .marker
      case .ticks: mark = .tick
      }
      items.append((s.name, s.color ?? ChartPalette.seriesColor(k), mark))
    }
    let legendBottom = canvas.legend(items)
    let yScale = AxisScale(covering: ys, includesZero: yIncludesZero)
    let xScale = AxisScale(
      covering: xs, includesZero: false, targetTicks: 8, minimumStep: xMinimumStep)
    let yLabels = yScale.ticks.map { yStyle.tickText($0, step: yScale.step, format: format) }
    let bottomRoom = xAxisTitle == nil ? 26.0 : 40.0
    let plot = ChartCanvas.Area(
      left: ChartCanvas.axisMargin(labels: yLabels, hasTitle: yAxisTitle != nil),
      top: legendBottom + 8, right: canvas.width - ChartCanvas.padding - 8,
      bottom: max(canvas.height - bottomRoom, legendBottom + 18))
    canvas.valueAxis(yScale, in: plot, labels: yLabels, title: yAxisTitle)
    let px = { (x: Double) in xScale.position(x, from: plot.left, to: plot.right) }
    let py = { (y: Double) in yScale.position(y, from: plot.bottom, to: plot.top) }
    for tick in xScale.ticks {
      let x = px(tick)
      canvas.svg.line(x1: x, y1: plot.bottom, x2: x, y2: plot.bottom + 4, stroke: ChartPalette.axis)
      canvas.svg.text(
        xStyle.tickText(tick, step: xScale.step, format: format), x: x, y: plot.bottom + 16,
        size: ChartCanvas.labelSize, anchor: SVGWriter.Anchor.middle, fill: ChartPalette.mutedText)
    }
    if let xAxisTitle { canvas.bottomTitle(xAxisTitle, in: plot) }
    for (k, points) in bandPoints.enumerated() where !points.isEmpty {
      var sorted = points.sorted { $0.x < $1.x }
      if bands[k].isStep && sorted.count > 1 {
        // Hold each range until the next x.
        var held: [(x: Double, lower: Double, upper: Double)] = []
        for (i, p) in sorted.enumerated() {
          held.append(p)
          if i + 1 < sorted.count { held.append((sorted[i + 1].x, p.lower, p.upper)) }
        }
        sorted = held
      }
      var outline = sorted.map { (x: px($0.x), y: py($0.upper)) }
      outline += sorted.reversed().map { (x: px($0.x), y: py($0.lower)) }
      if outline.count == 2 {
        // A band at one x: a thin vertical strip so it stays visible.
        outline = [
          (outline[0].x - 2, outline[0].y), (outline[0].x + 2, outline[0].y),
          (outline[1].x + 2, outline[1].y), (outline[1].x - 2, outline[1].y),
        ]
      }
      canvas.svg.polygon(
        outline, fill: bands[k].color ?? ChartPalette.seriesColor(k), opacity: 0.2, cssClass: "band"
      )
    }
    for (k, s) in series.enumerated() {
      var points = finitePoints(s).sorted { $0.x < $1.x }.map { (x: px($0.x), y: py($0.y)) }
      let color = s.color ?? ChartPalette.seriesColor(k)
      if s.mark == .ticks {
        for p in points {
          canvas.svg.line(x1: p.x, y1: p.y - 5, x2: p.x, y2: p.y + 5, stroke: color, width: 1.5)
        }
        continue
      }
      if s.mark == .step && points.count > 1 {
        var stepped = [points[0]]
        for p in points.dropFirst() {
          stepped.append((x: p.x, y: stepped[stepped.count - 1].y))
          stepped.append(p)
        }
        points = stepped
      }
      if s.mark != .markers && points.count > 1 {
        canvas.svg.polyline(
          points, stroke: color, width: 2.5, dash: s.mark == .dashedLine ? "6 4" : nil,
          cssClass: "line")
      }
      if s.mark == .markers || s.mark == .lineAndMarkers || points.count == 1 {
        for p in points {
          canvas.svg.circle(
            cx: p.x, cy: p.y, r: 4, fill: color, stroke: ChartPalette.card, cssClass: "marker")
        }
      }
    }
    return canvas.document
  }
}
