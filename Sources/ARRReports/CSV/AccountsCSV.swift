import ARRAnalysis
import ARRCore
import ARRScoring

/// The per-account CSV (`--format csv`, and `accounts.csv` in a report bundle): one row per
/// account with its class, score, reasons and every signal's value.
///
/// Columns: `account_id,class,risk_score,recurring_arr,retention_probability,reasons`, then
/// `quality_adjusted_arr,segment,contract_type,status`, then one column per signal (its key),
/// empty when the signal could not be measured for the account, then each activity column's
/// `<column>_level` and `<column>_trend` (−1…1) when `monthly.csv` has activity columns. Reasons are joined with `; `.
/// An account that is not live (`status` other than `live`) has an empty class, risk score,
/// retention probability and reasons, as in the JSON. Numbers have fixed decimals: the risk
/// score 1, the retention probability and signals 4, money 2, or none in a currency without
/// decimals (JPY: whole units, as `report.json`; session 20, wording lane).
public enum AccountsCSV {
  /// Accounts per slice when rows are written on several threads.
  static let accountsPerSlice = 8_192

  /// The header row's column names for `analysis`: ``columns``, then one column per custom
  /// activity signal (`<column>_level`, `<column>_trend`) when `monthly.csv` has activity
  /// columns.
  public static func columns(_ analysis: Analysis) -> [String] {
    columns + analysis.scoring.weightsUsed.customKeys
  }

  /// The header row's column names without activity columns.
  public static var columns: [String] {
    [
      "account_id", "class", "risk_score", "recurring_arr", "retention_probability", "reasons",
      "quality_adjusted_arr", "segment", "contract_type", "status",
    ] + Signal.allCases.map(\.key)
  }

  /// Renders every account, in input order.
  /// - Parameter analysis: The analysis.
  /// - Returns: RFC 4180 CSV text with a header row, LF line ends.
  /// - Complexity: O(accounts × (signals + months)).
  public static func render(_ analysis: Analysis) -> String {
    String(decoding: bytes(analysis), as: UTF8.self)
  }

  /// Renders every account, in input order, straight to UTF-8 bytes: rows are written in slices
  /// on every core and joined in order, so the bytes never depend on the thread count.
  /// - Parameter analysis: The analysis.
  /// - Returns: RFC 4180 CSV with a header row, LF line ends.
  /// - Complexity: O(accounts × (signals + months)).
  public static func bytes(_ analysis: Analysis) -> [UInt8] {
    bytes(analysis, sliceSize: accountsPerSlice)
  }

  /// ``bytes(_:)`` as consecutive pieces (the header, then each slice of rows), for writing out
  /// one after another without holding the whole file twice.
  /// - Parameter analysis: The analysis.
  /// - Returns: Pieces whose concatenation is the CSV, made a few at a time as they are walked
  ///   (``ByteChunks``).
  /// - Complexity: O(accounts × (signals + months)).
  public static func chunks(_ analysis: Analysis) -> ByteChunks {
    chunks(analysis, sliceSize: accountsPerSlice)
  }

  /// ``bytes(_:)`` with the slice size open, so tests can cross slice boundaries cheaply.
  static func bytes(_ analysis: Analysis, sliceSize: Int) -> [UInt8] {
    JSONWriter.joined(chunks(analysis, sliceSize: sliceSize))
  }

  static func chunks(_ analysis: Analysis, sliceSize: Int) -> ByteChunks {
    var header = JSONWriter(capacity: 1024)
    for (k, name) in columns(analysis).enumerated() {
      if k > 0 { header.bytes.append(UInt8(ascii: ",")) }
      field(name, to: &header)
    }
    header.bytes.append(0x0A)
    let rows = JSONWriter.slices(
      count: analysis.scoring.scores.count, sliceSize: sliceSize, bytesPerItem: 240
    ) { range, part in writeRows(analysis, range: range, to: &part) }
    return ByteChunks(concatenating: [ByteChunks([header.bytes]), rows])
  }

  /// Writes the rows of the scores in `range`.
  /// - Complexity: O(range.count × (signals + months)).
  static func writeRows(_ analysis: Analysis, range: Range<Int>, to w: inout JSONWriter) {
    let isWhole = JSONReport.isWholeUnits(analysis.company.profile.currency)
    _ = analysis.scoring.withReasonWriter { writer in
      // Through pointers: `accounts[i]` would copy the account (its strings' reference counts)
      // for every row on every core.
      analysis.company.accounts.withUnsafeBufferPointer { accounts in
        analysis.scoring.scores.withUnsafeBufferPointer { scores in
          var reasons: [UInt8] = []
          for i in range {
            writeRow(
              scores[i], accounts: accounts, isWhole: isWhole,
              weights: analysis.scoring.weightsUsed, writer: &writer, reasons: &reasons,
              to: &w)
          }
        }
      }
    }
  }

  /// Writes one account's row: its facts, reasons (``ReasonWriter``, joined by `; `) and every
  /// signal value (the built-in signals, then each activity column's level and trend).
  private static func writeRow(
    _ s: AccountScore, accounts: UnsafeBufferPointer<Account>, isWhole: Bool,
    weights: RiskWeights, writer: inout ReasonWriter, reasons: inout [UInt8],
    to w: inout JSONWriter
  ) {
    let comma = UInt8(ascii: ",")
    let live = s.isLive
    accounts[s.account].withUTF8ID { field(utf8: $0, to: &w) }
    w.bytes.append(comma)
    if let c = s.reportedClass { w.bytes.append(contentsOf: c.rawValue.utf8) }
    w.bytes.append(comma)
    if live { w.fixed(RevenueClass.shownScore(s.riskScore, weights: weights), places: 1) }
    w.bytes.append(comma)
    if isWhole { w.integer(Footing.roundedUnits(s.recurringARR)) } else { w.money(s.recurringARR) }
    w.bytes.append(comma)
    if live { w.fixed(s.retentionProbability, places: 4) }
    w.bytes.append(comma)
    if live {
      writer.load(s)
      reasons.removeAll(keepingCapacity: true)
      for r in 0..<writer.count {
        if r > 0 { reasons.append(contentsOf: "; ".utf8) }
        reasons.append(contentsOf: writer.reason(r))
      }
      field(utf8: reasons, to: &w)
    }
    w.bytes.append(comma)
    if isWhole {
      w.integer(Footing.roundedUnits(s.qualityAdjustedARR))
    } else {
      w.money(s.qualityAdjustedARR)
    }
    w.bytes.append(comma)
    if let segment = accounts[s.account].segment { field(segment, to: &w) }
    w.bytes.append(comma)
    w.bytes.append(contentsOf: accounts[s.account].terms.contractType.rawValue.utf8)
    w.bytes.append(comma)
    w.bytes.append(contentsOf: s.status.rawValue.utf8)
    let values = writer.signalValues(for: s)
    for k in values.indices {
      w.bytes.append(comma)
      if !values[k].isNaN { w.fixed(values[k], places: 4) }
    }
    w.bytes.append(0x0A)
  }

  /// Quotes a field when it holds a comma, quote or line break (RFC 4180), after a `'` when it
  /// starts like a formula (``ARRCore/CSVField``).
  static func field(_ s: String) -> String { CSVField.text(s) }

  /// Appends `s` as ``field(_:)`` writes it.
  static func field(_ s: String, to w: inout JSONWriter) { CSVField.append(s, to: &w) }

  /// ``field(_:to:)`` for text already in UTF-8.
  static func field<Bytes: Collection<UInt8>>(utf8: Bytes, to w: inout JSONWriter) {
    CSVField.append(utf8: utf8, to: &w)
  }
}
