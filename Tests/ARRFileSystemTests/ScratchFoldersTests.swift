import ARRTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The scratch folders tests write in: fresh folders inside one folder per test case, and a
/// removal that leaves nothing, read-only folders included, without following links out.
@Suite(.scratchFolders) struct ScratchFoldersTests {
  @Test func foldersAreFreshAndShareTheTestCasesFolder() throws {
    let a = scratchFolder("a")
    let b = scratchFolder("a")
    #expect(a != b)
    let parent = (a as NSString).deletingLastPathComponent
    #expect(parent == (b as NSString).deletingLastPathComponent)
    #expect((parent as NSString).lastPathComponent.hasPrefix("arr-quality-test-\(getpid())-"))
    #expect(
      (parent as NSString).deletingLastPathComponent
        == FileManager.default.temporaryDirectory.path.trimmingSuffix("/"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: a).isEmpty)
  }

  /// A tree with a read-only folder and a link to a file outside it goes entirely; the file
  /// the link points to stays, with its permissions.
  @Test func removalTakesReadOnlyFoldersAndLeavesLinkTargets() throws {
    let outside = scratchFolder("outside")
    let victim = outside + "/keep.txt"
    #expect(FileManager.default.createFile(atPath: victim, contents: Data("x".utf8)))
    chmod(victim, 0o400)
    let tree = scratchFolder("tree")
    try FileManager.default.createDirectory(
      atPath: tree + "/locked/inner", withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: tree + "/locked/inner/f", contents: Data()))
    symlink(victim, tree + "/locked/link")
    chmod(tree + "/locked/inner", 0o500)
    chmod(tree + "/locked", 0o500)
    ScratchFolders.remove(tree)
    #expect(!FileManager.default.fileExists(atPath: tree))
    #expect(FileManager.default.fileExists(atPath: victim))
    var info = stat()
    #expect(stat(victim, &info) == 0 && info.st_mode & 0o777 == 0o400)
  }
}

/// A crashed run's folder (its process gone) is removed by the next run's sweep; a folder of a
/// process still running is not.
@Suite(.serialized) struct ScratchFolderSweepTests {
  @Test func foldersOfGoneProcessesAreRemovedOthersKept() throws {
    let temp = FileManager.default.temporaryDirectory.path
    // A process id that is not running: a child that has exited and been waited for.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    let gone = temp + "/arr-quality-test-\(child.processIdentifier)-\(UUID().uuidString)"
    let alive = temp + "/arr-quality-test-1-\(UUID().uuidString)"  // init always runs
    // Not "<pid>-<UUID>": never judged, whatever its digits.
    let other = temp + "/arr-quality-test-\(child.processIdentifier)-sweep-\(UUID().uuidString)"
    for folder in [gone, alive, other] {
      try FileManager.default.createDirectory(
        atPath: folder + "/inner", withIntermediateDirectories: true)
    }
    defer { for folder in [gone, alive, other] { ScratchFolders.remove(folder) } }
    ScratchFolders.sweepNow()
    #expect(!FileManager.default.fileExists(atPath: gone))
    #expect(FileManager.default.fileExists(atPath: alive + "/inner"))
    #expect(FileManager.default.fileExists(atPath: other + "/inner"))
  }
}

extension String {
  fileprivate func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
