import ARRCore

/// Amount cells read in their file's unit (``AmountUnit``): one reading that every importer
/// shares, so that `--amounts cents` means the same for a ledger, a Stripe export, a customer
/// cube, a monthly table and a subscriptions table (`docs/import.md`, "Amount units").
///
/// A warehouse table or a cube in cents (`mrr_cents`, `4900`) read as major units is every
/// figure 100 times too high; before, the cube and monthly readers ignored `--amounts`.
struct AmountCells: Sendable {
  /// The unit the cells are written in.
  var unit: AmountUnit
  /// `,` is the decimal mark.
  var isDecimalComma: Bool
  /// Why the cells are read in cents, for messages: `--amounts cents`, or `the header "mrr_cents"
  /// says so`.
  var reason: String
  /// The currency of a cell that names none (`--currency`, a header's, the file's); `nil`: two
  /// decimals.
  var currency: String?

  /// The reading of a file whose amount header is `header` (`nil` for a cube: its header is
  /// months): `--amounts` decides, else a header naming minor units (``AmountUnit/strip(_:raw:)``),
  /// else major units.
  /// - Parameters:
  ///   - isMinorByHeader: Whether the amount header names minor units (`mrr_cents`).
  ///   - notes: Receives the note saying the cells are read in cents, or that `--amounts units`
  ///     overrides a header naming cents.
  init(
    file: String, header: String?, isMinorByHeader: Bool, options: ImportOptions,
    isDecimalComma: Bool, currency: String?, notes: inout [String]
  ) {
    let unit = options.amounts ?? (isMinorByHeader ? .cents : .units)
    let name = header ?? "amount"
    self.unit = unit
    self.isDecimalComma = isDecimalComma
    self.currency = currency
    self.reason =
      options.amounts == nil && isMinorByHeader
      ? "the header \"\(name)\" says so" : "--amounts cents"
    if unit == .thousands {
      notes.append(
        "\(file): amounts read in thousands (each × 1,000) because of --amounts thousands")
    } else if unit == .cents {
      notes.append(
        "\(file): amounts read in the currency's smallest unit (cents; yen for JPY) because "
          + (options.amounts == nil ? "the header \"\(name)\" says so" : "of --amounts cents"))
    } else if isMinorByHeader {
      notes.append(
        "\(file): the header \"\(name)\" names cents, but --amounts units was given: read as "
          + "major units")
    }
  }

  /// A reading in `unit` with nothing said (for a caller that says it itself).
  init(unit: AmountUnit, isDecimalComma: Bool, reason: String, currency: String?) {
    self.unit = unit
    self.isDecimalComma = isDecimalComma
    self.reason = reason
    self.currency = currency
  }

  /// Hundredths of a unit (the importer's cents) of the cell `text`.
  /// - Parameter currency: The row's currency (a currency column's cell), if any; else the
  ///   cell's own sign or code (`JPY 4900`), else ``currency``.
  /// - Throws: ``AmountUnit/MinorFailure``: not an amount, or in cents not a whole number of
  ///   the smallest unit.
  func hundredths(_ text: String, currency: String? = nil) throws(AmountUnit.MinorFailure)
    -> Int64
  {
    guard unit == .cents else {
      let read: Int64
      do throws(CubeMoney.Failure) {
        read = try CubeMoney.cents(text, isDecimalComma: isDecimalComma, roundsPastCent: true)
      } catch {
        throw .money(error)
      }
      guard unit == .thousands else { return read }
      return try Self.thousands(read)
    }
    return try AmountUnit.hundredths(
      text, currency: currency ?? CubeMoney.currency(text) ?? self.currency,
      isDecimalComma: isDecimalComma)
  }

  /// `hundredths` of a unit read from a cell in thousands, × 1,000.
  /// - Throws: ``AmountUnit/MinorFailure/money(_:)`` `.tooLarge` when the product overflows.
  static func thousands(_ hundredths: Int64) throws(AmountUnit.MinorFailure) -> Int64 {
    let (v, o) = hundredths.multipliedReportingOverflow(by: 1000)
    if o { throw .money(.tooLarge) }
    return v
  }

  /// The cell's hundredths, or `nil` when it cannot be read (for totals and cells only counted).
  func hundredthsIfAny(_ text: String, currency: String? = nil) -> Int64? {
    try? hundredths(text, currency: currency)
  }

  /// What is wrong with the cell `text` that ``hundredths(_:currency:)`` refused.
  func message(_ text: String, _ failure: AmountUnit.MinorFailure) -> String {
    switch failure {
    case .money(let failure):
      return CubeReader.moneyMessage(
        text, failure, isDecimalComma: isDecimalComma,
        currency: CubeMoney.currency(text) ?? currency)
    case .fraction:
      return "amount \"\(text)\" is not a whole number of the currency's smallest unit, but the "
        + "amounts are read in cents (\(reason)); expected e.g. 4900, or pass --amounts units"
    case .thousandth(let code):
      return AmountUnit.thousandthMessage(text, currency: code)
    }
  }
}
