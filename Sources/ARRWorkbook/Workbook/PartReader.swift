import ARRCore

/// Reads the workbook's small XML parts: package and workbook relationships, the workbook
/// itself, shared strings and styles.
struct PartReader {
  let archive: ZipArchive
  let limits: ZipLimits
  let errors: WorkbookErrors

  struct Relationship {
    var id: String
    var type: String
    /// The resolved part name, or `nil` for an external target (a link outside the file).
    var part: String?
  }

  struct WorkbookPart {
    var dateSystem: DateSystem
    var sheets: [SheetInfo]
    var sharedStringsPart: String?
    var stylesPart: String?
  }

  /// A part's bytes, or `nil` when the archive has no such part.
  func bytes(of part: String) throws(ARRQualityError) -> [UInt8]? {
    do {
      return try archive.extract(part, limits: limits)
    } catch {
      throw errors.container(error, sheet: nil)
    }
  }

  /// Runs `body` over the events of a part's XML, mapping malformed XML to a message.
  func parse(
    _ part: String, _ bytes: [UInt8],
    _ body: (inout XMLTokenizer, XMLEvent) throws(XMLFailure) -> Void
  ) throws(ARRQualityError) {
    do {
      try bytes.withUnsafeBufferPointer { buffer throws(XMLFailure) in
        var xml = XMLTokenizer(buffer)
        while let event = try xml.next() { try body(&xml, event) }
      }
    } catch {
      throw errors.xml(error, part: part)
    }
  }

  /// The main workbook part named by the package relationships (`xl/workbook.xml` usually).
  func officeDocument() throws(ARRQualityError) -> String {
    let relationships = try self.relationships(of: "")
    let main = relationships.first(where: { $0.type.hasSuffix("/officeDocument") })?.part
    // Another kind of document (a Word file renamed .xlsx) is named, not read as a workbook
    // with no sheets (session 27, t27b lane; trial 25, T25-10).
    if !archive.contains("xl/workbook.xml"),
      let other = WorkbookErrors.otherDocumentKind(mainPart: main, in: archive)
    {
      throw errors.otherDocument(other.kind, part: other.part)
    }
    // A plain zip (no package manifest, no workbook part) is named with what it holds: an
    // empty archive, or files to unzip (session 28, t28b lane).
    if main == nil, !archive.contains("[Content_Types].xml"), !archive.contains("xl/workbook.xml") {
      throw errors.plainZip(archive.names)
    }
    if let part = main, archive.contains(part) { return part }
    if archive.contains("xl/workbook.xml") { return "xl/workbook.xml" }
    throw .data(
      "\(errors.fileName) is not an Excel workbook: the archive holds no workbook part "
        + "(is it another kind of Office file?)")
  }

  /// The relationships of `part` (`""` for the package), targets resolved to part names.
  func relationships(of part: String) throws(ARRQualityError) -> [Relationship] {
    let folder = Self.folder(of: part)
    let name = part.split(separator: "/").last.map(String.init) ?? ""
    let relsPart = folder + "_rels/" + name + ".rels"
    guard let bytes = try bytes(of: relsPart) else { return [] }
    var found: [Relationship] = []
    try parse(relsPart, bytes) { xml, event throws(XMLFailure) in
      guard case .start(let tag) = event, xml.equals(tag.localName, "Relationship") else { return }
      let id = try xml.attributeText(tag, "Id") ?? ""
      let type = try xml.attributeText(tag, "Type") ?? ""
      let target = try xml.attributeText(tag, "Target") ?? ""
      let isExternal = try xml.attributeText(tag, "TargetMode") == "External"
      found.append(Relationship(id: id, type: type, part: isExternal ? nil : target))
    }
    var resolved: [Relationship] = []
    for var relationship in found {
      if let target = relationship.part {
        relationship.part = try resolve(target, from: folder, in: relsPart)
      }
      resolved.append(relationship)
    }
    return resolved
  }

  /// Resolves a relationship target against the folder of its source part.
  /// - Throws: when the target climbs above the archive's root (`../../etc/passwd`).
  func resolve(_ target: String, from folder: String, in relsPart: String)
    throws(ARRQualityError) -> String
  {
    let decoded = Self.percentDecoded(target)
    var segments: [Substring] =
      decoded.hasPrefix("/") ? [] : folder.split(separator: "/")
    for segment in decoded.split(separator: "/") {
      switch segment {
      case ".": continue
      case "..":
        guard !segments.isEmpty else {
          throw .data(
            "\(errors.fileName) is refused: \(relsPart) points to \"\(target)\", a path "
              + "outside the archive")
        }
        segments.removeLast()
      default: segments.append(segment)
      }
    }
    return segments.joined(separator: "/")
  }

  static func folder(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return "" }
    return String(part[...slash])
  }

  private static func percentDecoded(_ s: String) -> String {
    guard s.contains("%") else { return s }
    var out: [UInt8] = []
    var bytes = s.utf8[...]
    while let b = bytes.popFirst() {
      if b == UInt8(ascii: "%"), bytes.count >= 2,
        let value = UInt8(String(decoding: bytes.prefix(2), as: UTF8.self), radix: 16)
      {
        out.append(value)
        bytes = bytes.dropFirst(2)
      } else {
        out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
