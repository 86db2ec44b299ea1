import ARRCore

extension Analysis {
  /// Whether the cells' reading is a guess: `--values auto` read an imported cube as monthly
  /// recurring revenue on thin evidence (``ImportSummary/isValuesGuess``), and its other reading,
  /// invoiced amounts, is priced only in the headline's range (`ambiguous_arr`).
  /// - Parameter company: The company.
  /// - Returns: True for such an import; false for a native folder or a decided reading.
  public static func isValuesGuess(_ company: Company) -> Bool {
    company.dataQuality.imported?.isValuesGuess == true
  }

  /// The sentence a figure built account by account on a guessed reading carries (session 15,
  /// report: the concentration shares, the churn cliff and "losing it alone" used the MRR
  /// guess with no word, while only the headline showed the other reading's range). Only the
  /// headline's total is priced both ways; an account's share, its loss and a month's churn
  /// have no other end to quote, so the sentence says what they rest on and what the other
  /// reading does to them.
  /// - Parameter lead: The sentence's subject and verb ("These figures rest").
  /// - Returns: One sentence, starting with a space.
  public static func guessedReadingSentence(_ lead: String) -> String {
    " \(lead) on reading the cells as monthly recurring revenue, a guess the "
      + "data cannot confirm (Data quality): read as invoiced amounts, each payment is spread over the months it pays for, which moves every "
      + "account's MRR."
  }

  /// Whether a ledger's amounts were read as written beside a discount column with a
  /// discount on some line (``ImportSummary/isBeforeDiscounts``): the reading net of them is
  /// priced only in the headline's range (review 13, F24).
  /// - Parameter company: The company.
  /// - Returns: True for such an import.
  public static func isBeforeDiscounts(_ company: Company) -> Bool {
    company.dataQuality.imported?.isBeforeDiscounts == true
  }

  /// The sentence a figure built account by account on amounts read before their discounts
  /// carries (session 16, report: F24's rest; the concentration shares, "losing it alone" and
  /// the churn cliff used the amounts as written with no word, as the guessed MRR reading did).
  /// - Parameter lead: The sentence's subject and verb ("These figures rest").
  /// - Returns: One sentence, starting with a space.
  public static func beforeDiscountsSentence(_ lead: String) -> String {
    " \(lead) on the amounts as written, before the discounts beside them (Data quality): net "
      + "of the discounts, every discounted account pays less, which moves each account's share "
      + "and each month's churn."
  }

  /// Every reading sentence that applies to `company`'s figures built account by account: the
  /// guessed MRR reading's, then the before-discounts one's; "" for a native folder or a
  /// decided reading.
  /// - Parameters:
  ///   - company: The company.
  ///   - lead: The sentence's subject and verb ("These figures rest").
  /// - Returns: The sentences, each starting with a space, or "".
  public static func readingSentences(_ company: Company, _ lead: String) -> String {
    (isValuesGuess(company) ? guessedReadingSentence(lead) : "")
      + (isBeforeDiscounts(company) ? beforeDiscountsSentence(lead) : "")
  }
}
