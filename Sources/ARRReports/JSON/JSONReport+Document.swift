import ARRCore

extension JSONReport {
  /// Accounts per slice when the `accounts` array is written on several threads.
  static let accountsPerSlice = 65_536

  /// Renders the whole analysis straight to UTF-8 bytes: the same document, byte for byte, as
  /// `render(analysis).serialized()`, without building a value per account.
  ///
  /// The `accounts` array, which is nearly all of a large company's document, is written in
  /// slices on every core and the slices are joined in order, so the output never depends on
  /// the thread count.
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - stress: Stress scenarios run on it, as in ``render(_:stress:)``.
  /// - Returns: The pretty-printed document, ending with a line feed.
  /// - Complexity: O(accounts + months²).
  public static func document(_ analysis: Analysis, stress: StressResult? = nil) -> [UInt8] {
    document(analysis, stress: stress, sliceSize: accountsPerSlice)
  }

  /// ``document(_:stress:)`` with the slice size open, so tests can cross slice boundaries
  /// cheaply.
  static func document(_ analysis: Analysis, stress: StressResult? = nil, sliceSize: Int)
    -> [UInt8]
  {
    let scores = analysis.scoring.scores
    var writer = JSONWriter(capacity: 4096 + scores.count * 360)
    writer.bytes.append(UInt8(ascii: "{"))
    for (i, (k, v)) in summary(analysis, stress: stress).enumerated() {
      writer.separator(isFirst: i == 0, indent: 1)
      writer.key(k, isPretty: true)
      writer.write(v, indent: 1)
    }
    writer.separator(isFirst: false, indent: 1)
    writer.key("accounts", isPretty: true)
    if scores.isEmpty {
      writer.ascii("[]")
    } else {
      writer.bytes.append(UInt8(ascii: "["))
      writer.appendSliced(count: scores.count, sliceSize: sliceSize, bytesPerItem: 360) {
        range, part in writeAccounts(analysis, range: range, to: &part)
      }
      writer.close(UInt8(ascii: "]"), indent: 1)
    }
    writer.close(UInt8(ascii: "}"), indent: 0)
    writer.bytes.append(0x0A)
    return writer.bytes
  }

  /// Writes the accounts in `range` as elements of the `accounts` array (indent 2), laid out as
  /// ``accounts(_:)`` values serialise.
  /// - Complexity: O(range.count).
  static func writeAccounts(_ analysis: Analysis, range: Range<Int>, to w: inout JSONWriter) {
    let accounts = analysis.company.accounts
    let scores = analysis.scoring.scores
    for i in range {
      let s = scores[i]
      let a = accounts[s.account]
      w.separator(isFirst: i == 0, indent: 2)
      // Only live accounts are classed and scored (as in ``accounts(_:)``).
      let live = s.isLive
      w.ascii("{\n      \"account_id\": ")
      w.string(a.id)
      w.ascii(",\n      \"status\": ")
      w.string(s.status.rawValue)
      w.ascii(",\n      \"class\": ")
      if let c = s.liveClass { w.string(c.rawValue) } else { w.ascii("null") }
      w.ascii(",\n      \"risk_score\": ")
      if live { w.decimal(s.riskScore, places: 1) } else { w.ascii("null") }
      w.ascii(",\n      \"reasons\": ")
      if !live || s.reasons.isEmpty {
        w.ascii("[]")
      } else {
        w.bytes.append(UInt8(ascii: "["))
        for (r, reason) in s.reasons.enumerated() {
          w.separator(isFirst: r == 0, indent: 4)
          w.string(reason)
        }
        w.close(UInt8(ascii: "]"), indent: 3)
      }
      w.ascii(",\n      \"recurring_arr\": ")
      w.money(s.recurringARR)
      w.ascii(",\n      \"retention_probability\": ")
      if live { w.decimal(s.retentionProbability, places: 4) } else { w.ascii("null") }
      w.ascii(",\n      \"quality_adjusted_arr\": ")
      w.money(s.qualityAdjustedARR)
      w.ascii(",\n      \"segment\": ")
      if let segment = a.segment { w.string(segment) } else { w.ascii("null") }
      w.ascii(",\n      \"contract_type\": ")
      w.string(a.contractType.rawValue)
      w.close(UInt8(ascii: "}"), indent: 2)
    }
  }
}
