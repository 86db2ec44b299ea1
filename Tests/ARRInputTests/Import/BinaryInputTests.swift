import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRInput

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Binary data given as an input is refused from its first bytes, never read whole (session
/// 56, imp lane; hostile 55, H55-6: a 2 GiB file of NUL bytes was read into memory, then refused
/// as "UTF-16").
@Suite(.scratchFolders) struct BinaryInputTests {
  static let dataRoom = "a CSV or other text export (UTF-8), or an Excel workbook (.xlsx)"

  func file(_ bytes: [UInt8], _ name: String, in folder: String? = nil) throws -> String {
    let path = (folder ?? scratchFolder("binary")) + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func refusal(_ paths: [String]) -> ARRQualityError? {
    do {
      _ = try Importer.read(paths: paths)
      return nil
    } catch {
      return error
    }
  }

  /// A file of NUL bytes: named, with what was expected (before: "the file is UTF-16").
  @Test func aFileOfNULBytesIsBinary() throws {
    let path = try file([UInt8](repeating: 0, count: 100_000), "zeros.csv")
    let e = try #require(refusal([path]))
    #expect(e.kind == .invalidData)
    #expect(
      e.message
        == "\(path) starts with NUL bytes (00 00): binary data, not text (a zeroed or "
        + "preallocated file, a disk image, a copy that never received its content?); expected "
        + Self.dataRoom)
    // Named as a workbook, it was to be one.
    let book = try file([UInt8](repeating: 0, count: 10), "book.xlsx")
    #expect(refusal([book])?.message.hasSuffix("expected an Excel workbook (.xlsx)") == true)
  }

  /// A pipe whose first 8,192 bytes are NUL and whose writer stays open: refused once its first
  /// bytes are read, not waiting for the rest (read whole, this test would never end).
  @Test(.timeLimit(.minutes(1))) func aPipeOfNULBytesIsRefusedFromItsFirstBytes() throws {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    defer {
      close(fds[0])
      close(fds[1])
    }
    let zeros = [UInt8](repeating: 0, count: 8_192)
    #expect(zeros.withUnsafeBytes { Glibc.write(fds[1], $0.baseAddress, $0.count) } == 8_192)
    let e = try #require(refusal(["/dev/fd/\(fds[0])"]))
    #expect(e.message.hasPrefix("/dev/fd/\(fds[0]) starts with NUL bytes (00 00)"))
  }

  /// A company folder's CSV of NUL bytes: refused at its first bytes, named, with what it
  /// should be.
  @Test func aFolderFileOfNULBytesIsBinary() throws {
    let folder = scratchFolder("company")
    _ = try file([UInt8](repeating: 0, count: 50_000), "accounts.csv", in: folder)
    _ = try file(Array("account_id,month,mrr\nA,2025-01,10\n".utf8), "monthly.csv", in: folder)
    do {
      _ = try CompanyLoader.load(directory: folder)
      Issue.record("loaded a binary accounts.csv")
    } catch {
      #expect(
        error.message.hasPrefix("\(folder)/accounts.csv starts with NUL bytes (00 00): binary data")
      )
      #expect(error.message.hasSuffix("expected a CSV file (UTF-8 text)"))
    }
  }

  /// A known binary format is named by its signature; bytes that are NUL or control bytes
  /// (1% or more of the first 4,096) make binary data of any other kind.
  @Test func binaryFormatsAndControlBytes() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("rest".utf8)
    #expect(
      FileSniff.binaryRefusal(png, name: "a.csv", expected: "x")?.message
        == "a.csv is a PNG image, not a table; expected x")
    // 4,000 letters and 40 control bytes (1%): binary; 39: text (a cell's error to report).
    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 4_000)
    for k in 0..<40 { bytes[k * 100] = 0x01 }
    #expect(
      FileSniff.binaryRefusal(bytes, name: "a.csv", expected: "x")?.message
        == "a.csv holds binary data, not text (40 of its first 4000 bytes are NUL or control "
        + "bytes); expected x")
    bytes[0] = UInt8(ascii: "a")
    #expect(FileSniff.binaryRefusal(bytes, name: "a.csv", expected: "x") == nil)
    // NUL bytes between other bytes count; a NUL run at the end (padding) does not.
    var nuls = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000)
    for k in 0..<10 { nuls[k * 50 + 3] = 0 }
    #expect(FileSniff.binaryRefusal(nuls, name: "a.csv", expected: "x") != nil)
    let padded = Array("account_id,month,mrr\n".utf8) + [UInt8](repeating: 0, count: 2_000)
    #expect(FileSniff.binaryRefusal(padded, name: "a.csv", expected: "x") == nil)
  }

  /// Text is never binary: UTF-16 with letters whose high byte is a control byte (Czech `č`
  /// is `0D 01`), a workbook's zip archive, Windows-1252 letters.
  @Test func textAndWorkbooksAreNotBinary() {
    var czech: [UInt8] = [0xFF, 0xFE]
    for unit in "čččččččččččččččččččččččččččččččč".utf16 {
      czech += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    #expect(FileSniff.binaryRefusal(czech, name: "a.csv", expected: "x") == nil)
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x01, count: 100)
    #expect(FileSniff.binaryRefusal(zip, name: "a.xlsx", expected: "x") == nil)
    #expect(FileSniff.binaryRefusal([0xE9, 0x61, 0xFC, 0x0A], name: "a.csv", expected: "x") == nil)
  }
}
