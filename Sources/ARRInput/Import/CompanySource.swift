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
    guard let name = options.companyName else {
      return try loadNamedByData(paths: paths, options: options, importOptions: importOptions)
    }
    let trimmed = String(
      name.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    guard !trimmed.isEmpty else {
      throw .invalidArgument("the company name given is empty: give at least one letter")
    }
    var company = try loadNamedByData(paths: paths, options: options, importOptions: importOptions)
    company.profile.name = trimmed
    company.profile.nameSource = nil
    return company
  }

  /// ``load(paths:options:importOptions:)`` with the name the data gives (company.json's, else
  /// the path's).
  private static func loadNamedByData(
    paths: [String], options: LoadOptions, importOptions: ImportOptions
  ) throws(ARRQualityError) -> Company {
    guard let first = paths.first else { throw .invalidArgument("no folder or file given") }
    // `isDirectory` throws for an existing file: that is the files case.
    if paths.count == 1, (try? ByteSource.isDirectory(first)) == true {
      var company: Company
      // `--currency` names the currency of a folder too, over company.json's (as `--as-of`
      // wins over its as_of): the loader applies it.
      var options = options
      if options.currency == nil { options.currency = importOptions.currency }
      do throws(ARRQualityError) {
        company = try CompanyLoader.load(directory: first, options: options)
      } catch {
        var e = error
        // A folder of data-room files, not a company: say the files are read as such.
        if e.kind == .missingInput { e.message += DataRoomFolderHint.hint(folder: first) }
        throw e
      }
      // Options that say how to read data-room files change nothing of a folder's figures:
      // refused rather than left silently unapplied (hostile 56, H56-11: `--amounts cents` on a
      // company folder gave the figures it was meant to divide by 100).
      if let option = importOnlyOptions(importOptions).first {
        throw .invalidArgument(
          "\(option) says how to read data-room files (a ledger, a cube, Stripe exports, a "
            + "workbook); \(first) is a company folder, read as docs/input.md defines it: leave "
            + "\(option) out")
      }
      if company.profile.name?.isEmpty ?? true, let name = pathName(first) {
        company.profile.name = name
        company.profile.nameSource = .folderName
      }
      return company
    }
    for p in paths where (try? ByteSource.isDirectory(p)) == true {
      throw .invalidArgument(
        "\(p) is a folder: give one company folder, or data-room files to import")
    }
    let imported = try Importer.read(paths: paths, options: importOptions)
    let derived = derivedName(of: imported, files: paths)
    var company = try imported.company(name: derived?.name, currency: importOptions.currency)
      .company
    if derived != nil { company.profile.nameSource = derived?.source }
    return company
  }

  /// The options given that only data-room files use, as the command line names them.
  static func importOnlyOptions(_ o: ImportOptions) -> [String] {
    var given: [String] = []
    if o.shape != .auto { given.append("--shape") }
    if o.values != .auto { given.append("--values") }
    if o.dateOrder != nil { given.append("--date-order") }
    if o.isDecimalComma != nil { given.append("--decimal-comma") }
    if o.amounts != nil { given.append("--amounts") }
    if !o.sheets.isEmpty { given.append("--sheet") }
    if o.isAddingSheets { given.append("--add-sheets") }
    return given
  }

  /// The name a company gets from the files analysed when they carry none: one file's name
  /// without its extension (`data/Acme billings.csv` → `Acme billings`); for several files the
  /// folder holding them all (`room/subs.csv room/invoices.csv` → `room`), else the first
  /// file's name.
  /// - Parameter files: The paths as given.
  /// - Returns: The name and how it was derived, or `nil` when no path gives a usable name.
  public static func derivedName(files: [String]) -> (
    name: String, source: CompanyProfile.NameSource
  )? {
    guard let first = files.first else { return nil }
    if files.count > 1 {
      let folders = Set(files.map(folder))
      if folders.count == 1, let name = pathName(folders.first!) { return (name, .folderName) }
    }
    guard var name = pathName(first) else { return nil }
    if let dot = name.lastIndex(of: "."), dot != name.startIndex {
      name = String(name[..<dot])
    }
    return name.isEmpty ? nil : (name, .fileName)
  }

  /// The name a company imported from `files` gets when none is given: its revenue file's
  /// title line when it reads "<company>: <what the table is>" (``TitleName``; render review
  /// 35, R35-11), else the paths' (``derivedName(files:)``).
  /// - Parameters:
  ///   - imported: The files read.
  ///   - files: Their paths as given.
  /// - Returns: The name and where it came from, or `nil` when nothing gives a usable name.
  public static func derivedName(of imported: ImportedCompany, files: [String]) -> (
    name: String, source: CompanyProfile.NameSource
  )? {
    if let name = imported.log.firstTitle.flatMap(TitleName.name(fromTitle:))
      ?? TitleName.name(fromTitles: imported.log.titleLines)
    {
      return (name, .titleLine)
    }
    return derivedName(files: files)
  }

  /// The last component of a path, without trailing slashes; `nil` for "", ".", ".." and "/".
  static func pathName(_ path: String) -> String? {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    let name = p.split(separator: "/").last.map(String.init) ?? ""
    // `-` is standard input, no name (hostile 55, H55-8).
    return name.isEmpty || name == "." || name == ".." || path == "-" ? nil : name
  }

  /// The folder part of a path (`a/b/c.csv` → `a/b`; `c.csv` → "").
  static func folder(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
  }
}
