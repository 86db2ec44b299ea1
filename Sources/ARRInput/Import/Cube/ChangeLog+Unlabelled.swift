import ARRCore

/// A change log without event labels (`customer_id,month,mrr` with a row only in the months a
/// customer's MRR changed, and an explicit `0` row when it left: a warehouse's slowly changing
/// MRR table, a tracker's "MRR history"; `docs/import.md`, "A plan change log"; session 22,
/// lead; trial 22, T22-19: such a file was read as lone invoices, $6.3K for $127.8K of ARR, its
/// range excluding the truth).
///
/// Without a label the rows must show it themselves. Every one of these holds, or the table is
/// read as before:
/// - the amount names a level (`mrr`, `arr`; the caller checks) and `--values billings` was
///   not given;
/// - at least ``minimumUnlabelledPairs`` pairs of a customer's consecutive rows, no two of them
///   in one month, no amount below 0;
/// - **no pair repeats its amount**: a change log writes a row because the level changed,
///   where invoices (a quarterly or annual price billed again) and tables of monthly levels
///   repeat;
/// - some pair skips months (the rows are not every month);
/// - some customer's row of `0` follows one of its positive rows: an end written out, which no
///   invoice list writes;
/// - carrying the levels fills more customer-months than the rows with a level give.
extension ChangeLog {
  /// Pairs of a customer's consecutive rows an unlabelled log needs.
  static let minimumUnlabelledPairs = 3

  /// The levels of unlabelled `events` (every kind ``Kind/unlabelled``) when they read as a
  /// change log by the rules above; `nil` otherwise.
  /// - Parameters:
  ///   - accounts: Accounts (rows of the result's cells; 0 to test only).
  ///   - span: Months read.
  /// - Complexity: O(n log n + keys × span) for n events.
  static func unlabelledReading(_ events: [Event], accounts: Int, span: Int) -> Reading? {
    guard !events.contains(where: { $0.cents < 0 }) else { return nil }
    let ordered = sorted(events)
    var pairs = 0
    var skips = 0
    var ends = 0
    for (a, b) in zip(ordered, ordered.dropFirst()) where a.key == b.key {
      guard b.month > a.month, a.cents != b.cents else { return nil }
      pairs += 1
      if b.month > a.month + 1 { skips += 1 }
      if a.cents > 0 && b.cents == 0 { ends += 1 }
    }
    guard pairs >= minimumUnlabelledPairs, skips > 0, ends > 0 else { return nil }
    let levelled = events.count(where: { $0.cents != 0 })
    let reading = read(ordered: ordered, accounts: accounts, span: span)
    return reading.carriedMonths > levelled ? reading : nil
  }
}
