/// Grouped vertical bars: one group per category (e.g. a stress scenario), one bar per series
/// in each group, with the value written above (or below, for negatives) each bar.
public struct BarChart: Sendable {
  /// One series: a value per category, in the chart's ``ValueStyle`` unit.
  public struct Series: Sendable, Hashable {
    public var name: String
    /// Values aligned with the categories; missing or non-finite values draw no bar.
    public var values: [Double]
    public var color: String?

    /// Creates a series.
    public init(name: String, values: [Double], color: String? = nil) {
      self.name = name
      self.values = values
      self.color = color
    }
  }

  public var title: String
  public var categories: [String]
  public var series: [Series]
  /// What the values are (cents for money, fractions for percentages).
  public var valueStyle: ValueStyle
  public var format: NumberFormat
  public var axisTitle: String?
  /// The accessible description; `nil` lists every value.
  public var description: String?
  public var width = 720
  public var height = 360

  /// Creates a grouped bar chart.
  /// - Parameters:
  ///   - title: the chart's title.
  ///   - categories: the groups, left to right.
  ///   - series: the bars in each group.
  ///   - valueStyle: what the values are.
  ///   - format: the company's number format.
  ///   - axisTitle: the value axis title.
  ///   - description: the accessible description.
  public init(
    title: String, categories: [String], series: [Series], valueStyle: ValueStyle,
    format: NumberFormat, axisTitle: String? = nil, description: String? = nil
  ) {
    self.title = title
    self.categories = categories
    self.series = series
    self.valueStyle = valueStyle
    self.format = format
    self.axisTitle = axisTitle
    self.description = description
  }

  /// Series `s`'s finite value for category `i`, if any.
  func value(_ s: Series, _ i: Int) -> Double? {
    i < s.values.count && s.values[i].isFinite ? s.values[i] : nil
  }

  /// Every value in words.
  var defaultDescription: String {
    var parts: [String] = []
    for (i, category) in categories.enumerated() {
      var values: [String] = []
      for s in series {
        if let v = value(s, i) { values.append(s.name + " " + valueStyle.text(v, format: format)) }
      }
      if !values.isEmpty { parts.append(category + ": " + values.joined(separator: ", ")) }
    }
    return parts.isEmpty ? "No data." : "Bars. " + parts.joined(separator: "; ") + "."
  }

  /// The standalone SVG document.
  /// - Complexity: O(categories × series).
  public var svg: String {
    var canvas = ChartCanvas(
      width: width, height: height, title: title, description: description ?? defaultDescription)
    var values: [Double] = []
    for s in series { values += categories.indices.compactMap { value(s, $0) } }
    guard !values.isEmpty else {
      canvas.noData()
      return canvas.document
    }
    var items: [(name: String, color: String, mark: ChartCanvas.LegendMark)] = []
    for (k, s) in series.enumerated() {
      items.append((s.name, s.color ?? ChartPalette.seriesColor(k), .swatch))
    }
    let legendBottom = series.count > 1 ? canvas.legend(items) : ChartCanvas.contentTop
    let scale = AxisScale(covering: values)
    let labels = scale.ticks.map { valueStyle.tickText($0, step: scale.step, format: format) }
    let labelSize = ChartCanvas.labelSize
    let plot = ChartCanvas.Area(
      left: ChartCanvas.axisMargin(labels: labels, hasTitle: axisTitle != nil),
      top: legendBottom + 18, right: canvas.width - ChartCanvas.padding,
      bottom: max(canvas.height - 44, legendBottom + 28))
    canvas.valueAxis(scale, in: plot, labels: labels, title: axisTitle)
    let y = { (v: Double) in scale.position(v, from: plot.bottom, to: plot.top) }
    let slot = plot.width / Double(categories.count)
    let groupWidth = slot * 0.8
    let barWidth = min(groupWidth / Double(max(series.count, 1)), 64)
    for (i, category) in categories.enumerated() {
      let center = plot.left + slot * (Double(i) + 0.5)
      let start = center - barWidth * Double(series.count) / 2
      for (k, s) in series.enumerated() {
        guard let v = value(s, i) else { continue }
        let x = start + barWidth * Double(k)
        let top = y(max(v, 0))
        let bottom = y(min(v, 0))
        canvas.svg.rect(
          x: x + 1, y: top, width: barWidth - 2, height: max(bottom - top, 1),
          fill: s.color ?? ChartPalette.seriesColor(k), cornerRadius: 2, cssClass: "bar")
        let text = valueStyle.text(v, format: format)
        if ChartCanvas.textWidth(text, size: 10) <= barWidth + 8 {
          canvas.svg.text(
            text, x: x + barWidth / 2, y: v < 0 ? bottom + 12 : top - 4, size: 10,
            anchor: SVGWriter.Anchor.middle)
        }
      }
      let lines = ChartCanvas.wrapped(category, width: slot - 4, size: labelSize, maxLines: 2)
      for (n, line) in lines.enumerated() {
        canvas.svg.text(
          line, x: center, y: plot.bottom + 16 + Double(n) * (labelSize + 2), size: labelSize,
          anchor: SVGWriter.Anchor.middle)
      }
    }
    return canvas.document
  }
}
