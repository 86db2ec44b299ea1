#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// True when this run only writes its company and exits (`--generate-only`).
var isGenerateOnly: Bool { CommandLine.arguments.contains("--generate-only") }

/// Writes the company a run needs by running this benchmark again, with `arguments` and
/// `--generate-only`, and waits for it; exits when it fails.
///
/// A company generated in this process would make every peak RSS printed afterwards the
/// generator's: Linux keeps a process's high-water mark through `exec` into the program it
/// starts (`posix_spawn` lends the child the parent's pages until its `exec`, which records their
/// peak in the child's `ru_maxrss`), and a million-account company takes the generator about
/// 1 GB. The CLI spawned by `--duckdb` then reported 996 MiB where `/usr/bin/time` of the same
/// run gave 421 MiB (docs/performance.md, "Eleventh session: after the load"). Generated in a
/// child, whose memory ends with it, this process stays small.
func generateInChild(_ arguments: [String]) {
  #if os(Linux)
    let executable = "/proc/self/exe"
  #else
    let executable = CommandLine.arguments[0]
  #endif
  do {
    let run = try ChildRun.run([executable] + arguments + ["--generate-only"])
    print(
      "generated in \(fixed(run.seconds, 2)) s, in a child process "
        + "(peak RSS \(fixed(Double(run.peakRSSBytes) / 1_048_576, 0)) MiB)")
    fflush(nil)
  } catch {
    print("generation failed: \(error)")
    exit(1)
  }
}
