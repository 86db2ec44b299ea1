import ARRCore

extension PartReader {
  /// Reads the workbook part: date system, sheets in tab order, and where strings and styles are.
  func workbook(_ part: String) throws(ARRQualityError) -> WorkbookPart {
    guard let bytes = try bytes(of: part) else {
      throw .data("\(errors.fileName) is damaged: its workbook part \(part) is missing")
    }
    let relationships = try self.relationships(of: part)
    var byID: [String: Relationship] = [:]
    for r in relationships { byID[r.id] = r }
    var dateSystem = DateSystem.from1900
    var listed: [(name: String, id: String, isHidden: Bool)] = []
    try parse(part, bytes) { xml, event throws(XMLFailure) in
      guard case .start(let tag) = event else { return }
      if xml.equals(tag.localName, "workbookPr") {
        let value = try xml.attributeText(tag, "date1904")
        if value == "1" || value == "true" { dateSystem = .from1904 }
      } else if xml.equals(tag.localName, "sheet") {
        let state = try xml.attributeText(tag, "state") ?? "visible"
        listed.append(
          (
            try xml.attributeText(tag, "name") ?? "", try xml.attributeText(tag, "id") ?? "",
            state != "visible"
          ))
      }
    }
    var sheets: [SheetInfo] = []
    for (offset, entry) in listed.enumerated() {
      let relationship = byID[entry.id]
      guard let target = relationship?.part else {
        throw .data(
          "\(errors.fileName) is damaged: sheet \"\(entry.name)\" points to no part "
            + "(relationship \(entry.id) is missing)")
      }
      let isWorksheet = relationship?.type.hasSuffix("/worksheet") ?? false
      sheets.append(
        SheetInfo(
          name: entry.name, index: offset + 1, isHidden: entry.isHidden,
          isWorksheet: isWorksheet, partName: target))
    }
    guard !sheets.isEmpty else {
      throw .data("\(errors.fileName) holds no sheets")
    }
    return WorkbookPart(
      dateSystem: dateSystem, sheets: sheets,
      sharedStringsPart: relationships.first { $0.type.hasSuffix("/sharedStrings") }?.part,
      stylesPart: relationships.first { $0.type.hasSuffix("/styles") }?.part)
  }

  /// The shared string table: the text of each `<si>`, rich-text runs joined, phonetic
  /// guides (`<rPh>`) left out, `_xHHHH_` escapes decoded.
  func sharedStrings(_ part: String?) throws(ARRQualityError) -> [String] {
    guard let part, let bytes = try bytes(of: part) else { return [] }
    var strings: [String] = []
    var current = ""
    var isInItem = false
    var isInText = false
    var phoneticDepth = 0
    try parse(part, bytes) { xml, event throws(XMLFailure) in
      switch event {
      case .start(let tag):
        if xml.equals(tag.localName, "si") {
          isInItem = true
          current = ""
        } else if xml.equals(tag.localName, "rPh") {
          phoneticDepth += 1
        } else if xml.equals(tag.localName, "t") {
          isInText = isInItem && phoneticDepth == 0
        }
      case .end(let name):
        if xml.equals(name, "si") {
          strings.append(OOXMLText.unescaped(current))
          isInItem = false
        } else if xml.equals(name, "rPh") {
          phoneticDepth -= 1
        } else if xml.equals(name, "t") {
          isInText = false
        }
      case .text(let range): if isInText { current += try xml.decodedText(range) }
      case .cdata(let range): if isInText { current += xml.string(range) }
      }
    }
    return strings
  }

  /// For each cell style (`cellXfs` entry), what its number format says: a date, a percent, a
  /// currency, or nothing beyond the digits; and the unit its literal text names.
  func cellStyles(_ part: String?) throws(ARRQualityError) -> [CellFormat] {
    guard let part, let bytes = try bytes(of: part) else { return [] }
    var custom: [Int: CellFormat] = [:]
    var styleFormats: [Int] = []
    var isInCellFormats = false
    try parse(part, bytes) { xml, event throws(XMLFailure) in
      switch event {
      case .start(let tag):
        if xml.equals(tag.localName, "numFmt") {
          if let id = try xml.attributeText(tag, "numFmtId").flatMap({ Int($0) }) {
            let code = try xml.attributeText(tag, "formatCode") ?? ""
            custom[id] = CellFormat(
              style: NumberFormat.style(formatCode: code), unit: NumberFormat.unit(formatCode: code)
            )
          }
        } else if xml.equals(tag.localName, "cellXfs") {
          isInCellFormats = true
        } else if isInCellFormats && xml.equals(tag.localName, "xf") {
          styleFormats.append(try xml.attributeText(tag, "numFmtId").flatMap { Int($0) } ?? 0)
        }
      case .end(let name): if xml.equals(name, "cellXfs") { isInCellFormats = false }
      default: break
      }
    }
    // A custom format may reuse a built-in id (ids below 164): the custom code wins.
    return styleFormats.map {
      custom[$0] ?? CellFormat(style: NumberFormat.style(builtIn: $0), unit: nil)
    }
  }
}

/// Open XML's own escape inside strings: `_xHHHH_` stands for one UTF-16 code unit
/// (Excel writes a carriage return as `_x000D_`, and a literal `_x` as `_x005F_x`).
enum OOXMLText {
  static func unescaped(_ s: String) -> String {
    guard s.contains("_x") else { return s }
    var units: [UInt16] = []
    let source = Array(s.utf16)
    var i = 0
    while i < source.count {
      if source[i] == 0x5F, i + 6 < source.count, source[i + 1] == 0x78, source[i + 6] == 0x5F,
        let value = UInt16(String(decoding: source[(i + 2)..<(i + 6)], as: UTF16.self), radix: 16)
      {
        units.append(value)
        i += 7
      } else {
        units.append(source[i])
        i += 1
      }
    }
    return String(decoding: units, as: UTF16.self)
  }
}
