/// What a rule reads from a line's description, worked out once per distinct description
/// (hostile 55, H55-2: a 2,000,000-line ledger never finished, each rule splitting and matching
/// the words of every line again, though a ledger repeats a few hundred descriptions).
///
/// A rule's loop over the lines asks its memo instead of the text function: the function runs
/// on the first line with a description, and every later line with that description reads the
/// answer kept. The answer is the function's, so the import is the same byte for byte; only its
/// cost changes, from per line to per distinct description. At most ``limit`` descriptions are
/// kept: a file whose every line has a description of its own (`Invoice 1000231`) costs what it
/// cost before, not a table as large as the file.
struct DescriptionMemo<Value> {
  /// The most descriptions kept: past it, a new description is read each time it is asked.
  static var limit: Int { 1 << 16 }

  private var known: [String: Value] = [:]
  private let read: (String) -> Value

  /// A memo of `read`, a function of the description alone.
  init(_ read: @escaping (String) -> Value) {
    self.read = read
  }

  /// What `read` gives for `text`, from the memo when it was asked before.
  mutating func callAsFunction(_ text: String) -> Value {
    if let value = known[text] { return value }
    let value = read(text)
    if known.count < Self.limit { known[text] = value }
    return value
  }
}
