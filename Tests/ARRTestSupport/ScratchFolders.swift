import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Scratch folders that a test removes when it ends, passed or failed.
///
/// A suite or test marked `.scratchFolders` runs each of its test cases inside one fresh folder
/// under the temporary directory (`arr-quality-test-<pid>-<UUID>`); ``scratchFolder(_:)`` makes
/// folders inside it, and the whole folder goes when the test case ends. Nothing a test writes
/// outlives its run; the folders of a run that crashed are removed by the next run. Asking for a scratch folder outside such a test is recorded as an issue,
/// so a new test cannot leak folders unnoticed.
public struct ScratchFolders: TestTrait, SuiteTrait, TestScoping {
  /// The folder of the running test case; `nil` outside a `.scratchFolders` test.
  @TaskLocal static var root: String?

  /// Every test case of a marked suite gets its own folder.
  public var isRecursive: Bool { true }

  public func provideScope(
    for test: Test, testCase: Test.Case?,
    performing function: @Sendable () async throws -> Void
  ) async throws {
    _ = Self.sweep
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(Self.prefix)\(getpid())-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { Self.remove(root) }
    try await Self.$root.withValue(root) { try await function() }
  }

  /// The start of every test case's folder name, followed by the test process's id.
  static let prefix = "arr-quality-test-"

  /// Once per test process: removes the folders of test processes that are gone (a run that
  /// crashed or was killed cannot remove its own), known by the process id in their name. A
  /// folder whose process still runs (another run at the same time) is left alone.
  static let sweep: Void = sweepNow()

  /// The sweep itself (``sweep`` runs it once per process).
  public static func sweepNow() {
    let temp = FileManager.default.temporaryDirectory.path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: temp)) ?? []
    for name in names where name.hasPrefix(prefix) {
      // "<pid>-<UUID>" exactly: anything else is not ours to judge.
      let rest = name.dropFirst(prefix.count)
      guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0,
        pid != getpid(), UUID(uuidString: String(rest[rest.index(after: dash)...])) != nil
      else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { remove(temp + "/" + name) }
    }
  }

  /// Removes `path` and everything under it, first giving its owner full rights on every real
  /// folder in it (tests make read-only folders); symbolic links are removed, never followed.
  public static func remove(_ path: String) {
    if let walk = FileManager.default.enumerator(atPath: path) {
      for case let name as String in walk {
        var info = stat()
        let inside = path + "/" + name
        if lstat(inside, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { chmod(inside, 0o700) }
      }
    }
    chmod(path, 0o700)
    try? FileManager.default.removeItem(atPath: path)
  }
}

extension Trait where Self == ScratchFolders {
  /// Runs each test case in a scratch folder removed when it ends (see ``ScratchFolders``).
  public static var scratchFolders: Self { Self() }
}

/// A fresh, empty folder named `name-<UUID>` inside the running test case's scratch folder,
/// removed with it when the test case ends. The test (or its suite) must be marked
/// `.scratchFolders`; otherwise an issue is recorded and the folder is made under the temporary
/// directory, where it would be left behind.
public func scratchFolder(_ name: String = "scratch") -> String {
  let parent: String
  if let root = ScratchFolders.root {
    parent = root
  } else {
    Issue.record("scratchFolder() outside a test marked .scratchFolders would be left behind")
    parent = FileManager.default.temporaryDirectory.path
  }
  let folder = parent + "/\(name)-\(UUID().uuidString)"
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  return folder
}
