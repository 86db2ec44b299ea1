import ARRCore

/// A company from what the user names: a company folder, read as usual, or data-room files,
/// imported in memory (`analyze FILE...`, `validate FILE...`).
public enum CompanySource {
  /// Loads `paths`: one folder through ``CompanyLoader``, otherwise the files through
  /// ``Importer`` and ``ImportedCompany/company(name:currency:)``.
  /// - Parameters:
  ///   - paths: A folder, or one or more files.
  ///   - options: How to read a folder.
  ///   - importOptions: How to read files.
  /// - Returns: The validated company (with ``DataQuality/imported`` for files).
  /// - Throws: What the loader or the importer throws; `.invalidArgument` for a folder among
  ///   several paths.
  public static func load(
    paths: [String], options: LoadOptions = LoadOptions(),
    importOptions: ImportOptions = ImportOptions()
  ) throws(ARRQualityError) -> Company {
    guard let first = paths.first else { throw .invalidArgument("no folder or file given") }
    // `isDirectory` throws for an existing file: that is the files case.
    if paths.count == 1, (try? ByteSource.isDirectory(first)) == true {
      return try CompanyLoader.load(directory: first, options: options)
    }
    for p in paths where (try? ByteSource.isDirectory(p)) == true {
      throw .invalidArgument(
        "\(p) is a folder: give one company folder, or data-room files to import")
    }
    return try Importer.read(paths: paths, options: importOptions).company(
      currency: importOptions.currency
    ).company
  }
}
