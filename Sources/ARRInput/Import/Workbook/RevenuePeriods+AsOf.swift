import ARRCore

/// `--as-of` across the periods of one company's history (one tab or file per year): the month
/// must fall in the joined company, not in every part (`docs/import.md`, "Several files";
/// session 25, t25a lane, the t24b lane's leftover of T22-11: `--as-of 2024-06` on a workbook of
/// `FY2023` and `FY2024` was refused as after the last month of FY2023).
///
/// A cube whose months do not hold the as-of month is read whole (``isAsOfOutside(_:)``), the
/// refusal kept. Joined as a period, a part ending before as-of is read whole and a part
/// starting after it is left out with a note; a part holding it is cut there as any cube. A
/// part read whole that is not joined as a period is refused as before, and so is the joined
/// company when as-of falls past its end (in no part).
extension RevenuePeriods {
  /// Whether `error` is a cube's refusal of an `--as-of` outside its months
  /// (``CubeReader/lastMonth(first:last:asOf:file:carriesForward:)``).
  static func isAsOfOutside(_ error: ARRQualityError) -> Bool {
    error.kind == .invalidArgument && error.message.hasPrefix("--as-of ")
  }

  /// The parts to join at `asOf`: those starting on or before it (a part after it holds no
  /// month of the company as of then), each left out named in a note.
  /// - Parameter refused: Each part read whole, by file index: its refusal of `asOf`.
  /// - Throws: The first part's refusal when every part starts after `asOf`.
  static func parts(
    _ parts: [RevenueSheets.Slice], asOf: Month?, refused: [Int: ARRQualityError],
    log: inout ImportLog
  ) throws(ARRQualityError) -> [RevenueSheets.Slice] {
    guard let asOf, !refused.isEmpty else { return parts }
    let kept = parts.filter { $0.data.firstMonth <= asOf }
    let sorted = parts.sorted { $0.data.firstMonth < $1.data.firstMonth }
    guard !kept.isEmpty else {
      throw refused[sorted[0].index] ?? .invalidArgument("--as-of \(asOf) is before every part")
    }
    for p in sorted where p.data.firstMonth > asOf {
      // Its amounts were read into the source: dated after as-of in the tie-out.
      var sum: Int64 = 0
      for v in p.data.cells { sum = sum &+ v }
      log.tieOut.add(sum, to: \.afterAsOfCents)
      log.notes.append(
        "\(log.files[p.index].file) (\(p.data.firstMonth) to \(lastMonth(p.data))) starts after "
          + "--as-of \(asOf): a later period of the company's history, left out")
    }
    return kept
  }

  /// Refuses the joined company when `asOf` is past its last month (no part holds it): the
  /// refusal of the part that ends last.
  static func checkAsOf(
    _ joined: CubeData, parts: [RevenueSheets.Slice], asOf: Month?,
    refused: [Int: ARRQualityError]
  ) throws(ARRQualityError) {
    guard let asOf, lastMonth(joined) < asOf else { return }
    let last = parts.max { lastMonth($0.data) < lastMonth($1.data) }
    throw last.flatMap { refused[$0.index] }
      ?? .invalidArgument("--as-of \(asOf) is after the last month (\(lastMonth(joined)))")
  }
}
