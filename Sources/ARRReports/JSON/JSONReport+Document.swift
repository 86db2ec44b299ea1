import ARRAnalysis
import ARRCore
import ARRScoring
import ARRStress

extension JSONReport {
  /// Most accounts per slice when the `accounts` array is written on several threads.
  static let accountsPerSlice = 8_192

  /// Accounts per slice for a company of `accounts`: a 32nd of them, from 1,024 up to
  /// ``accountsPerSlice`` (reached at 262,144 accounts). Four slices are in memory while the
  /// document is written (two written while two more are made), ~480 bytes reserved an
  /// account: 15 MB with 8,192 accounts a slice, a third of a 100,000-account company's input
  /// and the largest thing its analysis held when writing; 6 MB with 3,125. The document does
  /// not depend on the slice size.
  /// - Parameter accounts: Accounts in the `accounts` array.
  static func accountsPerSlice(accounts: Int) -> Int {
    min(accountsPerSlice, max(1_024, accounts / 32))
  }

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
    JSONWriter.joined(documentChunks(analysis, stress: stress))
  }

  /// ``document(_:stress:)`` as consecutive pieces (the summary, each slice of accounts, the
  /// closing brackets), for writing out one after another: joining a large document first
  /// would hold it in memory twice.
  /// - Parameters: As ``document(_:stress:)``.
  /// - Returns: Pieces whose concatenation is the document, made a few at a time as they are
  ///   walked (``ByteChunks``).
  /// - Complexity: O(accounts + months²).
  public static func documentChunks(_ analysis: Analysis, stress: StressResult? = nil)
    -> ByteChunks
  {
    documentChunks(
      analysis, stress: stress,
      sliceSize: accountsPerSlice(accounts: analysis.scoring.scores.count))
  }

  /// ``document(_:stress:)`` with the slice size open, so tests can cross slice boundaries
  /// cheaply.
  static func document(_ analysis: Analysis, stress: StressResult? = nil, sliceSize: Int)
    -> [UInt8]
  {
    JSONWriter.joined(documentChunks(analysis, stress: stress, sliceSize: sliceSize))
  }

  static func documentChunks(
    _ analysis: Analysis, stress: StressResult? = nil, sliceSize: Int
  ) -> ByteChunks {
    let scores = analysis.scoring.scores
    var head = JSONWriter(capacity: 1 << 16)
    head.bytes.append(UInt8(ascii: "{"))
    for (i, (k, v)) in summary(analysis, stress: stress).enumerated() {
      head.separator(isFirst: i == 0, indent: 1)
      head.key(k, isPretty: true)
      head.write(v, indent: 1)
    }
    head.separator(isFirst: false, indent: 1)
    head.key("accounts", isPretty: true)
    guard !scores.isEmpty else {
      head.ascii("[]")
      head.close(UInt8(ascii: "}"), indent: 0)
      head.bytes.append(0x0A)
      return ByteChunks([head.bytes])
    }
    head.bytes.append(UInt8(ascii: "["))
    // Above the average account (about 320 bytes with few reasons, 400 with many): a slice
    // that outgrows its buffer copies it whole into one twice the size. Below 32 MiB a slice,
    // so that malloc can reuse the previous slices' memory instead of mapping fresh pages.
    let accounts = JSONWriter.slices(count: scores.count, sliceSize: sliceSize, bytesPerItem: 480) {
      range, part in writeAccounts(analysis, range: range, to: &part)
    }
    var tail = JSONWriter(capacity: 16)
    tail.close(UInt8(ascii: "]"), indent: 1)
    tail.close(UInt8(ascii: "}"), indent: 0)
    tail.bytes.append(0x0A)
    return ByteChunks(concatenating: [ByteChunks([head.bytes]), accounts, ByteChunks([tail.bytes])])
  }

  /// Writes the accounts in `range` as elements of the `accounts` array (indent 2), laid out as
  /// ``accounts(_:)`` values serialise.
  /// - Complexity: O(range.count).
  static func writeAccounts(_ analysis: Analysis, range: Range<Int>, to w: inout JSONWriter) {
    _ = analysis.scoring.withReasonWriter { reasons in
      writeAccounts(analysis, range: range, reasons: &reasons, to: &w)
    }
  }

  /// `cents` as `report.json` writes money for a company whose currency has no decimals
  /// (`isWhole`: whole units, ``inWholeUnits(_:)``) or has them (two decimals).
  @inline(__always)
  static func writeMoney(_ cents: Int64, isWhole: Bool, to w: inout JSONWriter.Cursor) {
    if isWhole { w.integer(Footing.roundedUnits(cents)) } else { w.money(cents) }
  }

  private static func writeAccounts(
    _ analysis: Analysis, range: Range<Int>, reasons: inout ReasonWriter, to w: inout JSONWriter
  ) {
    // Through pointers: `accounts[i]` would copy the account (its strings' reference counts)
    // and `scores[i]` the score, for every account on every core.
    let isWhole = isWholeUnits(analysis.company.profile.currency)
    analysis.company.accounts.withUnsafeBufferPointer { accounts in
      analysis.scoring.scores.withUnsafeBufferPointer { scores in
        writeAccounts(
          range, accounts: accounts, scores: scores, isWhole: isWhole,
          weights: analysis.scoring.weightsUsed, reasons: &reasons, to: &w)
      }
    }
  }

  private static func writeAccounts(
    _ range: Range<Int>, accounts: UnsafeBufferPointer<Account>,
    scores: UnsafeBufferPointer<AccountScore>, isWhole: Bool, weights: RiskWeights,
    reasons: inout ReasonWriter, to w: inout JSONWriter
  ) {
    // Through a cursor: ~30 values an account, each an `Array` append on the writer.
    w.withCursor { w in
      for i in range {
        let s = scores[i]
        // Fields read in place: a copy of the account would retain its strings.
        let a = s.account
        w.separator(isFirst: i == 0, indent: 2)
        // Only live accounts are classed and scored (as in ``accounts(_:)``).
        let live = s.isLive
        w.ascii("{\n      \"account_id\": ")
        // From the id's stored form: `id` would make a `String` (a heap block for a long id).
        w.accountID(accounts[a])
        w.ascii(",\n      \"name\": ")
        if let name = accounts[a].name, !name.isEmpty { w.string(name) } else { w.ascii("null") }
        w.ascii(",\n      \"status\": ")
        w.ascii(s.status.jsonQuoted)
        w.ascii(",\n      \"class\": ")
        if let c = s.reportedClass { w.ascii(c.jsonQuoted) } else { w.ascii("null") }
        w.ascii(",\n      \"risk_score\": ")
        if live {
          w.decimal(RevenueClass.shownScore(s.riskScore, weights: weights), places: 1)
        } else {
          w.ascii("null")
        }
        w.ascii(",\n      \"reasons\": ")
        if live { reasons.load(s) }
        if !live || reasons.count == 0 {
          w.ascii("[]")
        } else {
          w.byte(UInt8(ascii: "["))
          for r in 0..<reasons.count {
            w.separator(isFirst: r == 0, indent: 4)
            reasons.withReason(r) { w.string(utf8: $0) }
          }
          w.close(UInt8(ascii: "]"), indent: 3)
        }
        w.ascii(",\n      \"recurring_arr\": ")
        writeMoney(s.recurringARR, isWhole: isWhole, to: &w)
        w.ascii(",\n      \"retention_probability\": ")
        // Six places, as every ratio: recurring ARR × it gives quality_adjusted_arr to within
        // half a millionth (trial 37, T37-11: 4 places were $54 off over 20 accounts).
        if live { w.decimal(s.retentionProbability, places: 6) } else { w.ascii("null") }
        w.ascii(",\n      \"quality_adjusted_arr\": ")
        writeMoney(s.qualityAdjustedARR, isWhole: isWhole, to: &w)
        w.ascii(",\n      \"segment\": ")
        w.segment(accounts[a].segmentCode)
        w.ascii(",\n      \"contract_type\": ")
        w.ascii(accounts[a].terms.contractType.jsonQuoted)
        w.close(UInt8(ascii: "}"), indent: 2)
      }
    }
  }
}
