import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Files that are no text table, known by their first bytes (session 35, H35-14: a gzip CSV
/// was refused for "NUL bytes (padding?)", a PDF for its header cells "%PDF-1.4").
@Suite struct FileSniffTests {
  static func refusal(_ bytes: [UInt8], _ name: String) -> ARRQualityError? {
    do {
      _ = try Importer.read([Importer.SourceFile(name: name, bytes: bytes)])
      return nil
    } catch {
      return error
    }
  }

  /// A gzip stream (`1F 8B`, then gzip's header): named, with the command that decompresses it.
  @Test func aGzipFileIsToldToDecompress() throws {
    let bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x4B, 0x4C, 0x02, 0x00]
    let e = try #require(Self.refusal(bytes, "cube.csv.gz"))
    #expect(e.kind == .invalidData)
    #expect(
      e.message
        == "cube.csv.gz is gzip-compressed (it starts with the bytes 1F 8B, as a warehouse's "
        + "unload or a compressed download does), not text: decompress it first (`gunzip -k "
        + "cube.csv.gz`, or open it with an archive tool) and give the file it holds (cube.csv)")
    #expect(Self.refusal(bytes, "cube-gz.csv")?.message.hasSuffix("the file it holds") == true)
  }

  /// A PDF: named, with what to give instead.
  @Test func aPDFIsNamed() throws {
    let e = try #require(Self.refusal(Array("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".utf8), "mrr.pdf"))
    #expect(
      e.message
        == "mrr.pdf is a PDF document (it starts with \"%PDF-\"), not a table: a PDF's figures "
        + "cannot be read as rows; export the revenue table from the system or spreadsheet that "
        + "made it, as CSV or Excel Workbook (.xlsx)")
  }
}
