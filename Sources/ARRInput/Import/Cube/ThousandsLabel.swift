import ARRCore
import ARRWorkbook

/// A label saying a table's amounts are in thousands (`MRR by customer (USD 000s)`, `$000s`,
/// `in thousands`, `($K)`, `USD '000`, a monthly table's `mrr_k`): read as written every figure
/// would be 1,000 times too low, with nothing in the numbers to say so (review 13, F23:
/// `docs/import.md`, "Amount units"). Such a label stops the import unless `--amounts` says
/// the unit: `thousands` reads each amount × 1,000, `units` or `cents` confirms the amounts are
/// what they say (with a note).
enum ThousandsLabel {
  /// Whether `text` (a title, a header cell, a sheet's or a file's name) says its amounts are in
  /// thousands:
  /// - the word `thousand` or `thousands` (`in thousands`, `USD thousands`);
  /// - a currency code written with `k` or `T` (`kUSD`, `kEUR`, `TEUR`, `TUSD`);
  /// - `k`, `000` or `000s` as a word beside money (trial 25, T25-22): right after a currency
  ///   sign or a quote (`$K`, `$000s`, `€k`, `USD '000`), alone in brackets (`(000)`, `(k)`),
  ///   after a money word (`USD 000s`, `MRR k`, `mrr_k`, `revenue in 000s`:
  ///   ``moneyWords``) or before a currency code (`k USD`). Never a code, a grade or a name
  ///   (`Team 000`, `Region 000 - MRR by customer`, `K-12 districts`, `Special K Foods`), nor the
  ///   end of a number (`1,000`, `2000`) or a range (`000-999`).
  static func names(_ text: String) -> Bool {
    let lower = Array(text.lowercased())
    // The words: runs of letters and digits, with where each starts and ends.
    var words: [(text: String, start: Int, end: Int)] = []
    var i = 0
    while i < lower.count {
      guard lower[i].isLetter || lower[i].isNumber else {
        i += 1
        continue
      }
      var j = i
      while j < lower.count && (lower[j].isLetter || lower[j].isNumber) { j += 1 }
      words.append((String(lower[i..<j]), i, j))
      i = j
    }
    for (n, w) in words.enumerated() {
      if w.text == "thousand" || w.text == "thousands" || codes.contains(w.text) { return true }
      guard w.text == "k" || w.text == "000" || w.text == "000s" else { continue }
      let before: Character? = w.start > 0 ? lower[w.start - 1] : nil
      let after: Character? = w.end < lower.count ? lower[w.end] : nil
      // The end of a number (`1,000`, `Q1.000`) or a range or grade (`000-999`, `K-12`).
      if let b = before, b == "," || b == ".", w.start >= 2, lower[w.start - 2].isNumber {
        continue
      }
      if after == "-" || after == "–", w.end + 1 < lower.count, lower[w.end + 1].isNumber {
        continue
      }
      if let b = before, signs.contains(b) { return true }
      if let b = before, let a = after, "([".contains(b), ")]".contains(a) { return true }
      // A money word just before (spaces, `_`, brackets or a quote between), or a currency code
      // just after.
      let gapIsPlain = { (from: Int, to: Int) in
        lower[from..<to].allSatisfy { " _(['’".contains($0) }
      }
      if n > 0, moneyWords.contains(words[n - 1].text), gapIsPlain(words[n - 1].end, w.start) {
        return true
      }
      if n + 1 < words.count, currencyCodes.contains(words[n + 1].text),
        gapIsPlain(w.end, words[n + 1].start)
      {
        return true
      }
    }
    return false
  }

  /// Currency codes written with a thousands prefix (`kEUR`, `TUSD`): the workbook reader's
  /// list for a number format's literal, one list for both.
  static let codes = NumberFormat.thousandsCodes

  /// Signs a thousands word may follow directly (`$K`, `€000`, `USD '000`).
  static let signs: Set<Character> = ["$", "€", "£", "¥", "'", "’", "‘"]

  /// Currency codes a thousands word may stand beside (`USD 000s`, `k EUR`).
  static let currencyCodes: Set<String> = [
    "usd", "eur", "gbp", "chf", "cad", "aud", "nzd", "jpy", "sek", "nok", "dkk", "inr", "cny",
    "sgd", "hkd", "brl", "mxn", "zar", "ils", "pln",
  ]

  /// Words a thousands word may follow: a currency code, or a word naming money or the unit's
  /// `in` (`MRR k`, `revenue 000s`, `in 000s`).
  static let moneyWords: Set<String> = currencyCodes.union([
    "mrr", "arr", "revenue", "revenues", "amount", "amounts", "sales", "bookings", "billings",
    "acv", "tcv", "in",
  ])

  /// A normalised header key (``CubeLayout/normalized(_:)``) without a trailing word naming
  /// thousands (`mrr k` → `mrr`, `mrr 000s` → `mrr`, `revenue in thousands` → `revenue`), and
  /// whether it had one.
  static func strip(_ key: String) -> (key: String, isThousands: Bool) {
    for suffix in [" in thousands", " thousands", " in 000s", " 000s", " 000", " k"]
    where key.hasSuffix(suffix) && key.count > suffix.count {
      return (String(key.dropLast(suffix.count)), true)
    }
    return (key, false)
  }

  /// The first title line above the header, then the header's cells (but the month columns'),
  /// then the workbook sheet's name, then the file's name without its extension, that says the
  /// amounts are in thousands: its line and text (``AnnualLabel/Label``).
  /// - Complexity: O(cells of the title lines and the header).
  static func find(
    titles: ArraySlice<ImportTable.Record>, header: ImportTable.Record, monthColumns: Set<Int>,
    sheet: String? = nil, file: String? = nil
  ) -> AnnualLabel.Label? {
    AnnualLabel.Label.first(
      titles: titles, header: header,
      headerColumns: header.cells.indices.filter { !monthColumns.contains($0) }, sheet: sheet,
      file: file, where: names)
  }

  /// The middle non-zero cell (hundredths, as written) at or above which a labelled table's
  /// cells read as plausible currency units: 1,000 as written, $1,000,000 a month × 1,000
  /// (trial 25, T25-22: cells of 1,000–1,400 a month under a false label, and the refusal's
  /// first advice read each × 1,000).
  static let plausibleUnits: Int64 = 100_000

  /// Stops the import at `label` unless `--amounts` names the unit; with `--amounts units` or
  /// `cents`, a note that the label was overruled; with `--amounts thousands`, nothing. The
  /// refusal leads with `--amounts thousands`, or with `--amounts units` when the middle
  /// non-zero of `cells` (hundredths as written; the upper middle of an even count) is at least
  /// ``plausibleUnits``.
  /// - Throws: `ARRQualityError` `.invalidData` naming the label and the option.
  static func check(
    _ label: AnnualLabel.Label?, file: String, options: ImportOptions, cells: [Int64] = [],
    currency: String? = nil, notes: inout [String]
  ) throws(ARRQualityError) {
    guard let label else { return }
    switch options.amounts {
    case nil:
      let sizes = cells.filter { $0 != 0 }.map { $0.magnitude }.sorted()
      if !sizes.isEmpty, sizes[sizes.count / 2] >= plausibleUnits.magnitude,
        case let (times, false) = Int64(sizes[sizes.count / 2]).multipliedReportingOverflow(
          by: 1_000)
      {
        let middle = Int64(sizes[sizes.count / 2])
        let asWritten = CountText.grouped(Int((middle + 50) / 100))
        throw .data(
          "\(file):\(label.line): \(label.place)\"\(label.text)\" speaks of thousands, but "
            + "the middle cell, \(asWritten), is a plausible month's amount as written, and "
            + "× 1,000 it would be \(Money.text(cents: times, currency: currency, wholeUnits: true)) a "
            + "month: pass --amounts units if the amounts are whole currency units, as their "
            + "sizes say, or --amounts thousands (each amount × 1,000) if the label is right")
      }
      throw .data(
        "\(file):\(label.line): \(label.place)\"\(label.text)\" says the amounts are in "
          + "thousands: read as written every figure would be 1,000 times too low; pass "
          + "--amounts thousands (each amount × 1,000), or --amounts units if the amounts are "
          + "whole currency units after all")
    case .units?, .cents?:
      notes.append(
        "\(file): \(label.place)\"\(label.text)\" (line \(label.line)) speaks of thousands, but "
          + "--amounts \(options.amounts!.rawValue) was given: the amounts are read as written")
    case .thousands?:
      break
    }
  }
}
