import Testing

@testable import ARRReports

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Checks every chart document must pass, and a hook to write samples for a visual check.
enum SVGChecks {
  /// Parses `svg` and records an issue for each broken rule: well-formed, exactly one `<svg>`
  /// root with the SVG namespace, `role="img"`, a `<title>` equal to `title` and a `<desc>`
  /// referenced by `aria-labelledby`, no `nan`/`inf`, and every coordinate inside the viewBox.
  /// - Returns: the parsed document, for further checks.
  @discardableResult
  static func validate(
    _ svg: String, title: String, sourceLocation: SourceLocation = #_sourceLocation
  )
    -> XMLChecker
  {
    let doc = XMLChecker(svg)
    #expect(doc.problems.isEmpty, "\(doc.problems)", sourceLocation: sourceLocation)
    let root = doc.elements.first
    #expect(root?.name == "svg", sourceLocation: sourceLocation)
    #expect(
      root?.attribute("xmlns") == "http://www.w3.org/2000/svg", sourceLocation: sourceLocation)
    #expect(root?.attribute("role") == "img", sourceLocation: sourceLocation)
    #expect(doc.count("svg") == 1, sourceLocation: sourceLocation)
    let titleElement = doc.elements.first { $0.name == "title" }
    #expect(titleElement?.text == SVGWriter.escape(title), sourceLocation: sourceLocation)
    let desc = doc.elements.first { $0.name == "desc" }
    #expect(desc != nil && desc?.text.isEmpty == false, sourceLocation: sourceLocation)
    let labelled = root?.attribute("aria-labelledby")?.split(separator: " ").map(String.init) ?? []
    #expect(
      labelled == [titleElement?.attribute("id") ?? "?", desc?.attribute("id") ?? "?"],
      sourceLocation: sourceLocation)
    let tokens = Set(
      svg.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init))
    #expect(
      tokens.isDisjoint(with: ["nan", "inf", "infinity"]), sourceLocation: sourceLocation)

    let width = Double(root?.attribute("width") ?? "") ?? -1
    let height = Double(root?.attribute("height") ?? "") ?? -1
    #expect(
      root?.attribute("viewBox") == "0 0 \(Int(width)) \(Int(height))",
      sourceLocation: sourceLocation)
    for element in doc.elements.dropFirst() {
      for (name, limit) in [
        ("x", width), ("x1", width), ("x2", width), ("cx", width),
        ("y", height), ("y1", height), ("y2", height), ("cy", height),
      ] {
        guard let text = element.attribute(name), element.name != "linearGradient" else { continue }
        let value = Double(text)
        #expect(
          text.allSatisfy { $0.isNumber || $0 == "-" || $0 == "." },
          "\(name)=\(text) is not plain decimal", sourceLocation: sourceLocation)
        #expect(
          value != nil && value! >= 0 && value! <= limit,
          "\(element.name) \(name)=\(text) outside 0…\(limit)", sourceLocation: sourceLocation)
      }
      if let x = element.attribute("x").flatMap(Double.init),
        let w = element.attribute("width").flatMap(Double.init), element.name == "rect"
      {
        #expect(x + w <= width + 0.05, "rect ends at \(x + w)", sourceLocation: sourceLocation)
      }
      if let y = element.attribute("y").flatMap(Double.init),
        let h = element.attribute("height").flatMap(Double.init), element.name == "rect"
      {
        #expect(y + h <= height + 0.05, "rect ends at \(y + h)", sourceLocation: sourceLocation)
      }
      for pair in (element.attribute("points") ?? "").split(separator: " ") {
        let xy = pair.split(separator: ",").compactMap { Double($0) }
        #expect(
          xy.count == 2 && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height,
          "point \(pair) outside", sourceLocation: sourceLocation)
      }
    }
    return doc
  }

  /// The text of every `<text>` element, unescaped of `&amp;` only as far as tests need.
  static func texts(_ doc: XMLChecker) -> [String] {
    doc.elements.filter { $0.name == "text" }.map(\.text)
  }

  /// Writes `svg` to `$ARR_CHART_SAMPLES/<name>.svg` when that variable names a directory, so a
  /// person can rasterise and look at each chart (see docs/report-style.md); does nothing else.
  static func writeSample(_ name: String, _ svg: String) {
    guard let directory = ProcessInfo.processInfo.environment["ARR_CHART_SAMPLES"] else { return }
    try? Data(svg.utf8).write(to: URL(fileURLWithPath: directory + "/" + name + ".svg"))
  }
}
