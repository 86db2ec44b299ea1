import ARRAnalysis
import ARRCore

/// Monthly stacked bars around zero: positive amounts stack upward, negative amounts downward,
/// with an optional line (such as net new MRR) drawn through markers on top.
///
/// Built for the MRR bridge (``bridge(title:months:new:expansion:reactivation:contraction:churn:format:)``),
/// usable for any signed monthly components.
public struct StackedBarChart: Sendable {
  /// One stacked component: a value in cents per month, positive up, negative down.
  public struct Series: Sendable, Hashable {
    public var name: String
    /// Cents per month, aligned with the chart's months; missing months count as zero.
    public var values: [Int64]
    /// A CSS colour; `nil` takes the next palette colour.
    public var color: String?

    /// Creates a component.
    public init(name: String, values: [Int64], color: String? = nil) {
      self.name = name
      self.values = values
      self.color = color
    }
  }

  public var title: String
  /// The x axis, oldest first.
  public var months: [Month]
  /// Components in stacking order (the first sits next to zero).
  public var series: [Series]
  /// A line drawn over the bars with a marker per month (e.g. net new MRR).
  public var line: Series?
  public var format: NumberFormat
  /// The value axis title.
  public var axisTitle: String?
  /// The accessible description; `nil` summarises the months and the line.
  public var description: String?
  /// A muted line under the title, for a caveat the figures carry (components not measured);
  /// `nil` for none.
  public var subtitle: String? = nil
  public var width = 720
  public var height = 360

  /// Creates a stacked bar chart.
  /// - Parameters:
  ///   - title: the chart's title.
  ///   - months: the x axis, oldest first.
  ///   - series: components in stacking order.
  ///   - line: an optional line over the bars.
  ///   - format: the company's number format.
  ///   - axisTitle: the value axis title.
  ///   - description: the accessible description.
  public init(
    title: String, months: [Month], series: [Series], line: Series? = nil, format: NumberFormat,
    axisTitle: String? = "MRR", description: String? = nil
  ) {
    self.title = title
    self.months = months
    self.series = series
    self.line = line
    self.format = format
    self.axisTitle = axisTitle
    self.description = description
  }

  /// The MRR bridge: new, expansion and reactivation up; contraction and churn (given as
  /// positive amounts) down; and net new MRR (`new + expansion + reactivation − contraction −
  /// churn`) as the line.
  /// - Parameters:
  ///   - title: the chart's title.
  ///   - months: the months, oldest first; each array below is aligned with it.
  ///   - new: new MRR per month, cents.
  ///   - expansion: expansion MRR per month, cents.
  ///   - reactivation: reactivation MRR per month, cents.
  ///   - contraction: contraction MRR per month as a positive amount, cents.
  ///   - churn: churned MRR per month as a positive amount, cents.
  ///   - format: the company's number format.
  /// - Complexity: O(months).
  public static func bridge(
    title: String, months: [Month], new: [Int64], expansion: [Int64], reactivation: [Int64],
    contraction: [Int64], churn: [Int64], format: NumberFormat
  ) -> StackedBarChart {
    func at(_ values: [Int64], _ i: Int) -> Int64 { i < values.count ? values[i] : 0 }
    let net = months.indices.map { i in
      at(new, i) &+ at(expansion, i) &+ at(reactivation, i) &- at(contraction, i) &- at(churn, i)
    }
    return StackedBarChart(
      title: title, months: months,
      series: [
        Series(name: "New", values: new, color: ChartPalette.newBusiness),
        Series(name: "Expansion", values: expansion, color: ChartPalette.expansion),
        Series(name: "Reactivation", values: reactivation, color: ChartPalette.reactivation),
        Series(
          name: "Contraction", values: contraction.map { 0 &- $0 }, color: ChartPalette.contraction),
        Series(name: "Churn", values: churn.map { 0 &- $0 }, color: ChartPalette.churn),
      ],
      line: Series(name: "Net new MRR", values: net, color: ChartPalette.black), format: format)
  }

  /// Series `s`'s value in month `i`, zero when missing.
  private func value(_ s: Series, _ i: Int) -> Int64 { i < s.values.count ? s.values[i] : 0 }

  /// The months covered, the components and the line's value each month.
  var defaultDescription: String {
    guard let first = months.first, let last = months.last else { return "No data." }
    var text = "Stacked bars for " + format.longMonth(first) + " to " + format.longMonth(last)
    text += ": " + series.map(\.name).joined(separator: ", ")
    if let line {
      var parts: [String] = []
      for i in months.indices {
        parts.append(
          format.month(months[i]) + " " + format.signedCompactMoney(cents: value(line, i)))
      }
      text += ". " + line.name + ": " + parts.joined(separator: ", ")
    }
    return text + "."
  }

  /// The standalone SVG document.
  /// - Complexity: O(months × series).
  public var svg: String {
    let summary = description ?? defaultDescription
    var canvas = ChartCanvas(
      width: width, height: height, title: title,
      description: summary + (subtitle.map { " " + $0 + "." } ?? ""), subtitle: subtitle)
    guard !months.isEmpty else {
      canvas.noData()
      return canvas.document
    }
    var items: [(name: String, color: String, mark: ChartCanvas.LegendMark)] = []
    for (k, s) in series.enumerated() {
      items.append((s.name, s.color ?? ChartPalette.seriesColor(k), .swatch))
    }
    if let line { items.append((line.name, line.color ?? ChartPalette.black, .line)) }
    let legendBottom = canvas.legend(items)

    // Stack tops and bottoms per month, in doubles so sums cannot overflow.
    var extents: [Double] = []
    for i in months.indices {
      var up = 0.0
      var down = 0.0
      for s in series {
        let v = Double(value(s, i))
        if v > 0 { up += v } else { down += v }
      }
      extents += [up, down]
      if let line { extents.append(Double(value(line, i))) }
    }
    let frame = ValueFrame(
      on: &canvas, covering: extents, style: .money, format: format, axisTitle: axisTitle,
      top: legendBottom + 8, bottomRoom: 40, count: months.count,
      // A stack or marker ending on the plot's edge looked cut off: keep a margin.
      labelRoom: 8)
    let plot = frame.plot
    let y = frame.y
    let slot = frame.slot
    let barWidth = min(slot * 0.7, 48)
    for i in months.indices {
      let center = frame.center(i)
      var up = 0.0
      var down = 0.0
      for (k, s) in series.enumerated() {
        let v = Double(value(s, i))
        guard v != 0 else { continue }
        let from = v > 0 ? up : down
        let to = from + v
        if v > 0 { up = to } else { down = to }
        canvas.svg.rect(
          x: center - barWidth / 2, y: y(max(from, to)), width: barWidth,
          height: abs(y(from) - y(to)), fill: s.color ?? ChartPalette.seriesColor(k),
          cssClass: "bar")
      }
      // Month labels: the abbreviation, with the year under the first month and each January.
      let every = max(1, Int((Double(months.count) * 30 / plot.width).rounded(.up)))
      if i % every == 0 {
        canvas.svg.text(
          format.monthAbbreviation(months[i]), x: center, y: plot.bottom + 14,
          size: ChartCanvas.labelSize, anchor: SVGWriter.Anchor.middle)
        if i == 0 || months[i].month <= every {
          canvas.svg.text(
            String(months[i].year), x: center, y: plot.bottom + 27, size: ChartCanvas.labelSize,
            anchor: SVGWriter.Anchor.middle, fill: ChartPalette.mutedText)
        }
      }
    }
    if let line {
      let color = line.color ?? ChartPalette.black
      let points = months.indices.map { i in
        (x: plot.left + slot * (Double(i) + 0.5), y: y(Double(value(line, i))))
      }
      canvas.svg.polyline(points, stroke: color, width: 2, cssClass: "line")
      for p in points {
        canvas.svg.circle(
          cx: p.x, cy: p.y, r: 3.5, fill: color, stroke: ChartPalette.card, cssClass: "marker")
      }
    }
    return canvas.document
  }
}
