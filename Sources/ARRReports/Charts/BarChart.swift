import ARRAnalysis

/// Grouped vertical bars: one group per category (e.g. a stress scenario), one bar per series
/// in each group, with the value written above (or below, for negatives) each bar.
public struct BarChart: Sendable {
  /// One series: a value per category, in the chart's ``ValueStyle`` unit.
  public struct Series: Sendable, Hashable {
    public var name: String
    /// Values aligned with the categories; missing or non-finite values draw no bar.
    public var values: [Double]
    public var color: String?
    /// A range around each value (e.g. P10 and P90), drawn as a whisker over the bar; `nil`
    /// for none. Aligned with the categories; non-finite ends draw no whisker.
    public var ranges: [Range]?

    /// Creates a series.
    public init(name: String, values: [Double], color: String? = nil, ranges: [Range]? = nil) {
      self.name = name
      self.values = values
      self.color = color
      self.ranges = ranges
    }
  }

  /// The low and high end of a range around a bar's value.
  public struct Range: Sendable, Hashable {
    public var low: Double
    public var high: Double

    /// Creates a range.
    public init(low: Double, high: Double) {
      self.low = low
      self.high = high
    }
  }

  /// The legend entry naming the whiskers (e.g. "P10–P90 range"); `nil` when no series has
  /// ranges.
  public var rangeName: String? = nil

  public var title: String
  /// A muted line under the title (e.g. "priors only — not enough history"); `nil` for none.
  public var subtitle: String? = nil
  /// Per category, a note written in its slot instead of bars (e.g. "no accounts affected"),
  /// for a category whose values mean nothing moved; `nil` (or a short array) draws the bars.
  public var notes: [String?] = []
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

  /// The note drawn instead of category `i`'s bars, if any.
  func note(_ i: Int) -> String? { i < notes.count ? notes[i] : nil }

  /// Series `s`'s finite value for category `i`, if any (none where the category has a note).
  func value(_ s: Series, _ i: Int) -> Double? {
    note(i) == nil && i < s.values.count && s.values[i].isFinite ? s.values[i] : nil
  }

  /// Series `s`'s finite range for category `i`, if any.
  func range(_ s: Series, _ i: Int) -> Range? {
    guard note(i) == nil, let ranges = s.ranges, i < ranges.count, ranges[i].low.isFinite,
      ranges[i].high.isFinite
    else { return nil }
    return ranges[i]
  }

  /// Every value in words.
  var defaultDescription: String {
    var parts: [String] = []
    for (i, category) in categories.enumerated() {
      var values: [String] = []
      for s in series {
        guard let v = value(s, i) else { continue }
        var text = s.name + " " + valueStyle.text(v, format: format)
        if let r = range(s, i) {
          text += " (" + valueStyle.text(r.low, format: format) + " to "
          text += valueStyle.text(r.high, format: format) + ")"
        }
        values.append(text)
      }
      if let note = note(i) {
        parts.append(category + ": " + note)
      } else if !values.isEmpty {
        parts.append(category + ": " + values.joined(separator: ", "))
      }
    }
    return parts.isEmpty ? "No data." : "Bars. " + parts.joined(separator: "; ") + "."
  }

  /// Size of the value written at each bar's end.
  static let valueLabelSize = 10.0

  /// The standalone SVG document.
  /// - Complexity: O(categories × series).
  public var svg: String {
    var canvas = ChartCanvas(
      width: width, height: height, title: title, description: description ?? defaultDescription,
      subtitle: subtitle)
    var values: [Double] = []
    for s in series {
      values += categories.indices.compactMap { value(s, $0) }
      for i in categories.indices {
        if let r = range(s, i) { values += [r.low, r.high] }
      }
    }
    // A category with a note still needs the zero line it is written against.
    if categories.indices.contains(where: { note($0) != nil }) { values.append(0) }
    guard !values.isEmpty else {
      canvas.noData()
      return canvas.document
    }
    // A series with no value anywhere gets no legend entry: a key for bars that are not drawn
    // (e.g. "Trailing" when no account paid a year ago) misleads.
    var items: [(name: String, color: String, mark: ChartCanvas.LegendMark)] = []
    for (k, s) in series.enumerated()
    where categories.indices.contains(where: { value(s, $0) != nil }) {
      items.append((s.name, s.color ?? ChartPalette.seriesColor(k), .swatch))
    }
    let hasRanges = series.contains { s in categories.indices.contains { range(s, $0) != nil } }
    if hasRanges, let rangeName { items.append((rangeName, ChartPalette.text, .whisker)) }
    let legendBottom = items.count > 1 ? canvas.legend(items) : canvas.contentTop
    let frame = ValueFrame(
      on: &canvas, covering: values, style: valueStyle, format: format, axisTitle: axisTitle,
      top: legendBottom + 18, bottomRoom: 44, count: categories.count,
      labelRoom: Self.valueLabelSize + 6)
    let groupWidth = frame.slot * 0.8
    let barWidth = min(groupWidth / Double(max(series.count, 1)), 64)
    for (i, category) in categories.enumerated() {
      if let note = note(i) {
        let lines = ChartCanvas.wrapped(
          note, width: frame.slot - 8, size: Self.valueLabelSize, maxLines: 2)
        let zero = frame.y(0)
        // Just inside the plot on the side of zero with more room.
        let below = zero - frame.plot.top < frame.plot.bottom - zero
        for (n, line) in lines.enumerated() {
          let offset = Double(n) * (Self.valueLabelSize + 2)
          canvas.svg.text(
            line, x: frame.center(i),
            y: below
              ? zero + Self.valueLabelSize + 6 + offset
              : zero - 6 - Double(lines.count - 1 - n) * (Self.valueLabelSize + 2),
            size: Self.valueLabelSize, anchor: .middle, fill: ChartPalette.mutedText)
        }
        frame.label(category, at: i, on: &canvas)
        continue
      }
      let start = frame.center(i) - barWidth * Double(series.count) / 2
      for (k, s) in series.enumerated() {
        guard let v = value(s, i) else { continue }
        let x = start + barWidth * Double(k)
        let top = frame.y(max(v, 0))
        let bottom = frame.y(min(v, 0))
        canvas.svg.rect(
          x: x + 1, y: top, width: barWidth - 2, height: max(bottom - top, 1),
          fill: s.color ?? ChartPalette.seriesColor(k), cornerRadius: 2, cssClass: "bar")
        var labelTop = top
        var labelBottom = bottom
        if let r = range(s, i) {
          frame.whisker(x: x + barWidth / 2, low: r.low, high: r.high, on: &canvas)
          labelTop = min(top, frame.y(max(r.low, r.high)))
          labelBottom = max(bottom, frame.y(min(r.low, r.high)))
        }
        let text = valueStyle.text(v, format: format)
        // Only where the value fits over its own bar, so neighbouring labels never touch; the
        // axis keeps room beyond the bar ends (labelRoom), so it never meets the category
        // labels or the legend.
        let size = Self.valueLabelSize
        if ChartCanvas.textWidth(text, size: size) <= barWidth - 2 {
          canvas.svg.text(
            text, x: x + barWidth / 2, y: v < 0 ? labelBottom + size + 2 : labelTop - 4,
            size: size, anchor: SVGWriter.Anchor.middle)
        }
      }
      frame.label(category, at: i, on: &canvas)
    }
    return canvas.document
  }
}
