/// The parts every chart shares: the card, the title, a legend, a value axis with gridlines,
/// the "No data" message, and text measuring and wrapping.
struct ChartCanvas: Sendable {
  var svg: SVGWriter
  let width: Double
  let height: Double

  /// Padding inside the card.
  static let padding = 16.0
  static let titleSize = 16.0
  static let labelSize = 11.0
  static let subtitleSize = 12.0
  /// Lines a subtitle may wrap onto before it is cut with `…`: three, since the ARR walk's
  /// subtitle can carry three caveats (an incomplete as-of month, the import's range, the
  /// quality-adjusted caveat), and a caveat cut mid-word is a caveat lost (session 17, report:
  /// two lines cut "Priors only — not enough history: quality-…"); four since session 40,
  /// when each projection chart states last year's misses of 3 points or more as its rows do
  /// (render review 40, R40-3: stripe's weak-score caveat, its NDR range that failed, its GRR
  /// miss and its incomplete trailing base need a fourth line). The plot starts under the
  /// lines used, so a shorter subtitle keeps its room.
  static let subtitleLines = 4
  /// Baseline of the title, and where the content under it starts.
  static let titleBaseline = 28.0
  static let contentTop = 42.0
  /// Where the content starts: under the title, or under the subtitle when there is one.
  let contentTop: Double

  /// A card with the title (and an optional muted subtitle under it, such as "priors only —
  /// not enough history") drawn; `description` becomes the document's `<desc>`. A title too
  /// wide for the card is cut with `…`, so callers keep titles short and put qualifiers in the
  /// subtitle, which wraps onto up to ``subtitleLines`` lines when it must.
  init(width: Int, height: Int, title: String, description: String, subtitle: String? = nil) {
    svg = SVGWriter(width: width, height: height, title: title, description: description)
    self.width = Double(width)
    self.height = Double(height)
    svg.rect(
      x: 0.5, y: 0.5, width: self.width - 1, height: self.height - 1, fill: ChartPalette.card,
      stroke: ChartPalette.cardBorder, cornerRadius: 8)
    let maxTitle = self.width - 2 * Self.padding
    svg.text(
      Self.truncated(title, width: maxTitle, size: Self.titleSize, isBold: true), x: Self.padding,
      y: Self.titleBaseline, size: Self.titleSize, isBold: true)
    var top = Self.contentTop
    if let subtitle, !subtitle.isEmpty {
      let lines = Self.wrapped(
        subtitle, width: maxTitle, size: Self.subtitleSize, maxLines: Self.subtitleLines)
      for (n, line) in lines.enumerated() {
        svg.text(
          line, x: Self.padding, y: Self.titleBaseline + 18 + Double(n) * 15,
          size: Self.subtitleSize, fill: ChartPalette.mutedText)
      }
      top += 6 + 15 * Double(lines.count)
    }
    contentTop = top
  }

  /// The finished document.
  var document: String { svg.document }

  /// A rectangle in chart coordinates.
  struct Area: Sendable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double
    var width: Double { right - left }
    var height: Double { bottom - top }
  }

  /// How a legend entry is drawn.
  enum LegendMark: Sendable { case swatch, line, dashedLine, marker, band, tick, whisker }

  /// Draws legend entries left to right from (`x`, `y`), wrapping onto new rows.
  /// - Returns: the y just below the legend.
  mutating func legend(
    _ items: [(name: String, color: String, mark: LegendMark)], x: Double = padding,
    y: Double? = nil
  ) -> Double {
    let y = y ?? contentTop
    guard !items.isEmpty else { return y }
    var cx = x
    var row = y
    for item in items {
      let label = Self.truncated(item.name, width: 220, size: Self.labelSize)
      let itemWidth = 18 + Self.textWidth(label, size: Self.labelSize) + 16
      if cx + itemWidth > width - Self.padding && cx > x {
        cx = x
        row += 18
      }
      let mid = row + 6
      switch item.mark {
      case .swatch:
        svg.rect(x: cx, y: row, width: 12, height: 12, fill: item.color, cornerRadius: 2)
      case .band:
        svg.rect(x: cx, y: row, width: 12, height: 12, fill: item.color, opacity: 0.25)
      case .line, .dashedLine:
        svg.line(
          x1: cx, y1: mid, x2: cx + 12, y2: mid, stroke: item.color, width: 2.5,
          dash: item.mark == .dashedLine ? "4 3" : nil)
      case .marker:
        svg.circle(cx: cx + 6, cy: mid, r: 4, fill: item.color, stroke: ChartPalette.card)
      case .tick:
        svg.line(x1: cx + 6, y1: row, x2: cx + 6, y2: row + 12, stroke: item.color, width: 1.5)
      case .whisker:
        svg.line(x1: cx + 6, y1: row, x2: cx + 6, y2: row + 12, stroke: item.color, width: 1.5)
        svg.line(x1: cx + 2, y1: row, x2: cx + 10, y2: row, stroke: item.color, width: 1.5)
        svg.line(
          x1: cx + 2, y1: row + 12, x2: cx + 10, y2: row + 12, stroke: item.color, width: 1.5)
      }
      svg.text(label, x: cx + 18, y: row + 10, size: Self.labelSize, fill: ChartPalette.text)
      cx += itemWidth
    }
    return row + 22
  }

  /// The left margin a value axis needs for its tick labels (and its rotated title).
  static func axisMargin(labels: [String], hasTitle: Bool) -> Double {
    let widest = labels.map { textWidth($0, size: labelSize) }.max() ?? 0
    return padding + (hasTitle ? 18 : 0) + widest + 8
  }

  /// Draws a vertical value axis: gridlines, tick labels, a darker zero line, and a title.
  mutating func valueAxis(
    _ scale: AxisScale, in plot: Area, labels: [String], title: String?
  ) {
    for (tick, label) in zip(scale.ticks, labels) {
      let y = scale.position(tick, from: plot.bottom, to: plot.top)
      svg.line(
        x1: plot.left, y1: y, x2: plot.right, y2: y,
        stroke: tick == 0 ? ChartPalette.axis : ChartPalette.grid, width: 1)
      svg.text(
        label, x: plot.left - 6, y: y + 4, size: Self.labelSize, anchor: .end,
        fill: ChartPalette.mutedText)
    }
    if let title {
      let cy = (plot.top + plot.bottom) / 2
      svg.text(
        Self.truncated(title, width: plot.height, size: Self.labelSize), x: Self.padding + 8,
        y: cy, size: Self.labelSize, anchor: .middle, fill: ChartPalette.mutedText,
        rotation: -90)
    }
  }

  /// A centred x-axis title along the bottom of the card.
  mutating func bottomTitle(_ title: String, in plot: Area) {
    svg.text(
      Self.truncated(title, width: plot.width, size: Self.labelSize),
      x: (plot.left + plot.right) / 2,
      y: height - 12, size: Self.labelSize, anchor: .middle, fill: ChartPalette.mutedText)
  }

  /// Writes "No data" (or `message`) in the middle of the card.
  mutating func noData(_ message: String = "No data") {
    svg.text(
      message, x: width / 2, y: height / 2 + 6, size: 14, anchor: .middle,
      fill: ChartPalette.mutedText)
  }

  // MARK: Text measuring

  /// An estimate of the rendered width of `text` in a sans-serif font, from per-character
  /// advance widths close to DejaVu Sans, the widest common fallback (Helvetica, Arial and
  /// Roboto are narrower), so labels measured to fit never collide. A flat 0.6 em a character
  /// under-measured digits and "%" (0.64 and 0.95 em), which let heatmap cells and legend ends
  /// run together.
  static func textWidth(_ text: String, size: Double, isBold: Bool = false) -> Double {
    let em = text.unicodeScalars.reduce(0.0) { $0 + advance($1) }
    return em * size * (isBold ? 1.1 : 1)
  }

  /// The advance width of one character, in em.
  static func advance(_ c: Unicode.Scalar) -> Double {
    switch c {
    case "0"..."9", "$", "#", "_", "€", "£", "¥", "?": return 0.64
    case " ", ".", ",", ":", ";", "!", "'", "|": return 0.32
    case "i", "j", "l": return 0.28
    case "f", "t", "(", ")", "[", "]", "/", "\\": return 0.4
    case "r", "-": return 0.42
    case "m": return 0.98
    case "w": return 0.82
    case "a"..."z": return 0.62
    case "I", "J": return 0.3
    case "M", "W", "%", "@": return 0.99
    case "A"..."Z": return 0.76
    case "+", "=", "<", ">", "−", "×", "÷", "~", "±": return 0.84
    case "–": return 0.5
    case "—", "…": return 1.0
    default: return 0.7
    }
  }

  /// `text`, cut with `…` so it fits `width`.
  static func truncated(_ text: String, width: Double, size: Double, isBold: Bool = false)
    -> String
  {
    guard textWidth(text, size: size, isBold: isBold) > width else { return text }
    var kept = Substring(text)
    while !kept.isEmpty && textWidth(String(kept) + "…", size: size, isBold: isBold) > width {
      kept = kept.dropLast()
    }
    // Never end on a space before the ellipsis.
    while kept.last == " " { kept = kept.dropLast() }
    return (kept.isEmpty ? String(text.prefix(1)) : String(kept)) + "…"
  }

  /// `text` broken at spaces into at most `maxLines` lines of at most `width`; the last line is
  /// cut with `…` when the text does not fit.
  static func wrapped(_ text: String, width: Double, size: Double, maxLines: Int) -> [String] {
    guard maxLines > 1 else { return [truncated(text, width: width, size: size)] }
    var lines: [String] = []
    var current = ""
    // A word too wide for a line breaks after its hyphens ("Quality-" "adjusted"), so a
    // long compound wraps instead of being cut.
    var pieces: [String] = []
    for word in text.split(separator: " ").map(String.init) {
      guard textWidth(word, size: size) > width, word.contains("-") else {
        pieces.append(word)
        continue
      }
      let parts = word.split(separator: "-", omittingEmptySubsequences: false)
      for (k, part) in parts.enumerated() {
        pieces.append(String(part) + (k + 1 < parts.count ? "-" : ""))
      }
    }
    func joined(_ a: String, _ b: String) -> String {
      a.isEmpty ? b : a.hasSuffix("-") ? a + b : a + " " + b
    }
    var words = pieces[...]
    while let word = words.first {
      let candidate = joined(current, word)
      if textWidth(candidate, size: size) <= width || current.isEmpty {
        current = candidate
        words = words.dropFirst()
      } else {
        lines.append(current)
        current = ""
        if lines.count == maxLines - 1 { break }
      }
    }
    for word in words { current = joined(current, word) }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines.map { truncated($0, width: width, size: size) }
  }
}
