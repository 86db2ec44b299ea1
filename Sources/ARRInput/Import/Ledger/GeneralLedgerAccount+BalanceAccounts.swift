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

  /// Words naming an income account (`200 - Sales (excl. VAT)`, `8400 - Erlöse 19%
  /// Umsatzsteuer`, `Tax Filing Subscriptions`): beside a balance word, still income (review
  /// 53, R53-10: such accounts were refused or skipped as balance sheet accounts, −36% to −53%).
  static let incomeWords: Set<String> = [
    "sales", "revenue", "revenues", "income", "turnover", "subscription", "subscriptions",
    "fees", "erlöse", "erlös", "erloese", "umsatzerlöse", "ventes", "recettes",
    "ingresos", "ventas", "ricavi", "vendite", "omzet", "opbrengsten", "receitas", "vendas",
  ]
  /// Words naming a balance whatever else the heading says (`Accounts Receivable`).
  static let balanceHeads: Set<String> = [
    "receivable", "receivables", "liability", "liabilities", "debtors", "debtor", "forderungen",
    "debitoren",
    // Revenue billed and not earned, whatever income word follows (review 53, R53-24:
    // `Deferred Subscription Revenue`, `Customer deposits (unearned subscriptions)` were read as
    // income, −33%/+56%), in French, German, Spanish, Italian, Dutch, Portuguese too (review
    // 54, R54-11: `Produits constatés d'avance`, `Passive Rechnungsabgrenzung Erlöse`,
    // `Ingresos anticipados` were read as income, +50%).
    "deferred", "unearned", "constatés", "constates", "rechnungsabgrenzung", "abgrenzung",
    "anticipados", "anticipadas", "diferidos", "diferidas", "risconti", "vooruitgefactureerd",
    "vooruitontvangen", "vooruitontvangsten", "antecipadas", "antecipados",
  ]
  /// Words naming a balance only beside no income word, or last right after one (`Customer
  /// Deposits`, `Subscription Prepayments`): a deposit, a prepayment or payables are what some
  /// companies sell (review 54, R54-7: `Direct Deposit Fees`, `Deposit Platform
  /// Subscriptions`, `Payables Automation Subscriptions` were skipped as balances, −14%;
  /// R54-27: so were `4010 - Revenue - Direct Deposit` and `Accounts Payable Automation
  /// Subscriptions`).
  static let weakBalanceHeads: Set<String> = [
    "payable", "payables", "deposits", "deposit", "prepayments", "prepayment", "accrued",
    "accruals",
  ]

  /// Whether a heading row's first cell names a balance sheet account: a word of
  /// ``balanceWords`` and none of ``incomeWords``, or (whatever else it names) a word of
  /// ``balanceHeads`` (`deferred`, `unearned`…), a word of ``weakBalanceHeads`` beside no income
  /// word or last right after one (`Subscription Deposits`), `received in advance`, `customer
  /// deposits`, `accrued revenue`, `sales tax`, or a tax word before `on`/`collected`/`payable`
  /// (`VAT on sales`, `GST collected`, `Income Tax Payable`).
  static func isBalanceAccount(_ heading: String) -> Bool {
    let words = UsageMonths.words(heading).map(String.init).filter {
      $0.contains(where: \.isLetter)
    }
    if words.contains(where: { balanceHeads.contains($0) }) { return true }
    let isIncome = words.contains { incomeWords.contains($0) }
    // An income word elsewhere keeps a weak word from deciding (`Revenue - Direct Deposit`,
    // `Accounts Payable Automation Subscriptions`: what the account sells); right before it, in
    // the heading's last part, it names what the balance holds (`Subscription Deposits`).
    let lastPart = heading.split(separator: " - ").last.map(String.init) ?? heading
    let tail = UsageMonths.words(lastPart).map(String.init).filter {
      $0.contains(where: \.isLetter)
    }
    if !isIncome && words.contains(where: { weakBalanceHeads.contains($0) })
      || tail.count >= 2 && weakBalanceHeads.contains(tail[tail.count - 1])
        && incomeWords.contains(tail[tail.count - 2])
    {
      return true
    }
    // `Subscription fees received in advance`; `Accrued revenue` (an asset).
    if UsageMonths.hasWord(
      heading,
      of: [
        "received in advance", "billed in advance", "accrued revenue", "accrued income",
        "customer deposits", "deposits received",
      ])
    {
      return true
    }
    guard words.contains(where: { balanceWords.contains($0) }) else { return false }
    for (w, next) in zip(words, words.dropFirst()) {
      if ["deferred", "unearned"].contains(w) && ["revenue", "revenues", "income"].contains(next)
        || (w == "sales" && ["tax", "taxes"].contains(next))
        || (taxWords.contains(w) && ["on", "collected", "control", "payable"].contains(next))
      {
        return true
      }
    }
    return !words.contains { incomeWords.contains($0) }
  }

  /// Whether a heading row's first cell names a tax account (``taxWords``).
  static func isTaxAccount(_ heading: String) -> Bool {
    UsageMonths.words(heading).contains { taxWords.contains(String($0)) }
  }
}
