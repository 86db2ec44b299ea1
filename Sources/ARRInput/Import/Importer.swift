import ARRCore

/// Reads what a data room holds (customer cubes, customer lists; ledgers and Stripe exports
/// join here) into the shared intermediate, and from it a validated ``Company``.
/// `docs/import.md` describes each shape and every rule.
public enum Importer {
  /// One file to import: its name (for messages) and bytes.
  public struct SourceFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
    public init(name: String, bytes: [UInt8]) {
      self.name = name
      self.bytes = bytes
    }
  }

  /// Reads the files at `paths`.
  /// - Throws: `ARRQualityError` `.missingInput` for a file that is missing or unreadable, and
  ///   whatever ``read(_:options:)`` throws.
  public static func read(paths: [String], options: ImportOptions = ImportOptions())
    throws(ARRQualityError) -> ImportedCompany
  {
    var files = [SourceFile]()
    for path in paths {
      guard let source = try ByteSource.open(path: path, name: path) else {
        throw ARRQualityError(kind: .missingInput, message: "\(path): no such file or folder")
      }
      defer { source.close() }
      files.append(SourceFile(name: path, bytes: try source.allBytes()))
    }
    return try read(files, options: options)
  }

  /// Reads `files`: one revenue file (a cube) and optionally customer lists joined to it.
  /// - Throws: `ARRQualityError` `.invalidData` for a file whose shape is not recognised (naming
  ///   the accepted shapes and what was found), bad cells (`file:line:column`), or two revenue
  ///   files; `.invalidArgument` for `--as-of` outside the data.
  /// - Complexity: O(bytes + accounts × months).
  public static func read(_ files: [SourceFile], options: ImportOptions = ImportOptions())
    throws(ARRQualityError) -> ImportedCompany
  {
    guard !files.isEmpty else { throw .invalidArgument("no file to import") }
    var log = ImportLog()
    var revenue: (data: CubeData, index: Int)?
    var lists = [(accounts: [ImportedAccount], index: Int)]()
    for file in files {
      let table = try ImportTable.read(file.bytes, file: file.name)
      let index = log.files.count
      log.files.append(
        ImportLog.FileLog(file: file.name, shape: .cube, values: options.values, valuesReason: ""))
      if options.shape == .auto || options.shape == .cube,
        let data = try CubeReader.read(table, fileIndex: index, options: options, log: &log)
      {
        if let first = revenue {
          throw .data(
            "\(file.name): a second revenue file (\(log.files[first.index].file) is one); "
              + "import one cube at a time")
        }
        revenue = (data, index)
        continue
      }
      if revenue != nil || files.count > 1,
        let list = try CustomerList.read(table, fileIndex: index, options: options, log: &log)
      {
        log.files[index].values = .auto
        log.files[index].valuesReason = "customer list (facts only)"
        lists.append((list, index))
        continue
      }
      throw unrecognised(table, shape: options.shape)
    }
    guard let revenue else {
      throw .data(
        "no revenue file among \(files.map(\.name).joined(separator: ", ")) (expected a cube: "
          + "one row per customer, one column per month)")
    }
    var data = revenue.data
    for list in lists {
      CustomerList.join(list.accounts, into: &data.accounts, fileIndex: list.index, log: &log)
    }
    return try CubeImporter.makeCompany(
      data, fileIndex: revenue.index, options: options, log: &log)
  }

  /// The error for a file of no accepted shape: the shapes, and what the file starts with.
  static func unrecognised(_ table: ImportTable, shape: ImportShape) -> ARRQualityError {
    let first = table.records.first?.cells ?? []
    let best =
      table.records.prefix(CubeLayout.headerSearchRows).map {
        CubeLayout.monthLikeCount($0.cells)
      }.max() ?? 0
    let shown = first.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ")
    let accepted =
      shape == .auto
      ? "accepted shapes: cube (a header row with at least \(CubeLayout.minimumMonthHeaders) "
        + "month columns such as 2024-01, Jan-24 or 1/31/2024, one row per customer), ledger, "
        + "stripe-subscriptions, stripe-invoices, and a customer list beside one of them"
      : "expected a \(shape.rawValue) file"
    return .data(
      "\(table.file): shape not recognised (\(accepted)); found "
        + (first.isEmpty
          ? "no rows"
          : "first header cells \(shown)\(first.count > 6 ? ", …" : ""), "
            + "at most \(best) month-like header\(best == 1 ? "" : "s") in a row"))
  }
}
