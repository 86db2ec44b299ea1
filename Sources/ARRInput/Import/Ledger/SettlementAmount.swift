import ARRCore

/// Stripe's payments export's settlement amount (`docs/import.md`, "Invoice ledger", currency;
/// session 56, crm lane; trial 54, T54-18): beside each charge's own `Amount` and `Currency`
/// (the presentment currency the customer paid in: THB, EUR, USD…) it writes `Converted
/// Amount` and `Converted Currency`, the same charge in the currency the account settles in,
/// converted by Stripe at the charge's own rate.
///
/// Decided: a company is read in one currency, the one its money arrives in. In a payments export
/// (``Importer/looksLikeStripePayments(_:)``) whose every charge with an amount has a converted
/// amount and whose `Converted Currency` names one currency, the converted amount is read, in that
/// currency, and the charge's own currency column is not the amount's (a note says so, naming
/// the presentment currencies). Anything less consistent (a charge without a converted amount, two
/// settlement currencies) leaves the reading as before: the own amounts, refused when they are
/// in several currencies.
enum SettlementAmount {
  /// Statuses (``LedgerLayout/normalized(_:)``) of a charge that never settled.
  static let unsettled: Set<String> = [
    "failed", "requires payment method", "requires action", "requires confirmation",
    "requires capture", "canceled", "cancelled", "incomplete", "pending", "declined",
  ]

  /// Headers (``LedgerLayout/normalized(_:)``) of the converted amount and its currency.
  static let amountName = "converted amount"
  static let currencyName = "converted currency"

  /// Reads the converted amount of a payments export, as above; returns the note, or `nil`
  /// (layout unchanged).
  /// - Complexity: O(rows).
  static func settle(
    _ layout: inout LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    file: String
  ) -> String? {
    let keys = header.map(LedgerLayout.normalized)
    guard Importer.looksLikeStripePayments(header), let own = layout.columns[.amount],
      layout.amountCurrency == nil, !layout.isAmountInMinorUnits,
      let converted = keys.firstIndex(of: amountName), converted != own,
      let settled = keys.firstIndex(of: currencyName)
    else { return nil }
    let currency = layout.columns[.currency]
    let status = layout.columns[.status]
    var code: String?
    var charges = 0
    var presentment = [String]()
    for r in body {
      let amount = r.cell(own)
      guard !amount.isEmpty, (try? CubeMoney.cents(amount, isDecimalComma: false)) != 0 else {
        continue
      }
      // A charge that never settled (declined, awaiting a payment method) has nothing to
      // convert, and is skipped as revenue anyway (review 56, R56-3: one such row of a real
      // export refused the whole file again).
      if r.cell(converted).isEmpty, let s = status,
        unsettled.contains(LedgerLayout.normalized(r.cell(s)))
      {
        continue
      }
      // A charge with no converted amount, or no settlement currency, or another one: not
      // consistent, read as before.
      guard !r.cell(converted).isEmpty, let c = CurrencySigns.code(cell: r.cell(settled)),
        code == nil || code == c
      else { return nil }
      code = c
      charges += 1
      if let k = currency, let p = CurrencySigns.code(cell: r.cell(k)), !presentment.contains(p) {
        presentment.append(p)
      }
    }
    guard let code, charges > 0 else { return nil }
    layout.columns[.amount] = converted
    layout.amountCurrency = code
    layout.columns[.currency] = nil
    layout.twinAmount = nil
    layout.ignored.removeAll { $0 == header[converted] || $0 == header[settled] }
    layout.ignored += [header[own]] + (currency.map { [header[$0]] } ?? [])
    let from =
      presentment.isEmpty ? "" : presentmentPhrase(presentment, header: currency.map { header[$0] })
    return "\(file): amounts read from \"\(header[converted])\", in \(code), the currency every "
      + "charge settles in (\"\(header[settled])\", \(Counted.phrase(charges, "charge"))): "
      + "Stripe converts each charge at its own day's rate\(from); \"\(header[own])\" is not read"
  }

  /// `, from the charges' own currencies under "Currency" (THB, EUR, USD)`.
  private static func presentmentPhrase(_ codes: [String], header: String?) -> String {
    ", from the charges' own " + (codes.count == 1 ? "currency" : "currencies")
      + (header.map { " under \"\($0)\"" } ?? "") + " ("
      + codes.prefix(5).joined(separator: ", ") + (codes.count > 5 ? ", …" : "") + ")"
  }
}
