import ARRCore

/// The unit a ledger's or a Stripe export's amounts are written in (`--amounts`;
/// `docs/import.md`, "Amount units").
///
/// Stripe's Dashboard exports write `49.00` for forty-nine dollars; its API and Sigma write the
/// same price as `4900`, in the currency's smallest unit. Read the wrong way, every figure is
/// 100× off. A header that names the unit decides; else `--amounts`; else major units, and a
/// Stripe file whose amounts are all whole numbers is a finding.
public enum AmountUnit: String, Sendable, CaseIterable {
  /// Major units: `49.00` is forty-nine dollars.
  case units
  /// Minor units (cents; the unit itself for zero-decimal currencies such as JPY): `4900` is
  /// forty-nine dollars.
  case cents
  /// Thousands of major units, as finance tables state them (`(USD 000s)`, `$K`): `12.5` is
  /// twelve thousand five hundred dollars (review 13, F23).
  case thousands

  /// The note saying why `file`'s amounts are read in `unit`: `--amounts` given (`isGiven`), or
  /// the amount's `header` naming cents (`isMinorByHeader`); `nil` for amounts read as written
  /// with nothing to say. The one maker of these notes for the ledger's and the Stripe
  /// subscriptions' readers (session 18, import4 lane: D7, two copies of the same six lines).
  static func unitNote(
    file: String, unit: AmountUnit, header: String, isMinorByHeader: Bool, isGiven: Bool
  ) -> String? {
    switch unit {
    case .thousands:
      return "\(file): amounts read in thousands (each × 1,000) because of --amounts thousands"
    case .cents:
      return "\(file): amounts read in the currency's smallest unit (cents; yen for JPY) because "
        + (isGiven ? "of --amounts cents" : "the header \"\(header)\" says so")
    case .units:
      guard isMinorByHeader else { return nil }
      return "\(file): the header \"\(header)\" names cents, but --amounts units was given: "
        + "read as major units"
    }
  }

  /// Currencies whose smallest unit is the unit (Stripe's zero-decimal currencies).
  static let zeroDecimal: Set<String> = [
    "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV",
    "XAF", "XOF", "XPF",
  ]
  /// Currencies with three decimals (a minor unit of a thousandth).
  static let threeDecimal: Set<String> = ["BHD", "JOD", "KWD", "OMR", "TND"]

  /// Suffixes of a normalised header that say its amounts are minor units.
  private static let minorSuffixes = [
    " (cents)", " (in cents)", " in cents", " cents", " (minor units)", " in minor units",
    " minor units", " (minor)",
  ]

  /// `key` (a normalised header) without a suffix naming minor units, and whether it had one:
  /// `amount (cents)`, `amount cents` (`amount_cents`), `amount in cents` → `amount`. Stripe's
  /// API name `unit_amount` (written so, with its underscore) is in minor units too.
  static func strip(_ key: String, raw: String) -> (key: String, isMinor: Bool) {
    if raw == "unit_amount" { return ("unit amount", true) }
    // Stripe Sigma's joined price (trial 51, T51-33): the price's `unit_amount`, in cents.
    if raw == "price_unit_amount" { return ("price unit amount", true) }
    // Paddle Billing's amounts, flattened from its API (``APIMinorUnits``; trial 22, T22-25b).
    if APIMinorUnits.isPaddleAmount(raw) { return (key, true) }
    for suffix in minorSuffixes where key.hasSuffix(suffix) && key.count > suffix.count {
      return (String(key.dropLast(suffix.count)), true)
    }
    return (key, false)
  }

  /// Hundredths of a unit (the importer's cents) of `minor` smallest units of `currency`
  /// (`nil`: two decimals); `nil` when a three-decimal amount has a thousandth (not a whole
  /// cent) or the result overflows.
  static func hundredths(minor: Int64, currency: String?) -> Int64? {
    let code = currency?.uppercased() ?? ""
    if zeroDecimal.contains(code) {
      let (v, o) = minor.multipliedReportingOverflow(by: 100)
      return o ? nil : v
    }
    if threeDecimal.contains(code) { return minor % 10 == 0 ? minor / 10 : nil }
    return minor
  }

  /// Hundredths of a unit of the amount `text` written in minor units of `currency`.
  /// - Throws: ``MinorFailure`` for text that is not a whole number of minor units.
  static func hundredths(
    _ text: String, currency: String?, isDecimalComma: Bool
  ) throws(MinorFailure) -> Int64 {
    let read: Int64
    do throws(CubeMoney.Failure) {
      read = try CubeMoney.cents(text, isDecimalComma: isDecimalComma)
    } catch {
      throw .money(error)
    }
    // `CubeMoney` reads `4900` as 4,900 units (490,000 hundredths): a whole number of minor
    // units is a multiple of 100 there.
    guard read % 100 == 0 else { throw .fraction }
    guard let v = hundredths(minor: read / 100, currency: currency) else {
      let code = currency?.uppercased() ?? ""
      // A whole number of fils that is not a whole number of hundredths (`4905` KWD), or a
      // zero-decimal amount too large: neither is "not a whole number of the smallest unit".
      throw threeDecimal.contains(code) ? .thousandth(currency: code) : .money(.tooLarge)
    }
    return v
  }

  /// The message for ``MinorFailure/thousandth(currency:)``: amount `text` in minor units of
  /// a three-decimal `currency`.
  static func thousandthMessage(_ text: String, currency: String) -> String {
    "amount \"\(text)\" is \(text) thousandths of a \(currency) (its smallest unit): amounts are "
      + "kept in hundredths, so its last thousandth cannot be kept (expected a multiple of 10)"
  }

  /// Why an amount in minor units could not be read.
  enum MinorFailure: Error, Equatable {
    /// Not an amount at all.
    case money(CubeMoney.Failure)
    /// A fraction of the smallest unit (`49.00` where cents are expected).
    case fraction
    /// A whole number of a three-decimal currency's smallest unit that is not a whole number
    /// of hundredths (`4905` KWD: 4.905): kept in hundredths, a thousandth would be lost.
    case thousandth(currency: String)
  }

  /// ``wholeNumbersFinding(file:header:cells:isStripe:)`` for a subscriptions table or a
  /// monthly table whose first customer id is Stripe's (`cus_…`): a dump of Stripe's API or a
  /// warehouse's Stripe tables, which keep amounts in cents (review 13, F16: `4900` under `mrr`
  /// beside `cus_…` ids read as 4,900.00, 100 times too high, with nothing said). `nil` when
  /// `--amounts` or the header decided the unit, or the ids are not Stripe's: a plain table of
  /// whole-dollar prices is common and says nothing.
  static func stripeWholeNumbersFinding(
    _ body: ArraySlice<ImportTable.Record>, file: String, header: String, amount: Int,
    customer: Int?, currency: Int?, amountCells: AmountCells, isMinorByHeader: Bool,
    options: ImportOptions
  ) -> String? {
    guard options.amounts == nil, !isMinorByHeader, amountCells.unit == .units,
      LedgerReader.isStripeID(body, column: customer)
    else { return nil }
    let cells = body.map { r in
      (
        text: r.cell(amount), line: r.line,
        currency: options.currency
          ?? currency.flatMap { $0 < r.cells.count ? r.cells[$0] : nil }
          ?? (amount < r.cells.count ? CubeMoney.currency(r.cells[amount]) : nil) ?? ""
      )
    }
    return wholeNumbersFinding(file: file, header: header, cells: cells)
  }

  /// The finding for a Stripe file whose amounts were read as major units without a header or
  /// `--amounts` saying so, when every amount is a whole number (`4900`): the API and Sigma
  /// write minor units that way, the Dashboard writes `49.00`. `nil` when some amount has
  /// decimals (major units, as the Dashboard writes them) or none is non-zero. Rows in a
  /// zero-decimal currency (`currency`: the row's code; JPY) are left out: there the smallest
  /// unit is the unit, so whole numbers are the same either way.
  ///
  /// `isStripe` false words it for a plain ledger (a note there, not a finding: invoices of
  /// whole dollars are common in a ledger, and `500` is then what it says). `evidence` words it
  /// for another billing API's dump, saying what marks it (``APIMinorUnits/doubt(header:dateCells:idCells:)``;
  /// trial 22, T22-25).
  static func wholeNumbersFinding(
    file: String, header: String, cells: [(text: String, line: Int, currency: String)],
    isStripe: Bool = true, evidence: String? = nil
  ) -> String? {
    var example: (text: String, line: Int)?
    var count = 0
    for cell in cells where !cell.text.isEmpty {
      if zeroDecimal.contains(cell.currency.uppercased()) { continue }
      if CubeMoney.evidence(cell.text) != .none || cell.text.contains(".") { return nil }
      guard let v = try? CubeMoney.cents(cell.text, isDecimalComma: false), v != 0 else {
        continue
      }
      count += 1
      if example == nil { example = (cell.text, cell.line) }
    }
    guard let example, let v = try? CubeMoney.cents(example.text, isDecimalComma: false) else {
      return nil
    }
    let asCents =
      "\(v < 0 ? "-" : "")\(abs(v) / 10_000).\(abs(v) / 100 % 100 < 10 ? "0" : "")"
      + "\(abs(v) / 100 % 100)"
    let read =
      "\(file): every amount in \"\(header)\" is a whole number (\(CountText.grouped(count)) amounts, e.g. "
      + "\"\(example.text)\" on line \(example.line)), read as major units (\(example.text).00, "
      + "not \(asCents)); "
    if let evidence {
      return read + evidence + ": if these are cents, every amount is 100 times too high. "
        + "Pass --amounts cents, or --amounts units to confirm"
    }
    guard isStripe else {
      return read + "invoices of whole amounts are common, but an export that wrote cents would "
        + "read 100 times too high: if these are cents, pass --amounts cents (--amounts units "
        + "confirms them and drops this note)"
    }
    return read + "Stripe's Dashboard writes 49.00, its API and Sigma write cents (4900): "
      + "if these are cents, every amount is 100 times too high. Pass --amounts cents, or "
      + "--amounts units to confirm"
  }
}
