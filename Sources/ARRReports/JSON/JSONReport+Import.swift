import ARRAnalysis
import ARRCore

extension JSONReport {
  /// The `import` object (issue #12): what an importer read, skipped and inferred; absent for a
  /// native company folder.
  static func importObject(_ s: ImportSummary, accounts: Int) -> JSONValue {
    .object([
      ("shape", .string(s.shape)),
      ("values", .string(s.values)),
      ("source_files", .array(s.sourceFiles.map(JSONValue.string))),
      ("rows_read", .int(Int64(s.rowsRead))),
      ("rows_used", .int(Int64(s.rowsUsed))),
      ("rows_skipped", .int(Int64(s.rowsSkipped))),
      (
        "skipped",
        .array(
          s.skipped.map {
            .object([
              ("file", .string($0.file)), ("line", .int(Int64($0.line))),
              ("reason", .string($0.reason)),
            ])
          })
      ),
      ("accounts", .int(Int64(accounts))),
      (
        "inferred",
        .object([
          ("contract_type", .int(Int64(s.inferredContractType))),
          ("billing_cadence", .int(Int64(s.inferredBillingCadence))),
          ("start_date", .int(Int64(s.inferredStartDate))),
          ("contract_end_date", .int(Int64(s.inferredContractEndDate))),
        ])
      ),
      (
        "unknown",
        .object([
          ("contract_type", .int(Int64(s.unknownContractType))),
          ("billing_cadence", .int(Int64(s.unknownBillingCadence))),
        ])
      ),
      (
        "rules",
        .array(
          s.rules.map {
            .object([
              ("rule", .string($0.rule)), ("accounts", .int(Int64($0.accounts))),
              ("arr", .money($0.arrCents)),
            ])
          })
      ),
      (
        "ambiguous_arr",
        .object([("low", .money(s.ambiguousARRLow)), ("high", .money(s.ambiguousARRHigh))])
      ),
      // What the range rests on, each choice priced alone (session 18, report, P3).
      (
        "ambiguous_choices",
        .array(
          s.ambiguousChoices.map {
            .object([
              ("choice", .string($0.code)), ("accounts", .int(Int64($0.accounts))),
              ("low", .money($0.arrLow)), ("high", .money($0.arrHigh)),
            ])
          })
      ),
      // Committed ARR that a single payment's size alone commits (render review 38, R38-3).
      ("single_payment_committed_arr", .money(s.singlePaymentCommittedARR)),
      ("deferred", .money(s.deferredCents)),
    ])
  }
}
