import ARRCore

extension CubeReader {
  /// Headers of a column that may say each customer's contract type under a name no contract
  /// type's alias holds (``CubeLayout/aliases``), as ``NonCustomerRows/key(_:)`` writes them.
  static let typeColumnHeaders: Set<String> = [
    "type", "deal type", "customer type", "account type", "plan", "plan type name", "pricing",
    "pricing model", "billing model", "subscription type", "license type", "licence type",
    "commercial model", "engagement", "engagement type", "agreement", "agreement type", "kind",
    "revenue model", "offer", "offering", "model",
    // Spanish, Portuguese, Italian, German and the revenue's type (review 52b, R52b-14:
    // `Tipo` = Anual / Mensual / Piloto and `Revenue type` = Subscription / Pilot unread, the
    // pilot counted, +50%).
    "tipo", "tipo de contrato", "tipo contrato", "typ", "vertragstyp", "vertragsart",
    "type de contrat", "revenue type", "contract kind", "tipo di contratto",
  ]

  /// Headers that name a column of device models or product kinds as often: `Standard` under
  /// them names a tier, not an arrangement (review 52b, R52b-8: `Model` = Standard / Pilot
  /// read as contract types; review 53, R53-12: without `Model` a column of Annual / Monthly /
  /// Pilot went unread).
  static let bareTypeHeaders: Set<String> = ["model", "kind", "offer", "offering", "typ", "tipo"]

  /// Cells that name a recurring arrangement but no term (`Subscription`, `SaaS`): beside cells
  /// naming terms, the column is still one of contract types; the contract reading says each
  /// names no term.
  static let untermedWords: Set<String> = [
    "subscription", "subscriptions", "saas", "recurring", "license", "licence", "licenses",
    "licences", "contract", "contracted", "committed", "subscribed", "standard",
  ]

  /// Reads as the contract type a column under one of ``typeColumnHeaders`` whose every written
  /// cell names a contract type (``TermText/contractType(_:)``) or a recurring arrangement
  /// without a term (``untermedWords``), at least one a term, when no column names the contract
  /// type (trial 51, T51-20: a cube's `Type` column of `Pilot`, `POC`, `Usage`,
  /// `Subscription` was dropped without a word, recurring ARR $595K = headline for $217K; under
  /// `Contract Type` the same file read right). A column of segments (`Enterprise`, `SMB`) or
  /// of products is left to its other readers. A note names the column.
  /// - Complexity: O(rows × candidate columns).
  static func readTypeColumn(
    _ layout: inout CubeLayout, rows: [ImportTable.Record], header: [String], file: String,
    notes: inout [String]
  ) {
    guard layout.roles[.contractType] == nil else { return }
    let taken = Set(layout.months.map(\.column)).union(layout.roles.values)
    for c in header.indices
    where !taken.contains(c) && typeColumnHeaders.contains(NonCustomerRows.key(header[c])) {
      var termed: [String] = []
      var isTypes = true
      let isBare = bareTypeHeaders.contains(NonCustomerRows.key(header[c]))
      var written = 0
      for r in rows {
        let cell = r.cell(c)
        guard !cell.allSatisfy(\.isWhitespace) else { continue }
        written += 1
        if TermText.contractType(cell) != nil {
          if termed.count < 4 && !termed.contains(cell) { termed.append(cell) }
        } else if !untermedWords.contains(NonCustomerRows.key(cell))
          || (isBare && NonCustomerRows.key(cell) == "standard")
        {
          isTypes = false
          break
        }
      }
      guard isTypes, written >= 2, !termed.isEmpty else { continue }
      layout.roles[.contractType] = c
      layout.ignored.removeAll { $0 == header[c] }
      notes.append(
        "\(file): column \"\(header[c])\" is read as each customer's contract type: its cells "
          + "name terms (" + termed.map { "\"\($0)\"" }.joined(separator: ", ") + ")")
      return
    }
  }
}
