import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRFileSystem

/// `OutputDirectory`: a whole folder replaced in one step, or not at all.
@Suite(.scratchFolders) struct OutputDirectoryTests {
  static func isOwned(_ path: String) -> Bool {
    ["a.md", "b.json", "charts/"].contains(path) || path.hasPrefix("charts/")
  }

  func text(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

  @Test func aNewFolderIsCreatedWithEveryFile() throws {
    let parent = scratchFolder()
    let out = parent + "/nested/bundle"
    try OutputDirectory.replace(
      out, with: [("a.md", [Array("A".utf8)]), ("charts/x.svg", [Array("X".utf8)])],
      isOwned: Self.isOwned)
    #expect(names(out) == ["a.md", "charts"])
    #expect(text(out + "/charts/x.svg") == "X")
    #expect(names(parent + "/nested") == ["bundle"])
  }

  @Test func anOldBundleIsReplacedWholeWithNoMix() throws {
    let parent = scratchFolder()
    let out = parent + "/bundle"
    try OutputDirectory.replace(
      out, with: [("a.md", [Array("old".utf8)]), ("charts/old.svg", [Array("O".utf8)])],
      isOwned: Self.isOwned)
    chmod(out, 0o750)
    try OutputDirectory.replace(
      out, with: [("a.md", [Array("new".utf8)]), ("b.json", [Array("{}".utf8)])],
      isOwned: Self.isOwned)
    #expect(names(out) == ["a.md", "b.json"])
    #expect(text(out + "/a.md") == "new")
    // No temporary or old bundle left beside it; the folder keeps its permissions.
    #expect(names(parent) == ["bundle"])
    #expect(permissions(out) == 0o750)
  }

  @Test func aFolderWithOtherFilesIsNeverReplaced() throws {
    let parent = scratchFolder()
    let out = parent + "/docs"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: out + "/thesis.txt", contents: Data([1])))
    do {
      try OutputDirectory.replace(out, with: [("a.md", [[1]])], isOwned: Self.isOwned)
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .cannotCreateOutput)
      #expect(error.message.hasPrefix("\(out): holds thesis.txt, not written by this tool"))
    }
    #expect(names(out) == ["thesis.txt"])
    #expect(names(parent) == ["docs"])
  }

  /// A folder of more entries than a bundle ever holds is refused without walking all of it
  /// (hostile 56, H56-19: `--report-dir /` counted 541,580 entries, 13 s); fewer are counted.
  @Test func aLargeFolderIsRefusedWithoutCountingAll() throws {
    let parent = scratchFolder()
    let out = parent + "/big"
    try FileManager.default.createDirectory(atPath: out + "/sub", withIntermediateDirectories: true)
    for k in 0..<(OutputDirectory.entriesListed + 5) {
      #expect(FileManager.default.createFile(atPath: out + "/sub/f\(k)", contents: Data([1])))
    }
    let error = #expect(throws: ARRQualityError.self) {
      try OutputDirectory.replace(out, with: [("a.md", [[1]])], isOwned: Self.isOwned)
    }
    #expect(
      error?.message.hasPrefix("\(out): holds sub/ and more, not written by this tool") == true)
    let few = parent + "/few"
    try FileManager.default.createDirectory(atPath: few, withIntermediateDirectories: true)
    for name in ["x", "y", "z"] {
      #expect(FileManager.default.createFile(atPath: few + "/" + name, contents: Data([1])))
    }
    let counted = #expect(throws: ARRQualityError.self) {
      try OutputDirectory.replace(few, with: [("a.md", [[1]])], isOwned: Self.isOwned)
    }
    #expect(counted?.message.hasPrefix("\(few): holds x and 2 more, not written") == true)
  }

  @Test func aFileInTheWayIsCannotCreate() throws {
    let parent = scratchFolder()
    #expect(FileManager.default.createFile(atPath: parent + "/afile", contents: Data([1])))
    do {
      try OutputDirectory.replace(parent + "/afile", with: [("a.md", [[1]])], isOwned: Self.isOwned)
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "\(parent)/afile: is a file, expected a folder")
    }
  }

  @Test func aFailedWriteLeavesTheOldBundleUntouched() throws {
    let parent = scratchFolder()
    let out = parent + "/bundle"
    try OutputDirectory.replace(out, with: [("a.md", [Array("old".utf8)])], isOwned: Self.isOwned)
    // A file and a folder of the same name cannot both be made: the write fails midway.
    #expect(throws: ARRQualityError.self) {
      try OutputDirectory.replace(
        out, with: [("a.md", [Array("new".utf8)]), ("a.md/x", [[1]])], isOwned: Self.isOwned)
    }
    #expect(text(out + "/a.md") == "old")
    #expect(names(parent) == ["bundle"])
  }

  @Test func exchangeSwapsTwoFolders() throws {
    let parent = scratchFolder()
    try FileManager.default.createDirectory(
      atPath: parent + "/a", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: parent + "/b", withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: parent + "/a/in-a", contents: Data([1])))
    #if canImport(Glibc) || canImport(Darwin)
      #expect(OutputDirectory.exchange(parent + "/a", parent + "/b"))
      #expect(names(parent + "/b") == ["in-a"])
      #expect(names(parent + "/a").isEmpty)
    #endif
  }
}
