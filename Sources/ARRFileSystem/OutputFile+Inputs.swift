import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension OutputFile {
  /// Refuses an output path that would replace one of the run's inputs (session 25, trial 25,
  /// T25-6: `analyze in.csv --output in.csv` replaced the data with its own report and exited
  /// 0). Refused, before anything is read or written:
  /// - the output is the same file as an input, whatever the path's spelling or links (same
  ///   device and inode);
  /// - the output is an existing data file inside an input folder, at any depth: a CSV, TSV or
  ///   workbook, or a `company.json` (the files a company folder or a data room is read from).
  ///
  /// A new file, a report (`.md`, another `.json`) beside the data, stdout (`-`) and a device
  /// or pipe are written as before: nothing the run reads is lost.
  /// - Parameters:
  ///   - inputs: The run's input files and folders, as given (`-` for stdin is skipped).
  ///   - output: The output path, or `nil` for stdout.
  /// - Throws: ``ARRQualityError/Kind/invalidArgument`` naming the output and the input.
  /// - Complexity: O(inputs × the output's depth) `stat` calls.
  public static func refuseReplacing(inputs: [String], with output: String?)
    throws(ARRQualityError)
  {
    guard let output, output != "-" else { return }
    var target = stat()
    // Nothing there yet, or not a regular file: nothing to lose.
    guard stat(output, &target) == 0, System.type(target) == S_IFREG else { return }
    for input in inputs where input != "-" {
      var source = stat()
      guard stat(input, &source) == 0 else { continue }
      if source.st_dev == target.st_dev && source.st_ino == target.st_ino {
        throw .invalidArgument(
          "the output '\(output)' is the input '\(input)': writing the report there would "
            + "replace the data it is read from; choose another output path")
      }
      if System.type(source) == S_IFDIR, isDataFile(output),
        isInside(output, folder: source)
      {
        throw .invalidArgument(
          "the output '\(output)' is a data file inside the input folder '\(input)': writing "
            + "the report there would replace a file the folder is read from; choose a path "
            + "outside it or a new file name")
      }
    }
  }

  /// Whether `path` names a file a company folder or data room is read from: a CSV, TSV or
  /// workbook, or `company.json`.
  static func isDataFile(_ path: String) -> Bool {
    let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
    if name == "company.json" { return true }
    let dataExtensions = [".csv", ".tsv", ".txt", ".xlsx", ".xlsm"]
    return dataExtensions.contains { name.hasSuffix($0) }
  }

  /// Whether the folder with status `folder` holds `path` at any depth (its links resolved).
  static func isInside(_ path: String, folder: stat) -> Bool {
    guard let resolved = realpath(path, nil) else { return false }
    defer { free(resolved) }
    var ancestor = String(cString: resolved)
    while let slash = ancestor.lastIndex(of: "/") {
      ancestor = slash == ancestor.startIndex ? "/" : String(ancestor[..<slash])
      var st = stat()
      if stat(ancestor, &st) == 0, st.st_dev == folder.st_dev, st.st_ino == folder.st_ino {
        return true
      }
      if ancestor == "/" { break }
    }
    return false
  }
}
