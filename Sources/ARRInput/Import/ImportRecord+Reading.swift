import ARRCore

extension ImportRecord {
  /// Reads `import.json`'s bytes, as ``json`` writes them.
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - file: Its name for messages.
  /// - Returns: The record.
  /// - Throws: `ARRQualityError` (`.invalidData`) at the first value that is not what `import`
  ///   writes, with its line and column and what to do (import again, or delete the file).
  /// - Complexity: O(bytes).
  static func read(_ bytes: [UInt8], file: String = ImportRecord.file) throws(ARRQualityError)
    -> ImportRecord
  {
    let config: JSONConfig
    do {
      config = try JSONConfig(bytes, file: file)
    } catch {
      // A syntax error says what to do too (review 51b, R51b-9).
      var e = error
      for k in e.problems.indices { e.problems[k].message += RecordReader.advice(file) }
      throw e
    }
    let r = RecordReader(config: config)
    let top = try r.object(config.root, "the file")
    let version = try r.int(top, "import_json_version")
    guard version == Self.version else {
      throw r.problem(
        try r.node(top, "import_json_version"),
        "import_json_version \(version) is not the version this arr-quality writes "
          + "(\(Self.version)): import the files again")
    }
    let summaryNode = try r.object(try r.node(top, "summary"), "summary")
    var s = ImportSummary(
      shape: try r.string(summaryNode, "shape"), values: try r.string(summaryNode, "values"),
      valuesReason: try r.string(summaryNode, "values_reason"),
      sourceFiles: try r.array(summaryNode, "source_files").map { n throws(ARRQualityError) in
        try r.string(n)
      },
      rowsRead: try r.int(summaryNode, "rows_read"), rowsUsed: try r.int(summaryNode, "rows_used"),
      rowsSkipped: try r.int(summaryNode, "rows_skipped"),
      inferredContractType: try r.int(summaryNode, "inferred_contract_type"),
      inferredBillingCadence: try r.int(summaryNode, "inferred_billing_cadence"),
      inferredStartDate: try r.int(summaryNode, "inferred_start_date"),
      inferredContractEndDate: try r.int(summaryNode, "inferred_contract_end_date"),
      unknownContractType: try r.int(summaryNode, "unknown_contract_type"),
      unknownBillingCadence: try r.int(summaryNode, "unknown_billing_cadence"),
      ambiguousARRLow: try r.cents(summaryNode, "ambiguous_arr_low_cents"),
      ambiguousARRHigh: try r.cents(summaryNode, "ambiguous_arr_high_cents"),
      deferredCents: try r.cents(summaryNode, "deferred_cents"),
      residualCents: try r.cents(summaryNode, "residual_cents"),
      notes: try r.array(summaryNode, "notes").map { n throws(ARRQualityError) in try r.string(n) })
    s.isValuesGuess = try r.bool(summaryNode, "is_values_guess")
    s.isBeforeDiscounts = try r.bool(summaryNode, "is_before_discounts")
    s.isSnapshot = try r.bool(summaryNode, "is_snapshot")
    s.singlePaymentCommittedARR = try r.cents(summaryNode, "single_payment_committed_arr_cents")
    for n in try r.array(summaryNode, "skipped") {
      let o = try r.object(n, "a skipped row")
      s.skipped.append(
        ImportSummary.Skip(
          file: try r.string(o, "file"), line: try r.int(o, "line"),
          reason: try r.string(o, "reason")))
    }
    for n in try r.array(summaryNode, "rules") {
      let o = try r.object(n, "a rule")
      s.rules.append(
        ImportSummary.RuleCount(
          rule: try r.string(o, "rule"), accounts: try r.int(o, "accounts"),
          arrCents: try r.cents(o, "arr_cents")))
    }
    for n in try r.array(summaryNode, "ambiguous_choices") {
      let o = try r.object(n, "an ambiguous choice")
      s.ambiguousChoices.append(
        ImportSummary.AmbiguousChoice(
          code: try r.string(o, "code"), words: try r.string(o, "words"),
          accounts: try r.int(o, "accounts"), arrLow: try r.cents(o, "low_cents"),
          arrHigh: try r.cents(o, "high_cents")))
    }
    let notes = try r.array(top, "notes").map { n throws(ARRQualityError) in try r.string(n) }
    let findingCount = try r.int(top, "finding_count")
    guard findingCount <= notes.count else {
      throw r.problem(
        try r.node(top, "finding_count"),
        "finding_count \(findingCount) is more than the \(notes.count) notes")
    }
    var stakes: [Int: ImportFindingStake] = [:]
    for n in try r.array(top, "finding_stakes") {
      let o = try r.object(n, "a finding's stake")
      stakes[try r.int(o, "index")] = ImportFindingStake(
        arrCents: try r.optionalCents(o, "arr_cents"), isUnitDoubt: try r.bool(o, "is_unit_doubt"),
        isDecision: try r.bool(o, "is_decision"),
        customerShare: try r.optionalShare(o, "customer_share"))
    }
    var renewed: [String: Month] = [:]
    for (id, n) in try r.object(try r.node(top, "renewed_after_as_of"), "renewed_after_as_of")
      .members
    {
      renewed[id] = try r.month(n)
    }
    var mixes: [String: [BillingCadence: Double]] = [:]
    for (id, n) in try r.object(try r.node(top, "billing_mix"), "billing_mix").members {
      var mix: [BillingCadence: Double] = [:]
      for (name, share) in try r.object(n, "a billing mix").members {
        guard let cadence = BillingCadence(rawValue: name) else {
          throw r.problem(share, "\"\(name)\" is no billing cadence")
        }
        mix[cadence] = try r.share(share)
      }
      mixes[id] = mix
    }
    // Kept since session 52 (R51b-17): a record written before has neither.
    var sourceFiles: [DataQuality.FileSummary] = []
    if top["source_files"] != nil {
      for n in try r.array(top, "source_files") {
        let o = try r.object(n, "a source file")
        sourceFiles.append(
          DataQuality.FileSummary(
            file: try r.string(o, "file"), rowsRead: try r.int(o, "rows_read"),
            rowsAccepted: try r.int(o, "rows_used"),
            ignoredColumns: try r.array(o, "ignored_columns").map { n throws(ARRQualityError) in
              try r.string(n)
            }))
      }
    }
    let badRows = top["bad_rows"] != nil ? try r.int(top, "bad_rows") : 0
    let through = try r.node(top, "incomplete_through")
    return ImportRecord(
      asOf: try r.month(try r.node(top, "as_of")), currency: try r.string(top, "currency"),
      accountsFingerprint: try r.fingerprint(top, "accounts_csv"),
      monthlyFingerprint: try r.fingerprint(top, "monthly_csv"), summary: s, notes: notes,
      findingCount: findingCount, findingStakes: stakes,
      incompleteThrough: through.value == .null ? nil : try r.month(through),
      renewedAfterAsOf: renewed, billingMix: mixes, sourceFiles: sourceFiles,
      badRowCount: badRows)
  }
}

/// Walks `import.json`'s tree, stopping at the first value that is not what `import` writes.
private struct RecordReader {
  /// An object's members by key (the first of a repeated key), and where it starts.
  struct Object {
    var node: JSONConfig.Node
    var members: [String: JSONConfig.Node]
    subscript(key: String) -> JSONConfig.Node? { members[key] }
  }

  var config: JSONConfig

  /// What to do about a damaged record, put after each of its problems.
  static func advice(_ file: String) -> String {
    " (\(file) is written by import: import the files again, or delete it to analyze the "
      + "folder without the import's findings)"
  }

  func problem(_ node: JSONConfig.Node, _ message: String) -> ARRQualityError {
    let (line, column) = config.position(of: node.offset)
    return ARRQualityError(
      kind: .invalidData, message: "1 problem in \(config.file)",
      problems: [
        InputProblem(
          file: config.file, line: line, column: column,
          message: message + Self.advice(config.file))
      ])
  }

  private func mismatch(_ node: JSONConfig.Node, _ what: String, _ expected: String)
    -> ARRQualityError
  {
    problem(node, "\(what): expected \(expected), found \(config.describeFound(node.value))")
  }

  func object(_ node: JSONConfig.Node, _ what: String) throws(ARRQualityError) -> Object {
    guard case .object = node.value else { throw mismatch(node, what, "an object") }
    var members: [String: JSONConfig.Node] = [:]
    for m in node.members where members[m.key] == nil { members[m.key] = m.node }
    return Object(node: node, members: members)
  }

  func node(_ o: Object, _ key: String) throws(ARRQualityError) -> JSONConfig.Node {
    guard let n = o[key] else { throw problem(o.node, "the key \"\(key)\" is missing") }
    return n
  }

  func string(_ n: JSONConfig.Node) throws(ARRQualityError) -> String {
    guard case .string(let s) = n.value else { throw mismatch(n, "a text", "a string") }
    return s
  }

  func string(_ o: Object, _ key: String) throws(ARRQualityError) -> String {
    let n = try node(o, key)
    guard case .string(let s) = n.value else { throw mismatch(n, key, "a string") }
    return s
  }

  func bool(_ o: Object, _ key: String) throws(ARRQualityError) -> Bool {
    let n = try node(o, key)
    guard case .bool(let b) = n.value else { throw mismatch(n, key, "true or false") }
    return b
  }

  func cents(_ n: JSONConfig.Node, _ what: String) throws(ARRQualityError) -> Int64 {
    guard case .number(let text) = n.value, let v = Int64(text) else {
      throw mismatch(n, what, "a whole number")
    }
    return v
  }

  func cents(_ o: Object, _ key: String) throws(ARRQualityError) -> Int64 {
    try cents(try node(o, key), key)
  }

  func optionalCents(_ o: Object, _ key: String) throws(ARRQualityError) -> Int64? {
    let n = try node(o, key)
    return n.value == .null ? nil : try cents(n, key)
  }

  func int(_ o: Object, _ key: String) throws(ARRQualityError) -> Int {
    let n = try node(o, key)
    let v = try cents(n, key)
    guard v >= 0, v <= Int64(Int32.max) else { throw mismatch(n, key, "a count") }
    return Int(v)
  }

  func share(_ n: JSONConfig.Node) throws(ARRQualityError) -> Double {
    guard case .number(let text) = n.value, let v = Double(text), v.isFinite, v >= 0, v <= 1 else {
      throw mismatch(n, "a share", "a number from 0 to 1")
    }
    return v
  }

  func optionalShare(_ o: Object, _ key: String) throws(ARRQualityError) -> Double? {
    let n = try node(o, key)
    return n.value == .null ? nil : try share(n)
  }

  func month(_ n: JSONConfig.Node) throws(ARRQualityError) -> Month {
    guard case .string(let s) = n.value, let m = Month(s) else {
      throw mismatch(n, "a month", "a month \"YYYY-MM\"")
    }
    return m
  }

  func array(_ o: Object, _ key: String) throws(ARRQualityError) -> [JSONConfig.Node] {
    let n = try node(o, key)
    guard case .array = n.value else { throw mismatch(n, key, "an array") }
    return n.items
  }

  func fingerprint(_ o: Object, _ key: String) throws(ARRQualityError) -> LineFingerprint {
    let f = try object(try node(o, key), key)
    let hash = try node(f, "hash")
    guard case .string(let hex) = hash.value, hex.utf8.count == 16, let sum = UInt64(hex, radix: 16)
    else { throw mismatch(hash, "hash", "16 hexadecimal digits") }
    return LineFingerprint(lines: try int(f, "lines"), sum: sum)
  }
}
