// Importer: `--values` checked against what each file is read as.
import ARRCore

extension Importer {
  /// `--values` says what a cube's cells hold; a ledger's, a Stripe export's or a subscriptions
  /// table's amounts say it themselves. Given as they are read (`billings` for invoice lines,
  /// `mrr` for subscriptions, `arr` for a table's annual price column): a note. Otherwise the
  /// user means something the import would not do: an error saying what the file is read as.
  static func checkValues(_ given: ImportValues, log: inout ImportLog) throws(ARRQualityError) {
    guard given != .auto else { return }
    for f in log.files
    where f.shape != .cube && f.valuesReason != CustomerList.valuesReason {
      let kind: String
      let matches: Bool
      switch f.shape {
      case .subscriptions:
        kind = "a subscriptions table"
        matches = f.valuesReason.contains("annual") ? given == .arr : given == .mrr
      case .stripeSubscriptions:
        kind = "a Stripe subscriptions export"
        matches = given == .mrr
      case .stripeInvoices:
        kind = "a Stripe invoice line items export"
        matches = given == .billings
      default:
        kind = "an invoice ledger"
        matches = given == .billings
      }
      let said = "--values \(given.rawValue) is for a customer cube's cells; \(f.file) is \(kind), "
      if matches {
        log.notes.append(said + "read as \(f.valuesReason) (--values is not used)")
        continue
      }
      let hint =
        f.shape == .subscriptions && given == .arr
        ? " (if its prices are annual, head the price column `annual price` or `arr`: each is "
          + "read ÷ 12)" : ""
      throw .invalidArgument(
        said + "read as \(f.valuesReason), not as \(given.rawValue)\(hint); drop --values")
    }
  }
}
