import ARRCore
import ARRFileSystem

/// The company folder `import` writes: `accounts.csv` (with the `inferred` and `inferred_from`
/// columns), `monthly.csv`, `company.json` and `import.md` (`docs/import.md`, "The folder").
/// The folder is meant to be reviewed and edited, then analysed as usual.
public enum ImportFolder {
  /// The files written, in order.
  public static let fileNames = [
    "accounts.csv", "monthly.csv", "company.json", "import.md", ImportRecord.file,
  ]

  /// The five files' bytes.
  /// - Parameter conversion: The conversion of the files read
  ///   (``ImportedCompany/company(name:currency:)``): its company, and the intermediate it was
  ///   made from, whose per-account one-time revenue goes to `monthly.csv`.
  /// - Returns: (file name, bytes) in ``fileNames`` order.
  /// - Complexity: O(accounts × months).
  public static func contents(_ conversion: ImportedCompany.Conversion)
    -> [(name: String, bytes: [UInt8])]
  {
    pieces(conversion).map { ($0.name, Array($0.chunks.all.joined())) }
  }

  /// Accounts per piece of `accounts.csv` and `monthly.csv`: the files are made a few pieces at
  /// a time as they are written, never whole (a 100k-account cube's `monthly.csv` alone was
  /// 75 MB of memory, twelfth session).
  static let accountsPerPiece = 4_096

  /// The five files in pieces made as they are written (``ByteChunks``), the same bytes as
  /// ``contents(_:_:)``.
  /// - Complexity: O(accounts × months), a piece at a time.
  static func pieces(_ conversion: ImportedCompany.Conversion)
    -> [(name: String, chunks: ByteChunks)]
  {
    let c = conversion.company
    // The conversion's own intermediate, whose rows are the company's accounts: never the one
    // it was asked of, which holds a row for each spelling a join made one (T54-28).
    let imported = conversion.imported
    let header =
      "account_id,name,segment,contract_type,billing_cadence,start_date,contract_end_date,"
      + "trial_status,trial_end_date,cancel_date,seats_purchased,seats_active,integrations,"
      + "committed_mrr,past_due,inferred,inferred_from\n"
    let hasUsage = imported.usage != nil
    let monthlyHeader = "account_id,month,mrr,one_time\(hasUsage ? ",usage" : "")\n"
    let blocks = (c.accounts.count + accountsPerPiece - 1) / accountsPerPiece
    @Sendable func block(_ k: Int) -> Range<Int> {
      (k * accountsPerPiece)..<min(c.accounts.count, (k + 1) * accountsPerPiece)
    }
    let accounts = ByteChunks(count: 1 + blocks) { range in
      range.map { k in k == 0 ? Array(header.utf8) : accountLines(c, block(k - 1)) }
    }
    let monthly = ByteChunks(count: 1 + blocks) { range in
      range.map { k in
        k == 0 ? Array(monthlyHeader.utf8) : monthlyLines(imported, c, block(k - 1))
      }
    }
    var json = "{\n"
    if let name = c.profile.name {
      json += "  \"name\": \(JSONValue.string(name).serialized(pretty: false)),\n"
    }
    // An assumed currency is left out: the folder, read later, assumes it again and says so, as
    // the direct reading does (session 35, H35-8: written as a fact, the folder's report dropped
    // "(assumed)").
    if !c.profile.isCurrencyAssumed {
      json += "  \"currency\": \"\(c.profile.currency)\",\n"
    }
    json += "  \"as_of\": \"\(c.asOf)\""
    // A summary tab's claim (``SummaryClaim``), so the folder analyses as the file does.
    if let claim = c.profile.reportedARR {
      json += ",\n  \"reported_arr\": \(Money.decimalString(cents: claim))"
    }
    // A customer list's CAC column, averaged (``CustomerCAC``), kept for LTV:CAC.
    if let cac = CustomerCAC.json(c.profile) { json += ",\n  \"cac\": " + cac }
    json += "\n}\n"
    return [
      ("accounts.csv", accounts), ("monthly.csv", monthly),
      ("company.json", ByteChunks([Array(json.utf8)])),
      ("import.md", ByteChunks([Array(conversion.log.markdown(company: c).utf8)])),
      // The company files' fingerprints make each piece twice (once here): a folder is written
      // once, and its pieces are a few thousand accounts each.
      (
        ImportRecord.file,
        ByteChunks([
          ImportRecord(
            company: c, accountsFingerprint: LineFingerprint.of(accounts),
            monthlyFingerprint: LineFingerprint.of(monthly)
          ).json
        ])
      ),
    ]
  }

  /// The `accounts.csv` lines of accounts `rows`.
  private static func accountLines(_ c: Company, _ rows: Range<Int>) -> [UInt8] {
    var bytes = [UInt8]()
    for a in c.accounts[rows] {
      let cells: [String] = [
        a.id, a.name ?? "", a.segment ?? "", a.contractType.rawValue, a.billingCadence.rawValue,
        a.startDate.description, a.contractEndDate?.description ?? "", a.trialStatus.rawValue,
        a.trialEndDate?.description ?? "", a.cancelDate?.description ?? "",
        a.seatsPurchased.map(String.init) ?? "", a.seatsActive.map(String.init) ?? "",
        a.integrations.map(String.init) ?? "",
        a.committedMRR.map { Money.decimalString(cents: $0) } ?? "",
        a.isPastDue.map { $0 ? "true" : "false" } ?? "",
        a.inferred.columnNames.joined(separator: ";"),
        a.inferredFrom?.description ?? "",
      ]
      // The text cells (id, name, segment) after a `'` when they start like a formula, as
      // every CSV the tool writes (``ARRCore/CSVField``; hostile 55, H55-1); the others are
      // values the tool wrote itself.
      let written = cells.enumerated().map { k, cell in
        k < 3 ? CSVField.text(cell) : csvField(cell)
      }
      bytes.append(contentsOf: written.joined(separator: ",").utf8)
      bytes.append(10)
    }
    return bytes
  }

  /// The `monthly.csv` lines of accounts `rows`: a line per month with revenue or usage.
  private static func monthlyLines(_ imported: ImportedCompany, _ c: Company, _ rows: Range<Int>)
    -> [UInt8]
  {
    var bytes = [UInt8]()
    let hasUsage = imported.usage != nil
    let n = imported.monthCount
    for i in rows {
      let id = CSVField.text(c.accounts[i].id)
      for m in 0..<n {
        let k = imported.cell(i, m)
        let usage = imported.usage?[k] ?? 0
        let oneTime = imported.oneTime(at: k)
        guard imported.mrr[k] != 0 || oneTime != 0 || usage != 0 else { continue }
        var line =
          "\(id),\(c.month(at: m)),\(Money.decimalString(cents: imported.mrr[k])),"
          + Money.decimalString(cents: oneTime)
        if hasUsage { line += ",\(usage)" }
        bytes.append(contentsOf: line.utf8)
        bytes.append(10)
      }
    }
    return bytes
  }

  /// A CSV field, quoted when it holds a comma, a quote or a line break.
  static func csvField(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return s
    }
    var out = "\""
    for ch in s {
      if ch == "\"" { out += "\"\"" } else { out.append(ch) }
    }
    return out + "\""
  }
}

extension ImportFolder {
  /// Writes the five files into `directory` (created if missing), each atomically, made a few
  /// pieces at a time as they are written.
  /// - Parameter isForced: Replace company files already there; otherwise refuse.
  /// - Throws: `.cannotCreateOutput` when the folder holds company files and `isForced` is false,
  ///   or cannot be created; `.outputFailed` when a write fails.
  public static func write(
    _ conversion: ImportedCompany.Conversion, to directory: String, isForced: Bool
  ) throws(ARRQualityError) {
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    if !isForced {
      for name in fileNames {
        guard let existing = (try? ByteSource.open(path: base + name, name: name)) ?? nil else {
          continue
        }
        existing.close()
        throw ARRQualityError(
          kind: .cannotCreateOutput,
          message:
            "\(base + name) already exists; import does not overwrite a company's files (pass "
            + "--force to replace them, or choose an empty folder)")
      }
    }
    try OutputFile.makeDirectory(directory)
    try OutputFile.writeAll(made: pieces(conversion).map { (base + $0.name, $0.chunks) })
  }
}
