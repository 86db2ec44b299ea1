import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRFileSystem

/// The names in `folder`, sorted.
func names(_ folder: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

func permissions(_ path: String) -> mode_t {
  var st = stat()
  _ = lstat(path, &st)
  return st.st_mode & 0o7777
}

/// `OutputFile` and `StagedFile`: atomic, symlink-proof writes that keep permissions.
@Suite(.scratchFolders) struct OutputFileTests {
  /// Pieces land in order, as one file, with no temporary left beside it.
  @Test func chunksAreWrittenInOrderAsOneFile() throws {
    let folder = scratchFolder()
    let path = folder + "/report.json"
    try OutputFile.write(
      chunks: [Array("{\n".utf8), [], Array("  \"a\": 1".utf8), [0x0A, 0x7D]], to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\n  \"a\": 1\n}")
    #expect(names(folder) == ["report.json"])
    // Overwriting replaces the whole file.
    try OutputFile.write(chunks: [Array("x".utf8)], to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "x")
    #expect(names(folder) == ["report.json"])
  }

  /// Pieces made as they are written (``ByteChunks``) land as the same file as the pieces
  /// written at once, at every window; a folder that does not exist leaves nothing.
  @Test(arguments: [1, 2, 5])
  func piecesMadeAsTheyAreWrittenLandAsOneFile(window: Int) throws {
    let folder = scratchFolder()
    let path = folder + "/report.json"
    let pieces = (0..<7).map { k in Array("piece \(k);".utf8) }
    let made = ByteChunks(count: pieces.count) { range in Array(pieces[range]) }
    try OutputFile.write(chunks: made, to: path)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8)
        == pieces.map { String(decoding: $0, as: UTF8.self) }.joined())
    #expect(names(folder) == ["report.json"])
    #expect(throws: ARRQualityError.self) {
      try OutputFile.write(chunks: made, to: "/nonexistent-folder-for-arr-quality/x.json")
    }
  }

  @Test func aFolderThatDoesNotExistIsCannotCreate() {
    do {
      try OutputFile.write(chunks: [[1]], to: "/nonexistent-folder-for-arr-quality/x.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .cannotCreateOutput)
    }
  }

  @Test func aFailedWriteLeavesTheOldFileAndNoTemporary() throws {
    let folder = scratchFolder()
    let path = folder + "/out.json"
    try OutputFile.write(Array("old".utf8), to: path)
    // The second file's folder does not exist: nothing is renamed, the first is not replaced.
    #expect(throws: ARRQualityError.self) {
      try OutputFile.writeAll([(path, Array("new".utf8)), (folder + "/missing/x", [1])])
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(names(folder) == ["out.json"])
  }

  @Test func anExistingFileKeepsItsPermissions() throws {
    let folder = scratchFolder()
    let path = folder + "/secret.json"
    try OutputFile.write(Array("a".utf8), to: path)
    chmod(path, 0o600)
    try OutputFile.write(Array("b".utf8), to: path)
    #expect(permissions(path) == 0o600)
    chmod(path, 0o640)
    try OutputFile.write(Array("c".utf8), to: path)
    #expect(permissions(path) == 0o640)
  }

  @Test func aNewFileGetsTheUsualUmask() throws {
    let folder = scratchFolder()
    let path = folder + "/new.json"
    try OutputFile.write(Array("a".utf8), to: path)
    #expect(permissions(path) == 0o666 & ~System.umask())
  }

  /// The old temporary name was `<path>.tmp-<pid>`; a link planted there (or at any name we
  /// could guess) is never followed: temporaries are unnamed or random, created with
  /// `O_EXCL | O_NOFOLLOW`.
  @Test func aPlantedSymlinkIsNotFollowed() throws {
    let folder = scratchFolder()
    let victim = folder + "/victim.txt"
    try Array("precious".utf8).withUnsafeBytes {
      try Data($0).write(to: URL(fileURLWithPath: victim))
    }
    let path = folder + "/out.json"
    symlink(victim, path + ".tmp-\(getpid())")
    symlink(victim, folder + "/.out.json.arrq-\(getpid())-0.tmp")
    try OutputFile.write(Array("report".utf8), to: path)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "report")
  }

  @Test func temporaryNamesAreRandomAndOurs() {
    let a = TemporaryName.make(for: "/x/out.json")
    let b = TemporaryName.make(for: "/x/out.json")
    #expect(a != b)
    #expect(a.hasPrefix("/x/.out.json.arrq-\(getpid())-"))
    let entry = String(a.dropFirst(3))
    #expect(TemporaryName.owner(of: entry) == getpid())
    #expect(TemporaryName.owner(of: "out.json") == nil)
    #expect(TemporaryName.owner(of: ".out.json.arrq-12-xyz.tmp") == nil)
  }

  @Test func theSweepRemovesOnlyDeadRunsTemporaries() throws {
    let folder = scratchFolder()
    // A pid no process can have (above any pid_max), and our own.
    let dead = folder + "/.out.json.arrq-2147483000-ab12.tmp"
    let live = folder + "/.out.json.arrq-\(getpid())-cd34.tmp"
    let deadFolder = folder + "/.bundle.arrq-2147483000-ef56.tmp"
    #expect(FileManager.default.createFile(atPath: dead, contents: Data([1])))
    #expect(FileManager.default.createFile(atPath: live, contents: Data([1])))
    try FileManager.default.createDirectory(
      atPath: deadFolder + "/charts", withIntermediateDirectories: true)
    #expect(
      FileManager.default.createFile(atPath: deadFolder + "/charts/a.svg", contents: Data([1])))
    try OutputFile.write(Array("x".utf8), to: folder + "/other.json")
    #expect(names(folder) == [".out.json.arrq-\(getpid())-cd34.tmp", "other.json"])
  }

  @Test func aFolderInTheWayIsCannotCreate() throws {
    let folder = scratchFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/x", withIntermediateDirectories: true)
    do {
      try OutputFile.write([1], to: folder + "/x")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .cannotCreateOutput)
      #expect(error.message == "\(folder)/x: is a folder, expected a file")
    }
  }

  @Test func stagedFilesAppearOnlyOnCommit() throws {
    let folder = scratchFolder()
    let a = try StagedFile.create(for: folder + "/a.csv")
    let b = try StagedFile.create(for: folder + "/b.csv")
    try a.write(chunks: [Array("1".utf8)])
    try b.write(chunks: [Array("2".utf8)])
    #if canImport(Glibc)
      // Unnamed (O_TMPFILE) until the commit.
      #expect(names(folder).isEmpty)
    #endif
    try OutputFile.commit([a, b])
    #expect(names(folder) == ["a.csv", "b.csv"])
  }

  @Test func aDiscardedStagedFileLeavesNothing() throws {
    let folder = scratchFolder()
    var a = try StagedFile.create(for: folder + "/a.csv")
    try a.write(chunks: [Array("1".utf8)])
    a.discard()
    #expect(names(folder).isEmpty)
  }
}
