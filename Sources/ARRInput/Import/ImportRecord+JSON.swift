import ARRCore

extension ImportRecord {
  /// `import.json`'s bytes: pretty JSON, keys in a fixed order, money in cents (integers), so
  /// the same import writes the same bytes.
  /// - Complexity: O(size of the record).
  var json: [UInt8] {
    let s = summary
    func int(_ v: Int) -> JSONValue { .int(Int64(v)) }
    func fingerprint(_ f: LineFingerprint) -> JSONValue {
      .object([("lines", int(f.lines)), ("hash", .string(f.hex))])
    }
    let summaryObject: JSONValue = .object([
      ("shape", .string(s.shape)), ("values", .string(s.values)),
      ("values_reason", .string(s.valuesReason)), ("is_values_guess", .bool(s.isValuesGuess)),
      ("is_before_discounts", .bool(s.isBeforeDiscounts)), ("is_snapshot", .bool(s.isSnapshot)),
      ("source_files", .array(s.sourceFiles.map(JSONValue.string))),
      ("rows_read", int(s.rowsRead)), ("rows_used", int(s.rowsUsed)),
      ("rows_skipped", int(s.rowsSkipped)),
      (
        "skipped",
        .array(
          s.skipped.map {
            .object([
              ("file", .string($0.file)), ("line", int($0.line)), ("reason", .string($0.reason)),
            ])
          })
      ),
      ("inferred_contract_type", int(s.inferredContractType)),
      ("inferred_billing_cadence", int(s.inferredBillingCadence)),
      ("inferred_start_date", int(s.inferredStartDate)),
      ("inferred_contract_end_date", int(s.inferredContractEndDate)),
      ("unknown_contract_type", int(s.unknownContractType)),
      ("unknown_billing_cadence", int(s.unknownBillingCadence)),
      (
        "rules",
        .array(
          s.rules.map {
            .object([
              ("rule", .string($0.rule)), ("accounts", int($0.accounts)),
              ("arr_cents", .int($0.arrCents)),
            ])
          })
      ),
      ("ambiguous_arr_low_cents", .int(s.ambiguousARRLow)),
      ("ambiguous_arr_high_cents", .int(s.ambiguousARRHigh)),
      (
        "ambiguous_choices",
        .array(
          s.ambiguousChoices.map {
            .object([
              ("code", .string($0.code)), ("words", .string($0.words)),
              ("accounts", int($0.accounts)),
              ("low_cents", .int($0.arrLow)), ("high_cents", .int($0.arrHigh)),
            ])
          })
      ),
      ("single_payment_committed_arr_cents", .int(s.singlePaymentCommittedARR)),
      ("deferred_cents", .int(s.deferredCents)), ("residual_cents", .int(s.residualCents)),
      ("notes", .array(s.notes.map(JSONValue.string))),
    ])
    let stakes: [JSONValue] = findingStakes.keys.sorted().map { k in
      let stake = findingStakes[k]!
      return .object([
        ("index", int(k)), ("arr_cents", stake.arrCents.map(JSONValue.int) ?? .null),
        ("is_unit_doubt", .bool(stake.isUnitDoubt)), ("is_decision", .bool(stake.isDecision)),
        ("customer_share", stake.customerShare.map(JSONValue.double) ?? .null),
      ])
    }
    let mixes: [(String, JSONValue)] = billingMix.keys.sorted().map { id in
      let mix = billingMix[id]!
      return (
        id,
        .object(
          BillingCadence.allCases.compactMap { c in mix[c].map { (c.rawValue, .double($0)) } })
      )
    }
    let record: JSONValue = .object([
      ("import_json_version", int(Self.version)),
      ("about", .string(Self.about)),
      ("as_of", .string(asOf.description)),
      ("currency", .string(currency)),
      ("accounts_csv", fingerprint(accountsFingerprint)),
      ("monthly_csv", fingerprint(monthlyFingerprint)),
      ("summary", summaryObject),
      ("notes", .array(notes.map(JSONValue.string))),
      ("finding_count", int(findingCount)),
      ("finding_stakes", .array(stakes)),
      ("incomplete_through", incompleteThrough.map { .string($0.description) } ?? .null),
      (
        "renewed_after_as_of",
        .object(
          renewedAfterAsOf.keys.sorted().map { ($0, .string(renewedAfterAsOf[$0]!.description)) })
      ),
      ("billing_mix", .object(mixes)),
      (
        "source_files",
        .array(
          sourceFiles.map {
            .object([
              ("file", .string($0.file)), ("rows_read", int($0.rowsRead)),
              ("rows_used", int($0.rowsAccepted)),
              ("ignored_columns", .array($0.ignoredColumns.map(JSONValue.string))),
            ])
          })
      ),
      ("bad_rows", int(badRowCount)),
    ])
    return record.serializedBytes(pretty: true)
  }

  /// The line `import.json` opens with, for a reader who opens it.
  static let about =
    "Written by arr-quality import: what the import read, skipped and found, which analyze "
    + "DIR reports as analyze FILE does. Edit accounts.csv and monthly.csv, not this file."
}
