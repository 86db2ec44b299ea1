import ARRCommandLine
import ARRTestSupport
import Foundation

/// What a run of the command line printed and its exit status.
struct CLIResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum CLI {
  /// The package root.
  static let packageRoot = URL(fileURLWithPath: Repository.root)

  /// `relative` (e.g. `Scenarios/seed-example`) as an absolute path in the package, so commands
  /// run in-process find it whatever the test's working directory.
  static func path(_ relative: String) -> String {
    packageRoot.appendingPathComponent(relative).path
  }

  /// Runs `arguments` in-process through `ARRCommandLine`, stdout and stderr captured.
  static func run(_ arguments: [String], isTerminal: Bool = false) -> CLIResult {
    let out = BufferStream()
    let err = BufferStream(isTerminal: isTerminal)
    let status = ARRQualityTool.run(
      arguments, console: Console(standardOutput: out, standardError: err))
    return CLIResult(status: status.rawValue, stdout: out.text, stderr: err.text)
  }

  /// The `arr-quality` binary built beside the test bundle.
  static let binary: URL = {
    var dir = Bundle.main.bundleURL
    let fm = FileManager.default
    for _ in 0..<5 {
      let candidate = dir.appendingPathComponent("arr-quality")
      if fm.isExecutableFile(atPath: candidate.path) { return candidate }
      dir.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("arr-quality")
  }()

  /// Runs the built `arr-quality` binary with `arguments` in the package root (end-to-end).
  ///
  /// With `fileSizeLimit` (in the shell's `ulimit -f` blocks) the binary runs under that limit
  /// on the size of any file it writes, with SIGXFSZ ignored: a write past it fails with EFBIG,
  /// as on a full disk.
  static func runBinary(_ arguments: [String], input: Data? = nil, fileSizeLimit: Int? = nil)
    throws -> CLIResult
  {
    let process = Process()
    if let fileSizeLimit {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments =
        ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit); exec \"$0\" \"$@\"", binary.path]
        + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    process.currentDirectoryURL = packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    if input != nil { process.standardInput = stdin }
    try process.run()
    if let input {
      stdin.fileHandleForWriting.write(input)
      try? stdin.fileHandleForWriting.close()
    }
    // Read both pipes concurrently with the process so large outputs cannot deadlock.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CLIResult(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh folder inside the running test's scratch folder, removed when the test ends (the
  /// suite must be marked `.scratchFolders`).
  static func temporaryDirectory() throws -> URL {
    URL(fileURLWithPath: scratchFolder("cli"))
  }
}
