import ARRAnalysis

/// A tiny writer of standalone SVG documents: escaped text, fixed-precision coordinates and an
/// accessible root (`role="img"`, `<title>` and `<desc>` referenced by `aria-labelledby`).
///
/// Coordinates are written with one decimal through ``SVGWriter/number(_:)``; a NaN or infinity
/// never reaches the output (it becomes `0`), so a chart cannot emit `nan` or `1e-05`.
struct SVGWriter: Sendable {
  /// Width and height in user units, equal to the viewBox.
  let width: Int
  let height: Int
  /// Prefix of every `id` in the document, so several charts can be inlined in one page.
  let idPrefix: String
  private var title: String
  private var description: String
  private var defs: [String] = []
  private var body: [String] = []

  /// System font stack; no quotes needed, so it sits in an attribute as is.
  static let fontFamily =
    "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, Noto Sans, sans-serif"

  init(width: Int, height: Int, title: String, description: String) {
    self.width = width
    self.height = height
    self.title = title
    self.description = description
    self.idPrefix = "chart-" + Self.slug(title)
  }

  /// The complete document, ending with a newline.
  var document: String {
    let id = idPrefix
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\""
    out += " viewBox=\"0 0 \(width) \(height)\" role=\"img\""
    out += " aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"\(Self.fontFamily)\">\n"
    out += "<title id=\"\(id)-title\">\(Self.escape(title))</title>\n"
    out += "<desc id=\"\(id)-desc\">\(Self.escape(description))</desc>\n"
    if !defs.isEmpty { out += "<defs>\n" + defs.joined(separator: "\n") + "\n</defs>\n" }
    for element in body { out += element + "\n" }
    return out + "</svg>\n"
  }

  // MARK: Elements

  /// A rectangle; `cssClass` marks data elements (`bar`, `cell`, `segment`) for tests and styling.
  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
    strokeWidth: Double = 1, cornerRadius: Double = 0, opacity: Double = 1, cssClass: String? = nil
  ) {
    var e = "<rect"
    if let cssClass { e += " class=\"\(Self.escape(cssClass))\"" }
    e += " x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
    e += " width=\"\(Self.number(max(0, width)))\" height=\"\(Self.number(max(0, height)))\""
    if cornerRadius > 0 { e += " rx=\"\(Self.number(cornerRadius))\"" }
    e += " fill=\"\(Self.escape(fill))\""
    if opacity < 1 { e += " fill-opacity=\"\(Self.fraction(opacity))\"" }
    if let stroke {
      e += " stroke=\"\(Self.escape(stroke))\" stroke-width=\"\(Self.number(strokeWidth))\""
    }
    body.append(e + "/>")
  }

  /// A straight line.
  mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
    dash: String? = nil
  ) {
    var e = "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\""
    e += " x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\""
    e += " stroke=\"\(Self.escape(stroke))\" stroke-width=\"\(Self.number(width))\""
    if let dash { e += " stroke-dasharray=\"\(Self.escape(dash))\"" }
    body.append(e + "/>")
  }

  /// An open polyline through `points`.
  mutating func polyline(
    _ points: [(x: Double, y: Double)], stroke: String, width: Double = 2, dash: String? = nil,
    cssClass: String? = nil
  ) {
    guard !points.isEmpty else { return }
    var e = "<polyline"
    if let cssClass { e += " class=\"\(Self.escape(cssClass))\"" }
    e += " points=\"\(Self.pointList(points))\" fill=\"none\""
    e += " stroke=\"\(Self.escape(stroke))\" stroke-width=\"\(Self.number(width))\""
    e += " stroke-linejoin=\"round\" stroke-linecap=\"round\""
    if let dash { e += " stroke-dasharray=\"\(Self.escape(dash))\"" }
    body.append(e + "/>")
  }

  /// A filled polygon through `points`.
  mutating func polygon(
    _ points: [(x: Double, y: Double)], fill: String, opacity: Double = 1, cssClass: String? = nil
  ) {
    guard points.count >= 3 else { return }
    var e = "<polygon"
    if let cssClass { e += " class=\"\(Self.escape(cssClass))\"" }
    e += " points=\"\(Self.pointList(points))\" fill=\"\(Self.escape(fill))\""
    if opacity < 1 { e += " fill-opacity=\"\(Self.fraction(opacity))\"" }
    body.append(e + " stroke=\"none\"/>")
  }

  /// A circle (markers).
  mutating func circle(
    cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil,
    cssClass: String? = nil
  ) {
    var e = "<circle"
    if let cssClass { e += " class=\"\(Self.escape(cssClass))\"" }
    e += " cx=\"\(Self.number(cx))\" cy=\"\(Self.number(cy))\" r=\"\(Self.number(r))\""
    e += " fill=\"\(Self.escape(fill))\""
    if let stroke { e += " stroke=\"\(Self.escape(stroke))\" stroke-width=\"1.5\"" }
    body.append(e + "/>")
  }

  /// Horizontal text alignment relative to `x`.
  enum Anchor: String, Sendable { case start, middle, end }

  /// A line of text with its baseline at `y`; `rotation` in degrees about (`x`, `y`).
  mutating func text(
    _ content: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
    fill: String = ChartPalette.text, isBold: Bool = false, rotation: Double = 0
  ) {
    var e = "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
    e += " font-size=\"\(Self.number(size))\""
    if anchor != .start { e += " text-anchor=\"\(anchor.rawValue)\"" }
    if isBold { e += " font-weight=\"600\"" }
    e += " fill=\"\(Self.escape(fill))\""
    if rotation != 0 {
      e += " transform=\"rotate(\(Self.number(rotation)) \(Self.number(x)) \(Self.number(y)))\""
    }
    body.append(e + ">\(Self.escape(content))</text>")
  }

  /// A horizontal linear gradient in `<defs>`; returns its `url(#…)` reference.
  mutating func horizontalGradient(name: String, stops: [(offset: Double, color: String)])
    -> String
  {
    let id = "\(idPrefix)-\(Self.slug(name))"
    var e = "<linearGradient id=\"\(id)\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">"
    for stop in stops {
      e +=
        "<stop offset=\"\(Self.fraction(stop.offset))\" stop-color=\"\(Self.escape(stop.color))\"/>"
    }
    defs.append(e + "</linearGradient>")
    return "url(#\(id))"
  }

  // MARK: Text and numbers

  /// Escapes the five XML special characters and drops characters XML 1.0 forbids.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(" ")
      default:
        if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A coordinate with one decimal, clamped to ±1,000,000; NaN and infinities become `0`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let clamped = min(max(value, -1_000_000), 1_000_000)
    let text = DecimalText.fixed(clamped, places: 1) ?? "0"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  /// An opacity or gradient offset in 0…1 with two decimals.
  static func fraction(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    return DecimalText.fixed(min(max(value, 0), 1), places: 2) ?? "0"
  }

  /// `x,y x,y …` with one decimal.
  static func pointList(_ points: [(x: Double, y: Double)]) -> String {
    points.map { number($0.x) + "," + number($0.y) }.joined(separator: " ")
  }

  /// A lowercase ASCII slug for ids: `"ARR walk: Q3"` → `"arr-walk-q3"`; `"x"` if empty.
  static func slug(_ text: String) -> String {
    var out: [UInt8] = []
    var pendingDash = false
    for b in text.utf8 {
      let lower = b >= 65 && b <= 90 ? b + 32 : b
      if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
        if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
        out.append(lower)
        pendingDash = false
      } else {
        pendingDash = true
      }
      if out.count >= 40 { break }
    }
    return out.isEmpty ? "x" : String(decoding: out, as: UTF8.self)
  }
}
