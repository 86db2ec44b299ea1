import ARRAnalysis

/// A cohort retention heatmap: one row per cohort, one column per age (months since start),
/// each cell coloured by its value on a fixed diverging orange–grey–blue scale centred on
/// ``midpoint`` (100% by default: orange below, full at ``colorFloor``; blue above, full at
/// ``colorCeiling``), with the value printed in the cell when it fits, and a legend that says
/// the scale is fixed.
public struct HeatmapChart: Sendable {
  /// One cohort: its label and a value per age; `nil` where the age is not observed yet.
  public struct Row: Sendable, Hashable {
    public var label: String
    public var values: [Double?]

    /// Creates a row.
    public init(label: String, values: [Double?]) {
      self.label = label
      self.values = values
    }
  }

  public var title: String
  public var rows: [Row]
  public var format: NumberFormat
  /// How values are written (default percentages of fractions).
  public var valueStyle: ValueStyle = .percent
  /// The value drawn in the neutral colour (default 1.0 = 100%).
  public var midpoint = 1.0
  /// The value drawn in full orange, and every value below it (default 0.5 = 50%).
  ///
  /// The scale is fixed, not the data's lowest to highest value, so a colour reads as the same
  /// retention in every report (session 18, report, P10: a company retaining 95–100% in every
  /// cell drew its 95% cells full orange, like another company's 50% cohorts).
  public var colorFloor = 0.5
  /// The value drawn in full blue, and every value above it (default 1.5 = 150%).
  public var colorCeiling = 1.5
  /// Column titles, by default the ages `0, 1, 2, …`.
  public var columnLabels: [String]?
  public var xAxisTitle = "Months since start"
  public var yAxisTitle = "Cohort"
  /// The accessible description; `nil` summarises the grid and its range.
  public var description: String?
  public var width = 720

  /// Creates a heatmap.
  /// - Parameters:
  ///   - title: the chart's title.
  ///   - rows: cohorts, top to bottom.
  ///   - format: the company's number format.
  ///   - description: the accessible description.
  public init(title: String, rows: [Row], format: NumberFormat, description: String? = nil) {
    self.title = title
    self.rows = rows
    self.format = format
    self.description = description
  }

  /// Column count: the longest row.
  var columnCount: Int { rows.map(\.values.count).max() ?? 0 }
  /// The finite values present.
  var observed: [Double] { rows.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite) }
  /// Cell height: 22 px, 16 px beyond 24 cohorts.
  var cellHeight: Double { rows.count <= 24 ? 22 : 16 }

  /// Grows with the number of cohorts.
  public var height: Int { observed.isEmpty ? 240 : Int(96 + Double(rows.count) * cellHeight + 56) }

  /// The colour of `value` on the fixed scale ``colorFloor`` … ``midpoint`` …
  /// ``colorCeiling``; values beyond an end take its full colour.
  func color(_ value: Double) -> String {
    let neutral: (Double, Double, Double) = (0xF2, 0xF2, 0xF2)
    let below: (Double, Double, Double) = (0xB3, 0x58, 0x06)
    let above: (Double, Double, Double) = (0x21, 0x66, 0xAC)
    if value < midpoint, midpoint > colorFloor {
      return Self.mix(neutral, below, (midpoint - value) / (midpoint - colorFloor))
    }
    if value > midpoint, colorCeiling > midpoint {
      return Self.mix(neutral, above, (value - midpoint) / (colorCeiling - midpoint))
    }
    return Self.mix(neutral, neutral, 0)
  }

  /// The legend's words for the scale, after its gradient.
  static let fixedScaleCaption = "fixed scale, the same in every report"

  /// Linear mix of two RGB colours as `#RRGGBB`.
  static func mix(_ a: (Double, Double, Double), _ b: (Double, Double, Double), _ t: Double)
    -> String
  {
    let t = t.isFinite ? min(max(t, 0), 1) : 0
    let channels = [a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t]
    let digits = Array("0123456789ABCDEF")
    return "#"
      + channels.map { c -> String in
        let v = Int(c.rounded())
        return String(digits[v / 16]) + String(digits[v % 16])
      }.joined()
  }

  /// Whether text on `hex` should be white (dark fill) rather than dark.
  static func prefersLightText(_ hex: String) -> Bool {
    let bytes = Array(hex.utf8.dropFirst())
    func channel(_ i: Int) -> Double {
      func nibble(_ b: UInt8) -> Int { b <= 57 ? Int(b) - 48 : Int(b) - 55 }
      return Double(nibble(bytes[i]) * 16 + nibble(bytes[i + 1])) / 255
    }
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    return luminance < 0.45
  }

  /// Pixels kept free on each side of a cell's text, so neighbouring labels never touch.
  static let cellTextMargin = 4.0

  /// One text size for every cell label: the largest of 10, 9 and 8 px at which the widest
  /// label fits its cell with ``cellTextMargin`` to spare, or `nil` (no labels) when even 8 px
  /// does not fit, or the cell is too short for it; the colour still carries the value.
  static func cellTextSize(labels: [String], cellWidth: Double, cellHeight: Double) -> Double? {
    for size in [10.0, 9, 8] where size <= cellHeight - 6 {
      let widest = labels.map { ChartCanvas.textWidth($0, size: size) }.max() ?? 0
      if widest <= cellWidth - cellTextMargin { return size }
    }
    return nil
  }

  /// The colour key under the grid: a gradient over the fixed scale, ``colorFloor`` to
  /// ``colorCeiling``, with "≤ 50.0%", the midpoint and "≥ 150.0%" written under it (a label
  /// left out where it would run into its neighbour) and "fixed scale, the same in every
  /// report" beside it where it fits; a single swatch with one label when every value is the
  /// same, since a gradient says nothing there.
  func legend(
    on canvas: inout ChartCanvas, left: Double, top: Double, low: Double, high: Double
  ) {
    let labelSize = ChartCanvas.labelSize
    let gap = 8.0
    guard high > low else {
      canvas.svg.rect(
        x: left, y: top, width: 24, height: 10, fill: color(low),
        stroke: ChartPalette.cardBorder)
      canvas.svg.text(
        "every cell " + valueStyle.text(low, format: format), x: left + 24 + gap,
        y: top + 9, size: labelSize, fill: ChartPalette.mutedText)
      return
    }
    let room = canvas.width - left - ChartCanvas.padding
    let captionWidth = ChartCanvas.textWidth(Self.fixedScaleCaption, size: labelSize)
    let legendWidth = min(300.0, room)
    let midOffset = (midpoint - colorFloor) / (colorCeiling - colorFloor)
    let gradient = canvas.svg.horizontalGradient(
      name: "legend",
      stops: [
        (0, color(colorFloor)), (midOffset, color(midpoint)), (1, color(colorCeiling)),
      ])
    canvas.svg.rect(
      x: left, y: top, width: legendWidth, height: 10, fill: gradient,
      stroke: ChartPalette.cardBorder)
    if legendWidth + 2 * gap + captionWidth <= room {
      canvas.svg.text(
        Self.fixedScaleCaption, x: left + legendWidth + 2 * gap, y: top + 9, size: labelSize,
        fill: ChartPalette.mutedText)
    }
    // The ends always; the midpoint (tick and label) only where its label clears both ends.
    let lowText = "≤ " + valueStyle.text(colorFloor, format: format)
    let highText = "≥ " + valueStyle.text(colorCeiling, format: format)
    let midText = valueStyle.text(midpoint, format: format)
    let lowRight = left + ChartCanvas.textWidth(lowText, size: labelSize)
    let highLeft = left + legendWidth - ChartCanvas.textWidth(highText, size: labelSize)
    let midX = left + legendWidth * midOffset
    let midHalf = ChartCanvas.textWidth(midText, size: labelSize) / 2
    let y = top + 24
    canvas.svg.text(lowText, x: left, y: y, size: labelSize, fill: ChartPalette.mutedText)
    if lowRight + gap <= highLeft {
      canvas.svg.text(
        highText, x: left + legendWidth, y: y, size: labelSize, anchor: .end,
        fill: ChartPalette.mutedText)
    }
    if midOffset > 0 && midOffset < 1 && midX - midHalf >= lowRight + gap
      && midX + midHalf + gap <= highLeft
    {
      canvas.svg.line(
        x1: midX, y1: top + 10, x2: midX, y2: top + 13, stroke: ChartPalette.mutedText)
      canvas.svg.text(
        midText, x: midX, y: y, size: labelSize, anchor: .middle, fill: ChartPalette.mutedText)
    }
  }

  /// The accessible description when none is given: the grid, its values' range and the
  /// fixed colour scale.
  func defaultDescription(low: Double, high: Double) -> String {
    guard !observed.isEmpty else { return "No data." }
    let text = { (v: Double) -> String in self.valueStyle.text(v, format: self.format) }
    var out = "Heatmap of \(rows.count) cohorts over \(columnCount) months of age; "
    out += "values from \(text(low)) to \(text(high)); colours on a fixed scale: "
    out += "\(text(midpoint)) grey, \(text(colorFloor)) or less full orange, "
    out += "\(text(colorCeiling)) or more full blue."
    return out
  }

  /// The standalone SVG document.
  /// - Complexity: O(rows × columns).
  public var svg: String {
    let values = observed
    let low = min(values.min() ?? midpoint, midpoint)
    let high = max(values.max() ?? midpoint, midpoint)
    let summary = description ?? defaultDescription(low: low, high: high)
    var canvas = ChartCanvas(width: width, height: height, title: title, description: summary)
    guard !values.isEmpty else {
      canvas.noData()
      return canvas.document
    }
    let labelSize = ChartCanvas.labelSize
    let labelWidth = min(
      rows.map { ChartCanvas.textWidth($0.label, size: labelSize) }.max() ?? 0, canvas.width * 0.25)
    let left = ChartCanvas.padding + 18 + labelWidth + 8
    let cellWidth = min((canvas.width - ChartCanvas.padding - left) / Double(columnCount), 56)
    let top = 84.0
    let grid = ChartCanvas.Area(
      left: left, top: top, right: left + cellWidth * Double(columnCount),
      bottom: top + cellHeight * Double(rows.count))
    canvas.svg.text(
      xAxisTitle, x: (grid.left + grid.right) / 2, y: 56, size: labelSize, anchor: .middle,
      fill: ChartPalette.mutedText)
    canvas.svg.text(
      yAxisTitle, x: ChartCanvas.padding + 8, y: (grid.top + grid.bottom) / 2, size: labelSize,
      anchor: .middle, fill: ChartPalette.mutedText, rotation: -90)
    let every = max(1, Int((28 / cellWidth).rounded(.up)))
    for c in 0..<columnCount where c % every == 0 {
      let label = columnLabels.flatMap { c < $0.count ? $0[c] : nil } ?? String(c)
      canvas.svg.text(
        ChartCanvas.truncated(label, width: cellWidth * Double(every), size: labelSize),
        x: grid.left + cellWidth * (Double(c) + 0.5), y: top - 8, size: labelSize,
        anchor: .middle, fill: ChartPalette.mutedText)
    }
    let cellTextSize = Self.cellTextSize(
      labels: values.map { valueStyle.tickText($0, step: 0.01, format: format) },
      cellWidth: cellWidth, cellHeight: cellHeight)
    for (r, row) in rows.enumerated() {
      let y = grid.top + cellHeight * Double(r)
      canvas.svg.text(
        ChartCanvas.truncated(row.label, width: labelWidth, size: labelSize), x: left - 8,
        y: y + cellHeight / 2 + 4, size: labelSize, anchor: .end)
      for (c, value) in row.values.enumerated() {
        guard let value, value.isFinite else { continue }
        let x = grid.left + cellWidth * Double(c)
        let fill = color(value)
        canvas.svg.rect(
          x: x, y: y, width: cellWidth, height: cellHeight, fill: fill, stroke: ChartPalette.card,
          strokeWidth: 1, cssClass: "cell")
        let text = valueStyle.tickText(value, step: 0.01, format: format)
        if let cellTextSize,
          ChartCanvas.textWidth(text, size: cellTextSize) <= cellWidth - Self.cellTextMargin
        {
          canvas.svg.text(
            text, x: x + cellWidth / 2, y: y + cellHeight / 2 + cellTextSize * 0.35,
            size: cellTextSize, anchor: .middle,
            fill: Self.prefersLightText(fill) ? "#FFFFFF" : ChartPalette.text)
        }
      }
    }
    legend(on: &canvas, left: grid.left, top: grid.bottom + 16, low: low, high: high)
    return canvas.document
  }
}
