import ARRCore
import ARRTestSupport
import Testing

@testable import ARRWorkbook

/// A file given as a workbook that is something else says what it is (session 27, t27b lane;
/// trial 25, T25-10: a Word document renamed .xlsx read "holds no sheets"; CSV text renamed
/// .xlsx was told to "export the sheet as CSV").
@Suite struct WorkbookFileKindTests {
  static func zip(_ entries: [(String, String)]) -> [UInt8] {
    XLSXWriter.zip(entries.map { ($0.0, Array($0.1.utf8)) })
  }

  @Test func csvTextUnderAWorkbookNameIsToldToRename() throws {
    let error = try #require(
      Fixtures.error(
        opening: Array("Customer,2024-01,2024-02\nA,1,2\n".utf8), named: "csv.xlsx"))
    #expect(error.kind == .invalidData)
    #expect(
      error.message
        == "csv.xlsx is not an Excel workbook (.xlsx): it is CSV text under a workbook's name "
        + "(first line \"Customer,2024-01,2024-02\"): rename it .csv and give that file")
  }

  @Test func tabSeparatedTextIsToldTSV() throws {
    let error = try #require(
      Fixtures.error(opening: Array("Customer\t2024-01\r\nA\t1\r\n".utf8), named: "t.xlsx"))
    #expect(
      error.message.hasSuffix(
        "(first line \"Customer\t2024-01\"): rename it .tsv and give that file"))
  }

  /// Binary that is not a zip, and text with no delimiter, keep the general message.
  @Test func otherBytesKeepTheGeneralMessage() throws {
    for bytes in [[0x00, 0x01, 0x02, 0x03], Array("just a note\n".utf8)] {
      let error = try #require(Fixtures.error(opening: bytes, named: "x.xlsx"))
      #expect(
        error.message.hasPrefix("x.xlsx is not an Excel workbook (.xlsx): it is not a zip archive"))
    }
  }

  /// A .docx renamed: its package relationship names word/document.xml as the main part.
  @Test func aWordDocumentIsNamed() throws {
    let bytes = Self.zip([
      ("[Content_Types].xml", "<Types/>"),
      (
        "_rels/.rels",
        "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>"
      ),
      ("word/document.xml", "<w:document/>"),
    ])
    let error = try #require(Fixtures.error(opening: bytes, named: "word.xlsx"))
    #expect(
      error.message
        == "word.xlsx is not an Excel workbook: it is a Word document (.docx) (it holds "
        + "word/document.xml), saved under a workbook's name. Give the revenue table itself: "
        + "from its spreadsheet, save it as Excel Workbook (.xlsx) or export the sheet as CSV")
  }

  /// A PowerPoint file without package relationships, and an OpenDocument spreadsheet.
  @Test func presentationsAndOpenDocumentsAreNamed() throws {
    let pptx = Self.zip([("ppt/presentation.xml", "<p/>")])
    #expect(
      try #require(Fixtures.error(opening: pptx, named: "p.xlsx")).message.contains(
        "it is a PowerPoint presentation (.pptx) (it holds ppt/presentation.xml)"))
    let ods = Self.zip([
      ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<o/>"),
    ])
    #expect(
      try #require(Fixtures.error(opening: ods, named: "o.xlsx")).message.contains(
        "it is an OpenDocument file (LibreOffice or OpenOffice: .ods, .odt) (it holds content.xml)")
    )
  }

  /// An Apple Numbers document, under its own name (session 35, H35-14: told to unzip it, which
  /// gives `.iwa` files): named, with Numbers' export.
  @Test func anAppleNumbersDocumentIsNamed() throws {
    let numbers = Self.zip([
      ("Index/Document.iwa", "\u{0}\u{1}"), ("Metadata/Properties.plist", "<plist/>"),
    ])
    #expect(
      try #require(Fixtures.error(opening: numbers, named: "Customer MRR.numbers")).message
        == "Customer MRR.numbers is not an Excel workbook: it is an Apple Numbers document "
        + "(.numbers) (it holds Index/Document.iwa). Give the revenue table itself: open it in "
        + "Numbers and choose File > Export To > Excel… (or CSV…), then give that file")
  }

  /// A plain zip under a workbook's name (session 28, t28b lane): what it holds, and what to
  /// do; folders and macOS's `__MACOSX/` copies are not counted.
  @Test func aPlainZipSaysWhatItHolds() throws {
    let several = Self.zip([
      ("exports/", ""), ("exports/q1.csv", "a,b\n"), ("__MACOSX/exports/._q1.csv", "x"),
      ("exports/q2.csv", "a,b\n"), ("readme.pdf", "%PDF"),
    ])
    #expect(
      try #require(Fixtures.error(opening: several, named: "data.xlsx")).message
        == "data.xlsx is a zip archive holding 3 files (first: exports/q1.csv), not an Excel "
        + "workbook: unzip it and give the revenue table it holds (a CSV file or an Excel "
        + "Workbook)")
    let csvs = Self.zip([("q1.csv", "a,b\n"), ("q2.TSV", "a\tb\n")])
    #expect(
      try #require(Fixtures.error(opening: csvs, named: "d.xlsx")).message
        == "d.xlsx is a zip archive holding 2 files (first: q1.csv), not an Excel workbook: "
        + "unzip it and pass the CSV files")
  }

  @Test func aZipOfOneCSVIsToldToUnzipIt() throws {
    let error = try #require(
      Fixtures.error(opening: Self.zip([("revenue.csv", "Customer,MRR\nA,1\n")]), named: "r.xlsx"))
    #expect(error.kind == .invalidData)
    #expect(
      error.message
        == "r.xlsx is a zip archive holding one file, revenue.csv, not an Excel workbook: unzip "
        + "it and pass the CSV")
  }

  @Test func anEmptyZipIsNamed() throws {
    let error = try #require(Fixtures.error(opening: Self.zip([]), named: "e.xlsx"))
    #expect(error.kind == .invalidData)
    #expect(
      error.message
        == "e.xlsx is an empty zip archive (it holds no files), not an Excel workbook: give the "
        + "revenue table itself, as an Excel Workbook (.xlsx) or a CSV file")
  }
}
