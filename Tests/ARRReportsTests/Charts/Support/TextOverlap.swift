import Foundation

@testable import ARRReports

/// Text boxes of a chart as the report's own width estimate (``ChartCanvas/textWidth(_:size:isBold:)``)
/// measures them, and the pairs that overlap: a label printed over another is the defect the
/// screenshot review found (heatmap cells, legend ends, a bar's value on its category label).
enum TextOverlap {
  struct Box: Sendable {
    var text: String
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double

    func overlaps(_ o: Box) -> Bool {
      left < o.right && o.left < right && top < o.bottom && o.top < bottom
    }
  }

  /// Unrotated `<text>` elements as boxes: the anchor sets the horizontal extent; vertically
  /// from 0.75 em above the baseline to 0.2 em below it (cap height and descenders).
  static func boxes(_ doc: XMLChecker) -> [Box] {
    doc.elements.compactMap { e -> Box? in
      guard e.name == "text", e.attribute("transform") == nil,
        let x = e.attribute("x").flatMap(Double.init),
        let y = e.attribute("y").flatMap(Double.init),
        let size = e.attribute("font-size").flatMap(Double.init)
      else { return nil }
      let text = unescaped(e.text)
      let width = ChartCanvas.textWidth(
        text, size: size, isBold: e.attribute("font-weight") != nil)
      let left =
        switch e.attribute("text-anchor") {
        case "middle": x - width / 2
        case "end": x - width
        default: x
        }
      return Box(
        text: text, left: left, right: left + width, top: y - 0.75 * size, bottom: y + 0.2 * size)
    }
  }

  /// Every pair of text boxes that overlap, as "a / b".
  static func overlaps(_ doc: XMLChecker) -> [String] {
    let b = boxes(doc)
    var out: [String] = []
    for i in b.indices {
      for j in b.indices where j > i && b[i].overlaps(b[j]) {
        out.append("\(b[i].text) / \(b[j].text)")
      }
    }
    return out
  }

  static func unescaped(_ s: String) -> String {
    s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
