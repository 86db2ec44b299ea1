import ARRCore

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
  /// - `000` or `000s` standing alone or after a currency sign or a quote (`(000s)`, `$000s`,
  ///   `USD '000`, `€000`), not the end of a number (`1,000`, `10000`, `2000`);
  /// - the word `k` (`($K)`, `(k)`, `mrr_k`, `USD K`, `€k`) or a currency code written with it
  ///   (`kUSD`, `kEUR`, `TEUR`, `TUSD`).
  static func names(_ text: String) -> Bool {
    let lower = text.lowercased()
    let words = lower.split { !$0.isLetter && !$0.isNumber }
    if words.contains(where: { $0 == "thousand" || $0 == "thousands" || $0 == "k" }) {
      return true
    }
    let codes: Set<Substring> = [
      "kusd", "keur", "kgbp", "kchf", "kcad", "kaud", "teur", "tusd", "tchf", "tgbp",
    ]
    if words.contains(where: codes.contains) { return true }
    // `000` not inside or at the end of a number: after a start, a space, a sign, a bracket
    // or a quote; followed by no digit.
    let chars = Array(lower)
    var i = 0
    while i + 3 <= chars.count {
      if chars[i] == "0" && chars[i + 1] == "0" && chars[i + 2] == "0" {
        let before = i == 0 ? " " : chars[i - 1]
        let after = i + 3 < chars.count ? chars[i + 3] : " "
        if !before.isNumber && before != "," && before != "." && !after.isNumber {
          return true
        }
      }
      i += 1
    }
    return false
  }

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

  /// Stops the import at `label` unless `--amounts` names the unit; with `--amounts units` or
  /// `cents`, a note that the label was overruled; with `--amounts thousands`, nothing.
  /// - Throws: `ARRQualityError` `.invalidData` naming the label and the option.
  static func check(
    _ label: AnnualLabel.Label?, file: String, options: ImportOptions, notes: inout [String]
  ) throws(ARRQualityError) {
    guard let label else { return }
    switch options.amounts {
    case nil:
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
