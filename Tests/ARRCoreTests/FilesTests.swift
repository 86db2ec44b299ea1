import Foundation
import Testing

@testable import ARRCore

/// `OutputFile` (Files.swift): atomic writes, whole or in pieces.
@Suite struct FilesTests {
  static func temporaryPath(_ name: String) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arr-quality-files-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name).path
  }

  /// Pieces land in order, as one file, with no temporary left beside it.
  @Test func chunksAreWrittenInOrderAsOneFile() throws {
    let path = Self.temporaryPath("report.json")
    try OutputFile.write(
      chunks: [Array("{\n".utf8), [], Array("  \"a\": 1".utf8), [0x0A, 0x7D]], to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\n  \"a\": 1\n}")
    let folder = (path as NSString).deletingLastPathComponent
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.json"])
    // Overwriting replaces the whole file.
    try OutputFile.write(chunks: [Array("x".utf8)], to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "x")
  }

  @Test func aFolderThatDoesNotExistIsCannotCreate() {
    #expect(throws: ARRQualityError.self) {
      try OutputFile.write(chunks: [[1]], to: "/nonexistent-folder-for-arr-quality/x.json")
    }
  }
}
