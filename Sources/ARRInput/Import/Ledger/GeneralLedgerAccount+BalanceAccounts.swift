/// The balance sheet accounts of a general ledger export (`docs/import.md`, "General ledger
/// account"): lines under a heading naming receivables, tax, bank or deferred revenue post no
/// revenue (session 52, imp lane; review 52, R52-9).
extension GeneralLedgerAccount {
  /// Words of an account heading naming a balance sheet account, whole (`610 - Accounts
  /// Receivable`, `820 - VAT`, `Bank`, `Deferred Revenue`): its lines move receivables, tax,
  /// cash or deferred revenue, not revenue (review 52, R52-9: Xero's Account Transactions of
  /// the receivable account read headline $0, and of Sales beside VAT counted the VAT, +13%).
  static let balanceWords: Set<String> = [
    "receivable", "receivables", "debtors", "debtor", "vat", "gst", "hst", "tax", "taxes",
    "bank", "cash", "deferred", "unearned", "liability", "liabilities", "forderungen",
    "debitoren", "umsatzsteuer", "mehrwertsteuer", "vorsteuer", "tva", "iva", "btw",
  ]
  /// Of those, the words naming a tax account.
  static let taxWords: Set<String> = [
    "vat", "gst", "hst", "tax", "taxes", "umsatzsteuer", "mehrwertsteuer", "vorsteuer", "tva",
    "iva", "btw",
  ]

  /// Whether a heading row's first cell names a balance sheet account (``balanceWords``).
  static func isBalanceAccount(_ heading: String) -> Bool {
    UsageMonths.words(heading).contains { balanceWords.contains(String($0)) }
  }

  /// Whether a heading row's first cell names a tax account (``taxWords``).
  static func isTaxAccount(_ heading: String) -> Bool {
    UsageMonths.words(heading).contains { taxWords.contains(String($0)) }
  }
}
