/// A minimal `.xlsx` writer for tests: worksheets of inline strings and numbers, cell styles
/// by number format, merged ranges, in a zip of stored (uncompressed) entries. Enough for a test
/// to state a workbook's cells beside the figures it expects, without a committed binary file.
public enum XLSXWriter {
  /// One cell.
  public enum Cell: Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
  {
    case text(String)
    /// A number with the cell style at `style` (an index into the workbook's `styles`).
    case number(Double, style: Int)
    /// A formula without a saved value (as a program that does not calculate writes it).
    case unsavedFormula(String)
    case empty

    public init(stringLiteral value: String) { self = value.isEmpty ? .empty : .text(value) }
    public init(floatLiteral value: Double) { self = .number(value, style: 0) }
    public init(integerLiteral value: Int) { self = .number(Double(value), style: 0) }
  }

  /// One worksheet.
  public struct Sheet: Sendable {
    public var name: String
    public var rows: [[Cell]]
    /// Merged ranges such as `A2:A3`.
    public var merges: [String]
    /// Hidden column ranges, 1-based (`<col min max hidden="1">`).
    public var hiddenColumns: [ClosedRange<Int>]
    /// A hidden tab (`state="hidden"`).
    public var isHidden: Bool
    /// The `<sheetData>` content written as given instead of ``rows``: for parts no spreadsheet
    /// program writes (a cell written twice, rows out of order).
    public var sheetData: String?

    public init(
      _ name: String, rows: [[Cell]], merges: [String] = [],
      hiddenColumns: [ClosedRange<Int>] = [], isHidden: Bool = false, sheetData: String? = nil
    ) {
      self.sheetData = sheetData
      self.name = name
      self.rows = rows
      self.merges = merges
      self.hiddenColumns = hiddenColumns
      self.isHidden = isHidden
    }
  }

  /// The workbook's bytes.
  /// - Parameters:
  ///   - formats: custom number formats (id ≥ 164, format code).
  ///   - styles: the number format id of each cell style (`cellXfs`); style 0 is `General`.
  public static func workbook(
    _ sheets: [Sheet], formats: [(id: Int, code: String)] = [], styles: [Int] = [0]
  ) -> [UInt8] {
    var entries: [(String, String)] = []
    let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    var types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    for i in sheets.indices {
      types +=
        "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    types += "</Types>"
    entries.append(("[Content_Types].xml", types))
    entries.append(
      (
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"\(pkg)\">"
          + "<Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>"
      ))
    var book =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(ns)\" xmlns:r=\"\(rel)\"><sheets>"
    var rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"\(pkg)\">"
    for (i, sheet) in sheets.enumerated() {
      book +=
        "<sheet name=\"\(escaped(sheet.name))\" sheetId=\"\(i + 1)\" "
        + (sheet.isHidden ? "state=\"hidden\" " : "") + "r:id=\"rId\(i + 1)\"/>"
      rels +=
        "<Relationship Id=\"rId\(i + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
      entries.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet, ns: ns)))
    }
    book += "</sheets></workbook>"
    rels +=
      "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
      + "</Relationships>"
    entries.append(("xl/workbook.xml", book))
    entries.append(("xl/_rels/workbook.xml.rels", rels))
    var css = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"\(ns)\">"
    if !formats.isEmpty {
      css += "<numFmts count=\"\(formats.count)\">"
      for f in formats {
        css += "<numFmt numFmtId=\"\(f.id)\" formatCode=\"\(escaped(f.code))\"/>"
      }
      css += "</numFmts>"
    }
    css += "<cellXfs count=\"\(styles.count)\">"
    for id in styles { css += "<xf numFmtId=\"\(id)\" applyNumberFormat=\"1\"/>" }
    css += "</cellXfs></styleSheet>"
    entries.append(("xl/styles.xml", css))
    return zip(entries.map { ($0.0, Array($0.1.utf8)) })
  }

  /// `A`, `B`, … `AA` for 1-based column `n`.
  public static func column(_ n: Int) -> String {
    var n = n
    var s = ""
    while n > 0 {
      let r = (n - 1) % 26
      s = String(UnicodeScalar(UInt8(65 + r))) + s
      n = (n - 1) / 26
    }
    return s
  }

  private static func worksheet(_ sheet: Sheet, ns: String) -> String {
    var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(ns)\">"
    if !sheet.hiddenColumns.isEmpty {
      x += "<cols>"
      for r in sheet.hiddenColumns {
        x += "<col min=\"\(r.lowerBound)\" max=\"\(r.upperBound)\" width=\"9\" hidden=\"1\"/>"
      }
      x += "</cols>"
    }
    x += "<sheetData>" + (sheet.sheetData ?? "")
    for (r, row) in sheet.rows.enumerated() where sheet.sheetData == nil {
      x += "<row r=\"\(r + 1)\">"
      for (c, cell) in row.enumerated() {
        let ref = "\(column(c + 1))\(r + 1)"
        switch cell {
        case .empty: continue
        case .text(let s):
          x += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escaped(s))</t></is></c>"
        case .number(let v, let style):
          x += "<c r=\"\(ref)\" s=\"\(style)\"><v>\(v)</v></c>"
        case .unsavedFormula(let f):
          x += "<c r=\"\(ref)\"><f>\(escaped(f))</f></c>"
        }
      }
      x += "</row>"
    }
    x += "</sheetData>"
    if !sheet.merges.isEmpty {
      x += "<mergeCells count=\"\(sheet.merges.count)\">"
      for m in sheet.merges { x += "<mergeCell ref=\"\(m)\"/>" }
      x += "</mergeCells>"
    }
    return x + "</worksheet>"
  }

  private static func escaped(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }

  /// A zip archive of stored entries.
  public static func zip(_ entries: [(String, [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    func u16(_ v: Int, _ b: inout [UInt8]) { b += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
    func u32(_ v: UInt32, _ b: inout [UInt8]) {
      b += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
    }
    for (name, data) in entries {
      let offset = out.count
      let crc = crc32(data)
      let nameBytes = Array(name.utf8)
      u32(0x0403_4B50, &out)
      u16(20, &out)
      u16(0, &out)
      u16(0, &out)
      u16(0, &out)
      u16(0x21, &out)
      u32(crc, &out)
      u32(UInt32(data.count), &out)
      u32(UInt32(data.count), &out)
      u16(nameBytes.count, &out)
      u16(0, &out)
      out += nameBytes
      out += data
      u32(0x0201_4B50, &central)
      u16(20, &central)
      u16(20, &central)
      u16(0, &central)
      u16(0, &central)
      u16(0, &central)
      u16(0x21, &central)
      u32(crc, &central)
      u32(UInt32(data.count), &central)
      u32(UInt32(data.count), &central)
      u16(nameBytes.count, &central)
      u16(0, &central)
      u16(0, &central)
      u16(0, &central)
      u16(0, &central)
      u32(0, &central)
      u32(UInt32(offset), &central)
      central += nameBytes
    }
    let centralOffset = out.count
    out += central
    u32(0x0605_4B50, &out)
    u16(0, &out)
    u16(0, &out)
    u16(entries.count, &out)
    u16(entries.count, &out)
    u32(UInt32(central.count), &out)
    u32(UInt32(centralOffset), &out)
    u16(0, &out)
    return out
  }

  private static func crc32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for b in data {
      crc ^= UInt32(b)
      for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
    }
    return ~crc
  }
}
