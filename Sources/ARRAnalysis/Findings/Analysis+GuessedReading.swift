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
}
