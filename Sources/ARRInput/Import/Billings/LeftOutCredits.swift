/// The finding for credits the billings rules could not place (docs/import.md, "Credits"): no
/// one-time revenue in their month to take them from, and no later renewal at a lower price to
/// show a lasting price cut. The tie-out counts them as left out.
enum LeftOutCredits {
  /// What was done with the credits and what it means for ARR, in words a finance lead can
  /// paste (session 17, report: "are left out: no one-time revenue in their month to reduce,
  /// and no renewal stepping down to show a recurring credit" said neither).
  /// - Parameters:
  ///   - file: The file the credits are in, with any qualifier (`ledger.csv`).
  ///   - amount: Their total as the report writes money (`$1,200`).
  ///   - kind: What they are, before "credits" ("" or "without a service period").
  static func finding(file: String, amount: String, kind: String = "") -> String {
    "\(file): \(amount) of credits\(kind.isEmpty ? "" : " " + kind) are not deducted from any "
      + "figure: there was no one-time revenue in their month to take them from, and no later "
      + "renewal at a lower price shows a lasting price cut, so ARR reads them as one-off "
      + "credits and is unchanged by them; if some are a lasting discount, ARR is overstated by "
      + "that discount"
  }
}
