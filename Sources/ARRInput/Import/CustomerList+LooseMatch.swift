import ARRCore

extension CustomerList {
  /// A customer id or name in a loose form, to tell a user why a list row joined nothing: letters
  /// lowercased, only letters and digits kept, and each run of digits without its leading zeros.
  /// `00123` and `123`, `C-7` and `c7`, `ACME Inc.` and `Acme Inc` share a loose key.
  ///
  /// Decided (review 13, F36): loose keys never join (review 10 refused fuzzy joins: names and
  /// ids repeat with small differences in real CRMs); they only name the account a row nearly
  /// matches, so that the user can fix the file. Excel drops an id's leading zeros, and a CRM
  /// and a billing system often differ in letter case and punctuation.
  /// - Complexity: O(n) in the text's length.
  static func looseKey(_ text: String) -> String {
    var key = ""
    var isInDigits = false
    var isLeadingZero = false
    for ch in text.lowercased() where ch.isLetter || ch.isNumber {
      if ch.isASCII && ch.isNumber {
        if !isInDigits {
          isInDigits = true
          isLeadingZero = true
        }
        if isLeadingZero && ch == "0" { continue }
        isLeadingZero = false
        key.append(ch)
      } else {
        // A run of zeros alone (`0`, `000`) keeps one zero.
        if isInDigits && isLeadingZero { key.append("0") }
        isInDigits = false
        key.append(ch)
      }
    }
    if isInDigits && isLeadingZero { key.append("0") }
    return key
  }

  /// The accounts by the loose keys of their ids and names: only keys naming one account.
  struct LooseIndex: Sendable {
    private var accountByKey = [String: Int]()

    /// Indexes `accounts`' ids and names.
    /// - Complexity: O(total length of ids and names).
    init(_ accounts: [ImportedAccount]) {
      var owners = [String: Set<Int>]()
      for (i, a) in accounts.enumerated() {
        for text in [a.id, a.name].compactMap({ $0 }) {
          let key = CustomerList.looseKey(text)
          if !key.isEmpty { owners[key, default: []].insert(i) }
        }
      }
      for (key, set) in owners where set.count == 1 { accountByKey[key] = set.first! }
    }

    /// The one account whose id or name has the loose key of `entry`'s id or name.
    func account(nearlyMatching entry: ImportedAccount) -> Int? {
      let found = Set(
        [entry.id, entry.name].compactMap { $0 }.compactMap { accountByKey[looseKey($0)] })
      return found.count == 1 ? found.first : nil
    }
  }

  /// The finding for a list that joined too little: rows that nearly match an account (their
  /// facts are lost for want of an exact id or name), or a list of which fewer than half the
  /// rows join (at least two rows unjoined), whose facts then fall out of the scoring unseen.
  /// - Parameters:
  ///   - near: "line N "id" ≈ account "id"" for each row that nearly matches.
  ///   - unjoined: rows that joined no account.
  ///   - rows: rows read.
  static func looseFinding(file: String, near: [String], unjoined: Int, rows: Int) -> String? {
    let isThin = unjoined >= 2 && (rows - unjoined) * 2 < rows
    guard !near.isEmpty || isThin else { return nil }
    var text =
      "\(file): \(CountText.grouped(rows - unjoined)) of \(CountText.grouped(rows)) rows of the customer list join an account of the "
      + "revenue file by id or exact name; the other rows' facts (segments, terms, trials, "
      + "cancellations) are not applied"
    if !near.isEmpty {
      text +=
        ". \(Counted.phrase(near.count, "row")) nearly match\(near.count == 1 ? "es" : "") "
        + "an account, differing only in letter case, punctuation or an id's leading zeros "
        + "(not joined: fix the list's ids or names to match exactly; Excel drops leading "
        + "zeros from ids it reads as numbers): " + near.prefix(5).joined(separator: "; ")
        + (near.count > 5 ? "; …" : "")
    }
    return text
  }
}
