import ARRCore
import ARRFileSystem

/// The company folder `import` writes: `accounts.csv` (with the `inferred` and `inferred_from`
/// columns), `monthly.csv`, `company.json` and `import.md` (`docs/import.md`, "The folder").
/// The folder is meant to be reviewed and edited, then analysed as usual.
public enum ImportFolder {
  /// The files written, in order.
  public static let fileNames = ["accounts.csv", "monthly.csv", "company.json", "import.md"]

  /// The four files' bytes.
  /// - Parameters:
  ///   - imported: The intermediate (its per-account one-time revenue goes to `monthly.csv`).
  ///   - conversion: Its conversion (``ImportedCompany/company(name:currency:)``).
  /// - Returns: (file name, bytes) in ``fileNames`` order.
  /// - Complexity: O(accounts × months).
  public static func contents(_ imported: ImportedCompany, _ conversion: ImportedCompany.Conversion)
    -> [(name: String, bytes: [UInt8])]
  {
    let c = conversion.company
    var accounts = [UInt8]()
    accounts.append(
      contentsOf:
        "account_id,name,segment,contract_type,billing_cadence,start_date,contract_end_date,"
        .utf8)
    accounts.append(
      contentsOf:
        "trial_status,trial_end_date,cancel_date,seats_purchased,seats_active,integrations,committed_mrr,past_due,inferred,inferred_from\n"
        .utf8)
    for a in c.accounts {
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
      accounts.append(contentsOf: cells.map(csvField).joined(separator: ",").utf8)
      accounts.append(10)
    }
    var monthly = [UInt8]()
    let hasUsage = imported.usage != nil
    monthly.append(contentsOf: "account_id,month,mrr,one_time\(hasUsage ? ",usage" : "")\n".utf8)
    let n = imported.monthCount
    for (i, a) in c.accounts.enumerated() {
      let id = csvField(a.id)
      for m in 0..<n {
        let k = imported.cell(i, m)
        let usage = imported.usage?[k] ?? 0
        guard imported.mrr[k] != 0 || imported.oneTime[k] != 0 || usage != 0 else { continue }
        var line =
          "\(id),\(c.month(at: m)),\(Money.decimalString(cents: imported.mrr[k])),"
          + Money.decimalString(cents: imported.oneTime[k])
        if hasUsage { line += ",\(usage)" }
        monthly.append(contentsOf: line.utf8)
        monthly.append(10)
      }
    }
    var json = "{\n"
    if let name = c.profile.name {
      json += "  \"name\": \(JSONValue.string(name).serialized(pretty: false)),\n"
    }
    json += "  \"currency\": \"\(c.profile.currency)\",\n  \"as_of\": \"\(c.asOf)\"\n}\n"
    return [
      ("accounts.csv", accounts), ("monthly.csv", monthly), ("company.json", Array(json.utf8)),
      ("import.md", Array(conversion.log.markdown(company: c).utf8)),
    ]
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
  /// Writes the four files into `directory` (created if missing), each atomically.
  /// - Parameter isForced: Replace company files already there; otherwise refuse.
  /// - Throws: `.cannotCreateOutput` when the folder holds company files and `isForced` is false,
  ///   or cannot be created; `.outputFailed` when a write fails.
  public static func write(
    _ imported: ImportedCompany, _ conversion: ImportedCompany.Conversion, to directory: String,
    isForced: Bool
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
    try OutputFile.writeAll(contents(imported, conversion).map { (base + $0.name, $0.bytes) })
  }
}
