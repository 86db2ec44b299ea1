import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What to add when a folder given as a company has no `accounts.csv` but holds data-room files
/// (`docs/import.md`, "Errors"): a new user drops an export into a folder and analyzes the
/// folder, and "accounts.csv: no such file" does not say that files are read too.
enum DataRoomFolderHint {
  /// Extensions of files the importer reads.
  static let extensions = [".csv", ".tsv", ".txt", ".xlsx"]

  /// `; the folder holds …: give the files …` (the example command's path one shell word:
  /// ``ShellWord``); `; the folder has monthly.csv but no accounts.csv: …` when that is all it
  /// holds; `; the folder holds no data file: …` when it
  /// holds neither a data-room file nor company folders; `""` when `folder` has an
  /// `accounts.csv` or holds company folders.
  static func hint(folder: String) -> String {
    let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    guard !ByteSource.exists(base + "/accounts.csv") else { return "" }
    let files = dataFiles(in: base)
    guard let first = files.first else {
      // Nothing to read at all (a folder of companies has its own hint, from the loader).
      guard ByteSource.companyFolders(in: base).isEmpty else { return "" }
      if ByteSource.exists(base + "/monthly.csv") {
        // Half a company folder: say what it has, and that the revenue table alone can be
        // imported (trial 44, T44-10: "holds no data file" beside its monthly.csv).
        return "; \(folder) has monthly.csv but no accounts.csv: a company folder holds both "
          + "(docs/input.md); to import monthly.csv alone as a revenue table, give it as a file: "
          + "arr-quality analyze " + ShellWord.quoted(base + "/monthly.csv")
      }
      return "; \(folder) holds no data file: a company folder holds accounts.csv and "
        + "monthly.csv (docs/input.md), and data-room exports are given as files "
        + "(arr-quality analyze FILE)"
    }
    let listed = files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : "")
    return "; \(folder) is no company folder (accounts.csv, monthly.csv) but holds \(listed): to "
      + "import data-room files, give them as files, e.g. arr-quality analyze "
      + ShellWord.quoted(base + "/" + first)
  }

  /// The data-room files directly in `path`, sorted (hidden files and `monthly.csv` aside).
  static func dataFiles(in path: String) -> [String] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    var names = [String]()
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      let lower = name.lowercased()
      guard !name.hasPrefix("."), lower != "monthly.csv",
        extensions.contains(where: { lower.hasSuffix($0) })
      else { continue }
      var st = stat()
      if stat(path + "/" + name, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG { names.append(name) }
    }
    return names.sorted()
  }
}
