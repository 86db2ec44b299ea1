import ARRAnalysis

/// Horizontal 100% stacked bars of the revenue classes (retained, wavering, at-risk): one bar
/// per row, e.g. "By ARR" and "By logos", or one per segment.
///
/// Each row's amounts are turned into shares of the row's total; a share is printed inside its
/// segment when it fits, the labels of a bar footed to 100% and the description's tenths to
/// 100.0%, as the class table foots its shares. Negative amounts count as zero; a row whose total is zero says "No data".
public struct ClassMixChart: Sendable {
  /// One bar: the amount in each class, in any unit (cents of ARR, account counts…).
  public struct Row: Sendable, Hashable {
    public var label: String
    public var retained: Double
    public var wavering: Double
    public var atRisk: Double

    /// Creates a row.
    public init(label: String, retained: Double, wavering: Double, atRisk: Double) {
      self.label = label
      self.retained = retained
      self.wavering = wavering
      self.atRisk = atRisk
    }

    /// The three amounts, negatives and non-finite values taken as zero.
    var amounts: [Double] {
      [retained, wavering, atRisk].map { $0.isFinite && $0 > 0 ? $0 : 0 }
    }

    /// Each class's share of the row's total (all zero when the total is zero).
    var shares: [Double] {
      let amounts = self.amounts
      let total = amounts.reduce(0, +)
      return total > 0 ? amounts.map { $0 / total } : [0, 0, 0]
    }
    /// The shares in tenths of a percent, footed to 100.0% (``Footing/tenthsOfPercent(_:total:)``,
    /// as the class table foots them): the description's figures.
    var footedTenths: [Int64] {
      let shares = self.shares
      return shares.contains { $0 > 0 } ? Footing.tenthsOfPercent(shares, total: 1) : [0, 0, 0]
    }

    /// The shares in whole percents footed to 100: the bars' labels (render review 32, R32-7:
    /// a bar read 44% + 26% + 31% = 101% under a table whose rows sum to 100.0%).
    var footedPercents: [Int64] {
      let shares = self.shares
      guard shares.contains(where: { $0 > 0 }) else { return [0, 0, 0] }
      return Footing.largestRemainder(shares.map { $0 * 100 }, target: 100)
    }
  }

  public var title: String
  public var rows: [Row]
  public var format: NumberFormat
  /// The class names, in the order retained, wavering, at-risk.
  public var classNames = ["retained", "wavering", "at-risk"]
  /// The accessible description; `nil` lists every row's shares.
  public var description: String?
  public var width = 720
  /// A muted line under the title (the quality-adjusted row's caveat), or `nil`.
  public var subtitle: String? = nil

  /// Creates a class-mix chart.
  /// - Parameters:
  ///   - title: the chart's title.
  ///   - rows: the bars, top to bottom.
  ///   - format: the company's number format.
  ///   - description: the accessible description.
  public init(title: String, rows: [Row], format: NumberFormat, description: String? = nil) {
    self.title = title
    self.rows = rows
    self.format = format
    self.description = description
  }

  /// Rows are 32 px apart under the title and legend, with room for the axis below; a
  /// subtitle adds its lines, as ``ChartCanvas`` draws them.
  public var height: Int { 80 + max(rows.count, 1) * 32 + 36 + subtitleHeight }

  /// The height the subtitle takes under the title: 6 px and 15 px a wrapped line, 0 without.
  var subtitleHeight: Int {
    guard let subtitle, !subtitle.isEmpty else { return 0 }
    let lines = ChartCanvas.wrapped(
      subtitle, width: Double(width) - 2 * ChartCanvas.padding, size: ChartCanvas.subtitleSize,
      maxLines: ChartCanvas.subtitleLines)
    return 6 + 15 * lines.count
  }

  /// Every row's shares in words.
  var defaultDescription: String {
    guard !rows.isEmpty else { return "No data." }
    var parts: [String] = []
    for row in rows {
      var shares: [String] = []
      for (name, tenths) in zip(classNames, row.footedTenths) {
        shares.append(name + " " + format.percent(tenths: tenths))
      }
      parts.append(row.label + ": " + shares.joined(separator: ", "))
    }
    return "Class mix. " + parts.joined(separator: "; ") + "."
  }

  /// The standalone SVG document.
  /// - Complexity: O(rows).
  public var svg: String {
    let colors = [ChartPalette.retained, ChartPalette.wavering, ChartPalette.atRisk]
    let summary = description ?? defaultDescription
    var canvas = ChartCanvas(
      width: width, height: height, title: title,
      description: summary + (subtitle.map { " " + $0 + "." } ?? ""), subtitle: subtitle)
    guard !rows.isEmpty else {
      canvas.noData()
      return canvas.document
    }
    var items: [(name: String, color: String, mark: ChartCanvas.LegendMark)] = []
    // A class with no share in any row gets no legend entry (docs/report-style.md).
    for (k, (name, color)) in zip(classNames, colors).enumerated()
    where rows.contains(where: { k < $0.shares.count && $0.shares[k] > 0 }) {
      items.append((name, color, .swatch))
    }
    let legendBottom = canvas.legend(items)
    let labelSize = ChartCanvas.labelSize
    let labelWidth = min(
      rows.map { ChartCanvas.textWidth($0.label, size: labelSize) }.max() ?? 0, canvas.width * 0.3)
    let plot = ChartCanvas.Area(
      left: ChartCanvas.padding + labelWidth + 10,
      top: max(legendBottom + 6, 72 + Double(subtitleHeight)),
      right: canvas.width - ChartCanvas.padding - 12,
      bottom: max(legendBottom + 6, 72 + Double(subtitleHeight)) + Double(rows.count) * 32)
    for tick in stride(from: 0, through: 4, by: 1) {
      let x = plot.left + plot.width * Double(tick) / 4
      canvas.svg.line(x1: x, y1: plot.top - 4, x2: x, y2: plot.bottom, stroke: ChartPalette.grid)
      canvas.svg.text(
        format.percent(Double(tick) / 4, decimals: 0), x: x, y: plot.bottom + 16, size: labelSize,
        anchor: SVGWriter.Anchor.middle, fill: ChartPalette.mutedText)
    }
    for (r, row) in rows.enumerated() {
      let top = plot.top + Double(r) * 32 + 5
      let barHeight = 22.0
      canvas.svg.text(
        ChartCanvas.truncated(row.label, width: labelWidth, size: labelSize),
        x: plot.left - 10, y: top + barHeight / 2 + 4, size: labelSize, anchor: SVGWriter.Anchor.end
      )
      let shares = row.shares
      guard shares.contains(where: { $0 > 0 }) else {
        canvas.svg.rect(
          x: plot.left, y: top, width: plot.width, height: barHeight, fill: ChartPalette.card,
          stroke: ChartPalette.grid)
        canvas.svg.text(
          "No data", x: plot.left + plot.width / 2, y: top + barHeight / 2 + 4, size: labelSize,
          anchor: SVGWriter.Anchor.middle, fill: ChartPalette.mutedText)
        continue
      }
      var x = plot.left
      let percents = row.footedPercents
      for (k, share) in shares.enumerated() where share > 0 {
        let w = plot.width * share
        canvas.svg.rect(
          x: x, y: top, width: w, height: barHeight, fill: colors[k], cssClass: "segment")
        let text = format.percent(Double(percents[k]) / 100, decimals: 0)
        if ChartCanvas.textWidth(text, size: labelSize) + 6 <= w {
          canvas.svg.text(
            text, x: x + w / 2, y: top + barHeight / 2 + 4, size: labelSize,
            anchor: SVGWriter.Anchor.middle,
            fill: ChartPalette.label(on: colors[k]), isBold: true)
        }
        x += w
      }
    }
    return canvas.document
  }
}
