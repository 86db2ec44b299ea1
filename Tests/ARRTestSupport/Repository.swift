#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The repository's folders, for tests that read committed files (`Scenarios/`, `reports/`,
/// fixtures): the one place that works out where the repository is.
public enum Repository {
  /// The repository's root: the nearest folder above this source file that holds
  /// `Package.swift`. Found by walking up rather than by counting folders, so moving a test
  /// file never breaks it.
  public static let root: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    while parts.count > 1 {
      parts.removeLast()
      let folder = parts.joined(separator: "/")
      if isFile(folder + "/Package.swift") { return folder }
    }
    preconditionFailure("no Package.swift above \(#filePath)")
  }()

  /// `relative` (e.g. `Scenarios/seed-example`) as an absolute path in the repository.
  public static func path(_ relative: String) -> String { root + "/" + relative }

  /// True when `path` names an existing file.
  private static func isFile(_ path: String) -> Bool {
    guard let f = fopen(path, "rb") else { return false }
    fclose(f)
    return true
  }
}
